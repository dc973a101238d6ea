"""Convert PETRARCH2's CAMEO verb dictionary and the PLOVER CAMEO->PLOVER table into
wirecoder's event data files:

  src/wirecoder/data/events/cameo_verbs.tsv   lemma, object, prep, cameo code, source line
  src/wirecoder/data/events/cameo2plover.tsv  cameo code, PLOVER type, mode, context

    python scripts/convert_cameo_verbs.py ../shared/data/phoenix-dictionaries/CAMEO.2.0.txt \
        ../shared/data/plover/CAMEO2PLOVER-2021.txt

Only what a dependency parse can check directly is kept: a verb (with its particle), and
optionally the head noun of its object or of one prepositional phrase. Patterns built on
synonym sets or several nouns are left out.
"""
from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "src" / "wirecoder" / "data" / "events"
CODE = re.compile(r"\[(?P<code>[0-9]{2,4})(?::[0-9]+)?\]")


def verbs(path: str) -> list[tuple[str, str, str, str, str]]:
    rows: list[tuple[str, str, str, str, str]] = []
    block_code = None
    block_verbs: list[str] = []
    for lineno, raw in enumerate(open(path, encoding="utf-8", errors="replace"), start=1):
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip() or line.startswith(("&", "+", "~")) and not line.startswith("+") or line.startswith("~"):
            continue
        m = re.match(r"^---\s+(\S+)\s+\[([^\]]*)\]", line)
        if m:
            code = m.group(2)
            block_code = code if re.fullmatch(r"[0-9]{2,4}", code) else None
            block_verbs = []
            continue
        if line.startswith("-"):
            body = line[1:]
            cm = CODE.search(body)
            if not cm:
                continue
            pattern = body[:cm.start()].strip()
            if "&" in pattern or "{" in pattern or "$" in pattern or "%" in pattern or "^" in pattern:
                continue
            pre, _, post = pattern.partition("*")
            if pre.strip():
                continue  # pre-verb nouns: not checked
            post = post.strip()
            obj = prep = ""
            pm = re.fullmatch(r"\((\w+)\s+(\w+)\)", post)
            if pm:
                prep, obj = pm.group(1).lower(), pm.group(2).lower()
            elif re.fullmatch(r"\w+", post):
                obj = post.lower()
            elif post:
                continue
            for v in block_verbs:
                rows.append((v, obj, prep, cm.group("code"), f"CAMEO.2.0.txt:{lineno}"))
            continue
        if line.startswith("-"):
            continue
        # a verb line: "VERB", "+MULTI_WORD {forms}", optionally "[code]"
        word = line.strip().split()[0].lstrip("+")
        if not re.fullmatch(r"[A-Z][A-Z_']*", word):
            continue
        lemma = word.lower()
        block_verbs.append(lemma)
        cm = CODE.search(line)
        code = cm.group("code") if cm else block_code
        if code:
            rows.append((lemma, "", "", code, f"CAMEO.2.0.txt:{lineno}"))
    seen = set()
    unique = []
    for r in rows:
        if r[:3] not in seen:
            seen.add(r[:3])
            unique.append(r)
    return unique


def mapping(path: str) -> list[tuple[str, str, str, str, str]]:
    rows = []
    for lineno, raw in enumerate(open(path, encoding="utf-8"), start=1):
        line, _, comment = raw.partition("#")
        m = re.match(r"^(\d{2,4}):\s*(.*)$", line.strip())
        if not m:
            continue
        parts = [p.strip() for p in m.group(2).split(",")]
        ptype = parts[0]
        mode = parts[1] if len(parts) > 1 else ""
        context = parts[2] if len(parts) > 2 else ""
        rows.append((m.group(1), ptype, mode, context.replace(" ", ""), comment.strip()))
    return rows


def main(verbs_path: str, mapping_path: str) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    v = verbs(verbs_path)
    with open(OUT / "cameo_verbs.tsv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n")
        w.writerow(["lemma", "object", "prep", "cameo", "source"])
        w.writerows(v)
    m = mapping(mapping_path)
    with open(OUT / "cameo2plover.tsv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n")
        w.writerow(["cameo", "type", "mode", "context", "description"])
        w.writerows(m)
    print(f"{len(v)} verb rows, {len(m)} mapping rows", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])

"""Convert PETRARCH2's Phoenix.agents.txt (MIT, Open Event Data Alliance) into
src/wirecoder/data/agents.tsv: one agent noun per line (singular and plural forms), with its
CAMEO sector code and the source line.

    python scripts/convert_phoenix_agents.py ../shared/data/phoenix-dictionaries/Phoenix.agents.txt
"""
from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "src" / "wirecoder" / "data" / "agents.tsv"
ENTRY = re.compile(r"^(?P<phrase>[^\[#{]+?)\s*(?:\{(?P<plurals>[^}]*)\})?\s*\[~?(?P<code>[A-Z]+)\]")


def plural(word: str) -> str:
    if word.endswith("man"):
        return word[:-3] + "men"
    if word.endswith("y") and not word.endswith(("ay", "ey", "oy", "uy")):
        return word[:-1] + "ies"
    if word.endswith(("s", "x", "ch", "sh")):
        return word + "es"
    return word + "s"


def main(src: str) -> None:
    synsets: dict[str, list[str]] = {}
    rows: dict[str, tuple[str, str, int]] = {}
    for lineno, raw in enumerate(open(src, encoding="utf-8", errors="replace"), start=1):
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        m = re.match(r"^(![A-Z]+!)\s*=\s*(.+)$", line)
        if m:
            synsets[m.group(1)] = [w.strip().lower() for w in m.group(2).split(",")]
            continue
        m = ENTRY.match(line)
        if not m:
            continue
        phrase = m.group("phrase").strip()
        code = m.group("code")
        if phrase.startswith("!") or not code:
            continue  # "!MINIST! OF_..." entries are ministry names, handled by the knowledge base
        no_plural = phrase.endswith("_")
        phrases = [phrase]
        for name, words in synsets.items():
            if name in phrase:
                phrases = [p.replace(name, w.upper()) for p in phrases for w in words]
        for p in phrases:
            term = " ".join(p.replace("_", " ").lower().split())
            if not term or not re.fullmatch(r"[a-z][a-z .'-]*", term):
                continue
            forms = {term}
            if not no_plural and not term.endswith(("men", "women", "people")):
                words = term.split()
                forms.add(" ".join(words[:-1] + [plural(words[-1])]))
            for extra in (m.group("plurals") or "").split(","):
                extra = " ".join(extra.replace("_", " ").lower().split())
                if extra:
                    forms.add(extra)
            for form in forms:
                rows.setdefault(form, (code[:3], code, lineno))
    with open(OUT, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n")
        w.writerow(["term", "sector", "cameo_code", "source"])
        for term in sorted(rows):
            sector, code, lineno = rows[term]
            w.writerow([term, sector, code, f"Phoenix.agents.txt:{lineno}"])
    print(f"wrote {len(rows)} agent terms to {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1])

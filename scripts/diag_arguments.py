"""Why source/target arguments go wrong: a diagnostic for ``argument_agreement``.

Codes the sentences of an event gold file with the real pipeline (the same functions
``wirecoder eval events`` uses: :func:`read_event_gold`, :func:`code_texts`, :func:`_best_pairs`
and :func:`actor_matches`), pairs every gold event with the predicted event of its type that
has the best arguments, and sorts each wrong gold argument (source or target) into one
category:

``no-event``        no predicted event of the gold event's type in the sentence
``null``            an event of the type, with this role empty
``swapped``         the role holds the other gold argument (source and target reversed)
``country/sector``  the right kind of actor, off by its country or its sector: the country
                    agrees and the sector (or, for a named gold actor, the actor) does not, or
                    an unnamed gold group whose sector agrees and whose country does not
``wrong-actor``     another actor altogether (the predicted and gold actors are printed)

Usage (from the repository root, with the sources on the path)::

    PYTHONPATH=src python scripts/diag_arguments.py [GOLD] [--category CAT ...] [--summary]

GOLD defaults to ``tests/gold/events.jsonl``; the PLOVER gold-standard records work too.
``--category`` prints only the named categories; ``--summary`` prints only the counts.
Each error line gives the record id, the role, the category, gold and predicted actors
(``name [country sector]``), the predicted event's trigger, and the sentence.
"""
from __future__ import annotations

import argparse
import logging
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from wirecoder.actors.kb import kb_sources, load_kb  # noqa: E402
from wirecoder.evaluation.events import _best_pairs, _counted, code_texts, read_event_gold  # noqa: E402
from wirecoder.evaluation.ner import actor_matches  # noqa: E402
from wirecoder.records import Actor, Event  # noqa: E402
from wirecoder.settings import Settings  # noqa: E402

log = logging.getLogger("diag_arguments")
CATEGORIES = ("no-event", "null", "swapped", "country/sector", "wrong-actor")


def label(a: Actor | dict[str, Any] | None) -> str:
    """``name [country sector]`` for a predicted or gold actor; ``-`` for none."""
    if a is None:
        return "-"
    if isinstance(a, dict):
        return f"{a.get('name') or '(unnamed)'} [{a.get('country') or '-'} {a.get('sector') or '-'}]"
    return f"{a.name} [{a.country or '-'} {a.sector or '-'}]"


def category(pred: Event | None, role: str, gold_event: dict[str, Any], kb: Any) -> str:
    """The category of a wrong argument (see the module docstring)."""
    if pred is None:
        return "no-event"
    got: Actor | None = getattr(pred, role)
    if got is None:
        return "null"
    other = "target" if role == "source" else "source"
    if gold_event.get(other) and actor_matches(got, gold_event[other], kb)[0]:
        return "swapped"
    gold = gold_event[role]
    country_ok = (got.country or None) == (gold.get("country") or None)
    if country_ok and gold.get("country"):
        return "country/sector"
    if gold.get("name") is None and (got.sector or None) == (gold.get("sector") or None):
        return "country/sector"
    return "wrong-actor"


def diagnose(gold_path: Path, settings: Settings) -> list[dict[str, Any]]:
    """Every wrong gold argument with its category, as a dict."""
    _, records = read_event_gold(gold_path)
    kb = load_kb(kb_sources(settings))
    predicted = code_texts([r["text"] for r in records], settings, published=[r.get("published") for r in records])
    errors = []
    total = 0
    for rec, pred in zip(records, predicted):
        gold = [e for e in rec["events"] if _counted(e)]
        for g, p in _best_pairs(gold, pred, kb):
            for role in ("source", "target"):
                if not g.get(role):
                    continue
                total += 1
                if p is not None and actor_matches(getattr(p, role), g[role], kb)[0]:
                    continue
                errors.append({"id": rec.get("id"), "role": role, "type": g["type"],
                               "category": category(p, role, g, kb), "gold": label(g[role]),
                               "predicted": label(getattr(p, role)) if p else "-",
                               "trigger": p.trigger if p else None, "gold_trigger": g.get("trigger"),
                               "text": rec["text"],
                               "others": [f"{e.type}:{e.trigger} {label(e.source)} -> {label(e.target)}"
                                          for e in pred]})
    log.info("%d gold arguments, %d wrong", total, len(errors))
    for e in errors:
        e["total"] = total
    return errors


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gold", nargs="?", default=str(ROOT / "tests" / "gold" / "events.jsonl"))
    ap.add_argument("--category", action="append", choices=CATEGORIES, help="print only these categories")
    ap.add_argument("--summary", action="store_true", help="print only the counts")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    errors = diagnose(Path(args.gold), Settings())
    out = sys.stdout
    if not args.summary:
        for e in errors:
            if args.category and e["category"] not in args.category:
                continue
            out.write(f"{e['id']} {e['type']} {e['role']}: {e['category']}\n"
                      f"  gold {e['gold']} (trigger {e['gold_trigger']!r})\n"
                      f"  got  {e['predicted']} (trigger {e['trigger']!r})\n"
                      f"  all  {'; '.join(e['others']) or '(no events)'}\n"
                      f"  {e['text']}\n\n")
    counts = Counter(e["category"] for e in errors)
    total = errors[0]["total"] if errors else 0
    out.write(f"wrong arguments: {len(errors)} of {total}\n")
    for c in CATEGORIES:
        out.write(f"  {c:15} {counts[c]}\n")
    by_role = Counter((e["role"], e["category"]) for e in errors)
    out.write("by role: " + ", ".join(f"{r}/{c} {n}" for (r, c), n in sorted(by_role.items())) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

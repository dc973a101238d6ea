"""Print, per gold sentence, the gold events, the coded events and (with ``--parse``) the spaCy
parse, to see why an event or an argument is missed.

Usage (from the repository root)::

    PYTHONPATH=src python scripts/show_events.py GOLD [--ids ID ...] [--parse] [--wrong]
    PYTHONPATH=src python scripts/show_events.py --text "Sentence one." --parse

``--wrong`` prints only sentences whose gold and coded (type, source, target) disagree.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from wirecoder.actors.kb import kb_sources, load_kb  # noqa: E402
from wirecoder.evaluation.events import _best_pairs, code_texts, read_event_gold  # noqa: E402
from wirecoder.evaluation.ner import actor_matches  # noqa: E402
from wirecoder.settings import Settings  # noqa: E402


def lab(a) -> str:
    if a is None:
        return "-"
    if isinstance(a, dict):
        return f"{a.get('name') or '()'}[{a.get('country') or '-'} {a.get('sector') or '-'}]"
    return f"{a.name}[{a.country or '-'} {a.sector or '-'}]"


def trig(text: str, p) -> str:
    sp = p.trigger_span
    return text[sp[0]:sp[1]] if sp else "?"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("gold", nargs="?")
    ap.add_argument("--ids", nargs="*")
    ap.add_argument("--text", action="append")
    ap.add_argument("--parse", action="store_true")
    ap.add_argument("--wrong", action="store_true")
    args = ap.parse_args()
    settings = Settings()
    if args.text:
        records = [{"id": f"t{i}", "text": t, "events": []} for i, t in enumerate(args.text)]
    else:
        records = read_event_gold(args.gold)[1]
        if args.ids:
            records = [r for r in records if r["id"] in args.ids]
    preds = code_texts([r["text"] for r in records], settings, counted_only=False)
    kb = load_kb(kb_sources(settings))
    nlp = None
    if args.parse:
        from wirecoder.nlp import load_model
        nlp = load_model(settings.model)
    for r, ps in zip(records, preds):
        counted = ps
        pairs = _best_pairs(r["events"], [p for p in ps if p.modality not in ("negated", "hypothetical", "denied")], kb)
        ok = all(p is not None and (not g["source"] or actor_matches(p.source, g["source"], kb)[0]) and
                 (not g["target"] or actor_matches(p.target, g["target"], kb)[0]) for g, p in pairs)
        extra = len(ps) > len(r["events"])
        if args.wrong and ok and not extra:
            continue
        print(f"== {r['id']}: {r['text']}")
        for g, p in pairs:
            s = bool(p) and (not g["source"] or actor_matches(p.source, g["source"], kb)[0])
            t = bool(p) and (not g["target"] or actor_matches(p.target, g["target"], kb)[0])
            print(f"  G {g['type']:9} {lab(g['source']):40} -> {lab(g['target']):40} '{g['trigger']}'"
                  f"  {'OK' if s and t else ('s' if s else '') + ('t' if t else '') or 'XX'}")
        for p in counted:
            print(f"  P {p.type:9} {lab(p.source):40} -> {lab(p.target):40} '{trig(r['text'], p)}' {p.modality} {p.mode}")
        if nlp is not None:
            for tok in nlp(r["text"]):
                print(f"     {tok.i:3} {tok.text:15} {tok.dep_:10} {tok.head.i:3} {tok.head.text:12} {tok.pos_:5} {tok.ent_type_}")


if __name__ == "__main__":
    main()

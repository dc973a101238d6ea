"""Event-coding evaluation against gold records.

Two gold formats are read:

- wirecoder's own (JSON Lines): ``{"id", "text", "events": [{"type", "mode"?, "source",
  "target", "trigger"?}]}`` with actors as in the NER gold (``{"name", "country",
  "sector"}``, ``name`` null for an unnamed group); ``"events": []`` marks a negative.
- the PLOVER gold-standard records (a JSON list; ``event`` in the older draft's names, mapped
  DEMAND->REQUEST, DISAPPROVE->ACCUSE, INVESTIGATE->ACCUSE, FIGHT->ASSAULT, YIELD->CONCEDE).

Only asserted, claimed, future and historical events are scored; negated and hypothetical
ones are stored by wirecoder but never counted, as in the gold.
"""
from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..events.lexicon import OLD_TYPES, PLOVER_TYPES
from ..records import Article, Event
from ..settings import Settings
from .ner import GoldError, actor_matches

COUNTED = {"asserted", "claimed", "future", "historical"}
BINS = [(0.0, 0.4), (0.4, 0.6), (0.6, 0.8), (0.8, 1.01)]


@dataclass
class EventReport:
    gold: str
    format: str
    records: int
    metrics: dict[str, Any] = field(default_factory=dict)
    per_type: dict[str, dict[str, Any]] = field(default_factory=dict)
    confusion: dict[str, dict[str, int]] = field(default_factory=dict)
    calibration: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"gold": self.gold, "format": self.format, "records": self.records, "metrics": self.metrics,
                "per_type": self.per_type, "confusion": self.confusion, "calibration": self.calibration}


def read_event_gold(path: str | Path) -> tuple[str, list[dict[str, Any]]]:
    """(format, records) where each record is {"id", "text", "events": [{"type", "source", "target"}]}."""
    try:
        raw = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise GoldError(f"cannot read gold file {path}: {exc.strerror or exc}") from None
    if raw.lstrip().startswith("["):
        try:
            data = json.loads(raw)
        except ValueError as exc:
            raise GoldError(f"{path}: not valid JSON ({exc})") from None
        records = []
        for rec in data:
            if not isinstance(rec, dict) or not rec.get("text") or rec.get("event") in (None, "DOCUMENT"):
                continue
            etype = OLD_TYPES.get(rec["event"], rec["event"])
            if etype not in PLOVER_TYPES:
                continue

            def actor(v: Any) -> dict[str, Any] | None:
                if not v or not isinstance(v, list):
                    return None
                first = v[0]
                code = first.get("code") or ""
                return {"name": None, "country": code if len(code) == 3 and code != "IGO" else None,
                        "sector": first.get("sector"), "text": first.get("actorText")}
            records.append({"id": rec.get("id"), "text": rec["text"],
                            "events": [{"type": etype, "source": actor(rec.get("source")),
                                        "target": actor(rec.get("target"))}]})
        if not records:
            raise GoldError(f"{path}: no PLOVER gold records found")
        return "plover", records
    records = []
    for n, line in enumerate(raw.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
            assert isinstance(rec["text"], str) and isinstance(rec["events"], list)
            for e in rec["events"]:
                if e["type"] not in PLOVER_TYPES:
                    raise ValueError(f"unknown type {e['type']!r}")
        except (ValueError, KeyError, TypeError, AssertionError) as exc:
            raise GoldError(f"{path}:{n}: not an event gold record ({exc})") from None
        records.append(rec)
    if not records:
        raise GoldError(f"gold file {path} holds no records")
    return "wirecoder", records


def code_texts(texts: list[str], settings: Settings) -> list[list[Event]]:
    """Run the coding stages on bare sentences (no ingest, no store)."""
    from ..pipeline import Pipeline

    pipeline = Pipeline(settings)
    articles = [Article(id=f"gold-{i}", text=t, content_hash="") for i, t in enumerate(texts)]
    out: list[list[Event]] = []
    for i in range(0, len(articles), settings.batch_size):
        for a in pipeline.code(articles[i:i + settings.batch_size]):
            out.append([e for e in a.events if e.modality in COUNTED])
    return out


def _best_pairs(gold: list[dict], pred: list[Event], kb: Any) -> list[tuple[dict, Event | None]]:
    """Pair each gold event with a predicted event of the same type, best arguments first."""
    free = list(pred)
    pairs = []
    for g in gold:
        same = [p for p in free if p.type == g["type"]]
        if not same:
            pairs.append((g, None))
            continue

        def score(p: Event) -> int:
            s = int(bool(g.get("source")) and actor_matches(p.source, g["source"], kb)[0])
            t = int(bool(g.get("target")) and actor_matches(p.target, g["target"], kb)[0])
            return s + t
        best = max(same, key=score)
        free.remove(best)
        pairs.append((g, best))
    return pairs


def evaluate_events(gold_path: str | Path, settings: Settings) -> EventReport:
    from ..actors.kb import kb_sources, load_kb

    fmt, records = read_event_gold(gold_path)
    kb = load_kb(kb_sources(settings))
    predicted = code_texts([r["text"] for r in records], settings)
    report = EventReport(gold=str(gold_path), format=fmt, records=len(records))

    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    args_total = args_right = 0
    args_country = 0
    confusion: dict[str, Counter[str]] = defaultdict(Counter)
    bins = [[0, 0] for _ in BINS]
    top_right = any_right = 0
    negatives = negatives_clean = 0
    for rec, pred in zip(records, predicted):
        gold = rec["events"]
        g_types = Counter(e["type"] for e in gold)
        p_types = Counter(e.type for e in pred)
        for t in set(g_types) | set(p_types):
            hit = min(g_types[t], p_types[t])
            tp[t] += hit
            fp[t] += p_types[t] - hit
            fn[t] += g_types[t] - hit
        if not gold:
            negatives += 1
            negatives_clean += not pred
        top = max(pred, key=lambda e: e.confidence or 0).type if pred else "NONE"
        if gold:
            confusion[gold[0]["type"]][top] += 1
            top_right += top == gold[0]["type"]
            any_right += gold[0]["type"] in p_types
        remaining = Counter(g_types)
        for e in sorted(pred, key=lambda e: -(e.confidence or 0)):
            right = remaining[e.type] > 0
            remaining[e.type] -= right
            for i, (lo, hi) in enumerate(BINS):
                if lo <= (e.confidence or 0) < hi:
                    bins[i][0] += 1
                    bins[i][1] += right
        for g, p in _best_pairs(gold, pred, kb):
            for role in ("source", "target"):
                if not g.get(role):
                    continue
                args_total += 1
                ok, country_ok = actor_matches(getattr(p, role) if p else None, g[role], kb)
                args_right += ok
                args_country += country_ok

    def prf(t: int, f_p: int, f_n: int) -> dict[str, float]:
        p = t / (t + f_p) if t + f_p else 0.0
        r = t / (t + f_n) if t + f_n else 0.0
        return {"precision": round(p, 4), "recall": round(r, 4),
                "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0}

    for t in PLOVER_TYPES:
        if tp[t] + fp[t] + fn[t]:
            report.per_type[t] = {"gold": tp[t] + fn[t], "predicted": tp[t] + fp[t], **prf(tp[t], fp[t], fn[t])}
    overall = prf(sum(tp.values()), sum(fp.values()), sum(fn.values()))
    positives = sum(1 for r in records if r["events"])
    report.metrics = {
        "type_precision": overall["precision"], "type_recall": overall["recall"], "type_f1": overall["f1"],
        "type_accuracy": round(top_right / positives, 4) if positives else 0.0,
        "type_in_predictions": round(any_right / positives, 4) if positives else 0.0,
        "argument_agreement": round(args_right / args_total, 4) if args_total else 0.0,
        "argument_country_agreement": round(args_country / args_total, 4) if args_total else 0.0,
        "gold_arguments": args_total,
        "negatives": negatives,
        "negatives_without_events": round(negatives_clean / negatives, 4) if negatives else None,
    }
    report.confusion = {g: dict(c) for g, c in sorted(confusion.items())}
    report.calibration = [{"confidence": f"{lo:.1f}-{min(hi, 1.0):.1f}", "events": n,
                           "precision": round(r / n, 4) if n else None} for (lo, hi), (n, r) in zip(BINS, bins)]
    return report

"""Event-date evaluation against gold time expressions.

Gold records (JSON Lines, ``tests/gold/dates.jsonl``)::

    {"id": "date-001", "published": "2024-10-04", "published_precision": "day" (optional),
     "text": "...", "trigger": "withdrew", "target": "Saudi Arabia" (optional),
     "date": "1989", "date_end": null, "precision": "year", "qualifier": null, "kind": "anchor"}

``trigger`` is the event word (its first occurrence in ``text``) whose date is wanted;
``target`` (optional) the event's target, when one verb carries two dates. ``held_out: true`` marks
records written after the rules and scored before any rule was changed for them (their scores
are reported apart). ``published`` may be
null (then the expected date is null unless the text names an absolute one). The text is
parsed by the real model and dated by the same code the pipeline's dates stage runs, from the
trigger token, so the scores do not depend on whether the event coder finds the event.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..events.when import PRECISIONS
from ..settings import Settings
from .gold import read_jsonl_gold
from .ner import GoldError

_PRECISIONS = set(PRECISIONS) | {"publication"}
_QUALIFIERS = {None, "early", "mid", "late", "since", "until", "before", "after"}


@dataclass
class DateReport:
    gold: str
    records: int
    metrics: dict[str, float] = field(default_factory=dict)
    by_kind: dict[str, dict[str, Any]] = field(default_factory=dict)
    errors: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"gold": self.gold, "records": self.records, "metrics": self.metrics, "by_kind": self.by_kind,
                "errors": self.errors}


def read_date_gold(path: str | Path) -> list[dict[str, Any]]:
    return read_jsonl_gold(path, _check_date_record)


def _check_date_record(where: str, rec: dict[str, Any]) -> None:
    for key in ("id", "text", "trigger"):
        if not isinstance(rec.get(key), str) or not rec[key]:
            raise GoldError(f"{where}: missing {key!r}")
    if rec["trigger"] not in rec["text"]:
        raise GoldError(f"{where}: trigger {rec['trigger']!r} is not in the text")
    if rec.get("target") is not None and rec["target"] not in rec["text"]:
        raise GoldError(f"{where}: target {rec['target']!r} is not in the text")
    if rec.get("precision") not in _PRECISIONS | {None}:
        raise GoldError(f"{where}: unknown precision {rec.get('precision')!r}")
    if rec.get("qualifier") not in _QUALIFIERS:
        raise GoldError(f"{where}: unknown qualifier {rec.get('qualifier')!r}")
    if (rec.get("date") is None) != (rec.get("precision") is None):
        raise GoldError(f"{where}: date and precision must both be set or both be null")


def predict_dates(records: list[dict[str, Any]], settings: Settings) -> list[dict[str, Any]]:
    """What the dates stage gives each record's trigger."""
    from ..events.dating import Anchor, date_tokens, is_future
    from ..events.when import parse_published
    from ..nlp import load_model

    nlp = load_model(settings.model)
    out = []
    for rec, doc in zip(records, nlp.pipe((r["text"] for r in records), batch_size=settings.batch_size)):
        start = rec["text"].index(rec["trigger"])
        span = doc.char_span(start, start + len(rec["trigger"]), alignment_mode="expand")
        token = span.root
        target = None
        if rec.get("target"):
            t_start = rec["text"].index(rec["target"])
            target = t_start + len(rec["target"]) - 1
        published = parse_published(rec.get("published"), rec.get("published_precision"))
        when = date_tokens(doc, published, [Anchor("x", token, target, is_future(token))])["x"]
        out.append({"date": when.date if when else None, "date_end": when.date_end if when else None,
                    "precision": when.precision if when else None, "qualifier": when.qualifier if when else None,
                    "text": when.text if when else None})
    return out


def evaluate_dates(gold: str | Path, settings: Settings) -> DateReport:
    """Accuracy of the date (and range end), of its precision, of its qualifier, and of all
    four together, overall and by the kind of expression."""
    records = read_date_gold(gold)
    predicted = predict_dates(records, settings)
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0])
    errors = []
    for rec, got in zip(records, predicted):
        date_ok = got["date"] == rec.get("date") and got["date_end"] == rec.get("date_end")
        prec_ok = got["precision"] == rec.get("precision")
        qual_ok = got["qualifier"] == rec.get("qualifier")
        keys = ["all", rec.get("kind") or "other"] + (["held-out"] if rec.get("held_out") else [])
        for key in keys:
            t = totals[key]
            t[0] += 1
            t[1] += date_ok
            t[2] += prec_ok
            t[3] += qual_ok
            t[4] += date_ok and prec_ok and qual_ok
        if not (date_ok and prec_ok and qual_ok):
            errors.append({"id": rec["id"], "trigger": rec["trigger"], "published": rec.get("published"),
                           "gold": {k: rec.get(k) for k in ("date", "date_end", "precision", "qualifier")},
                           "predicted": got})
    report = DateReport(str(gold), len(records), errors=errors)
    n, d, p, q, x = totals["all"]
    report.metrics = {"accuracy": round(d / n, 3), "precision_accuracy": round(p / n, 3),
                      "qualifier_accuracy": round(q / n, 3), "exact": round(x / n, 3)}
    if "held-out" in totals:
        n, d, p, q, x = totals.pop("held-out")
        report.metrics.update({"held_out_records": n, "held_out_accuracy": round(d / n, 3),
                               "held_out_precision_accuracy": round(p / n, 3), "held_out_exact": round(x / n, 3)})
    for kind in sorted(k for k in totals if k != "all"):
        n, d, p, q, x = totals[kind]
        report.by_kind[kind] = {"records": n, "accuracy": round(d / n, 3), "precision_accuracy": round(p / n, 3),
                                "exact": round(x / n, 3)}
    return report

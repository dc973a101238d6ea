"""Event-quantity evaluation against gold sentences.

Gold records (JSON Lines, ``tests/gold/quantities.jsonl``)::

    {"id": "qty-001", "published": "2025-06-09", "text": "...",
     "quantities": [{"trigger": ["killed"], "value": 23, "value_max": null, "unit": "killed",
                     "qualifier": "at least", "currency": null}]}

``quantities: []`` marks a sentence whose numbers are not event quantities (ages, years,
percentages, distances, rockets). Each text runs through the whole pipeline; a gold quantity
is found when an event carries one with the same value, range end and unit, and attached
right when that event's trigger is one the gold names.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..records import Article
from ..settings import Settings
from .gold import read_jsonl_gold
from .ner import GoldError

_UNITS = {"killed", "injured", "arrested", "displaced", "participants", "fighters", "money"}


@dataclass
class QuantityReport:
    gold: str
    records: int
    metrics: dict[str, float] = field(default_factory=dict)
    errors: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"gold": self.gold, "records": self.records, "metrics": self.metrics, "errors": self.errors}


def read_quantity_gold(path: str | Path) -> list[dict[str, Any]]:
    return read_jsonl_gold(path, _check_quantity_record)


def _check_quantity_record(where: str, rec: dict[str, Any]) -> None:
    if not isinstance(rec, dict) or not isinstance(rec.get("text"), str) or not isinstance(rec.get("quantities"), list):
        raise GoldError(f"{where}: a record needs 'text' and a 'quantities' list")
    for q in rec["quantities"]:
        if q.get("unit") not in _UNITS:
            raise GoldError(f"{where}: unknown unit {q.get('unit')!r}")
        if not isinstance(q.get("value"), (int, float)):
            raise GoldError(f"{where}: a quantity needs a numeric 'value'")
        if not q.get("trigger") or any(t not in rec["text"] for t in q["trigger"]):
            raise GoldError(f"{where}: trigger {q.get('trigger')!r} is not in the text")


def evaluate_quantities(gold: str | Path, settings: Settings) -> QuantityReport:
    """Precision, recall and F1 of (value, range end, unit); of the quantities found, the share
    on the right event and with the right qualifier."""
    from ..pipeline import Pipeline

    records = read_quantity_gold(gold)
    articles = [Article(id=r.get("id") or f"q{i}", text=r["text"], content_hash=str(i), published=r.get("published"))
                for i, r in enumerate(records)]
    Pipeline(settings).code(articles)
    n_gold = n_pred = found = attached = qualified = 0
    errors = []
    for rec, a in zip(records, articles):
        predicted: dict[tuple, tuple[dict[str, Any], set[str]]] = {}
        for e in a.events:
            for q in e.quantities:
                key = (q["value"], q["value_max"], q["unit"], tuple(q["span"]))
                predicted.setdefault(key, (q, set()))[1].add(e.trigger or "")
        pool = list(predicted.values())
        n_pred += len(pool)
        n_gold += len(rec["quantities"])
        for g in rec["quantities"]:
            match = next((p for p in pool if (p[0]["value"], p[0]["value_max"], p[0]["unit"]) ==
                          (g["value"], g.get("value_max"), g["unit"])), None)
            if match is None:
                errors.append({"id": rec["id"], "gold": g, "predicted": None})
                continue
            pool.remove(match)
            found += 1
            on_event = bool(match[1] & set(g["trigger"]))
            attached += on_event
            qualified += match[0]["qualifier"] == g.get("qualifier")
            if not on_event or match[0]["qualifier"] != g.get("qualifier"):
                errors.append({"id": rec["id"], "gold": g, "predicted": {**match[0], "triggers": sorted(match[1])}})
        for q, triggers in pool:
            errors.append({"id": rec["id"], "gold": None, "predicted": {**q, "triggers": sorted(triggers)}})
    precision = found / n_pred if n_pred else 0.0
    recall = found / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    report = QuantityReport(str(gold), len(records), errors=errors)
    report.metrics = {"gold": n_gold, "predicted": n_pred, "precision": round(precision, 3),
                      "recall": round(recall, 3), "f1": round(f1, 3),
                      "attachment_accuracy": round(attached / found, 3) if found else 0.0,
                      "qualifier_accuracy": round(qualified / found, 3) if found else 0.0}
    return report

"""Toponym resolution evaluation against gold place mentions.

Gold: JSON Lines, each ``{"id", "text", "places": [{"start", "end", "text", "lat", "lon",
"country", "precision"}]}`` (``precision``: city, site, admin1, region or country; ``country``
ISO alpha-3, null for seas and regions across borders). The texts run through the real
pipeline (parse, mentions, geo stage); each gold place is paired with the predicted place
mention that overlaps it.

Scores, over every gold place (a place with no prediction counts as wrong, with an infinite
error):
- ``error_km``: great-circle distance from the predicted to the gold coordinates; for a gold
  country, 0 when the prediction is that country; for a gold area (admin1, region), 0 when
  the prediction is an area of the same country within 400 km (areas have no one point);
- ``accuracy``: the right place — a point (city, site) within 25 km and in the gold country,
  an area as above, a country by its code;
- ``accuracy_161km``: error within 161 km (100 miles), the field's usual tolerance;
- ``median_error_km``.
"""
from __future__ import annotations

import json
import math
import statistics
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..geo.toponyms import haversine_km
from ..records import Article, Place
from ..settings import Settings
from .ner import GoldError

AREA = {"admin1", "region"}


@dataclass
class PlaceReport:
    gold: str
    records: int
    places: int
    metrics: dict[str, Any] = field(default_factory=dict)
    by_precision: dict[str, dict[str, Any]] = field(default_factory=dict)
    errors: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"gold": self.gold, "records": self.records, "places": self.places, "metrics": self.metrics,
                "by_precision": self.by_precision, "errors": self.errors}


def read_place_gold(path: str | Path) -> list[dict[str, Any]]:
    p = Path(path)
    if not p.is_file():
        raise GoldError(f"{path}: no such gold file")
    records = []
    for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
            text = rec["text"]
            for g in rec["places"]:
                if text[g["start"]:g["end"]] != g["text"]:
                    raise GoldError(f"{path}:{n}: span {g['start']}-{g['end']} is not {g['text']!r}")
                float(g["lat"]), float(g["lon"])
                if g["precision"] not in {"city", "site", "admin1", "region", "country"}:
                    raise GoldError(f"{path}:{n}: unknown precision {g['precision']!r}")
        except (json.JSONDecodeError, KeyError, TypeError, ValueError) as e:
            raise GoldError(f"{path}:{n}: malformed gold record ({e})") from None
        records.append(rec)
    if not records:
        raise GoldError(f"{path}: holds no records")
    return records


def judge(gold: dict[str, Any], pred: Place | None) -> tuple[bool, float]:
    """(right place, error in km) for one gold place; see the module docstring."""
    if pred is None or pred.lat is None or pred.lon is None:
        return False, math.inf
    dist = haversine_km(pred.lat, pred.lon, float(gold["lat"]), float(gold["lon"]))
    same_country = gold.get("country") is None or pred.country == gold["country"]
    precision = gold["precision"]
    if precision == "country":
        if pred.country == gold["country"] and pred.precision == "country":
            return True, 0.0
        return False, dist
    if precision in AREA:
        if same_country and pred.precision in AREA and dist <= 400:
            return True, 0.0
        return False, dist
    return same_country and dist <= 25, dist


def locate_texts(texts: list[str], settings: Settings) -> list[Article]:
    """Parse, find mentions and resolve places for bare texts (no ingest, no store)."""
    from ..actors.mentions import MentionStage
    from ..geo.stage import GeoStage
    from ..nlp import NlpStage

    stages = [NlpStage(settings), MentionStage(settings), GeoStage(settings)]
    articles = [Article(id=f"gold-{i}", text=t, content_hash="") for i, t in enumerate(texts)]
    for stage in stages:
        articles = stage(articles)
    return articles


def evaluate_places(gold_path: str | Path, settings: Settings) -> PlaceReport:
    records = read_place_gold(gold_path)
    articles = locate_texts([r["text"] for r in records], settings)
    report = PlaceReport(str(gold_path), len(records), 0)
    rows: list[tuple[str, bool, float]] = []
    for rec, art in zip(records, articles):
        for g in rec["places"]:
            cands = [m for m in art.mentions if m.place is not None and m.start < g["end"] and g["start"] < m.end]
            pred = max(cands, key=lambda m: min(m.end, g["end"]) - max(m.start, g["start"])).place if cands else None
            right, err = judge(g, pred)
            rows.append((g["precision"], right, err))
            if not right:
                report.errors.append({"id": rec["id"], "text": g["text"], "gold": [g["lat"], g["lon"], g["country"]],
                                      "predicted": None if pred is None else
                                      [pred.name, pred.lat, pred.lon, pred.country, pred.precision],
                                      "error_km": None if math.isinf(err) else round(err, 1)})
    report.places = len(rows)
    report.metrics = _metrics(rows)
    for prec in ("city", "site", "admin1", "region", "country"):
        sub = [r for r in rows if r[0] == prec]
        if sub:
            report.by_precision[prec] = {"gold": len(sub), **_metrics(sub)}
    return report


def _metrics(rows: list[tuple[str, bool, float]]) -> dict[str, Any]:
    n = len(rows)
    errs = [r[2] for r in rows]
    median = statistics.median(errs) if errs else math.inf
    return {
        "accuracy": round(sum(r[1] for r in rows) / n, 4) if n else 0.0,
        "accuracy_161km": round(sum(e <= 161 for e in errs) / n, 4) if n else 0.0,
        "median_error_km": None if math.isinf(median) else round(median, 1),
        "resolved": round(sum(not math.isinf(e) for e in errs) / n, 4) if n else 0.0,
    }

"""Quality gate: cross-article clustering on our clustering gold stays above pinned floors."""
from __future__ import annotations

import json

from wirecoder.evaluation.clusters import evaluate_clusters
from wirecoder.settings import Settings

from ..conftest import ROOT

GOLD = ROOT / "tests" / "gold" / "clusters.jsonl"
FLOORS = json.loads((ROOT / "tests" / "gold" / "floors.json").read_text())["clusters"]


def test_clustering_scores_stay_above_floors():
    report = evaluate_clusters(GOLD, Settings())
    below = {k: (report.metrics[k], floor) for k, floor in FLOORS.items() if report.metrics[k] < floor}
    assert not below, f"below floor (got, floor): {below}"
    # the syndicated copies are linked as near-duplicates, so a happening's sources never
    # count a copy twice
    for h in report.per_happening:
        if h["sources"] is not None:
            assert h["sources"] <= h["articles"]

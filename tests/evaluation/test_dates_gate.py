"""Quality gate: event dates on our gold time expressions stay above pinned floors."""
from __future__ import annotations

import json

import pytest

from wirecoder.evaluation.dates import evaluate_dates, read_date_gold
from wirecoder.evaluation.ner import GoldError
from wirecoder.settings import Settings

from ..conftest import ROOT

GOLD = ROOT / "tests" / "gold" / "dates.jsonl"
FLOORS = json.loads((ROOT / "tests" / "gold" / "floors.json").read_text())["dates"]


@pytest.fixture(scope="module")
def report():
    return evaluate_dates(GOLD, Settings())


def test_gold_set_is_big_and_varied():
    records = read_date_gold(GOLD)
    assert len(records) >= 80
    kinds = {r["kind"] for r in records}
    assert {"absolute", "month", "weekday", "relative", "qualifier", "range", "anchor", "publication",
            "no-publication", "clause", "future"} <= kinds
    assert sum(1 for r in records if r.get("held_out")) >= 30
    assert len({r["published"] for r in records}) >= 15


def test_date_scores_stay_above_floors(report):
    below = {k: (report.metrics[k], floor) for k, floor in FLOORS.items() if report.metrics[k] < floor}
    assert not below, f"below floor (got, floor): {below}"
    assert len(report.errors) == round(report.records * (1 - report.metrics["exact"]))


def test_bad_date_gold_is_a_clear_error(tmp_path):
    bad = tmp_path / "gold.jsonl"
    bad.write_text('{"id": "x", "published": "2024-01-01", "text": "They met.", "trigger": "attacked", '
                   '"date": "2024", "precision": "year"}\n')
    with pytest.raises(GoldError, match="trigger 'attacked' is not in the text"):
        read_date_gold(bad)
    bad.write_text('{"id": "x", "published": "2024-01-01", "text": "They met.", "trigger": "met", '
                   '"date": "2024", "precision": "fortnight"}\n')
    with pytest.raises(GoldError, match="unknown precision"):
        read_date_gold(bad)


def test_eval_dates_cli(run, tmp_path):
    small = tmp_path / "dates.jsonl"
    small.write_text("\n".join(GOLD.read_text().splitlines()[:12]) + "\n")
    result = run("eval", "dates", small, "--format", "json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["records"] == 12 and 0 <= data["metrics"]["accuracy"] <= 1
    table = run("eval", "dates", small)
    assert "precision_accuracy" in table.stdout and "absolute" in table.stdout
    missing = run("eval", "dates", tmp_path / "nope.jsonl")
    assert missing.exit_code == 1 and "cannot read gold file" in missing.stderr

"""Quality gate: event quantities on our gold sentences stay above pinned floors."""
from __future__ import annotations

import json

import pytest

from wirecoder.evaluation.ner import GoldError
from wirecoder.evaluation.quantities import evaluate_quantities, read_quantity_gold
from wirecoder.settings import Settings

from ..conftest import ROOT

GOLD = ROOT / "tests" / "gold" / "quantities.jsonl"
FLOORS = json.loads((ROOT / "tests" / "gold" / "floors.json").read_text())["quantities"]


def test_quantity_scores_stay_above_floors():
    records = read_quantity_gold(GOLD)
    assert len(records) >= 40 and sum(1 for r in records if not r["quantities"]) >= 8
    assert {q["unit"] for r in records for q in r["quantities"]} == {
        "killed", "injured", "arrested", "displaced", "participants", "fighters", "money"}
    report = evaluate_quantities(GOLD, Settings())
    below = {k: (report.metrics[k], floor) for k, floor in FLOORS.items() if report.metrics[k] < floor}
    assert not below, f"below floor (got, floor): {below}"


def test_bad_quantity_gold_is_a_clear_error(tmp_path):
    bad = tmp_path / "q.jsonl"
    bad.write_text('{"id": "x", "text": "Police arrested 5 people.", "quantities": '
                   '[{"trigger": ["arrested"], "value": 5, "unit": "jailed"}]}\n')
    with pytest.raises(GoldError, match="unknown unit 'jailed'"):
        read_quantity_gold(bad)


def test_eval_quantities_cli(run, tmp_path):
    small = tmp_path / "q.jsonl"
    small.write_text("\n".join(GOLD.read_text().splitlines()[:6]) + "\n")
    result = run("eval", "quantities", small, "--format", "json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["records"] == 6 and data["metrics"]["gold"] >= 6
    assert "attachment_accuracy" in run("eval", "quantities", small).stdout

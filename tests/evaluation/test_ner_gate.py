"""Quality gate: mention and actor-resolution scores on our gold set stay above pinned floors
and above bare spaCy."""
from __future__ import annotations

import json

import pytest

from wirecoder.evaluation.ner import GoldError, evaluate, read_gold
from wirecoder.settings import Settings

from ..conftest import ROOT

GOLD = ROOT / "tests" / "gold" / "ner.jsonl"
FLOORS = json.loads((ROOT / "tests" / "gold" / "floors.json").read_text())["ner"]


@pytest.fixture(scope="module")
def reports():
    return evaluate(GOLD, Settings(), baseline=True)


def test_gold_set_is_big_enough():
    records = read_gold(GOLD)
    assert len(records) >= 40
    labels = [e["label"] for r in records for e in r["entities"]]
    assert labels.count("PERSON") + labels.count("ORG") >= 120


def test_scores_stay_above_floors(reports):
    ours = reports[0]
    got = {f"{label}.exact_f1": s["exact"]["f1"] for label, s in ours.labels.items()}
    got["actor_accuracy"] = ours.actors["accuracy"]
    got["country_accuracy"] = ours.actors["country_accuracy"]
    below = {k: (got[k], floor) for k, floor in FLOORS.items() if got[k] < floor}
    assert not below, f"below floor (got, floor): {below}"


def test_clearly_better_than_bare_spacy(reports):
    ours, bare = reports
    for label in ("PERSON", "ORG", "GPE+LOC"):
        assert ours.labels[label]["exact"]["f1"] >= bare.labels[label]["exact"]["f1"] + 0.05, label


def test_bad_gold_file_is_a_clear_error(tmp_path):
    bad = tmp_path / "gold.jsonl"
    bad.write_text('{"id": "x", "text": "abc", "entities": [{"start": 0, "end": 2, "label": "ORG", "text": "zz"}]}\n')
    with pytest.raises(GoldError, match="does not slice its text"):
        read_gold(bad)


def test_eval_cli_json(run):
    result = run("eval", "ner", GOLD, "--format", "json")
    assert result.exit_code == 0, result.stderr
    [report] = json.loads(result.stdout)
    assert report["system"] == "wirecoder" and report["records"] >= 40
    assert 0 < report["actors"]["accuracy"] <= 1

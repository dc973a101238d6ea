"""Quality gate: modality and attribution on our reported-speech gold sentences
(tests/gold/attribution.jsonl) stay above pinned floors, and the scoring rules themselves
(pairing, attribution matching, chains) behave as the README says."""
from __future__ import annotations

import json

import pytest

from wirecoder.actors.kb import kb_sources, load_kb
from wirecoder.evaluation.events import (MISSED, MODALITIES, _pair_modal, attribution_matches, chain_matches,
                                         evaluate_events, read_event_gold)
from wirecoder.evaluation.ner import GoldError
from wirecoder.records import Event
from wirecoder.settings import Settings

from ..conftest import ROOT

GOLD = ROOT / "tests" / "gold" / "attribution.jsonl"
FLOORS = json.loads((ROOT / "tests" / "gold" / "floors.json").read_text())


@pytest.fixture(scope="module")
def report():
    return evaluate_events(GOLD, Settings())


@pytest.fixture(scope="module")
def kb():
    return load_kb(kb_sources(Settings()))


def test_gold_set_shape():
    fmt, records = read_event_gold(GOLD)
    assert fmt == "wirecoder" and len(records) >= 100
    events = [e for r in records for e in r["events"]]
    assert {e["modality"] for e in events} == set(MODALITIES)
    assert all("attribution" in e for e in events)
    for r in records:
        assert r["published"][:2] in {"19", "20"}, r["id"]
        for e in r["events"]:
            assert e["trigger"] in r["text"], (r["id"], e["trigger"])
            if e["attribution"]:
                assert e["attribution"]["text"] in r["text"], r["id"]
                assert all(c["text"] in r["text"] for c in e["attribution"]["chain"]), r["id"]
    attributed = [e for e in events if e["attribution"]]
    assert len(attributed) >= 80 and sum(len(e["attribution"]["chain"]) >= 2 for e in attributed) >= 10
    assert sum(1 for e in events if not e["attribution"]) >= 20


def test_modality_and_attribution_stay_above_floors(report):
    m = report.metrics
    assert m["modality_gold_events"] >= 150 and m["attribution_gold_events"] >= 150
    below = {k: (m[k], floor) for k, floor in FLOORS["attribution"].items() if m[k] is None or m[k] < floor}
    assert not below, f"below floor (got, floor): {below}"


def test_modality_confusion_adds_up(report):
    conf = report.modality_confusion
    assert set(conf) == set(MODALITIES)
    total = sum(sum(row.values()) for row in conf.values())
    assert total == report.metrics["modality_gold_events"]
    paired = total - sum(row.get(MISSED, 0) for row in conf.values())
    assert paired / total == pytest.approx(report.metrics["modality_paired"], abs=1e-3)
    right = sum(row.get(g, 0) for g, row in conf.items())
    assert right / paired == pytest.approx(report.metrics["modality_accuracy"], abs=1e-3)
    # every wrong pairing is listed with its record id
    wrong = paired - right
    assert sum(1 for e in report.errors if "modality" in e) == wrong


def _event(type_: str, trigger_span: tuple[int, int] | None, modality: str = "asserted",
           attribution: dict | None = None) -> Event:
    return Event(id="e", article_id="a", type=type_, trigger_span=trigger_span, modality=modality,
                 attribution=attribution)


def test_pairing_prefers_the_same_trigger_over_the_same_type():
    text = "Hamas said it would not release the hostages and Israel struck Gaza."
    gold = [{"type": "RETREAT", "trigger": "release", "modality": "negated"},
            {"type": "ASSAULT", "trigger": "struck", "modality": "asserted"}]
    start = text.index("release")
    refusal = _event("REJECT", (start, start + 7))  # the system recoded the refusal
    strike = _event("ASSAULT", (text.index("struck"), text.index("struck") + 6))
    pairs = _pair_modal(text, gold, [strike, refusal])
    assert pairs[0][1] is refusal and pairs[1][1] is strike
    assert _pair_modal(text, gold[:1], [strike]) == [(gold[0], None)]


def test_attribution_matching_rules(kb):
    ministry = {"name": "Ministry of Foreign Affairs", "country": "RUS", "sector": "GOV"}
    tass = {"name": "TASS", "country": "RUS", "sector": "MED"}
    gold = {"text": "Russia's Foreign Ministry", "actor": ministry,
            "chain": [{"text": "Russia's Foreign Ministry", "actor": ministry}, {"text": "TASS", "actor": tass}]}
    assert attribution_matches(None, None, kb)
    assert not attribution_matches(None, gold, kb) and not attribution_matches(gold, None, kb)
    # same country and sector counts; another state's ministry does not
    russia = {"id": "RUS", "name": "Russia", "country": "RUS", "sector": "GOV"}
    assert attribution_matches({"text": "Moscow", "actor": russia, "chain": []}, gold, kb)
    ukraine = {"id": "UKR", "name": "Ukraine", "country": "UKR", "sector": "GOV"}
    assert not attribution_matches({"text": "Kyiv", "actor": ukraine, "chain": []}, gold, kb)
    # an anonymous but typed source: country and sector; an untyped one only matches no actor
    typed = {"text": "an Iraqi security official", "actor": {"name": None, "country": "IRQ", "sector": "COP"}, "chain": []}
    generic = {"id": "generic:IRQ:COP", "name": "Iraq: police", "country": "IRQ", "sector": "COP"}
    assert attribution_matches({"text": "x", "actor": generic, "chain": []}, typed, kb)
    assert not attribution_matches({"text": "x", "actor": dict(generic, sector="GOV"), "chain": []}, typed, kb)
    untyped = {"text": "sources", "actor": None, "chain": []}
    assert attribution_matches({"text": "sources", "actor": None, "chain": []}, untyped, kb)
    assert not attribution_matches({"text": "x", "actor": generic, "chain": []}, untyped, kb)
    # chains: same reporters in the same order (innermost first); bare actors accepted in the gold
    tass_actor = {"id": "tass", "name": "TASS", "country": "RUS", "sector": "MED"}
    pred = {"text": "x", "actor": russia, "chain": [{"text": "x", "actor": russia}, {"text": "TASS", "actor": tass_actor}]}
    assert chain_matches(pred, gold, kb)
    assert chain_matches(pred, dict(gold, chain=[ministry, tass]), kb)
    assert not chain_matches(dict(pred, chain=pred["chain"][::-1]), gold, kb)
    assert not chain_matches(dict(pred, chain=pred["chain"][:1]), gold, kb)


def test_bad_modality_is_a_clear_error(tmp_path):
    bad = tmp_path / "gold.jsonl"
    bad.write_text('{"id": "x", "text": "abc", "events": [{"type": "ASSAULT", "modality": "rumoured"}]}\n')
    with pytest.raises(GoldError, match="unknown modality 'rumoured'"):
        read_event_gold(bad)


def test_eval_events_cli_prints_modality(run, tmp_path):
    small = tmp_path / "small.jsonl"
    small.write_text("".join(line + "\n" for line in GOLD.read_text().splitlines()[:12]))
    table = run("eval", "events", small)
    assert table.exit_code == 0, table.stderr
    assert "modality_accuracy" in table.stdout and "gold \\ predicted modality" in table.stdout
    data = json.loads(run("eval", "events", small, "--format", "json").stdout)
    assert data["metrics"]["modality_gold_events"] >= 12 and "modality_confusion" in data
    assert all({"id", "type", "trigger"} <= set(e) for e in data["errors"])

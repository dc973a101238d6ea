"""Event coding through the real pipeline: types, participants, modality, evidence."""
from __future__ import annotations

import pytest

from wirecoder.pipeline import Pipeline
from wirecoder.records import Article


@pytest.fixture(scope="module")
def pipeline():
    from wirecoder.settings import Settings
    return Pipeline(Settings())


def events(pipeline, text: str):
    [a] = pipeline.code([Article(id="t", text=text, content_hash="x")])
    return a, a.events


def summary(evs, modality="asserted"):
    return {(e.type, e.source.id if e.source else None, e.target.id if e.target else None)
            for e in evs if e.modality == modality}


def test_coordinated_sources_give_one_event_each(pipeline):
    a, evs = events(pipeline, "Kazakhstan and Kyrgyzstan removed the Taliban from their lists of banned groups last year.")
    assert {("CONCEDE", "KAZ", "taliban"), ("CONCEDE", "KGZ", "taliban")} <= summary(evs)
    for e in evs:
        assert a.text[e.trigger_span[0]:e.trigger_span[1]] == e.trigger == "removed"
        assert a.text[e.span[0]:e.span[1]] == e.evidence
        assert a.text[e.source_span[0]:e.source_span[1]] in {"Kazakhstan", "Kyrgyzstan"}
        assert e.pattern.startswith("patterns.yaml:") and e.pipeline_version.startswith("wirecoder ")


def test_passive_voice_with_agent(pipeline):
    _, evs = events(pipeline, "Hezbollah commander Fuad Shukr was killed by an Israeli air strike in Beirut on Tuesday.")
    assert any(e.type == "ASSAULT" and e.source and e.source.id == "ISR" and e.target and
               e.target.name == "Fuad Shukr" for e in evs)


def test_listing_is_sanction_and_threat_absorbs_its_content(pipeline):
    _, evs = events(pipeline, "Britain designated the Wagner Group a terrorist organisation on Monday.")
    assert ("SANCTION", "GBR", "wagner-group") in summary(evs)
    _, evs = events(pipeline, "Iran threatened to close the Strait of Hormuz to US warships.")
    types = {e.type for e in evs if e.modality == "asserted"}
    assert types == {"THREATEN"}


def test_obligation_is_a_request(pipeline):
    _, evs = events(pipeline, "Lavrov said the United States should return confiscated assets to Afghanistan.")
    assert any(e.type == "REQUEST" and e.source and e.source.id == "sergei-lavrov" and e.target and
               e.target.id == "USA" for e in evs)


def test_negated_and_hypothetical_are_kept_but_marked(pipeline):
    _, evs = events(pipeline, "The army did not attack the rebel positions near Goma on Sunday.")
    assert evs and all(e.modality == "negated" for e in evs if e.type == "ASSAULT")
    _, evs = events(pipeline, "If talks fail, Israel could strike Iranian nuclear sites, an official said.")
    assert all(e.modality != "asserted" for e in evs if e.type == "ASSAULT")


def test_announced_cooperation_is_agree(pipeline):
    _, evs = events(pipeline, "Turkey will host talks between Russia and Ukraine in Istanbul next week.")
    assert any(e.type == "AGREE" and e.source and e.source.id == "TUR" for e in evs)


def test_no_event_in_plain_news(pipeline):
    _, evs = events(pipeline, "Heavy rain is expected across northern Europe this weekend, forecasters said.")
    assert evs == []
    _, evs = events(pipeline, "Shares in the carmaker rose 4% on Tuesday after it reported higher profits.")
    assert [e for e in evs if e.modality == "asserted"] == []


def test_denied_events_are_marked(pipeline):
    _, evs = events(pipeline, "Iran denies arming the Houthis in Yemen.")
    aid = [e for e in evs if e.type == "AID"]
    assert aid and all(e.modality == "denied" for e in aid)


def test_attribution_and_its_chain(pipeline):
    _, evs = events(pipeline, "Russia's Foreign Ministry said on Friday that a decision to remove the Taliban from a "
                              "list of terrorist organizations had been taken, the state TASS news agency reported.")
    [e] = [e for e in evs if e.type == "CONCEDE"]
    assert e.attribution["actor"]["id"] == "russia-foreign-ministry"
    assert [c["actor"]["id"] for c in e.attribution["chain"]] == ["russia-foreign-ministry", "tass"]
    _, evs = events(pipeline, "Gunmen killed four soldiers near Gao on Sunday, according to a local official.")
    [e] = [e for e in evs if e.type == "ASSAULT"]
    assert e.attribution["text"] == "a local official" and e.attribution["actor"]["sector"] == "GOV"
    _, evs = events(pipeline, "Israel struck Hezbollah positions in southern Lebanon overnight.")
    assert all(e.attribution is None for e in evs)  # the outlet's own assertion


def test_claims_of_responsibility(pipeline):
    _, evs = events(pipeline, "A roadside bomb killed three soldiers in Gao, and JNIM claimed responsibility "
                              "for the attack.")
    assert any(e.modality == "claimed" and e.trigger == "attack" for e in evs)

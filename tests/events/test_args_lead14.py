"""Session 14 (lead): people taken in are whom help is for; a protest called off yields to the state it
was aimed at, and the state's promise it answers is made to the protesters. Sentences written
for these tests, coded by the real pipeline."""
from __future__ import annotations

from .coding import code, where


def typed(pipeline, text: str, kind: str):
    return [e for e in code(pipeline, text).events if e.type == kind]


def test_refugees_taken_in_are_the_target_of_the_help(pipeline):
    [e] = typed(pipeline, "Niger took in about 9,000 Malian refugees last month, the UN refugee agency said.", "AID")
    assert where(e.source) == ("NER", "GOV")
    assert where(e.target) == ("MLI", "CVL")


def test_a_building_sheltering_people_is_no_help_event(pipeline):
    assert typed(pipeline, "A shell hit a mosque sheltering displaced families in Khartoum on Friday.", "AID") == []


def test_a_strike_called_off_after_a_government_promise_pairs_both_sides(pipeline):
    a = code(pipeline, "Ghana's nurses' union called off its month-long strike on Friday after the government "
                       "agreed to pay their allowances.")
    [c] = [e for e in a.events if e.type == "CONCEDE" and e.trigger == "called"]
    assert where(c.source) == ("GHA", "CVL") or c.source.country == "GHA"
    assert where(c.target) == ("GHA", "GOV")
    [g] = [e for e in a.events if e.trigger == "agreed"]
    assert where(g.source) == ("GHA", "GOV")
    assert g.target is not None and g.target.id == c.source.id


def test_a_protest_called_off_with_no_clause_yields_to_the_own_government(pipeline):
    [e] = typed(pipeline, "The Zambia Congress of Trade Unions suspended a planned national strike.", "CONCEDE")
    assert where(e.target) == ("ZMB", "GOV")


def test_a_state_ending_its_own_blockade_gets_no_guessed_government(pipeline):
    events = typed(pipeline, "The army ended its blockade of the rebel-held town on Sunday.", "CONCEDE")
    assert all(e.target is None or e.target.sector != "GOV" for e in events)


def test_a_visit_hung_on_the_clause_of_the_people_urged_keeps_the_visitor(pipeline):
    [e] = typed(pipeline, "Malaysia's prime minister urged Chinese leaders to settle the dispute peacefully during "
                          "a visit to Beijing.", "CONSULT")
    assert where(e.source) == ("MYS", "GOV")
    assert where(e.target) == ("CHN", "GOV")


def test_protesters_lifting_their_own_blockade_yield_to_their_government(pipeline):
    a = code(pipeline, "Truckers in Peru lifted their blockade of the coastal highway after the government "
                       "promised to cut diesel prices.")
    [c] = [e for e in a.events if e.type == "CONCEDE" and e.trigger == "lifted"]
    assert where(c.target) == ("PER", "GOV")
    [g] = [e for e in a.events if e.trigger == "promised"]
    assert g.target is not None and g.target.id == c.source.id


def test_a_state_lifting_its_blockade_gets_no_guessed_government(pipeline):
    [e] = typed(pipeline, "Turkey lifted its blockade of the port on Monday.", "CONCEDE")
    assert e.target is None or e.target.country != "TUR"


def test_a_second_infinitive_in_a_demand_is_its_content_not_an_act(pipeline):
    a = code(pipeline, "The African Union urged Rwanda to halt its raids and to respect Burundi's borders.")
    assert [e.type for e in a.events if e.modality == "asserted"] == ["REQUEST"]


def test_a_second_infinitive_in_a_threat_is_no_asserted_act(pipeline):
    a = code(pipeline, "Belarus threatened to close the border and to expel Polish diplomats.")
    assert not [e for e in a.events if e.type == "SANCTION" and e.modality == "asserted"]


def test_a_past_verb_joined_to_a_demand_stays_an_act(pipeline):
    a = code(pipeline, "The African Union called on Rwanda to withdraw its troops and voiced support for Congo.")
    assert {e.type for e in a.events if e.modality == "asserted"} == {"REQUEST", "SUPPORT"}

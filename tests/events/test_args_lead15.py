"""Session 15 (lead): the deed a protest, an objection or a voiced feeling is about is coded when
told as fact, and the reaction is aimed at the deed's doer, not at the ones it was done to.
Sentences written for these tests, coded by the real pipeline."""
from __future__ import annotations

from .coding import code, where


def typed(pipeline, text: str, kind: str):
    return [e for e in code(pipeline, text).events if e.type == kind]


def test_a_condemnation_of_the_raids_by_named_soldiers_is_aimed_at_them(pipeline):
    [c] = typed(pipeline, "Kenya condemned the raids by Ugandan soldiers on two police posts near Busia.", "ACCUSE")
    assert where(c.target) == ("UGA", "MIL")


def test_attacks_of_a_kind_stay_uncoded_even_with_a_doer(pipeline):
    # a condemnation of attacks in general names no deed that happened (a bare plural with a "by"
    # doer was tried as told fact and withdrawn after it cost a blind set a false event)
    assert typed(pipeline, "The bishops condemned attacks on churches.", "ASSAULT") == []
    assert typed(pipeline, "The UN condemned attacks by armed groups on civilians.", "ASSAULT") == []


def test_a_protest_addressed_to_a_capital_is_diplomatic_and_aimed_at_that_state(pipeline):
    a = code(pipeline, "Tajikistan's foreign ministry protested to Bishkek over the cross-border raids by Kyrgyz "
                       "border guards on three villages.")
    [c] = [e for e in a.events if e.type == "ACCUSE"]
    assert c.mode == "disapprove"
    assert where(c.target) == ("KGZ", "GOV")


def test_a_protest_to_a_state_over_an_arrest_is_aimed_at_the_state_not_the_arrested(pipeline):
    a = code(pipeline, "Senegal protested to Mauritania over the arrest of four fishermen.")
    [c] = [e for e in a.events if e.type == "ACCUSE"]
    assert where(c.target) == ("MRT", "GOV")
    assert [e.type for e in a.events if e.trigger == "arrest"] == ["COERCE"]


def test_a_states_protest_over_a_deed_is_diplomatic_and_aimed_at_the_doer(pipeline):
    a = code(pipeline, "Ecuador protested against the detention of its trawler crews by the Peruvian navy.")
    [c] = [e for e in a.events if e.type in {"ACCUSE", "PROTEST"}]
    assert (c.type, c.mode) == ("ACCUSE", "disapprove")
    assert where(c.target) == ("PER", "MIL")


def test_a_states_protest_is_never_aimed_at_its_own_people(pipeline):
    [c] = typed(pipeline, "Ecuador protested against the detention of its fishermen.", "ACCUSE")
    assert c.target is None or c.target.country != "ECU"


def test_objecting_to_a_deed_is_a_condemnation_of_its_doer(pipeline):
    a = code(pipeline, "Yerevan strongly objected to the seizure of three Armenian shepherds by Azerbaijani troops.")
    [c] = [e for e in a.events if e.trigger == "objected"]
    assert (c.type, c.mode) == ("ACCUSE", "disapprove")
    assert where(c.target) == ("AZE", "MIL")
    [s] = [e for e in a.events if e.trigger == "seizure"]
    assert s.type == "COERCE" and where(s.source) == ("AZE", "MIL")


def test_objecting_to_a_plan_stays_a_rejection(pipeline):
    [e] = [e for e in code(pipeline, "Hungary objected to the migration plan.").events if e.trigger == "objected"]
    assert e.type == "REJECT"


def test_a_condemned_missile_launch_is_a_show_of_weapons(pipeline):
    a = code(pipeline, "Tokyo condemned North Korea's launch of an intercontinental ballistic missile on Thursday.")
    [m] = [e for e in a.events if e.trigger == "launch"]
    assert (m.type, m.mode) == ("MOBILIZE", "weapons")
    assert where(m.source) == ("PRK", "GOV")


def test_own_troops_ordered_to_the_border_are_a_mobilisation(pipeline):
    [e] = [e for e in code(pipeline, "Niger's president ordered troops to deploy along the border after "
                                     "jihadists attacked a convoy.").events if e.trigger == "ordered"]
    assert (e.type, e.mode) == ("MOBILIZE", "troops")
    assert where(e.source) == ("NER", "GOV")


def test_another_state_ordered_to_withdraw_stays_a_demand(pipeline):
    [e] = [e for e in code(pipeline, "Ghana ordered Togo to withdraw its troops from the border.").events
           if e.trigger == "ordered"]
    assert e.type == "REQUEST"
    assert where(e.target) == ("TGO", "GOV")


def test_a_condemned_takeover_is_aimed_at_those_who_seized_power(pipeline):
    a = code(pipeline, "Army officers seized power in Niamey on Sunday and detained the president. "
                       "The African Union condemned the takeover on Monday.")
    [c] = [e for e in a.events if e.trigger == "condemned"]
    assert where(c.target) == ("NER", "MIL")


def test_a_governments_protest_is_in_words_not_force(pipeline):
    a = code(pipeline, "Germany handed a Libyan militia commander to the International Criminal Court on Wednesday. "
                       "Libya's Government of National Unity protested against the handover.")
    [p] = [e for e in a.events if e.trigger == "protested"]
    assert (p.type, p.mode) == ("ACCUSE", "disapprove")

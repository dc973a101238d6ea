"""Sentences with no political event that the coder used to code: nature forcing people out,
rescuers searching, a strike only under consideration, a manager protesting to a referee.
Sentences written for these tests, coded by the real pipeline."""
from __future__ import annotations

from .coding import code


def counted(pipeline, text: str):
    return [e for e in code(pipeline, text).events if e.modality in {"asserted", "claimed", "future", "historical"}]


def test_what_nature_forces_or_destroys_has_no_actor_and_is_no_event(pipeline):
    assert not counted(pipeline, "Floods forced 20,000 people to flee their homes in Assam on Monday.")
    assert not counted(pipeline, "Wildfires fanned by strong winds destroyed 300 homes on Evia, forcing thousands "
                                 "of residents to flee, the fire service said.")
    # people driven out by fighters are (SANCTION expel, the causer as source)
    assert [e.type for e in counted(pipeline, "Gunmen torched homes in the village, forcing hundreds of "
                                              "residents to flee.") if e.type == "SANCTION"] == ["SANCTION"]


def test_rescuers_searching_for_survivors_seize_nothing(pipeline):
    assert not counted(pipeline, "Landslides killed 40 people in Nepal, officials said, as rescuers searched for survivors.")
    assert [e.type for e in counted(pipeline, "Police searched the homes of three opposition leaders.")] == ["COERCE"]


def test_an_act_only_being_decided_on_is_hypothetical(pipeline):
    a = code(pipeline, "Unions in Italy are expected to decide next week whether to hold a general strike "
                       "over the pension reform, union leaders said.")
    assert [e.modality for e in a.events] == ["hypothetical"]


def test_one_sport_word_and_its_lemma_are_one_word(pipeline):
    # "penalties" and its lemma "penalty" used to count as two sport words
    a = counted(pipeline, "The Bush administration declared Tuesday that China must drop barriers to U.S. exports "
                          "or face tariff penalties.")
    assert a
    assert not counted(pipeline, "Chelsea's manager protested angrily to the referee after a late penalty was "
                                 "awarded to Arsenal on Sunday.")

"""Argument constructions of wire copy (session 15, the events_dev21 round), each on sentences
written for this test (not the gold set's) and coded by the real pipeline:

- "them" or "both" as the object of a clause hung on the verb that acted on a list or a
  counted group points back at every one of them, never at the subject;
- a partner in "with" hung by the parser on the event noun of a light verb ("exchanged fire
  with X") is the target;
- a reaction to a deed named by a noun with a "by" phrase is aimed at the doer, and the deed is
  told as fact ("welcomed the release of ... by X", "protested over the beating of ... by X");
- a call for an inquiry joined to a reported statement is the reporter's.
"""
from __future__ import annotations

from wirecoder.records import Article

from .coding import code


def of_type(a: Article, kind: str) -> list:
    return [e for e in a.events if e.type == kind]


def targets(events: list) -> set:
    return {e.target.country for e in events if e.target is not None}


def test_both_after_a_list_of_envoys_is_every_state(pipeline):
    a = code(pipeline, "Mali summoned the envoys of Algeria and Mauritania and accused both of harbouring rebels.")
    accused = [e for e in of_type(a, "ACCUSE") if e.mode == "allege"]
    assert {"DZA", "MRT"} <= targets(accused)


def test_them_after_a_counted_group_is_that_group_not_the_subject(pipeline):
    a = code(pipeline, "Zimbabwean soldiers detained scores of supporters of opposition leader Nelson Chamisa, "
                       "accusing them of planning riots.")
    accused = of_type(a, "ACCUSE")
    assert accused and all(e.target is not None and e.target.sector == "OPP" for e in accused)


def test_them_after_coordinated_objects_is_each_of_them(pipeline):
    a = code(pipeline, "Police in Minsk detained three bloggers and two lawyers, accusing them of extremism.")
    accused = of_type(a, "ACCUSE")
    assert {e.target.sector for e in accused if e.target is not None} >= {"MED", "JUD"}


def test_them_with_its_own_subject_is_left_alone(pipeline):
    a = code(pipeline, "Students blocked the highway in Dhaka, and riot police dispersed them with batons.")
    assert not [e for e in a.events if e.source is not None and e.target is not None
                and e.source.sector == e.target.sector == "COP"]


def test_exchanged_fire_with_names_the_other_side(pipeline):
    a = code(pipeline, "Afghan border forces exchanged fire with Pakistani troops near the Chaman crossing.")
    found = of_type(a, "ASSAULT")
    assert found and "PAK" in targets(found)
    a = code(pipeline, "Police traded shots with gang members in a slum of Port-au-Prince overnight.")
    found = of_type(a, "ASSAULT")
    assert found and all(e.target is not None and e.target.sector == "REB" for e in found)


def test_praise_for_a_release_by_a_state_is_aimed_at_it(pipeline):
    a = code(pipeline, "The Philippines welcomed the release of six Filipino sailors by Houthi rebels.")
    support = of_type(a, "SUPPORT")
    assert support and all(e.target is not None and e.target.country == "YEM" for e in support)
    release = of_type(a, "RETREAT")
    assert release and release[0].source is not None and release[0].source.country == "YEM"
    assert release[0].target is not None and release[0].target.country == "PHL"


def test_a_release_with_no_one_releasing_is_no_event(pipeline):
    a = code(pipeline, "Elders travelled to the forest to negotiate the release of kidnapped farmers.")
    assert not of_type(a, "RETREAT")


def test_a_protest_over_a_beating_by_officers_tells_the_beating(pipeline):
    a = code(pipeline, "Indonesia lodged a protest over the beating of Indonesian crew members by Malaysian "
                       "maritime officers.")
    beaten = of_type(a, "ASSAULT")
    assert beaten and beaten[0].mode == "beat"
    assert beaten[0].source is not None and beaten[0].source.country == "MYS"


def test_a_suit_over_an_act_with_no_doer_tells_no_act(pipeline):
    a = code(pipeline, "A Russian bank sued a clearing house in Brussels over the freezing of its accounts.")
    assert not of_type(a, "SANCTION")


def test_a_handover_of_suspects_by_a_state(pipeline):
    a = code(pipeline, "Nigeria praised the handover of 12 Boko Haram suspects by Cameroon.")
    handed = of_type(a, "COOPERATE")
    assert handed and handed[0].source is not None and handed[0].source.country == "CMR"
    support = of_type(a, "SUPPORT")
    assert support and all(e.target is not None and e.target.country == "CMR" for e in support)


def test_a_summoned_envoy_stays_the_target_of_a_complaint_over_a_deed(pipeline):
    a = code(pipeline, "Thailand summoned Cambodia's ambassador over the shelling of a border village by "
                       "Cambodian troops.")
    summoned = of_type(a, "ACCUSE")
    assert summoned and summoned[0].target is not None and summoned[0].target.sector == "GOV"


def test_a_call_for_an_inquiry_after_a_report_is_the_reporters(pipeline):
    a = code(pipeline, "Amnesty International said Nigerian soldiers had shot dead eight protesters, and called for "
                       "an independent investigation.")
    calls = of_type(a, "REQUEST")
    assert calls and calls[0].source is not None and calls[0].source.sector == "NGO"
    a = code(pipeline, "Witnesses said soldiers fired into the air and urged the crowd to go home.")
    calls = of_type(a, "REQUEST")
    assert not calls or calls[0].source is None or calls[0].source.sector == "MIL"

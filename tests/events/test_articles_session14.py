"""Session 14 (h-art7): arguments and types of whole-article stories (election disputes,
sanctions and counter-measures, mediated truces, aid blockades, cyber-attack attributions).
Sentences written for these tests, coded by the real pipeline."""
from __future__ import annotations

from .coding import code, where

COUNTED = {"asserted", "claimed", "future", "historical"}


def counted(a, type_: str) -> list:
    return [e for e in a.events if e.type == type_ and e.modality in COUNTED]


def test_a_speakers_act_after_a_statement_is_the_speakers(pipeline):
    # the parser joins the second verb to the statement; the statement tells no act
    a = code(pipeline, "The African Union said the vote was fair and urged Kenya to release the detainees.")
    [e] = counted(a, "REQUEST")
    assert e.source is not None and e.source.name == "African Union"
    b = code(pipeline, "The Arab League said its envoys had found no sign of fraud but urged Iraq to publish the results.")
    [e] = counted(b, "REQUEST")
    assert e.source is not None and e.source.name == "Arab League"
    c = code(pipeline, "Burkina Faso's junta leader told soldiers the truce did not mean the war was over and "
                       "vowed to crush the jihadists.")
    [e] = counted(c, "THREATEN")
    assert e.source is not None and e.source.country == "BFA"
    # a statement that tells an act keeps its own actor
    d = code(pipeline, "Witnesses said police fired tear gas and urged the crowd to leave.")
    [e] = counted(d, "REQUEST")
    assert e.source is not None and e.source.sector == "COP"


def test_a_cyber_attack_spelled_apart_is_coerce_cyber(pipeline):
    for text in ("Hackers linked to Iran carried out a cyber-attack on Albania's government servers on Monday.",
                 "Poland blamed Russia for a cyber attack on its railway network.",
                 "A ransomware attack paralysed the ministry's email on Friday."):
        a = code(pipeline, text)
        assert not counted(a, "ASSAULT"), text
        [e] = counted(a, "COERCE")
        assert e.mode == "cyber", text
    # an armed attack stays an attack
    b = code(pipeline, "Rebels launched an attack on the town on Monday.")
    assert counted(b, "ASSAULT") and not counted(b, "COERCE")


def test_what_a_reaction_calls_something_is_its_object(pipeline):
    a = code(pipeline, "NATO allies condemned what they called Russia's reckless behaviour in cyberspace.")
    [e] = counted(a, "ACCUSE")
    assert e.target is not None and e.target.id == "RUS"
    b = code(pipeline, "Venezuela rejected what it called Washington's interference in its affairs.")
    [e] = counted(b, "REJECT")
    assert e.target is not None and e.target.id == "USA"
    c = code(pipeline, "The European Union condemned what it described as Iran's crackdown on protesters.")
    [e] = counted(c, "ACCUSE")  # the accused, not the people the act was done to
    assert e.target is not None and e.target.id == "IRN"


def test_governing_handling_and_crying_are_no_events(pipeline):
    for text in ("The ruling party has governed Honduras for most of the past two decades.",
                 "Indonesia has usually handled such disputes quietly through its embassy.",
                 '"The babies cry every night," a displaced woman in the camp said.'):
        a = code(pipeline, text)
        assert not [e for e in a.events if e.modality in COUNTED], text


def test_a_purpose_or_a_wish_is_no_act(pipeline):
    for text in ("The corridor is intended to let civilians leave the besieged town.",
                 "The pause is meant to let aid agencies reach the camps.",
                 "The opposition hopes to end the ruling party's grip on the capital."):
        a = code(pipeline, text)
        assert not [e for e in a.events if e.modality in COUNTED], text
    # an actor's own intent is still coded
    b = code(pipeline, "Mali intends to let French troops leave by the end of the month.")
    assert [e for e in b.events if e.modality in COUNTED]


def test_the_second_clause_of_a_condition_is_hypothetical(pipeline):
    a = code(pipeline, "The rebels will release the hostages if the army withdraws from the town and the "
                       "government frees their commander.")
    assert not [e for e in a.events if e.type == "RETREAT" and e.modality in COUNTED]
    # a clause after "after" still happened
    b = code(pipeline, "Police detained 12 people after protesters blocked the highway and attacked a patrol car.")
    assert counted(b, "PROTEST") or counted(b, "ASSAULT")


def test_police_commanders_are_police(pipeline):
    a = code(pipeline, "Canada imposed sanctions on four senior Iranian police commanders on Friday.")
    [e] = counted(a, "SANCTION")
    assert where(e.target) == ("IRN", "COP")
    b = code(pipeline, "Canada imposed sanctions on four senior Iranian army commanders on Friday.")
    [e] = counted(b, "SANCTION")
    assert where(e.target) == ("IRN", "MIL")


def test_the_deed_of_people_who_in_a_threat_is_hypothetical(pipeline):
    a = code(pipeline, "The interior minister warned that people who attacked officers would be prosecuted.")
    assert counted(a, "THREATEN") and not counted(a, "ASSAULT")
    # people who did it, told as fact, did it
    b = code(pipeline, "People who attacked a police station in Kisumu were arrested on Monday.")
    assert counted(b, "ASSAULT")


def test_hunting_down_fighters_is_an_attack_and_a_vow_to_is_a_threat(pipeline):
    a = code(pipeline, "Soldiers hunted down the gunmen in the hills near Gao on Monday.")
    assert counted(a, "ASSAULT")
    b = code(pipeline, "The president vowed that the army would hunt down the militants wherever they hid.")
    assert counted(b, "THREATEN") and not counted(b, "AGREE")



def test_calling_an_accusation_names_is_a_denial(pipeline):
    for text, type_ in (("Iran's foreign ministry called the allegations baseless on Tuesday.", "ACCUSE"),
                        ("The minister said Rwanda was arming the rebels, an accusation Kigali has long rejected.",
                         "REJECT")):
        a = code(pipeline, text)
        assert not counted(a, type_), text
    # calling a decision names is a criticism; rejecting an accusation outright stays as it was
    b = code(pipeline, "Turkey called the decision a violation of international law.")
    assert counted(b, "ACCUSE")
    c = code(pipeline, "Serbia rejected the accusation on Monday.")
    assert counted(c, "REJECT")


def test_a_toll_told_with_when_is_part_of_the_act_of_the_when_clause(pipeline):
    a = code(pipeline, "Police said six officers were injured when protesters threw rocks and burned a patrol car.")
    assert counted(a, "PROTEST") and not counted(a, "ASSAULT")
    # the toll of an attack stays an attack
    b = code(pipeline, "At least 30 people were killed when gunmen attacked a village in Zamfara state.")
    assert counted(b, "ASSAULT")

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

"""Session 16 (h-art9): whole-article stories of coups, truce breakdowns, push-ins across a
border, sea confrontations and sanctions rows. Sentences written for these tests, coded by the
real pipeline."""
from __future__ import annotations

from .coding import code

COUNTED = {"asserted", "claimed", "future", "historical"}


def counted(a, type_: str) -> list:
    return [e for e in a.events if e.type == type_ and e.modality in COUNTED]


def test_fighting_that_breaks_out_between_two_parties_is_their_clash(pipeline):
    # the parties hang on the verb of breaking out, not on the noun
    for text in ("Clashes erupted on Sunday between Sudanese soldiers and the Rapid Support Forces in Omdurman.",
                 "Fighting flared again on Tuesday between the army and Fano militias near Gondar."):
        a = code(pipeline, text)
        [e] = counted(a, "ASSAULT")
        assert e.source is not None and e.target is not None, text
        assert e.source.sector == "MIL" and e.target.sector == "REB", text


def test_water_cannon_turned_on_boats_is_an_attack(pipeline):
    a = code(pipeline, "Vessels of the China Coast Guard turned water cannon on a Vietnamese fishing boat near the Paracels.")
    [e] = counted(a, "ASSAULT")
    assert e.mode == "crowd-control"
    b = code(pipeline, "Riot police turned tear gas on students outside the university in Dhaka on Tuesday.")
    assert [e.mode for e in counted(b, "ASSAULT")] == ["crowd-control"]
    c = code(pipeline, "The minister turned his attention on the budget.")
    assert not counted(c, "ASSAULT")


def test_people_pushed_over_a_border_are_deported(pipeline):
    for text in ("Iranian border guards pushed about 200 Afghan migrants across the frontier on Friday.",
                 "Greek police pushed dozens of migrants into Turkey overnight, a rights group said."):
        a = code(pipeline, text)
        assert [e.mode for e in counted(a, "COERCE")] == ["deport"], text
        assert not counted(a, "ASSAULT"), text
    b = code(pipeline, "Police pushed the protesters into side streets.")
    assert not counted(b, "COERCE")


def test_a_vow_to_take_resolute_steps_is_a_threat(pipeline):
    a = code(pipeline, "Moscow said it would take resolute countermeasures against the Baltic states.")
    assert counted(a, "THREATEN")
    b = code(pipeline, "The ministry said Tokyo would adopt firm measures to protect Japanese shipping.")
    assert counted(b, "THREATEN")
    # counter-measures taken are no threat; nor is a step for something else
    c = code(pipeline, "The ministry said it would take steps to speed up visa applications.")
    assert not counted(c, "THREATEN")


def test_platoons_ordered_to_a_border_are_a_deployment(pipeline):
    a = code(pipeline, "Nepal's home ministry ordered 12 platoons of armed police to the southern border on Monday.")
    [e] = counted(a, "MOBILIZE")
    assert e.mode == "troops"


def test_what_a_plot_was_to_do_is_not_done(pipeline):
    # (an attempt is not in the list: an attempted killing is an attack in the PLOVER records)
    b = code(pipeline, "Prosecutors charged four men over a plot to assassinate the governor.")
    assert not counted(b, "ASSAULT")
    c = code(pipeline, "Police said they had uncovered a scheme to bomb the parliament building.")
    assert not counted(c, "ASSAULT")


def test_both_governments_are_the_two_states_just_named(pipeline):
    a = code(pipeline, "Ethiopia accused Eritrea of arming rebels on Monday. "
                       "The African Union urged both governments to exercise restraint.")
    assert {e.target.country for e in counted(a, "REQUEST") if e.target is not None} == {"ETH", "ERI"}
    # not when the story names more states than two
    c = code(pipeline, "North Korea fired a missile on Monday, Japan and South Korea said. "
                       "The two governments would work with Washington on a response.")
    assert not any(e.target is not None and e.target.country == "PRK" for e in c.events
                   if e.source is not None and e.source.country in {"JPN", "KOR"} and e.type != "ACCUSE")
    # the two states in the order the article first named them
    b = code(pipeline, "Chile's foreign minister arrived in Lima on Tuesday. Peru said the visit was welcome. "
                       "The two governments agreed to reopen the border crossing at Chacalluta.")
    [e] = counted(b, "CONCEDE")  # reopening a crossing
    assert e.source is not None and e.source.country == "CHL"
    assert e.target is not None and e.target.country == "PER"


def test_a_second_infinitive_of_a_call_is_what_is_asked(pipeline):
    # the parser reads the first infinitive as an adverbial clause of "called on"
    a = code(pipeline, "Hamas called on Israel to free Palestinian prisoners held without charge and to unfreeze "
                       "tax revenues owed to the Palestinian Authority.")
    assert counted(a, "REQUEST")
    assert not counted(a, "AID") and not counted(a, "RETREAT")


def test_what_a_listing_freezes_or_bars_is_its_effect(pipeline):
    a = code(pipeline, "Britain added four Russian banks to its sanctions list, freezing their assets and barring "
                       "British firms from dealing with them.")
    assert counted(a, "SANCTION")
    assert not counted(a, "COERCE") and not counted(a, "REJECT")
    # a bar told on its own after another act stays an act
    b = code(pipeline, "Police raided the newspaper's offices, barring journalists from entering.")
    assert counted(b, "COERCE")


def test_him_after_an_unnamed_officer_of_a_party_is_the_party(pipeline):
    a = code(pipeline, "President Bola Tinubu spoke on Sunday. The Peoples Democratic Party said police had raided "
                       "the home of the party's national chairman and detained him.")
    arrests = [e for e in counted(a, "COERCE") if e.mode == "arrest"]
    assert arrests and all(e.target is not None and e.target.name != "Bola Tinubu" for e in arrests)
    assert any(e.target.sector == "OPP" for e in arrests)


def test_libya_mission_justice_department_and_deterrence_force_are_known(pipeline):
    a = code(pipeline, "The United Nations Support Mission in Libya urged the Deterrence Force to release the detainees.")
    [e] = counted(a, "REQUEST")
    assert e.source is not None and e.source.name == "United Nations Support Mission in Libya"
    assert e.target is not None and e.target.name == "Special Deterrence Force"
    b = code(pipeline, "The Justice Department charged two Chinese nationals with smuggling chips to Iran.")
    [e] = counted(b, "ACCUSE")
    assert e.source is not None and e.source.name == "United States Department of Justice"

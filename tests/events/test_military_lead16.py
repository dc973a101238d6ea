"""Session 16 (lead): places taken and property carried off, crowd weapons, a second verb the
parser read as an adjective, a capacity to attack, staff ordered out of a
building, and a subject's sector in a pattern's subject condition.
Sentences written for these tests, coded by the real pipeline."""
from __future__ import annotations

from .coding import code, where


def typed(pipeline, text: str, kind: str):
    return [e for e in code(pipeline, text).events if e.type == kind]


def test_taking_control_of_a_building_or_a_town_is_a_seizure(pipeline):
    # the parser hangs "of" on "control"; the pattern still sees what was taken
    for text in ("Army units took control of the regional assembly building in Kidal.",
                 "Venezuelan soldiers took control of an illegal gold mine near El Callao.",
                 "Ecuadorian troops took control of the Turi prison after two days of riots."):
        [e] = [e for e in code(pipeline, text).events if e.trigger == "took"]
        assert (e.type, e.mode) == ("COERCE", "seize"), text


def test_a_company_taking_control_of_a_company_is_no_event(pipeline):
    assert code(pipeline, "The new owner took control of the football club in May.").events == []


def test_soldiers_taking_the_palace_stay_a_coup(pipeline):
    # the subject condition "@sector-MIL" now matches a named or unnamed military subject
    a = code(pipeline, "Presidential guard officers took control of the presidential palace in Niamey.")
    [e] = [e for e in a.events if e.trigger == "took"]
    assert e.type == "COERCE" and e.mode is None
    assert where(e.target) == ("NER", "GOV")


def test_looting_and_pillaging_take_property(pipeline):
    for text, trigger in (("Gang members looted a food depot of the World Food Programme in Port-au-Prince.", "looted"),
                          ("Militiamen pillaged a clinic run by Doctors Without Borders in Ituri.", "pillaged")):
        [e] = [e for e in code(pipeline, text).events if e.trigger == trigger]
        assert (e.type, e.mode) == ("COERCE", "seize"), text


def test_a_crowds_looting_is_rioting(pipeline):
    [e] = [e for e in code(pipeline, "Youths looted shops in Lagos during the fuel protests.").events
           if e.trigger == "looted"]
    assert (e.type, e.mode) == ("PROTEST", "riot")


def test_burning_stays_an_attack(pipeline):
    [e] = [e for e in code(pipeline, "Militiamen torched a clinic in Ituri.").events if e.trigger == "torched"]
    assert e.type == "ASSAULT"


def test_a_counteroffensive_is_an_attack(pipeline):
    a = code(pipeline, "Ukrainian brigades launched a counteroffensive near Kupiansk on Sunday.")
    [e] = typed(pipeline, "Ukrainian brigades launched a counteroffensive near Kupiansk on Sunday.", "ASSAULT")
    assert where(e.source) == ("UKR", "MIL")
    assert len(a.events) == 1


def test_live_ammunition_used_on_a_crowd_is_firing_and_tear_gas_crowd_control(pipeline):
    [e] = typed(pipeline, "Riot police used live ammunition against students in Dhaka.", "ASSAULT")
    assert e.mode == "firearms"
    assert where(e.source) == ("BGD", "COP")
    [e] = typed(pipeline, "Riot police used tear gas against students in Dhaka.", "ASSAULT")
    assert e.mode == "crowd-control"


def test_a_second_verb_read_as_an_adjective_keeps_its_own_event(pipeline):
    # "... and detained staff": the parser makes "detained" an adjective on "staff" and "staff"
    # a conjunct of the first verb
    a = code(pipeline, "Militiamen stormed the offices of the electoral commission in Bangui and detained staff.")
    [e] = typed(pipeline, "Militiamen stormed the offices of the electoral commission in Bangui and detained staff.",
                "COERCE")
    assert e.mode == "arrest"
    assert e.source is not None and e.source.sector == "REB"
    assert {x.trigger for x in a.events} >= {"stormed", "detained"}


def test_unnamed_security_services_are_a_security_agency(pipeline):
    [e] = typed(pipeline, "Tajik security services detained two opposition activists in Dushanbe.", "COERCE")
    assert where(e.source) == ("TJK", "SPY")


def test_troops_enough_to_launch_an_attack_are_a_capacity_not_an_attack(pipeline):
    for text in ("The army chief said he did not have enough troops to launch a new offensive this year.",
                 "Kyiv said it lacked sufficient brigades to launch a counteroffensive before winter."):
        assert typed(pipeline, text, "ASSAULT") == [] or all(
            e.modality == "hypothetical" for e in typed(pipeline, text, "ASSAULT")), text


def test_staff_ordered_out_of_a_building_are_not_expelled_diplomats(pipeline):
    assert typed(pipeline, "Masked officers entered the town hall and ordered staff to leave.", "SANCTION") == []
    [e] = typed(pipeline, "Niger ordered French embassy staff to leave the country within 48 hours.", "SANCTION")
    assert e.mode == "expel" and where(e.target) == ("FRA", "GOV")


def test_banning_lorries_of_a_states_goods_is_a_trade_sanction(pipeline):
    # the second verb is read as an adjective on "lorries" ("closed ... and banned lorries")
    a = code(pipeline, "Moldova closed a border crossing and banned lorries carrying Russian goods.")
    assert [e.mode for e in a.events if e.trigger == "banned"] == ["discontinue"]
    assert [e.type for e in a.events if e.trigger == "banned"] == ["SANCTION"]

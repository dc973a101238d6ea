"""Session 12 (events_dev18): event types in courts and elections, economic statecraft,
humanitarian access and sea and air signalling. Sentences written for these tests, coded by the
real pipeline."""
from __future__ import annotations

from .coding import code


def asserted(pipeline, text: str, type_: str):
    return [e for e in code(pipeline, text).events if e.type == type_ and e.modality == "asserted"]


def test_a_court_upholding_a_conviction_is_a_conviction(pipeline):
    [e] = asserted(pipeline, "Kenya's Court of Appeal upheld the conviction of a former governor for graft on Friday.",
                   "SANCTION")
    assert e.mode == "convict"
    [e] = asserted(pipeline, "An appeals court in Cairo confirmed the death sentences of twelve men on Monday.", "SANCTION")
    assert e.mode == "convict"


def test_annulling_an_election_is_a_ruling_and_striking_down_tariffs_is_a_conviction(pipeline):
    [e] = asserted(pipeline, "Malawi's Constitutional Court annulled the presidential election result on Monday.",
                   "SANCTION")
    assert e.mode == "convict"
    text = "A federal judge struck down the administration's tariffs on Canadian lumber on Tuesday."
    assert not asserted(pipeline, text, "ASSAULT")
    [e] = asserted(pipeline, text, "SANCTION")
    assert e.mode == "convict"


def test_certifying_an_election_result_is_support(pipeline):
    text = "Ghana's electoral commission certified the opposition candidate's victory on Friday."
    assert asserted(pipeline, text, "SUPPORT")
    assert not asserted(pipeline, text, "AGREE")


def test_widening_curbs_and_downgrading_an_embassy_are_sanctions(pipeline):
    [e] = asserted(pipeline, "The United States widened its curbs on chip sales to China on Monday.", "SANCTION")
    assert e.target is not None and e.target.country == "CHN"
    [e] = asserted(pipeline, "Lithuania downgraded its embassy in Minsk to a consular office on Friday.", "SANCTION")
    assert (e.source.country, e.target.country) == ("LTU", "BLR")


def test_warning_of_countermeasures_is_a_threat(pipeline):
    [e] = asserted(pipeline, "Iran warned of countermeasures on Sunday after Canada listed the Revolutionary Guards.",
                   "THREATEN")
    assert e.source.country == "IRN"
    # a forecast of someone else's countermeasures by observers is no threat
    assert not asserted(pipeline, "Economists warned of countermeasures hurting exporters next year.", "THREATEN")


def test_trucks_sent_into_a_territory_are_aid(pipeline):
    [e] = asserted(pipeline, "Jordan sent 50 trucks of food and medicine into Gaza on Sunday.", "AID")
    assert e.source.country == "JOR"


def test_burning_their_weapons_is_disarming(pipeline):
    text = "Casamance rebels burned their weapons at a ceremony in Ziguinchor on Saturday."
    [e] = asserted(pipeline, text, "RETREAT")
    assert e.mode == "disarm"
    assert not asserted(pipeline, text, "ASSAULT")


def test_flares_are_not_released_captives(pipeline):
    assert not asserted(pipeline, "Russian jets released flares near a Norwegian patrol aircraft over the Barents Sea.",
                        "RETREAT")


def test_storming_to_victory_is_sport(pipeline):
    assert not code(pipeline, "The Springboks stormed to a 40-12 victory over Wales in Cardiff on Saturday.").events


def test_the_ramming_of_a_vessel_is_an_attack(pipeline):
    text = "Manila protested over the ramming of its supply boat by a Chinese coast guard ship near Second Thomas Shoal."
    assert asserted(pipeline, text, "ASSAULT")


def test_passing_an_amnesty_law_is_a_concession(pipeline):
    [e] = asserted(pipeline, "Armenia's parliament adopted an amnesty bill for jailed protesters on Friday.", "CONCEDE")
    assert e.source.country == "ARM"


def test_interfering_is_no_aid(pipeline):
    text = "Latvia expelled a Belarusian diplomat over attempts to interfere in its municipal elections."
    assert asserted(pipeline, text, "SANCTION")
    assert not asserted(pipeline, text, "AID")


def test_blocking_an_aid_convoy_is_coercion_and_protesters_blocking_is_a_protest(pipeline):
    [e] = asserted(pipeline, "Militiamen blocked a UNICEF convoy at a checkpoint near Bukavu on Monday.", "COERCE")
    assert e.mode == "restrict"
    assert not asserted(pipeline, "Militiamen blocked a UNICEF convoy at a checkpoint near Bukavu on Monday.", "PROTEST")
    assert asserted(pipeline, "Israeli protesters blocked aid trucks at the Kerem Shalom crossing on Tuesday.", "PROTEST")


def test_a_court_striking_down_a_decree_convicts_and_voids_its_content(pipeline):
    text = "Peru's Constitutional Court struck down a presidential decree imposing a state of emergency in Lima on Friday."
    [e] = asserted(pipeline, text, "SANCTION")
    assert e.mode == "convict"
    assert not asserted(pipeline, text, "COERCE")
    # a law passed by a legislature struck down stays a rejection (evd16-052)
    assert asserted(pipeline, "Bosnia's Constitutional Court struck down a law passed by the entity's assembly.", "REJECT")


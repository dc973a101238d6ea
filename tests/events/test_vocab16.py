"""Session 16 (events_vocab16, issue #5): wire-copy event vocabulary the coder did not
recognise (light verbs with event nouns, phrasal verbs, diplomatic rupture, mobilisation).
Sentences written for these tests (not the gold sentences), coded by the real pipeline."""
from __future__ import annotations

from .coding import code


def asserted(pipeline, text: str, type_: str | None = None):
    return [e for e in code(pipeline, text).events
            if (type_ is None or e.type == type_) and e.modality == "asserted"]


def test_summoning_home_ones_own_envoy_is_a_recall(pipeline):
    [e] = asserted(pipeline, "Lebanon summoned home its ambassador from Tehran for consultations.", "SANCTION")
    assert e.mode == "withdraw" and e.target is not None and e.target.country == "IRN"
    assert not asserted(pipeline, "Lebanon summoned home its ambassador from Tehran for consultations.", "ACCUSE")
    evs = asserted(pipeline, "Peru called back its envoy from Mexico City on Tuesday.", "SANCTION")
    assert evs and evs[0].target is not None and evs[0].target.country == "MEX"
    # the other side's envoy summoned to complain stays a summons
    assert asserted(pipeline, "Chile summoned the Bolivian ambassador to protest over the remarks.", "ACCUSE")


def test_expelling_embassy_staff_is_a_diplomatic_expulsion(pipeline):
    [e] = asserted(pipeline, "Poland expelled a Belarusian embassy employee over spying.", "SANCTION")
    assert e.mode == "expel" and e.target is not None and (e.target.country, e.target.sector) == ("BLR", "GOV")
    assert not asserted(pipeline, "Poland expelled a Belarusian embassy employee over spying.", "COERCE")


def test_a_counterattack_is_an_assault(pipeline):
    evs = asserted(pipeline, "Sri Lankan troops staged a counterattack on rebel positions near Kilinochchi.", "ASSAULT")
    assert evs


def test_conscription_brought_in_is_a_call_up(pipeline):
    [e] = asserted(pipeline, "Serbia activated a conscription law for men aged 18 to 27.", "MOBILIZE")
    assert e.mode == "troops"


def test_rolling_back_a_price_rise_is_a_concession(pipeline):
    assert asserted(pipeline, "Chile's government rolled back a rise in electricity prices after students protested.",
                    "CONCEDE")


def test_alerts_for_storms_are_no_mobilisation(pipeline):
    assert not asserted(pipeline, "Officials in Louisiana put coastal parishes and hospitals on high alert before the cyclone.",
                        "MOBILIZE")
    # forces put on alert stay a mobilisation
    assert asserted(pipeline, "Finland put its border guards on high alert after Russian jets violated its airspace.",
                    "MOBILIZE")


def test_another_partys_build_up_amid_a_mobilisation_is_its_own_event(pipeline):
    evs = asserted(pipeline, "Cuba put its army on alert amid a US naval build-up near the island.", "MOBILIZE")
    assert {e.source.country for e in evs if e.source is not None} == {"CUB", "USA"}


def test_a_march_broken_up_by_police_was_held(pipeline):
    evs = asserted(pipeline, "Police in Nairobi broke up a rally by opposition supporters with tear gas.")
    assert "PROTEST" in {e.type for e in evs}
    evs = asserted(pipeline, "Riot police dispersed a protest by students outside the education ministry in Santiago.")
    assert {"PROTEST", "ASSAULT"} <= {e.type for e in evs}
    # a march that was banned was not held
    assert not asserted(pipeline, "Police in Lusaka banned a march by opposition supporters planned for Saturday.", "PROTEST")


def test_what_a_protested_law_says_is_no_event(pipeline):
    evs = asserted(pipeline, "Students rallied in Tunis against a new decree restricting access to universities.")
    assert [e.type for e in evs] == ["PROTEST"]


def test_arrests_counted_by_dozens_are_made_by_the_subject(pipeline):
    [e] = asserted(pipeline, "Police in Lima made dozens of arrests on Monday.", "COERCE")
    assert e.source is not None and (e.source.country, e.source.sector) == ("PER", "COP")


def test_a_second_half_offensive_is_football(pipeline):
    assert not asserted(pipeline, "Argentina mounted a second-half offensive but could not break down Chile's defence.")


def test_what_one_has_enough_troops_to_do_is_a_capacity(pipeline):
    assert not asserted(pipeline, "The army did not have enough troops to launch a new counterattack this year.", "ASSAULT")
    assert not asserted(pipeline, "The rebels were strong enough to attack the capital.", "ASSAULT")


def test_business_ties_turkey_pardons_and_building_demolitions_are_no_events(pipeline):
    assert not asserted(pipeline, "The bank cut ties with a Lebanese exchange house last month.")
    assert not asserted(pipeline, "The president pardoned a turkey named Blossom at the White House.")
    assert not asserted(pipeline, "Workers demolished a disused cooling tower at the power station in Didcot.")
    # states cutting ties and troops demolishing homes stay events
    assert asserted(pipeline, "Algeria cut ties with Morocco on Tuesday.", "SANCTION")
    assert asserted(pipeline, "Israeli troops demolished a Palestinian home in Hebron.", "ASSAULT")

"""Session 8: whom an attack on a named town is aimed at, the means an attack is told with,
towns the tagger read as people or missed, and regional governments. Sentences written for
these tests, coded by the real pipeline."""
from __future__ import annotations

from .coding import code


def assaults(pipeline, text: str):
    return [e for e in code(pipeline, text).events if e.type == "ASSAULT" and e.modality == "asserted"]


def test_a_town_attacked_from_abroad_stands_for_its_state(pipeline):
    # "Kharkiv" is not tagged by the model at all; "Kherson" is tagged as a person
    [e] = assaults(pipeline, "Russia pounded Kharkiv with glide bombs overnight, wounding 27 people.")
    assert e.target is not None and e.target.id == "UKR"
    [e] = assaults(pipeline, "Russian forces shelled Kherson on Tuesday.")
    assert e.target is not None and e.target.id == "UKR"
    [e] = assaults(pipeline, "Israeli jets bombed Rafah overnight.")
    assert e.target is not None and e.target.country == "PSE"


def test_a_town_attacked_by_its_own_country_or_its_homes_stand_for_its_people(pipeline):
    [e] = assaults(pipeline, "Sudanese army aircraft bombed Nyala on Monday.")
    assert e.target is not None and (e.target.country, e.target.sector) == ("SDN", "CVL")
    [e] = assaults(pipeline, "Russian forces shelled residential districts of Kherson overnight.")
    assert e.target is not None and (e.target.country, e.target.sector) == ("UKR", "CVL")
    # an unknown attacker: the town is where it happened, not a participant
    [e] = assaults(pipeline, "Shells struck Kharkiv overnight.") or [None]
    assert e is None or e.target is None


def test_drones_named_as_the_means_give_the_drone_mode(pipeline):
    [e] = assaults(pipeline, "Qassem Soleimani was killed last year by a US drone missile strike.")
    assert (e.mode, e.source.id) == ("drone", "USA")
    [e] = assaults(pipeline, "Houthi rebels struck an oil depot in Jizan with drones on Sunday.")
    assert e.mode == "drone"
    [e] = assaults(pipeline, "Russian forces shelled Kherson on Tuesday.")
    assert e.mode != "drone"


def test_a_regional_government_is_a_government_of_its_state(pipeline):
    a = code(pipeline, "The Amhara regional government armed local militias along the boundary with Tigray.")
    [e] = [e for e in a.events if e.type == "MOBILIZE"]
    assert e.source is not None and (e.source.country, e.source.sector) == ("ETH", "GOV")
    # Tigray is a region here, not a person of that name
    assert not any(m.label == "PERSON" for m in a.mentions)


def test_a_force_named_before_its_weapons_is_the_attacker(pipeline):
    # "army drones": the army of the country the sentence is set in, attacking with drones
    [e] = assaults(pipeline, "In Kadugli, army drones struck an RSF fuel depot on Saturday.")
    assert (e.source.country, e.source.sector, e.mode) == ("SDN", "MIL", "drone")


def test_a_town_taken_is_taken_from_the_state_that_held_it(pipeline):
    [e] = assaults(pipeline, "M23 rebels seized the town of Uvira on Monday.")
    assert e.target is not None and e.target.id == "COD"
    # a state's own forces retaking a town do not take it from their own state
    [e] = assaults(pipeline, "Sudanese army troops recaptured the city of Wad Madani on Saturday.") or [None]
    assert e is None or e.target is None or e.target.id != "SDN"

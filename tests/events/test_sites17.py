"""Session 12 (events_dev17): a state facility hit stands for the state of the place it stands in,
also when the place is "the X region" (its name is the head's compound), when the facility is "a
section of" a pipeline, and when the attackers are insurgents of that same country (they are no
state, so the state they strike is not their own). Sentences written for these tests, coded by the
real pipeline."""
from __future__ import annotations

from .coding import code, where


def assaults(pipeline, text: str):
    return [e for e in code(pipeline, text).events if e.type == "ASSAULT" and e.modality == "asserted"]


def test_energy_facilities_in_the_x_region_are_the_state(pipeline):
    [e] = assaults(pipeline, "Russian drones hit energy facilities in the Chernihiv region late on Friday, "
                             "the governor said.")
    assert e.target is not None and e.target.name == "Ukraine"


def test_missiles_fired_at_facilities_in_the_x_region(pipeline):
    [e] = assaults(pipeline, "Russia fired a dozen missiles at power facilities in the Poltava region "
                             "on Sunday, the air force said.")
    assert e.target is not None and e.target.name == "Ukraine"


def test_insurgents_blowing_up_a_pylon_hit_their_state(pipeline):
    [e] = assaults(pipeline, "Separatist rebels blew up an electricity pylon in Pakistan's Sindh province "
                             "overnight, police said.")
    assert where(e.target) == ("PAK", "GOV")


def test_a_section_of_a_pipeline_near_a_city(pipeline):
    [e] = assaults(pipeline, "Militants bombed a section of a gas pipeline near Kirkuk on Sunday, "
                             "officials said.")
    assert where(e.target) == ("IRQ", "GOV")


def test_a_state_striking_its_own_facility_is_not_its_own_target(pipeline):
    # the attacker's own state is never made the target by the place
    for e in assaults(pipeline, "Russian drones struck a fuel depot in Russia's Rostov region by mistake, "
                                "officials said."):
        assert e.target is None or e.target.name != "Russia"


def test_rebel_positions_are_the_rebels_of_the_place(pipeline):
    [e] = assaults(pipeline, "Syrian government jets bombed rebel positions in Hama province on Tuesday, "
                             "a war monitor said.")
    assert where(e.target) == ("SYR", "REB")


def test_militant_positions_abroad_are_militants_of_the_place(pipeline):
    [e] = assaults(pipeline, "Turkish warplanes hit Kurdish militant positions in northern Iraq late on "
                             "Wednesday, the ministry said.")
    assert where(e.target) == ("IRQ", "REB")


def test_an_offensive_toward_a_town_is_aimed_at_the_army_holding_it(pipeline):
    [e] = assaults(pipeline, "Russian troops launched an offensive toward the Ukrainian town of Siversk "
                             "on Thursday, Kyiv said.")
    assert where(e.target) == ("UKR", "MIL")


def test_an_offensive_by_the_state_on_its_own_town_has_no_front_army(pipeline):
    for e in assaults(pipeline, "Sudan's army launched an offensive toward the town of Sennar on "
                                "Friday, military sources said."):
        assert where(e.target) != ("SDN", "MIL")


def test_deliveries_cut_to_districts_befall_their_people(pipeline):
    [e] = [x for x in code(pipeline, "The World Food Programme halted food deliveries to the southern districts "
                                     "of Khartoum on Friday, a spokesman said.").events if x.type == "SANCTION"]
    assert where(e.target) == ("SDN", "CVL")


def test_supplies_cut_to_hospitals_befall_the_patients_people(pipeline):
    [e] = [x for x in code(pipeline, "Israel cut fuel supplies to hospitals in the Gaza Strip on Monday, "
                                     "health officials said.").events if x.type == "SANCTION"]
    assert where(e.target) == ("PSE", "CVL")


def test_the_shelling_of_villages_befalls_their_people(pipeline):
    [e] = assaults(pipeline, "Yerevan condemned Azerbaijan's shelling of border villages in Tavush province on Monday.")
    assert where(e.target) == ("ARM", "CVL")


def test_the_bombing_of_an_army_convoy_is_the_army(pipeline):
    [e] = assaults(pipeline, "The separatists claimed the bombing of a Pakistani army convoy near Turbat on Friday.")
    assert where(e.target) == ("PAK", "MIL")


def test_a_border_post_is_the_border_troops_and_a_border_police_post_the_police(pipeline):
    [e] = assaults(pipeline, "Jihadists attacked a border post in northern Togo overnight, killing five soldiers.")
    assert where(e.target) == ("TGO", "MIL")
    [e] = assaults(pipeline, "Gunmen attacked a border police post in Kashmir on Monday, killing two officers.")
    assert where(e.target) == ("IND", "COP")


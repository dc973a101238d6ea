"""Session 10 (recall): acts a careful coder records that wirecoder lost. Coordinated verbs of one
type with objects of their own stay two events; places and facilities taken (ground and military
positions: ASSAULT; buildings, prisons, mines and other facilities: COERCE seize); prisoners
moved, boats towed away, batons used, homes bulldozed, meetings disrupted, outlets shut down,
landmines laid, counteroffensives launched and forces driven out. Sentences written for these
tests (none is a gold sentence), coded by the real pipeline."""
from __future__ import annotations

from .coding import code, where


def events(pipeline, text: str, etype: str, modality: str = "asserted"):
    return [e for e in code(pipeline, text).events if e.type == etype and e.modality == modality]


# --- coordinated acts of one type ---------------------------------------------------------

def test_two_coordinated_attacks_with_their_own_objects_are_two_events(pipeline):
    text = "Nigerian troops killed eight bandits in Katsina on Monday and captured a gang camp near Jibia, the army said."
    assert len(events(pipeline, text, "ASSAULT")) == 2
    text = "Russian aircraft bombed a bridge over the Oskil river and struck an ammunition depot near Izium, Kyiv said."
    assert len(events(pipeline, text, "ASSAULT")) == 2


def test_an_attack_told_with_its_toll_stays_one_event(pipeline):
    text = "Gunmen stormed a police station in Zamfara on Sunday and killed six officers, police said."
    assert len(events(pipeline, text, "ASSAULT")) == 1


def test_two_coordinated_deployments_are_two_events(pipeline):
    text = "Japan scrambled fighter jets and deployed destroyers near the Senkaku islands after Chinese ships entered its waters."
    mob = [e for e in events(pipeline, text, "MOBILIZE") if where(e.source) == ("JPN", "GOV")]
    assert len(mob) == 2


def test_two_seizures_of_different_things_are_two_events_but_a_raid_that_seizes_is_one(pipeline):
    text = "Peruvian police seized 800 kilograms of cocaine in Callao and confiscated four speedboats, prosecutors said."
    assert len([e for e in events(pipeline, text, "COERCE") if e.mode == "seize"]) == 2
    text = "Police raided the offices of an opposition newspaper in Lusaka and seized its computers, the editor said."
    assert len([e for e in events(pipeline, text, "COERCE") if e.mode == "seize"]) == 1


# --- places taken ---------------------------------------------------------------------------

def test_a_prison_or_a_mine_taken_over_is_a_seizure(pipeline):
    text = "Armed gangs took over a prison in the Haitian town of Mirebalais on Monday, police said."
    [e] = events(pipeline, text, "COERCE")
    assert e.mode == "seize" and where(e.source) == ("HTI", "REB")
    text = "Militiamen took control of a cobalt mine near Kolwezi on Thursday, local officials said."
    [e] = events(pipeline, text, "COERCE")
    assert e.mode == "seize"
    text = "Sudanese soldiers recaptured a prison in Omdurman from the Rapid Support Forces, the army said."
    [e] = events(pipeline, text, "COERCE")
    assert e.mode == "seize" and e.target is not None and e.target.name == "Rapid Support Forces"


def test_ground_taken_over_or_retaken_is_an_assault(pipeline):
    text = "Haitian police took over the Carrefour-Feuilles neighbourhood after driving out armed gangs, the police chief said."
    assert [e.mode for e in events(pipeline, text, "ASSAULT")]
    text = "Government forces seized control of the main road to Bossangoa on Friday, the army said."
    assert events(pipeline, text, "ASSAULT")


def test_a_village_retaken_from_troops_has_those_troops_as_target(pipeline):
    text = "Ukrainian troops retook three villages from Russian forces near Kupiansk on Sunday."
    [e] = events(pipeline, text, "ASSAULT")
    assert where(e.target) == ("RUS", "MIL")


def test_troops_driven_out_of_a_town_is_an_assault(pipeline):
    text = "Jihadist fighters drove government soldiers out of the town of Boulkessi on Friday, security sources said."
    assert events(pipeline, text, "ASSAULT")
    assert not events(pipeline, text, "REQUEST")


def test_a_counteroffensive_launched_is_an_assault_but_a_charm_offensive_is_not(pipeline):
    text = "Sudan's army launched a counteroffensive in North Kordofan on Wednesday, a military spokesman said."
    [e] = events(pipeline, text, "ASSAULT")
    assert where(e.source) == ("SDN", "MIL") or where(e.source) == ("SDN", "GOV")
    text = "The president launched a charm offensive in Gulf capitals on Wednesday to attract investors."
    assert not events(pipeline, text, "ASSAULT")


# --- other missed acts ----------------------------------------------------------------------

def test_prisoners_moved_to_another_prison_are_coerced(pipeline):
    text = "Honduran authorities transferred 150 inmates to a maximum-security prison on an island, officials said."
    [e] = events(pipeline, text, "COERCE")
    assert where(e.source) == ("HND", "GOV")
    text = "Ecuador moved 40 gang leaders to a new prison in Santa Elena on Sunday, the government said."
    assert events(pipeline, text, "COERCE")


def test_boats_towed_away_are_seized(pipeline):
    text = "Indonesian patrol ships towed away four Vietnamese fishing boats near the Natuna islands on Tuesday."
    [e] = events(pipeline, text, "COERCE")
    assert e.mode == "seize"


def test_batons_used_on_protesters_are_crowd_control(pipeline):
    text = "Riot police used batons against striking teachers outside the education ministry in Nairobi on Monday."
    [e] = events(pipeline, text, "ASSAULT")
    assert e.mode == "crowd-control" and where(e.source) == ("KEN", "COP")


def test_homes_bulldozed_are_destroyed(pipeline):
    text = "Egyptian authorities bulldozed dozens of homes in a Cairo cemetery district on Saturday, residents said."
    [e] = events(pipeline, text, "ASSAULT")
    assert e.mode == "destroy"


def test_a_meeting_disrupted_by_police_is_a_restriction_but_flights_disrupted_are_not(pipeline):
    text = "Ugandan police disrupted a meeting of opposition supporters in Gulu on Sunday, the party said."
    [e] = events(pipeline, text, "COERCE")
    assert e.mode == "restrict"
    text = "Thick fog disrupted flights at New Delhi's main airport on Monday, officials said."
    assert not code(pipeline, text).events


def test_a_news_website_shut_down_is_censorship(pipeline):
    text = "Azerbaijani authorities shut down the website of an independent newspaper on Friday, its editors said."
    [e] = events(pipeline, text, "COERCE")
    assert e.mode == "censor"


def test_landmines_laid_along_a_border_are_a_mobilisation(pipeline):
    text = "Lithuanian soldiers laid landmines along the border with Belarus this month, the defence ministry said."
    [e] = events(pipeline, text, "MOBILIZE")
    assert e.mode == "weapons"


def test_people_forcibly_relocated_are_deported(pipeline):
    text = "Chinese authorities forcibly relocated hundreds of Tibetan herders from their pastures, a rights group said."
    [e] = events(pipeline, text, "COERCE")
    assert e.mode == "deport"


def test_protesters_taking_over_a_government_building_is_a_riot(pipeline):
    text = "Hundreds of protesters took over the provincial governor's office in Jujuy on Thursday, police said."
    assert [e.mode for e in events(pipeline, text, "PROTEST")] == ["riot"]
    assert not events(pipeline, text, "COERCE")


def test_a_hijacked_debate_is_a_metaphor(pipeline):
    text = "The senator said populists had hijacked the pension debate and were misleading voters about the costs."
    assert not events(pipeline, text, "ASSAULT") and not events(pipeline, text, "COERCE")


def test_a_pluperfect_relative_clause_dated_last_year_is_background(pipeline):
    text = "The rebels, who had captured the town in 2023, were pushed out by Congolese troops on Friday, the army said."
    assert [e.trigger for e in events(pipeline, text, "ASSAULT")] == ["pushed"]


def test_enough_troops_to_attack_is_a_means_not_an_attack(pipeline):
    text = "The governor said the army lacked enough soldiers to retake the district before the rainy season."
    assert not [e for e in events(pipeline, text, "ASSAULT")]


def test_trenches_dug_near_a_border_are_a_mobilisation(pipeline):
    text = "Armenian soldiers dug trenches along the border near Jermuk on Tuesday, the defence ministry in Baku said."
    assert [e.mode for e in events(pipeline, text, "MOBILIZE")] == ["troops"]


def test_gang_members_moved_to_an_island_facility_are_coerced(pipeline):
    text = "Salvadoran soldiers transferred 120 gang members to a remote island facility on Sunday."
    [e] = events(pipeline, text, "COERCE")
    assert where(e.source) == ("SLV", "MIL")


def test_tractors_towed_away_are_seized(pipeline):
    text = "Belgian police towed away dozens of tractors blocking the ring road around Brussels."
    assert [e.mode for e in events(pipeline, text, "COERCE")] == ["seize"]

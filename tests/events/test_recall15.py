"""Session 11: the recall rules of session 10 (h-recall14) re-landed with narrower splits of
coordinated acts of one type. Sentences written for these tests (none is a gold sentence),
coded by the real pipeline."""
from __future__ import annotations

from .coding import code


def events(pipeline, text: str, etype: str, modality: str = "asserted"):
    return [e for e in code(pipeline, text).events if e.type == etype and e.modality == modality]


def test_weapons_and_vehicles_taken_in_an_attack_are_its_spoils_not_a_second_attack(pipeline):
    text = "Islamic State fighters killed 14 Nigerien soldiers near Tillia and seized weapons and two trucks, " \
           "the defence ministry said."
    assert len(events(pipeline, text, "ASSAULT")) == 1
    # ground taken is an act of its own
    text = "Nigerian troops killed eight bandits in Katsina on Monday and captured a gang camp near Jibia, the army said."
    assert len(events(pipeline, text, "ASSAULT")) == 2


def test_a_record_of_repeated_attacks_is_not_split_into_one_attack_per_verb(pipeline):
    text = "The Houthis have repeatedly attacked merchant vessels, seized a car carrier and fired on coastal areas, " \
           "the British government said."
    assert len(events(pipeline, text, "ASSAULT")) == 1
    text = "Russian forces have repeatedly shelled Kherson and bombed power stations across the south, " \
           "Ukraine's government said."
    assert len(events(pipeline, text, "ASSAULT")) == 1


def test_damage_told_after_a_strike_is_its_toll(pipeline):
    text = "Israeli jets struck Hezbollah positions in southern Lebanon and destroyed several rocket launchers, " \
           "the military said."
    assert len(events(pipeline, text, "ASSAULT")) == 1


def test_mines_taken_over_in_a_deal_are_a_purchase_not_a_seizure(pipeline):
    text = "A Chinese firm took over two cobalt mines in Katanga in a $1.3 billion deal announced on Monday."
    assert events(pipeline, text, "COERCE") == []
    text = "Niger's junta took control of the Somair uranium mine on Thursday, the French operator said."
    assert [e.mode for e in events(pipeline, text, "COERCE")] == ["seize"]


def test_a_vehicle_towed_with_no_one_towing_it_is_no_seizure(pipeline):
    assert code(pipeline, "Police said the bus was towed away after it broke down near Mombasa.").events == []
    text = "Sri Lankan navy sailors towed away two Indian trawlers near Kachchativu island on Sunday."
    assert [e.mode for e in events(pipeline, text, "COERCE")] == ["seize"]


def test_acts_dated_years_ago_are_background(pipeline):
    text = "Villagers said the militia had laid mines along the road decades ago."
    assert code(pipeline, text).events == []
    # an "ago" inside a clause the verb governs dates that clause, not the act
    text = "Kenya's foreign minister held talks with Somali officials in Mogadishu, his first visit since ties " \
           "broke down three years ago."
    assert [e.type for e in code(pipeline, text).events] == ["CONSULT"]

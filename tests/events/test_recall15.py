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

"""Actor identity, session 10: the staff of an international organisation are the
organisation, an office "of" a state is the state, another state's possessive picks that state's
organ, a ministry the knowledge base has is that organ, a ship its nationals own is their
business, and the bulk dictionary's IGO staff entries point at the organisation."""
from __future__ import annotations

import pytest

from wirecoder.actors.kb import load_kb
from wirecoder.pipeline import Pipeline
from wirecoder.records import Article


@pytest.fixture(scope="module")
def pipeline():
    from wirecoder.settings import Settings
    return Pipeline(Settings())


def mentions(pipeline, text: str) -> dict:
    return {m.text: m for m in pipeline.code([Article(id="t", text=text, content_hash="x")])[0].mentions}


def test_an_organisation_before_its_staff_is_the_organisation(pipeline):
    by = mentions(pipeline, "IAEA inspectors toured the Bushehr reactor on Monday with Iranian engineers.")
    assert by["IAEA"].actor.id == "international-atomic-energy-agency"
    assert "IAEA inspectors" not in by


def test_igo_staff_entries_of_the_bulk_dictionary_are_the_igo():
    kb = load_kb()
    assert [a.id for a in kb.lookup("UN Envoy")] == ["united-nations"]
    assert [a.id for a in kb.lookup("UN Special Envoy for Burma")] == ["united-nations"]
    assert [a.id for a in kb.lookup("EU High Representative")] == ["european-union"]
    # a named mission is not staff: it stays its own entry
    assert [a.id for a in kb.lookup("UN Mission in Sudan")] != ["united-nations"]


def test_an_office_of_a_state_is_the_state(pipeline):
    by = mentions(pipeline, "The defence minister of Lithuania visited troops stationed near the Belarusian border.")
    assert by["defence minister"].actor.id == "LTU"
    by = mentions(pipeline, "The president of Senegal received a delegation of Gambian ministers in Dakar.")
    assert by["president"].actor.id == "SEN"


def test_another_states_possessive_picks_that_states_organ(pipeline):
    by = mentions(pipeline, "Pakistan's foreign office rejected remarks by an Indian minister about Kashmir.")
    assert (by["foreign office"].actor.id, by["foreign office"].actor.country) == ("pakistan-foreign-office", "PAK")


def test_a_ministry_the_knowledge_base_has_is_that_organ(pipeline):
    by = mentions(pipeline, "India's external affairs ministry condemned an attack on Indian pilgrims in Nepal.")
    assert by["external affairs ministry"].actor.id == "india-external-affairs-ministry"


def test_a_ship_its_nationals_own_is_their_business(pipeline):
    by = mentions(pipeline, "Somali pirates boarded a Maltese-owned cargo ship off Puntland on Tuesday.")
    ship = by["Maltese-owned cargo ship"].actor
    assert (ship.country, ship.sector) == ("MLT", "BUS")


def test_new_knowledge_base_actors_are_found(pipeline):
    by = mentions(pipeline, "Russia's media regulator fined Deutsche Welle, and Naftogaz said Gazprom owed it money.")
    assert by["Russia's media regulator"].actor.id == "roskomnadzor"
    assert by["Deutsche Welle"].actor.id == "deutsche-welle"
    assert by["Naftogaz"].actor.id == "naftogaz" and by["Gazprom"].actor.id == "gazprom"
    by = mentions(pipeline, "The Philippine army said the New People's Army had lost two camps in Samar.")
    assert by["Philippine army"].actor.id == "philippine-army"

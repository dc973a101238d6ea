"""Which actor of the right country fills a role (session 11, h-sectors11): a state's central bank
rather than the state, a state security service rather than the government, French broadcasters
rather than France, the opposition's workers and protests against the ruling party as the
opposition, survivors' groups as civilians, a body named after its state
found by the possessive, a government's forces as a force of its country. Every sentence here is written for the
test (none is a gold sentence)."""
from __future__ import annotations

import pytest

from wirecoder.pipeline import Pipeline

from ..events.coding import events, where


@pytest.fixture(scope="module")
def pipeline():
    from wirecoder.settings import Settings
    return Pipeline(Settings())


@pytest.mark.parametrize("text, type_, expected", [
    ("Poland's central bank signed a swap line with the Bank of England on Monday.", "SUPPORT",
     "national-bank-of-poland"),
    ("The Nigerian central bank signed a currency deal with the People's Bank of China in Abuja.", "SUPPORT",
     "central-bank-of-nigeria"),
])
def test_a_states_central_bank_is_its_named_central_bank(pipeline, text, type_, expected):
    [e] = events(pipeline, text, type_)
    assert e.source is not None and e.source.id == expected


def test_a_state_security_service_is_an_intelligence_body(pipeline):
    [e] = events(pipeline, "Azerbaijan's state security service detained a French citizen in Baku on spying charges.",
                 "COERCE")
    assert where(e.source) == ("AZE", "SPY")


def test_french_broadcasters_are_media_not_the_french_state(pipeline):
    found = events(pipeline, "Mali's junta suspended RFI and France 24 over their reporting on the army.", "COERCE")
    assert {e.target.id for e in found if e.target} == {"radio-france-internationale", "france-24"}


@pytest.mark.parametrize("text", [
    "Police in Lahore detained scores of opposition workers outside the party office on Sunday.",
    "Police in Harare detained 14 opposition party members at a wake for a slain activist.",
])
def test_opposition_workers_and_members_are_the_opposition(pipeline, text):
    found = events(pipeline, text, "COERCE")
    assert found and all(where(e.target)[1] == "OPP" for e in found)


def test_a_list_of_states_read_as_one_entity_is_each_state(pipeline):
    found = events(pipeline, "Mali, Burkina Faso and Niger completed their exit from the regional bloc on Tuesday.",
                   "SANCTION")
    assert found and all(e.source is not None and e.source.kind == "state" for e in found)


def test_survivors_groups_are_civilians_not_their_state(pipeline):
    [e] = events(pipeline, "Rwandan survivors' groups criticised a French court's decision to acquit a former "
                           "militia leader.", "ACCUSE")
    assert where(e.source) == ("RWA", "CVL")


@pytest.mark.parametrize("text, type_", [
    ("Armenian police detained 40 people during rallies in Yerevan against the ruling party on Saturday.", "PROTEST"),
    ("Thousands of people marched in Belgrade against the ruling party's grip on the media.", "PROTEST"),
])
def test_protests_against_the_ruling_party_are_the_opposition(pipeline, text, type_):
    [e] = events(pipeline, text, type_)
    assert where(e.source)[1] == "OPP"


def test_money_deposited_in_a_central_bank_goes_to_the_state(pipeline):
    [e] = events(pipeline, "China deposited $2 billion in Pakistan's central bank last week to support its "
                           "reserves, officials said.", "AID")
    assert e.target is not None and e.target.id == "PAK"


def test_a_body_named_after_its_state_is_found_by_the_possessive(pipeline):
    # "National Police of Colombia": "Colombia's National Police" names the same force
    [e] = events(pipeline, "Colombia's National Police arrested a dissident commander in Cali on Friday.", "COERCE")
    assert e.source is not None and e.source.id == "colombia-national-police"


def test_a_governments_forces_are_an_unnamed_force_of_its_country(pipeline):
    [e] = events(pipeline, "Palestinian Authority security forces arrested three Hamas members in Nablus on Tuesday.",
                 "COERCE")
    assert where(e.source) == ("PSE", "COP") and e.source.id.startswith("generic:")


def test_an_armed_groups_fighters_stay_the_group(pipeline):
    [e] = events(pipeline, "Hamas fighters attacked an Israeli army post near Gaza.", "ASSAULT")
    assert e.source is not None and e.source.id == "hamas"


def test_a_protest_only_dated_by_a_vote_stays_civilian(pipeline):
    # the vote only tells when the protests broke out, not what they were against
    [e] = events(pipeline, "Protests broke out in Harare after the vote on Thursday.", "PROTEST")
    assert where(e.source)[1] == "CVL"

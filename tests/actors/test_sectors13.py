"""Which actor of the right country fills a role (session 11, h-sectors11): a state's central bank
rather than the state, companies rather than the state that hosts them, a state security service
rather than the government. Every sentence here is written for the test (none is a gold sentence)."""
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


def test_sanctioned_refineries_are_businesses_of_their_country(pipeline):
    [e] = events(pipeline, "The United States sanctioned three Chinese refineries over purchases of Iranian oil.",
                 "SANCTION")
    assert where(e.target) == ("CHN", "BUS")


def test_a_state_security_service_is_an_intelligence_body(pipeline):
    [e] = events(pipeline, "Azerbaijan's state security service detained a French citizen in Baku on spying charges.",
                 "COERCE")
    assert where(e.source) == ("AZE", "SPY")


def test_french_broadcasters_are_media_not_the_french_state(pipeline):
    found = events(pipeline, "Mali's junta suspended RFI and France 24 over their reporting on the army.", "SANCTION")
    assert {e.target.id for e in found if e.target} == {"radio-france-internationale", "france-24"}

"""An unnamed state body takes the country its article or sentence is about, not a place it acts
towards (session 14, h-ctx14): an envoy's post ("recalled its ambassador from London"), the
target of a measure ("sanctions on Moscow"), and the capital a sentence opens with for a
portfolio spokesman ("In Beijing, a foreign ministry spokesman said"). Every text here is
written for the test (none is a gold sentence)."""
from __future__ import annotations

import pytest

from wirecoder.pipeline import Pipeline

from ..events.coding import events, where


@pytest.fixture(scope="module")
def pipeline():
    from wirecoder.settings import Settings
    return Pipeline(Settings())


@pytest.mark.parametrize("text, country", [
    ("Bolivia said on Friday it was angry with British officials. The government recalled its ambassador "
     "from London.", "BOL"),
    ("Armenia and Azerbaijan traded accusations on Sunday. The government in Yerevan accused Baku of shelling "
     "a village. The government recalled its ambassador from Moscow.", "ARM"),
])
def test_an_envoys_post_is_not_the_recalling_governments_country(pipeline, text, country):
    found = events(pipeline, text, "SANCTION")
    recalls = [e for e in found if e.source is not None and e.source.sector == "GOV"]
    assert recalls and all(where(e.source) == (country, "GOV") for e in recalls)


def test_an_envoys_post_alone_gives_no_country(pipeline):
    # nothing else in the text says whose government it is: unknown, not the post's state
    found = events(pipeline, "The government recalled its ambassador from London on Tuesday.", "SANCTION")
    assert found and all(e.source is None or e.source.country != "GBR" for e in found)


def test_the_target_of_sanctions_is_not_the_parliaments_country(pipeline):
    found = events(pipeline, "Russian troops shelled Kharkiv overnight. The government of Ukraine appealed for "
                             "air defence. The parliament approved new sanctions on Moscow.", "SANCTION")
    assert found and all(e.source is None or e.source.country != "RUS" for e in found)
    assert any(where(e.source) == ("UKR", "LEG") for e in found)


@pytest.mark.parametrize("text, type_, country", [
    ("Japan protested the naval drills. In Beijing, a foreign ministry spokeswoman rejected the protest.",
     "REJECT", "CHN"),
    ("Greek jets intercepted two aircraft on Monday. In Ankara, a foreign ministry spokesman accused Athens of "
     "provocation.", "ACCUSE", "TUR"),
])
def test_a_portfolio_spokesman_is_of_the_capital_the_sentence_opens_with(pipeline, text, type_, country):
    found = events(pipeline, text, type_)
    assert found and any(e.source is not None and e.source.country == country for e in found)


def test_a_foreign_ministry_spokesman_with_no_place_is_not_guessed(pipeline):
    # no opening place: the spokesman's state is unknown, not the country of the place of the talks
    found = events(pipeline, "The talks opened in Geneva. A foreign ministry spokesman accused Iran of lying.",
                   "ACCUSE")
    assert found and all(e.source is None or e.source.country in {None, ""} for e in found)


def test_foreign_fighters_still_take_no_local_country(pipeline):
    # "foreign" before a group noun (no portfolio) still keeps it from the sentence's place
    found = events(pipeline, "Foreign fighters attacked a checkpoint near Idlib on Sunday.", "ASSAULT")
    assert found and all(e.source is None or e.source.country != "SYR" for e in found)


def test_the_next_most_named_state_when_the_most_named_is_the_envoys_post(pipeline):
    # Britain is named most, but it is where the ambassador is recalled from: the government is
    # that of the state the article names next (Peru), not unknown and not Britain
    text = ("Britain imposed sanctions on three Peruvian officials on Monday. British ministers said London "
            "would act again and a British envoy urged Lima to respond. Peru called the move unjust. Hours "
            "later the government recalled its ambassador from London.")
    found = events(pipeline, text, "SANCTION")
    recalls = [e for e in found if e.trigger == "recalled"]
    assert recalls and all(where(e.source) == ("PER", "GOV") for e in recalls)

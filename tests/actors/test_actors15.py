"""Whose body, which country, which neighbour (session 15, h-act15): a wire dateline sets the
story's state for its bare bodies ("KAMPALA - Parliament ...", "Police ...", "The government
..."); "the country's <organ>" is the acting state's named body; "accused its neighbour" is the
one nearby state the article names; collective nouns of road hauliers and lorry drivers are
civilians; an unnamed ministry spokesman speaks for his ministry. Every text here is written for
the test (none is a gold sentence)."""
from __future__ import annotations

import pytest

from wirecoder.pipeline import Pipeline

from ..events.coding import code, events, where


@pytest.fixture(scope="module")
def pipeline():
    from wirecoder.settings import Settings
    return Pipeline(Settings())


# -- a wire dateline -------------------------------------------------------------------------

def test_a_dateline_is_no_part_of_the_first_sentences_actors(pipeline):
    a = code(pipeline, "SOFIA, May 9 - Parliament voted on Friday to expel two Russian diplomats. Russia called "
                       "the vote hostile, and Russian officials said Moscow would answer.")
    assert not any("May 9" in m.text and m.actor is not None for m in a.mentions)
    found = [e for e in a.events if e.type == "SANCTION"]
    assert found and all(e.source is not None and e.source.country == "BGR" for e in found)


@pytest.mark.parametrize("text, type_, want", [
    ("LUSAKA, Jan 5 - Police fired tear gas at hundreds of people protesting outside the Chinese embassy "
     "against Chinese-owned mines. China says its firms obey the law, and Chinese diplomats defended them.",
     "ASSAULT", ("ZMB", "COP")),
    ("DAKAR, June 1 - The government summoned France's ambassador on Monday over remarks by a French minister. "
     "France keeps a small base in the country, and French officials said the remarks were misquoted.",
     "ACCUSE", ("SEN", "GOV")),
    ("AMMAN, Feb 2 - Police detained 12 Syrian workers on Sunday for working without permits. Syria's "
     "embassy said Syrian citizens must respect local laws.", "COERCE", ("JOR", "COP")),
])
def test_a_bare_body_is_of_the_datelines_state(pipeline, text, type_, want):
    found = events(pipeline, text, type_)
    assert found and where(found[0].source) == want


def test_a_bare_parliament_under_a_dateline_is_that_states_legislature(pipeline):
    found = events(pipeline, "KAMPALA, Oct 3 - Parliament passed a motion on Thursday condemning Kenya over the "
                             "arrest of Ugandan traders. Kenya said the traders broke its laws, and Kenyan police "
                             "released two of them.", "ACCUSE")
    assert found and found[0].source is not None and found[0].source.id == "uganda-parliament"


def test_a_one_word_subject_after_a_dateline_stays_in_its_sentence(pipeline):
    found = events(pipeline, "BAKU, March 4 - Azerbaijan accused Armenia of shelling its positions overnight.",
                   "ACCUSE")
    assert found and found[0].source is not None and found[0].source.id == "AZE"


# -- "the country's <organ>" ------------------------------------------------------------------

def test_the_countrys_body_that_acts_is_the_acting_states(pipeline):
    found = events(pipeline, "Poland expelled a Belarusian diplomat and summoned Belarus's envoy, after the "
                             "country's counter-intelligence agency accused Minsk of plotting sabotage.", "ACCUSE")
    blamers = [e for e in found if e.source is not None and e.source.sector == "SPY"]
    assert blamers and all(e.source.country == "POL" for e in blamers)


@pytest.mark.parametrize("text, organ", [
    ("Estonia expelled a Russian diplomat after the country's internal security service accused him of "
     "recruiting informants.", "estonia-kapo"),
    ("Kyrgyzstan detained a Kazakh blogger after the country's security committee accused him of inciting "
     "unrest.", "kyrgyzstan-gknb"),
    ("Moldova banned two Russian pop singers after the country's intelligence service accused them of "
     "spreading propaganda.", "moldova-sis"),
    ("Georgia deported an Armenian activist after the country's State Security Service accused him of "
     "organising protests.", "georgia-ssg"),
])
def test_the_countrys_named_service_is_the_knowledge_base_body(pipeline, text, organ):
    found = events(pipeline, text, "ACCUSE")
    assert found and found[0].source is not None and found[0].source.id == organ


# -- "its neighbour" -------------------------------------------------------------------------

@pytest.mark.parametrize("text, accused", [
    ("Sudan accused its eastern neighbour of arming the rebels. Eritrean officials denied the claim.", "ERI"),
    ("Guyana accused its neighbour of sending troops to the border region, a day after Venezuela's "
     "president claimed the Essequibo region.", "VEN"),
])
def test_a_neighbour_is_the_nearby_state_the_article_names(pipeline, text, accused):
    found = events(pipeline, text, "ACCUSE")
    mine = [e for e in found if e.trigger_span and text[e.trigger_span[0]:e.trigger_span[1]].startswith("accused")]
    assert mine and all(e.target is not None and e.target.id == accused for e in mine)


def test_a_sea_is_no_neighbour(pipeline):
    found = events(pipeline, "Djibouti accused its northern neighbour of moving troops towards a Red Sea port. "
                             "Eritrea's information minister called the claim baseless.", "ACCUSE")
    assert found and found[0].target is not None and found[0].target.id == "ERI"


def test_an_unnamed_neighbour_is_no_one_and_not_the_accusers_own_forces(pipeline):
    found = events(pipeline, "Tajikistan accused its neighbour of massing troops along the border.", "ACCUSE")
    assert found and all(e.target is None for e in found)


def test_a_far_state_is_no_neighbour(pipeline):
    found = events(pipeline, "Kenya accused its neighbour of harbouring militants, the United States said.",
                   "ACCUSE")
    assert found and all(e.target is None or e.target.country != "USA" for e in found)


# -- collective nouns --------------------------------------------------------------------------

@pytest.mark.parametrize("text, country", [
    ("Hauliers blocked the ring road around Lyon with their trucks to protest against new tolls.", "FRA"),
    ("Lorry drivers in Romania blocked the border crossing at Giurgiu to protest against fuel taxes.", "ROU"),
    ("Truckers in Peru blocked the Pan-American Highway to protest against rising diesel prices.", "PER"),
])
def test_hauliers_and_lorry_drivers_are_civilians(pipeline, text, country):
    found = events(pipeline, text, "PROTEST")
    assert found and where(found[0].source) == (country, "CVL")


# -- ministry spokesmen -----------------------------------------------------------------------

@pytest.mark.parametrize("text, type_, ministry", [
    ("An Indian foreign ministry spokesman criticised Bangladesh over attacks on Hindu temples.", "ACCUSE",
     "india-external-affairs-ministry"),
    ("A spokeswoman for Russia's foreign ministry accused Estonia of harassing Russian speakers.", "ACCUSE",
     "russia-foreign-ministry"),
    ("A spokesman for Pakistan's foreign ministry urged Afghanistan to hand over militant leaders.", "REQUEST",
     "pakistan-foreign-office"),
])
def test_an_unnamed_ministry_spokesman_speaks_for_the_ministry(pipeline, text, type_, ministry):
    found = events(pipeline, text, type_)
    assert found and found[0].source is not None and found[0].source.id == ministry


def test_a_spokesman_who_only_reports_is_no_source(pipeline):
    found = events(pipeline, "Turkey urged Greece to withdraw its troops from the islands, a foreign ministry "
                             "spokesman said.", "REQUEST")
    assert found and found[0].source is not None and found[0].source.id == "TUR"


def test_a_spokesman_in_the_next_sentence_speaks_for_the_state_that_acted(pipeline):
    found = events(pipeline, "South Korea lodged a protest with Japan on Monday over a school textbook. A foreign "
                             "ministry spokesman accused Tokyo of distorting history.", "ACCUSE")
    accusers = [e for e in found if e.target is not None and e.target.id == "JPN"]
    assert accusers and any(e.source is not None and e.source.country == "KOR" and e.source.kind == "government"
                            for e in accusers)


def test_a_bare_parliament_in_london_is_the_uk_parliament(pipeline):
    found = events(pipeline, "LONDON, May 2 - Parliament voted on Tuesday to ban imports of Russian steel. "
                             "Russia called the vote hostile.", "SANCTION")
    assert found and found[0].source is not None and found[0].source.id == "uk-parliament"


def test_a_ministry_spokesman_without_a_known_ministry_is_a_new_ministry_of_that_state(pipeline):
    found = events(pipeline, "A spokesman for Chile's foreign ministry criticised Bolivia for closing the border.",
                   "ACCUSE")
    assert found and found[0].source is not None and found[0].source.country == "CHL"
    assert found[0].source.name == "Ministry of Foreign Affairs"

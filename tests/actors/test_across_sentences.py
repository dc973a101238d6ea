"""Who a mention is when the article told it before: family-name-first short names, portfolio
ministries, "they" in what a group says, and a name the tagger read as an organisation that an
apposition shows is a person. Articles written for these tests, coded by the real pipeline."""
from __future__ import annotations

import pytest

from wirecoder.pipeline import Pipeline
from wirecoder.records import Article


@pytest.fixture(scope="module")
def pipeline():
    from wirecoder.settings import Settings
    return Pipeline(Settings())


def mentions(pipeline, text: str) -> list:
    return pipeline.code([Article(id="t", text=text, content_hash="x")])[0].mentions


def test_a_family_name_first_short_name_is_the_person_named_before(pipeline):
    ms = mentions(pipeline, "Chinese Foreign Minister Wang Yi arrived in Hanoi on Monday.\n\n"
                            "During the visit Wang pledged grants for a railway study.")
    [short] = [m for m in ms if m.text == "Wang"]
    assert short.label == "PERSON" and short.actor.id == "wang-yi"


def test_a_portfolio_ministry_is_no_pointer_to_the_last_body_named(pipeline):
    ms = mentions(pipeline, "Parliament passed a law that allows the Constitutional Court to ban parties. "
                            "At least 14 officers were injured in Tbilisi, the interior ministry said. "
                            "Police detained 63 people, the ministry said.")
    [interior] = [m for m in ms if m.text == "interior ministry"]
    assert interior.actor.sector == "GOV" and "court" not in interior.actor.id
    [bare] = [m for m in ms if m.text == "ministry"]
    assert bare.actor.id == interior.actor.id


def test_they_in_what_a_group_says_is_that_group(pipeline):
    ms = mentions(pipeline, "The European Union condemned the violence. Several hundred protesters gathered "
                            "outside parliament in Tbilisi, and opposition leaders said they would march on the "
                            "state broadcaster.")
    [they] = [m for m in ms if m.text == "they"]
    assert they.actor.sector == "OPP"


def test_an_apposition_with_a_title_makes_a_tagged_organisation_a_person(pipeline):
    ms = mentions(pipeline, "Police detained 63 people overnight in Tbilisi. Among them was Nika Melia, a leader "
                            "of the opposition Coalition for Change.")
    assert [m.label for m in ms if m.text == "Nika Melia"] == ["PERSON"]


def test_a_body_listed_under_un_is_found_under_united_nations_too(pipeline):
    ms = mentions(pipeline, "The United Nations human rights office said it had opened an inquiry into the killings.")
    assert any(m.actor is not None and m.actor.id == "ohchr" for m in ms)


def test_he_after_an_unnamed_officer_of_a_party_is_the_party(pipeline):
    ms = mentions(pipeline, "Hamas's deputy chairman told reporters in Doha on Monday. "
                            "He accused Israeli officials of blocking the talks.")
    [he] = [m for m in ms if m.text == "He"]
    assert he.actor.id == "hamas"
    ms = mentions(pipeline, "Chadema's deputy chairman told reporters in Dar es Salaam. "
                            "He accused ruling party officials of fraud.")
    [he] = [m for m in ms if m.text == "He"]
    assert (he.actor.id, he.actor.country, he.actor.sector) == ("chadema", "TZA", "OPP")

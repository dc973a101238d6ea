"""Conflict regions, disputed areas, valleys, seas, camps and towns the packages lack or rank
below a namesake, through the real pipeline (curated table + ranking)."""
from __future__ import annotations

import pytest

from wirecoder.geo.gazetteer import load_gazetteer
from wirecoder.pipeline import Pipeline
from wirecoder.records import Article
from wirecoder.settings import Settings


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(Settings())


def code(pipeline: Pipeline, text: str) -> Article:
    return pipeline.code([Article(id="t", text=text, content_hash="")])[0]


def place_of(article: Article, text: str):
    found = [m for m in article.mentions if m.place is not None and (m.text == text or m.text.startswith(text))]
    assert found, f"no place mention {text!r} in {[(m.text, m.label) for m in article.mentions]}"
    return found[0].place


def test_curated_regions_have_a_country_and_coordinates():
    gaz = load_gazetteer()
    for name, iso in [("Mindanao", "PHL"), ("Jubaland", "SOM"), ("Jubbaland", "SOM"), ("Catatumbo", "COL"),
                      ("Waziristan", "PAK"), ("Bekaa Valley", "LBN"), ("Panjshir", "AFG"), ("Upper Nile", "SSD"),
                      ("Chechnya", "RUS"), ("Michoacan", "MEX")]:
        entries = [e for e in gaz.lookup(name) if e.curated]
        assert entries and entries[0].country == iso and entries[0].lat is not None, (name, entries)


def test_a_region_beats_a_small_namesake_abroad(pipeline):
    a = code(pipeline, "Russian troops withdrew from parts of Chechnya after a week of raids, officials in Moscow said.")
    p = place_of(a, "Chechnya")
    assert (p.country, p.precision) == ("RUS", "admin1")
    b = code(pipeline, "Philippine marines patrolled the coast of Mindanao after a ferry was bombed.")
    p = place_of(b, "Mindanao")
    assert (p.country, p.precision) == ("PHL", "region")


def test_a_kind_word_after_the_name_makes_it_the_area(pipeline):
    a = code(pipeline, "Air raid sirens sounded across the Kharkiv region on Friday as drones approached.")
    p = place_of(a, "Kharkiv")
    assert (p.country, p.precision) == ("UKR", "admin1")
    b = code(pipeline, "Gunmen stormed a school in Katsina state, Nigerian police said.")
    p = place_of(b, "Katsina")
    assert (p.country, p.precision) == ("NGA", "admin1")
    # without the kind word the city stays the city
    c = code(pipeline, "Drones struck an apartment block in Kharkiv on Friday, Ukrainian officials said.")
    assert place_of(c, "Kharkiv").precision == "city"


def test_state_media_is_no_area():
    from wirecoder.geo.stage import _KIND_AFTER, _STATE_NOT_AREA
    assert _KIND_AFTER.match(" state, officials said") and not _STATE_NOT_AREA.match(" state, officials")
    assert _STATE_NOT_AREA.match(" state media reported")


def test_an_apposition_calling_it_a_province(pipeline):
    a = code(pipeline, "A bomb exploded in Yala, one of the southern provinces, Thai officials said.")
    p = place_of(a, "Yala")
    assert (p.country, p.precision) == ("THA", "admin1")


def test_curated_names_the_parser_takes_for_people(pipeline):
    a = code(pipeline, "Warships sailed through the Bosphorus overnight, Turkish officials said.")
    assert place_of(a, "Bosphorus").country == "TUR"
    b = code(pipeline, "Sudanese farmers returned to al-Fashaga after the rains, local officials said.")
    assert place_of(b, "al-Fashaga").country == "SDN"


def test_disputed_areas_seas_and_camps(pipeline):
    a = code(pipeline, "Chinese coast guard vessels blocked a resupply mission near Second Thomas Shoal "
                       "in the South China Sea on Monday.")
    p = place_of(a, "Second Thomas Shoal")
    assert p.precision == "site" and abs(p.lat - 9.73) < 0.2
    b = code(pipeline, "Israeli troops withdrew from the Nur Shams camp after a three-day raid.")
    p = place_of(b, "Nur Shams")
    assert (p.country, p.precision) == ("PSE", "site")


@pytest.mark.parametrize("text,country", [
    ("Waziristan militants ambushed a police convoy on Monday, officials said.", "PAK"),
    ("Mindanao rebels attacked an army outpost overnight, the military said.", "PHL"),
    ("Catatumbo dissidents clashed with ELN fighters near the border.", "COL"),
    ("Jubaland forces clashed with federal troops on Sunday.", "SOM"),
])
def test_a_group_named_after_a_region_takes_its_country(pipeline, text, country):
    a = code(pipeline, text)
    first = next(m for m in a.mentions if m.label == "GROUP")
    assert first.text.split()[0] in text.split()[0] and first.actor.country == country, \
        [(m.text, m.label, m.actor and m.actor.country) for m in a.mentions]


def test_a_disputed_area_by_the_story_beats_its_namesake_town(pipeline):
    a = code(pipeline, "Fighting erupted in Abyei, claimed by both Sudan and South Sudan, and UN troops intervened.")
    p = place_of(a, "Abyei")
    assert p.precision == "region" and p.country is None


def test_a_province_holds_its_towns_not_the_next_provinces():
    from wirecoder.events.same import places_compatible
    from wirecoder.records import Place
    kaduna = Place("Kaduna", "NGA", "Kaduna", 10.39, 7.57, "admin1")
    kachia = Place("Kachia", "NGA", "Kaduna", 9.87, 7.95, "city")
    maru = Place("Maru", "NGA", None, 12.33, 6.40, "city")  # in Zamfara; GeoNames gives no area
    assert places_compatible(kaduna, kachia, 100) and places_compatible(kachia, kaduna, 100)
    assert not places_compatible(kaduna, maru, 100)
    assert places_compatible(Place("Nigeria", "NGA", None, 9.0, 8.0, "country"), maru, 100)

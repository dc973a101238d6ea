"""The packaged gazetteer: what it holds and how lookups answer."""
from __future__ import annotations

import time

import pytest

from wirecoder.geo.gazetteer import Gazetteer, GazetteerError, load_gazetteer


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return load_gazetteer()


def test_it_holds_every_kind_of_place(gaz):
    kinds = gaz.stats()
    assert kinds["country"] >= 249
    assert kinds["admin1"] >= 3000           # ISO 3166-2 first-level areas
    assert kinds["city"] >= 200_000          # GeoNames towns down to 500 inhabitants
    assert kinds["airport"] + kinds["airbase"] >= 5000
    assert kinds["camp"] >= 5 and kinds["crossing"] >= 5


def test_ambiguous_names_list_every_candidate_largest_first(gaz):
    moscow = [(e.country, e.admin1) for e in gaz.lookup("Moscow") if e.kind == "city"]
    assert moscow[0][0] == "RUS"
    assert ("USA", "Idaho") in moscow
    tripoli = {e.country for e in gaz.lookup("Tripoli") if e.kind == "city"}
    assert {"LBY", "LBN"} <= tripoli
    assert {e.kind for e in gaz.lookup("Georgia")} >= {"country", "admin1"}


def test_small_towns_alternate_names_and_areas(gaz):
    # a village of about 600 people, by its name and by an alternate spelling
    assert any(e.country == "AND" and e.population < 1000 for e in gaz.lookup("Soldeu"))
    assert any(e.country == "UKR" for e in gaz.lookup("Kiev"))
    anbar = [e for e in gaz.lookup("Al Anbar") if e.kind == "admin1"]
    assert anbar and anbar[0].country == "IRQ" and 31 < anbar[0].lat < 35 and 39 < anbar[0].lon < 45
    donetsk = [e for e in gaz.lookup("Donetsk") if e.kind == "admin1"]
    assert donetsk and donetsk[0].country == "UKR"


def test_curated_places_carry_their_source(gaz):
    base = [e for e in gaz.lookup("Ain al-Asad air base") if e.curated]
    assert base and base[0].country == "IRQ" and base[0].precision == "site"
    assert abs(base[0].lat - 33.79) < 0.05 and abs(base[0].lon - 42.44) < 0.05
    assert base[0].source.startswith("places.tsv:")
    darfur = gaz.lookup("Darfur")
    assert any(e.kind == "region" and e.country == "SDN" for e in darfur)
    erbil = [e for e in gaz.lookup("Erbil International Airport") if e.kind == "airport"]
    assert erbil and erbil[0].country == "IRQ"


def test_opening_is_cheap_and_lookups_are_fast(gaz):
    t0 = time.perf_counter()
    fresh = Gazetteer()
    fresh.lookup("Mosul")
    assert time.perf_counter() - t0 < 1.0
    t0 = time.perf_counter()
    for name in ("Kherson", "Goma", "Zahedan", "Kandahar", "Cucuta") * 20:
        fresh.lookup(name)
    assert time.perf_counter() - t0 < 1.0


def test_a_missing_index_is_a_clear_error(tmp_path):
    with pytest.raises(GazetteerError, match="not found"):
        Gazetteer(tmp_path / "nope.sqlite")

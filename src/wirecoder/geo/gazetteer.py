"""An offline gazetteer: a compact SQLite index shipped as package data
(``data/geo/gazetteer.sqlite``, built by ``scripts/build_gazetteer.py``).

It holds every ISO 3166 country, the first-level administrative areas of ISO 3166-2 with
coordinates derived from their towns, GeoNames cities and towns of 500+ inhabitants with
their Latin-script alternate names, airports and air bases (airportsdata), and a curated
table of conflict-relevant places the packages lack (``data/geo/places.tsv``). Names are
looked up by their folded form (``actors.normalize.fold``), so nothing is loaded up front:
opening costs milliseconds and a few megabytes, and each lookup is one indexed query.
"""
from __future__ import annotations

import functools
import os
import sqlite3
import threading
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from ..actors.normalize import fold
from ..errors import WirecoderError
from ..records import Place

#: how precise a place of each kind is
PRECISION = {"country": "country", "admin1": "admin1", "city": "city", "region": "region", "sea": "region",
             "airport": "site", "airbase": "site", "site": "site", "camp": "site", "crossing": "site"}


class GazetteerError(WirecoderError):
    """The packaged gazetteer is missing or unreadable."""


@dataclass(frozen=True)
class Entry:
    """One gazetteer row: a place with its kind, country, coordinates and source."""

    id: int
    name: str
    kind: str
    country: str | None  # ISO alpha-3
    admin1: str | None
    lat: float | None
    lon: float | None
    population: int
    geonameid: int | None
    source: str

    @property
    def precision(self) -> str:
        return PRECISION.get(self.kind, "site")

    @property
    def curated(self) -> bool:
        return self.source.startswith("places.tsv")

    def place(self) -> Place:
        return Place(name=self.name, country=self.country, admin1=self.admin1, lat=self.lat, lon=self.lon,
                     precision=self.precision, geonameid=self.geonameid)


def default_path() -> Path:
    return Path(str(resources.files("wirecoder") / "data" / "geo" / "gazetteer.sqlite"))


class Gazetteer:
    """Name lookups over the packaged index. Safe to share between threads; a forked worker
    process opens its own connection."""

    def __init__(self, path: str | Path | None = None):
        self.path = Path(path) if path else default_path()
        if not self.path.exists():
            raise GazetteerError(f"{self.path}: gazetteer index not found (run scripts/build_gazetteer.py)")
        self._local = threading.local()
        self._lookup = functools.lru_cache(maxsize=50_000)(self._lookup_uncached)

    def _db(self) -> sqlite3.Connection:
        db = getattr(self._local, "db", None)
        if db is None or self._local.pid != os.getpid():
            uri = f"file:{self.path}?mode=ro&immutable=1"
            try:
                db = sqlite3.connect(uri, uri=True, check_same_thread=False)
                db.execute("SELECT 1 FROM names LIMIT 1")
            except sqlite3.Error as e:
                raise GazetteerError(f"{self.path}: unreadable gazetteer index ({e})") from None
            self._local.db, self._local.pid = db, os.getpid()
        return db

    def _lookup_uncached(self, key: str, pid: int) -> tuple[Entry, ...]:
        rows = self._db().execute(
            "SELECT p.id, p.name, p.kind, p.country, p.admin1, p.lat, p.lon, p.population, p.geonameid, p.source "
            "FROM names n JOIN places p ON p.id = n.place WHERE n.key = ?", (key,)).fetchall()
        entries = [Entry(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7] or 0, r[8], r[9]) for r in rows]
        # areas with no population of their own ("Plateau": a state of Nigeria and a department
        # of Benin) are ranked among themselves by the population of their country, the likelier
        # one in the news; every other entry keeps its place
        entries.sort(key=lambda e: (-e.population, e.id))
        slots = [i for i, e in enumerate(entries) if not e.population and e.kind in {"admin1", "region"}]
        areas = sorted((entries[i] for i in slots), key=lambda e: (-country_population(e.country), e.id))
        for i, e in zip(slots, areas):
            entries[i] = e
        return tuple(entries)

    def lookup(self, name: str) -> list[Entry]:
        """Every place with this name (or alternate name), most populous first."""
        key = fold(name)
        if not key:
            return []
        return list(self._lookup(key, os.getpid()))

    def cities(self, name: str, min_population: int = 15_000) -> list[Entry]:
        """Cities and towns of at least ``min_population`` with this name, largest first."""
        return [e for e in self.lookup(name) if e.kind == "city" and e.population >= min_population]

    def curated_names(self) -> list[tuple[str, Entry]]:
        """Every name and alias of the curated places that are not countries (bases, crossings,
        camps, regions, seas, and the towns news names that the packages lack or spell
        otherwise), as written, for finding them in text spaCy does not tag."""
        import csv

        path = self.path.with_name("places.tsv")
        out = []
        with open(path, encoding="utf-8") as f:
            for line, row in enumerate(csv.DictReader(f, delimiter="\t"), start=2):
                if row["kind"] == "country":
                    continue
                entry = next((e for e in self.lookup(row["name"]) if e.source == f"places.tsv:{line}"), None)
                if entry is not None:
                    out += [(n, entry) for n in [row["name"], *row["aliases"].split("|")] if n]
        return out

    def stats(self) -> dict[str, int]:
        return {kind: n for kind, n in self._db().execute("SELECT kind, count(*) FROM places GROUP BY kind")}


@functools.lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The packaged gazetteer, opened once per process."""
    return Gazetteer()


@functools.lru_cache(maxsize=1)
def _country_populations() -> dict[str, int]:
    path = Path(str(resources.files("wirecoder") / "data" / "geo" / "country_population.tsv"))
    out: dict[str, int] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        iso, _, pop = line.partition("\t")
        if pop.isdigit():
            out[iso] = int(pop)
    return out


def country_population(iso3: str | None) -> int:
    """A country's population (GeoNames, ``data/geo/country_population.tsv``); 0 when unknown."""
    return _country_populations().get(iso3 or "", 0)

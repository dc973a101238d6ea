"""Toponym resolution: a place name and its article to one gazetteer entry.

Candidates are every gazetteer entry with the name (also without a trailing kind word:
"Kherson region", "Anbar province", "Ain al-Asad air base") plus the knowledge base's state
when the name is one of a state's names ("US", "Britain"). Each is scored by

- its kind and size: countries and curated places first, then cities by population;
- what the mention says of itself: a kind word ("province", "air base") and spaCy's label
  (FAC prefers sites);
- explicit qualifiers in the text: "Tripoli, Lebanon", "Moscow, Idaho", "Iraq's Ain al-Asad";
- the article's countries (the states and actors it names, weighted by how often);
- nearness to the other places the article names (a second pass).

The best-scoring entry wins; a name the gazetteer lacks stays unresolved.
"""
from __future__ import annotations

import functools
import math
import re
from collections import Counter
from dataclasses import dataclass, field

from ..actors.kb import KnowledgeBase
from ..actors.normalize import fold
from .gazetteer import Entry, Gazetteer

#: trailing words that say what kind of place a name is, and the kinds they point to
KIND_WORDS: dict[str, set[str]] = {
    "province": {"admin1"}, "governorate": {"admin1"}, "state": {"admin1"}, "oblast": {"admin1"},
    "region": {"admin1", "region"}, "county": {"admin1"}, "prefecture": {"admin1"}, "district": {"admin1", "city"},
    "city": {"city"}, "town": {"city"}, "village": {"city"},
    "camp": {"camp"}, "refugee camp": {"camp"}, "crossing": {"crossing"}, "border crossing": {"crossing"},
    "air base": {"airbase"}, "airbase": {"airbase"}, "base": {"airbase", "site"}, "airport": {"airport"},
    "international airport": {"airport"},
    "territory": {"admin1", "region"}, "valley": {"region"}, "river": {"region"}, "mountains": {"region"},
}
#: a pseudo-kind asked for by "the department of X": the first-level areas of the states below
#: are called departments (a same-named province elsewhere is not meant)
DEPARTMENT = "@department"
DEPARTMENT_STATES = {"HND", "COL", "BOL", "GTM", "PRY", "URY", "HTI", "NIC", "SLV", "PER", "BEN", "FRA"}
_KIND_PRIOR = {"country": 4.0, "admin1": 1.5, "region": 2.5, "sea": 2.5, "airbase": 2.0, "site": 2.0,
               "camp": 2.0, "crossing": 2.0, "airport": 1.0}
_SITE_KINDS = {"airport", "airbase", "site", "camp", "crossing"}


@functools.lru_cache(maxsize=1)
def _capitals() -> dict[str, tuple[float, float]]:
    """Each state's capital (or seat of government) position, from ``kb/states.tsv``."""
    import csv
    from importlib import resources

    out = {}
    path = resources.files("wirecoder") / "data" / "kb" / "states.tsv"
    with path.open(encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            try:
                out[row["iso3"]] = (float(row["capital_lat"]), float(row["capital_lon"]))
            except ValueError:
                continue
    return out


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


@dataclass
class GeoContext:
    """What the article says about where it is set."""

    #: states named or implied by the article's mentions (actors' countries, place names)
    countries: Counter = field(default_factory=Counter)
    #: positions of places resolved so far: (folded name, lat, lon)
    points: list[tuple[str, float, float]] = field(default_factory=list)
    #: ``points`` with their latitude and longitude in radians and the latitude's cosine
    _radians: tuple[list, list] | None = field(default=None, repr=False, compare=False)

    def nearest_km(self, lat: float, lon: float, skip: str) -> float | None:
        """Great-circle distance from (lat, lon) to the nearest of ``points`` not named
        ``skip``; the points' radians and cosines are computed once per list of points."""
        cached = self._radians
        if cached is None or cached[0] is not self.points or len(cached[1]) != len(self.points):
            cached = self._radians = (self.points, [(k, math.radians(a), math.radians(o), math.cos(math.radians(a)))
                                                    for k, a, o in self.points])
        p1, l1 = math.radians(lat), math.radians(lon)
        c1 = math.cos(p1)
        best = None
        for k, p2, l2, c2 in cached[1]:
            if k == skip:
                continue
            h = math.sin((p2 - p1) / 2) ** 2 + c1 * c2 * math.sin((l2 - l1) / 2) ** 2
            if best is None or h < best:
                best = h
        return None if best is None else 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(best)))


@dataclass
class Choice:
    entry: Entry
    score: float
    candidates: int


class ToponymResolver:
    def __init__(self, gazetteer: Gazetteer, kb: KnowledgeBase):
        self.gaz = gazetteer
        self.kb = kb
        self.capitals = _capitals()

    # -- candidates --------------------------------------------------------------------------
    def state_entry(self, iso3: str) -> Entry | None:
        s = self.kb.state(iso3)
        if s is None:
            return None
        return Entry(-1, s.name, "country", s.id, None, s.lat, s.lon, 0, None, "kb/states.tsv")

    def state_of_name(self, text: str) -> str | None:
        """The ISO3 code when ``text`` is one of a state's names ("US", "Britain", "Iraq",
        "Democratic Republic of Congo")."""
        key = fold(text)
        for k in (key, key.replace(" of ", " of the "), key.replace(" of the ", " of ")):
            for aid in self.kb.by_alias.get(k, []):
                if self.kb.actors[aid].kind == "state":
                    return aid
        return None

    def is_capital(self, e: Entry) -> bool:
        cap = self.capitals.get(e.country or "")
        return e.kind == "city" and cap is not None and e.lat is not None and \
            haversine_km(e.lat, e.lon, cap[0], cap[1]) <= 25

    def candidates(self, text: str) -> tuple[list[Entry], set[str]]:
        """Entries the name may refer to, and the kinds a trailing kind word asks for."""
        text = re.sub(r"^(the\s+)?(city|town|village|province|region|state) of\s+", "", text.strip(), flags=re.I)
        found = list(self.gaz.lookup(text))
        want: set[str] = set()
        low = text.lower()
        for word in sorted(KIND_WORDS, key=len, reverse=True):
            if low.endswith(" " + word) and len(low) > len(word) + 2:
                want = KIND_WORDS[word]
                core = text[: len(text) - len(word) - 1].strip()
                found += [e for e in self.gaz.lookup(core) if e not in found]
                break
        iso = self.state_of_name(text)
        if iso and not any(e.kind == "country" and e.country == iso for e in found):
            entry = self.state_entry(iso)
            if entry is not None:
                found.append(entry)
        return found, want

    # -- scoring -----------------------------------------------------------------------------
    def score(self, e: Entry, text: str, label: str, want: set[str], ctx: GeoContext,
              own: Counter, constraint: tuple[str, str | None] | None, state: tuple[str, bool] | None = None,
              main_named: bool = False) -> float:
        s = _KIND_PRIOR.get(e.kind, 0.0)
        if state is not None and e.kind == "country" and e.country == state[0]:
            # a state's name names the state, unless an area of another country shares it
            # ("Georgia") and the article points there
            s += 1.0 if state[1] else 5.0
        if e.kind == "city":
            s = 0.6 * math.log10(e.population + 10)
            if e.population >= 1_000_000:
                s += 1.5
            if self.is_capital(e):
                s += 1.0  # "Washington" is the US capital before a town in England
            if e.population < 5_000:
                s -= 1.0  # a village is seldom news: "Borno" is the Nigerian state, not an Alpine village
        if e.curated:
            s += 1.0
        if fold(e.name) == fold(text):
            s += 1.0  # the entry's main name, not an alternate
        elif e.kind == "city" and e.population < 100_000:
            # a town known by this name only in some other spelling ("Borna" for "Borno", a
            # Nigerian state)
            s -= 1.0
        if main_named and fold(e.name) != fold(text):
            s -= 1.5  # another place bears the name itself ("Minsk", not Mińsk Mazowiecki)
        if want:
            s += 3.0 if e.kind in want else -1.0
            if DEPARTMENT in want:
                s += 2.0 if e.country in DEPARTMENT_STATES else 0.0
        if label == "FAC":
            s += 2.0 if e.kind in _SITE_KINDS else -1.0
        elif label == "LOC" and e.kind in {"region", "sea", "admin1"}:
            s += 1.0
        if e.kind != "country" and e.country:
            n = ctx.countries.get(e.country, 0) - own.get(e.country, 0)
            if n > 0:
                s += 2.0 + min(1.5, 0.5 * math.log2(n))
        elif e.kind == "country":
            n = ctx.countries.get(e.country, 0) - own.get(e.country, 0)
            if n > 0:
                s += 2.0
        elif e.curated and e.lat is not None and any(
                n - own.get(iso, 0) > 0 and self._near_state(e, iso) for iso, n in ctx.countries.items()):
            # a place across borders or disputed between states ("Abyei", "Line of Control") is
            # of the story when it lies by a country the story names
            s += 2.0
        if constraint is not None:
            iso, admin1 = constraint
            if e.country == iso:
                s += 8.0
                if admin1 and e.admin1 and fold(admin1) == fold(e.admin1):
                    s += 3.0
            else:
                s -= 4.0
        if e.lat is not None and e.kind not in {"region", "sea"} and ctx.points:
            d = ctx.nearest_km(e.lat, e.lon, fold(e.name))
            if d is not None:
                s += 2.5 if d < 50 else 1.5 if d < 300 else 0.5 if d < 1000 else 0.0
        if e.lat is None:
            s -= 2.0
        return s

    def _near_state(self, e: Entry, iso: str) -> bool:
        """Whether a place lies within 1,000 km of the middle of a state."""
        st = self.kb.state(iso)
        return st is not None and st.lat is not None and haversine_km(e.lat, e.lon, st.lat, st.lon) <= 1000

    def _near_story(self, e: Entry, named: set[str], ctx: GeoContext) -> bool:
        """Whether a place lies near where the article is set: within 1,500 km of the middle
        of a country it names, or 500 km of a place it names."""
        if e.lat is None:
            return False
        for iso in named:
            s = self.kb.state(iso)
            if s is not None and s.lat is not None and haversine_km(e.lat, e.lon, s.lat, s.lon) <= 1500:
                return True
        return self._near_points(e, ctx, 500)

    @staticmethod
    def _near_points(e: Entry, ctx: GeoContext, km: float) -> bool:
        return e.lat is not None and any(haversine_km(e.lat, e.lon, lat, lon) <= km for _, lat, lon in ctx.points)

    def resolve(self, text: str, label: str, ctx: GeoContext, own: Counter | None = None,
                constraint: tuple[str, str | None] | None = None, kinds: set[str] | None = None) -> Choice | None:
        found, want = self.candidates(text)
        if kinds and not want:
            want = kinds
        if not found:
            return None
        own = own or Counter()
        key = fold(text)
        named = {c for c, n in ctx.countries.items() if n - own.get(c, 0) > 0}
        if named:
            # a town known by this name only in another spelling, in a country the article
            # does not name, is not what it means ("Boni" in a Mali story is not Bonn)
            found = [e for e in found if fold(e.name) == key or e.curated or e.kind != "city"
                     or e.population >= 1_000_000 or (e.country in named or self._near_story(e, named, ctx))
                     and (e.population >= 5_000 or self._near_points(e, ctx, 500))]
            if not found:
                return None
        iso = self.state_of_name(text)
        state = None
        if iso:
            key = fold(text)
            state = (iso, any(e.kind == "admin1" and e.country != iso and fold(e.name) == key for e in found))
        main = any(fold(e.name) == key and e.kind == "city" and e.population >= 100_000 for e in found)
        scored = [(self.score(e, text, label, want, ctx, own, constraint, state, main), e.population, e)
                  for e in found]
        best = max(scored, key=lambda x: (x[0], x[1]))
        entry = best[2]
        if entry.kind == "country" and entry.country:
            entry = self.state_entry(entry.country) or entry  # the knowledge base's name for it
        return Choice(entry, best[0], len(found))

"""When two coded events tell the same happening: the rules merging within an article and
clustering across articles share.

Two events can be the same happening when their types agree, their actors are compatible
(the same actor; or a state and one of its organs or unnamed groups; or one side unknown),
their dates overlap within their precision and their places lie within ``max_km``. Each
function returns a reason when it says no, so a merge or a cluster can explain itself.
"""
from __future__ import annotations

import math

from ..actors.normalize import fold
from ..records import Actor, Event, Place

#: modalities that say something happened (or is said to have happened)
HAPPENED = {"asserted", "claimed", "historical"}
#: modalities excluded from counts, timelines and exports unless asked for
UNCOUNTED = {"negated", "hypothetical"}
_PRECISION_CHARS = {"day": 10, "month": 7, "year": 4}


#: sectors of the state and its organs, against the opposition, rebels and society
_STATE_SIDE = {"GOV", "MIL", "COP", "SPY", "JUD", "LEG"}


def actors_compatible(x: Actor | None, y: Actor | None) -> bool:
    """The same actor, a state and one of its organs or unnamed groups, or one unknown."""
    if x is None or y is None or x.id == y.id:
        return True
    if not x.country or x.country != y.country:
        return False
    if x.kind != "state" and y.kind != "state" and x.sector and y.sector and \
            (x.sector in _STATE_SIDE) != (y.sector in _STATE_SIDE):
        return False  # a government spokesman is not the opposition party of his country
    loose = {"state"}
    return any(a.id.startswith(("generic:", "new:")) or a.kind in loose for a in (x, y))


def actors_same(x: Actor | None, y: Actor | None) -> bool:
    """Both known and compatible: evidence the two events share a participant."""
    return x is not None and y is not None and actors_compatible(x, y)


def dates_compatible(a: Event, b: Event, slack_days: int = 0) -> bool:
    """Dates that can be the same day at the coarser of their two precisions."""
    pa, pb = _precision(a), _precision(b)
    if pa is None or pb is None:
        return True
    if slack_days and pa == "day" and pb == "day":
        from datetime import date

        try:
            da, db = date.fromisoformat(a.date[:10]), date.fromisoformat(b.date[:10])
        except ValueError:
            return True
        return abs((da - db).days) <= slack_days
    n = min(_PRECISION_CHARS[pa], _PRECISION_CHARS[pb])
    return a.date[:n] == b.date[:n]


def _precision(e: Event) -> str | None:
    if not e.date or e.date_end or e.date_precision not in _PRECISION_CHARS:
        return None  # no date, a range, or only the publication date
    return e.date_precision


#: how far from a province's middle a town whose province is not known (or named otherwise)
#: may lie and still be in it
_AREA_REACH_KM = 200.0
#: place precisions that stand for an area, not a point: a place inside them is compatible
_AREAS = {"country", "admin1", "region", "article", "unresolved", None}


def places_compatible(a: Place | None, b: Place | None, max_km: float) -> bool:
    """Places that can be where one happening was: the same country, and when both are
    points (a city, a site), within ``max_km``; an area (a country, a province, a region)
    holds any place of its country; an article's dateline decides nothing."""
    if a is None or b is None or "article" in (a.precision, b.precision):
        return True  # a dateline says where the reporter was, not where it happened
    if a.country and b.country and a.country != b.country:
        return False
    if a.precision in _AREAS or b.precision in _AREAS:
        if a.precision == b.precision == "admin1" and a.admin1 and b.admin1:
            return a.admin1 == b.admin1
        area, point = (a, b) if a.precision == "admin1" else (b, a)
        if area.precision == "admin1" and point.precision not in _AREAS and area.admin1 \
                and None not in (area.lat, area.lon, point.lat, point.lon):
            # a province holds the towns in it ("Kaduna state" and Kachia), not a town of the
            # next province (Maru, in Zamfara): the same area by name, else a town near its middle
            if point.admin1 and fold(point.admin1) == fold(area.admin1):
                return True
            return distance_km(area.lat, area.lon, point.lat, point.lon) <= _AREA_REACH_KM
        return True
    if None in (a.lat, a.lon, b.lat, b.lon):
        return True
    return distance_km(a.lat, a.lon, b.lat, b.lon) <= max_km


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine, mean Earth radius)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(h)))


def why_not_same(a: Event, b: Event, *, max_km: float = 100.0, slack_days: int = 0) -> str | None:
    """None when ``a`` and ``b`` can tell one happening; otherwise the reason they cannot."""
    if a.type != b.type:
        return "types differ"
    if (a.modality in UNCOUNTED) != (b.modality in UNCOUNTED) or (a.modality == "denied") != (b.modality == "denied"):
        return "one happened, the other did not"
    if _crossed(a, b):
        return None if dates_compatible(a, b, slack_days) and places_compatible(a.location, b.location, max_km) \
            else "dates or places differ"
    if not actors_compatible(a.source, b.source):
        return "sources differ"
    if not actors_compatible(a.target, b.target):
        return "targets differ"
    if not dates_compatible(a, b, slack_days):
        return "dates differ"
    if not places_compatible(a.location, b.location, max_km):
        return "places differ"
    return None


def shared_participant(a: Event, b: Event) -> bool:
    return actors_same(a.source, b.source) or actors_same(a.target, b.target) or _crossed(a, b)


#: types told the same whichever party is named first ("Kenya and Tanzania hold talks" against
#: "Tanzania's minister met Kenya's in Nairobi", where the visitor is the source)
_RECIPROCAL = {"CONSULT", "COOPERATE"}


def _crossed(a: Event, b: Event) -> bool:
    """A reciprocal event told with its two parties the other way round."""
    return a.type == b.type and a.type in _RECIPROCAL and None not in (a.source, a.target, b.source, b.target) \
        and (a.modality in UNCOUNTED) == (b.modality in UNCOUNTED) \
        and actors_same(a.source, b.target) and actors_same(a.target, b.source) \
        and not (actors_compatible(a.source, b.source) and actors_compatible(a.target, b.target))


def filled(e: Event) -> int:
    """How much an event says: its known participants, date, place and quantities."""
    return sum(x is not None for x in (e.source, e.target, e.location)) + \
        (e.date_precision in _PRECISION_CHARS) + bool(e.quantities)

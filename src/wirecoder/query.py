"""Turning what a user types (CLI options, API query parameters) into store queries.

The CLI and the REST API both call :func:`event_filter` and :func:`actor_dossier`, so the
same words filter the same events everywhere. Bad values raise :class:`QueryError` with one
line that says what is wrong.
"""
from __future__ import annotations

import calendar
import re
from datetime import date
from typing import Any, Iterable

from .errors import QueryError
from .settings import Settings
from .store import EventFilter, Store
from .store.queries import AGGREGATE_KEYS, MODALITIES

__all__ = ["event_filter", "parse_day", "parse_near", "resolve_actor_ids", "actor_dossier", "aggregate_keys",
           "QueryError"]


def parse_day(value: str, *, end: bool = False, name: str = "date") -> str:
    """YYYY, YYYY-MM or YYYY-MM-DD as an ISO day: the first day of the period, or its last
    with ``end``."""
    v = (value or "").strip()
    m = re.fullmatch(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?", v)
    if not m:
        raise QueryError(f"{name} {value!r} is not a date (use YYYY-MM-DD, YYYY-MM or YYYY)")
    y, mo, d = int(m[1]), m[2], m[3]
    try:
        if d is not None:
            return date(y, int(mo), int(d)).isoformat()
        if mo is not None:
            month = int(mo)
            day = calendar.monthrange(y, month)[1] if end else 1
            return date(y, month, day).isoformat()
        return date(y, 12, 31).isoformat() if end else date(y, 1, 1).isoformat()
    except ValueError:
        raise QueryError(f"{name} {value!r} is not a real date") from None


def parse_near(value: str) -> tuple[float, float, str]:
    """A place: "LAT,LON" or a city name the offline gazetteer knows (the most populous of
    that name). Returns (lat, lon, what was found)."""
    v = (value or "").strip()
    m = re.fullmatch(r"(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)", v)
    if m:
        lat, lon = float(m[1]), float(m[2])
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            raise QueryError(f"near {value!r}: latitude must be within ±90 and longitude within ±180")
        return lat, lon, f"{lat},{lon}"
    if not v or len(v) > 200:
        raise QueryError("near needs a place name or LAT,LON")
    from .geo.gazetteer import load_gazetteer

    found = load_gazetteer().cities(v)
    if not found:
        raise QueryError(f"near {value!r}: no such place in the gazetteer (give LAT,LON instead)")
    c = found[0]
    return c.lat, c.lon, f"{c.name} ({c.country or '?'})"


def resolve_actor_ids(name: str, settings: Settings | None = None) -> list[str]:
    """Actor ids a name stands for: itself (an id), and every knowledge-base actor with that
    name or alias."""
    ids = [name]
    try:
        from .actors.kb import kb_sources, load_kb

        kb = load_kb(kb_sources(settings or Settings()))
        ids += [a.id for a in kb.lookup(name) if a.id != name]
    except Exception as exc:  # a broken user KB must not stop a query by id or stored name
        import logging
        logging.getLogger(__name__).warning("knowledge base not used for %r: %s", name, exc)
    return ids


def event_filter(*, types: Iterable[str] = (), actor: str | None = None, country: str | None = None,
                 since: str | None = None, until: str | None = None, near: str | None = None,
                 km: float | None = None, modalities: Iterable[str] = (), min_confidence: float | None = None,
                 article: str | None = None, cluster: str | None = None, located: bool = False,
                 reviewed: bool = False, include_wrong: bool = False,
                 settings: Settings | None = None) -> EventFilter:
    """Check and translate user-facing filters into an :class:`EventFilter`."""
    from .events.lexicon import PLOVER_TYPES

    types = [t.strip().upper() for t in types if t and t.strip()]
    bad = [t for t in types if t not in PLOVER_TYPES]
    if bad:
        raise QueryError(f"{', '.join(bad)} is not a PLOVER type; use one of {', '.join(PLOVER_TYPES)}")
    mods = [m.strip().lower() for m in modalities if m and m.strip()]
    bad = [m for m in mods if m not in MODALITIES and m != "all"]
    if bad:
        raise QueryError(f"{', '.join(bad)} is not a modality; use {', '.join(MODALITIES)} or all")
    if country is not None and country != "":
        if not re.fullmatch(r"[A-Za-z]{3}", country):
            raise QueryError(f"country {country!r} is not an ISO 3166-1 alpha-3 code (e.g. MLI)")
        country = country.upper()
    else:
        country = None
    since_day = parse_day(since, name="since") if since else None
    until_day = parse_day(until, end=True, name="until") if until else None
    if since_day and until_day and since_day > until_day:
        raise QueryError(f"since {since} is after until {until}")
    point = None
    if km is not None and not near:
        raise QueryError("km needs near (a place or LAT,LON)")
    if near:
        lat, lon, _ = parse_near(near)
        point = (lat, lon)
        if km is None:
            km = 50.0
        if not (0 < km <= 20040):
            raise QueryError(f"km {km} must be above 0 and at most 20040")
    if min_confidence is not None and not (0.0 <= min_confidence <= 1.0):
        raise QueryError(f"min confidence {min_confidence} must be between 0 and 1")
    actor = actor.strip() if actor else None
    return EventFilter(
        types=types or None, actor_ids=resolve_actor_ids(actor, settings) if actor else None,
        actor_name=actor or None, country=country, since=since_day, until=until_day, near=point, km=km,
        modalities=mods or None, min_confidence=min_confidence, article_id=article or None,
        cluster_id=cluster or None, located=located, reviewed=reviewed, include_wrong=include_wrong)


def aggregate_keys(by: str | Iterable[str] | None) -> list[str]:
    """"country,type,week" → ["country", "type", "week"], checked."""
    if by is None:
        return ["type"]
    parts = [p.strip().lower() for p in (by.split(",") if isinstance(by, str) else by) if p and p.strip()]
    bad = [p for p in parts if p not in AGGREGATE_KEYS]
    if bad:
        raise QueryError(f"cannot count by {', '.join(bad)}; use {', '.join(AGGREGATE_KEYS)}")
    if len([p for p in parts if p in ("day", "week", "month")]) > 1:
        raise QueryError("count by one of day, week or month, not several")
    if len(set(parts)) != len(parts):
        raise QueryError("a key is repeated in by")
    return parts or ["type"]


def find_kb_actor(name: str, settings: Settings | None = None) -> list[Any]:
    """Knowledge-base actors a name, alias, id or lone surname stands for."""
    from .actors.kb import kb_sources, load_kb
    from .actors.normalize import fold

    kb = load_kb(kb_sources(settings or Settings()))
    found = kb.lookup(name) or ([kb.actors[name]] if name in kb.actors else [])
    if not found:
        parts = fold(name).split()
        found = [kb.actors[i] for i in kb.by_surname.get(parts[-1], [])] if len(parts) == 1 else []
    return found


def actor_dossier(store: Store | None, actor_id: str, *, settings: Settings | None = None,
                  when: str | None = None, latest: int = 10) -> dict[str, Any] | None:
    """One actor's dossier: the knowledge base's profile (aliases, roles, affiliations,
    designations with sources) when it knows the actor, and what the database holds: mentions,
    events by type and by month, top counterparts, the latest events with evidence.
    None when neither knows the id."""
    from .actors.kb import actor_profile, kb_sources, load_kb

    kb = load_kb(kb_sources(settings or Settings()))
    kb_actor = kb.actors.get(actor_id)
    stored = store.actor_row(actor_id) if store is not None else None
    if kb_actor is None and stored is None:
        return None
    if kb_actor is not None:
        out = actor_profile(kb, kb_actor, when or date.today().isoformat())
        out["in_kb"] = True
    else:
        out = {**stored, "aliases": [], "role_now": None, "roles": [], "affiliations": [], "affiliated": [],
               "designations": [], "designated_now": [], "source": "found in the text (not in the knowledge base)",
               "as_of": None, "verified": False}
    if store is not None:
        out["in_database"] = store.actor_activity(actor_id, latest=latest)
    return out

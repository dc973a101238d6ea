"""Cross-article clustering: events from different articles about one happening share a
``cluster_id``.

It runs in the single writer, article by article in input order, so the clusters never
depend on timing or on how many workers coded the articles. An event joins the earliest
cluster whose events (from other articles, within the date window) can all be the same
happening as it (see :mod:`wirecoder.events.same`: same type, compatible actors, dates within
their precision plus ``slack_days``, places within ``max_km``) and one of which shares a
participant with it, or, when neither names a participant, was placed within ``max_km`` of
it. An unnamed group (a ``generic:`` actor) is shared only where no article's dateline puts the
two tellings far apart in one state. Otherwise it starts
its own cluster, named by its id. A cluster's independent sources are its articles with
syndicated near-duplicates counted once.
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date, timedelta

from ..events.same import actors_same, distance_km, why_not_same
from ..geo.toponyms import _capitals
from ..records import Actor, Article, Event, Place

#: how far apart two tellings' days may be (the day one outlet reports is often the next day)
SLACK_DAYS = 3
MAX_KM = 100.0


@dataclass(frozen=True)
class ClusterRules:
    slack_days: int = SLACK_DAYS
    max_km: float = MAX_KM


def assign_clusters(db: sqlite3.Connection, article: Article, rules: ClusterRules = ClusterRules()) -> None:
    """Set ``cluster_id`` on each of the article's events (inside the writer's transaction)."""
    for e in article.events:
        e.cluster_id = _find(db, article, e, rules) or e.id


def _window(e: Event, published: str | None, slack: int) -> tuple[str, str] | None:
    when = e.date if e.date and e.date_precision in {"day", "month", "year"} else published
    if not when:
        return None
    precision = e.date_precision if e.date and e.date_precision in {"month", "year"} else "day"
    try:
        if precision == "year":
            return f"{when[:4]}-01-01", f"{when[:4]}-12-31"
        if precision == "month":
            first = date.fromisoformat(when[:7] + "-01")
            return (first - timedelta(days=slack)).isoformat(), f"{when[:7]}-31"
        day = date.fromisoformat(when[:10])
    except ValueError:
        return None
    return (day - timedelta(days=slack)).isoformat(), (day + timedelta(days=slack)).isoformat()


def _find(db: sqlite3.Connection, article: Article, e: Event, rules: ClusterRules) -> str | None:
    window = _window(e, article.published, rules.slack_days)
    if window is None:
        return None
    # 1. candidate clusters: events of the type in the date window (two index-friendly
    # lookups: by the event's own date, by its article's publication) that could share a
    # participant with this one; 2. every member of those clusters, for the complete link
    lo, hi = window[0], window[1] + "\uffff"
    ids = [a.id for a in (e.source, e.target) if a is not None]
    countries = [a.country for a in (e.source, e.target) if a is not None and a.country]
    people = "(" + " OR ".join(
        ([f"e.source_actor_id IN ({_marks(ids)}) OR e.target_actor_id IN ({_marks(ids)})"] if ids else []) +
        ([f"s.country IN ({_marks(countries)}) OR t.country IN ({_marks(countries)})"] if countries else []) +
        (["(e.source_actor_id IS NULL AND e.target_actor_id IS NULL)"] if not ids else [])) + ")"
    people_params = ids * 2 + countries * 2
    base = ("SELECT e.cluster_id, min(e.rowid) AS first FROM events e "
            "LEFT JOIN actors s ON s.id = e.source_actor_id LEFT JOIN actors t ON t.id = e.target_actor_id ")
    dated = db.execute(
        base + "WHERE e.type = ? AND e.date >= ? AND e.date <= ? "
        "AND e.date_precision IN ('day', 'month', 'year') AND substr(e.date, 1, 10) BETWEEN ? AND ? "
        f"AND e.article_id != ? AND e.cluster_id IS NOT NULL AND {people} GROUP BY e.cluster_id",
        (e.type, lo, hi, lo, hi, article.id, *people_params)).fetchall()
    undated = db.execute(
        base + "WHERE e.type = ? AND e.article_published >= ? AND e.article_published <= ? "
        "AND (e.date IS NULL OR e.date_precision IS NULL OR e.date_precision NOT IN ('day', 'month', 'year')) "
        f"AND e.article_id != ? AND e.cluster_id IS NOT NULL AND {people} GROUP BY e.cluster_id",
        (e.type, lo, hi, article.id, *people_params)).fetchall()
    first: dict[str, int] = {}
    for row in dated + undated:
        first[row["cluster_id"]] = min(first.get(row["cluster_id"], row["first"]), row["first"])
    if not first:
        return None
    order = sorted(first, key=lambda c: (first[c], c))
    rows = db.execute(
        "SELECT e.*, s.name AS s_name, s.country AS s_country, s.kind AS s_kind, s.sector AS s_sector, "
        "t.name AS t_name, t.country AS t_country, t.kind AS t_kind, t.sector AS t_sector "
        # by cluster: left to itself the planner walks every event of the type instead
        "FROM events e INDEXED BY events_cluster LEFT JOIN actors s ON s.id = e.source_actor_id "
        f"LEFT JOIN actors t ON t.id = e.target_actor_id WHERE e.cluster_id IN ({_marks(order)}) "
        "AND e.article_id != ? AND e.type = ? ORDER BY e.rowid", (*order, article.id, e.type)).fetchall()
    members: dict[str, list[Event]] = {c: [] for c in order}
    for row in rows:
        members[row["cluster_id"]].append(_event_from(row))
    for cluster_id, others in members.items():
        # complete link: compatible with every member, so one loose telling (an article's
        # dateline, an unknown participant) cannot chain two happenings together
        if any(why_not_same(e, o, max_km=rules.max_km, slack_days=rules.slack_days) is not None for o in others):
            continue
        if any(_shares_participant(e, o, rules.max_km) or _co_located(e, o, rules.max_km) for o in others):
            return cluster_id
    return None


def _generic(a: Actor) -> bool:
    return a.id.startswith("generic:")


def _shares_participant(a: Event, b: Event, max_km: float) -> bool:
    """A participant both tellings name: a named one (a person, an organisation, a state or
    its organs) is enough; an unnamed group ("gunmen", "residents", generic:NGA:REB) stands for
    any such group of its state, so it counts only where the two tellings' places do not
    disagree even by an article's dateline: "bandits" abducting villagers at Maru (Zamfara)
    are not the "gunmen" of a story datelined Kaduna, 230 km away, on the same day."""
    for x, y in ((a.source, b.source), (a.target, b.target)):
        if not actors_same(x, y):
            continue
        if not (_generic(x) or _generic(y)) or not _dateline_conflict(a.location, b.location, max_km):
            return True
    return False


def _dateline_conflict(pa: Place | None, pb: Place | None, max_km: float) -> bool:
    """An article's dateline (where the reporter was) and another telling's place lie far
    apart in one state. A dateline in another state or in the state's capital is a foreign
    or national bureau and says nothing."""
    if pa is None or pb is None or "article" not in (pa.precision, pb.precision):
        return False
    if not pa.country or pa.country != pb.country:
        return False
    for p in (pa, pb):
        cap = _capitals().get(p.country or "")
        if p.precision == "article" and cap and p.lat is not None and p.lon is not None \
                and distance_km(p.lat, p.lon, cap[0], cap[1]) <= 25:
            return False
    if pa.admin1 and pb.admin1 and pa.admin1 != pb.admin1 and "country" not in (pa.precision, pb.precision):
        return True
    if None in (pa.lat, pa.lon, pb.lat, pb.lon) or {"country", "region"} & {pa.precision, pb.precision}:
        return False
    return distance_km(pa.lat, pa.lon, pb.lat, pb.lon) > max_km


def _marks(values: list) -> str:
    return ",".join("?" * len(values))


def _co_located(a: Event, b: Event, max_km: float) -> bool:
    """Unnamed participants on both sides: the same place is what ties them."""
    if any(x is not None for x in (a.source, a.target, b.source, b.target)):
        return False
    pa, pb = a.location, b.location
    if pa is None or pb is None or None in (pa.lat, pa.lon, pb.lat, pb.lon):
        return False
    return distance_km(pa.lat, pa.lon, pb.lat, pb.lon) <= max_km


def _event_from(row: sqlite3.Row) -> Event:
    def actor(key: str, p: str) -> Actor | None:
        if row[key] is None:
            return None
        return Actor(row[key], row[f"{p}_name"], row[f"{p}_country"], row[f"{p}_kind"], row[f"{p}_sector"])

    location = None
    if row["location_name"] is not None:
        location = Place(row["location_name"], row["location_country"], row["location_admin1"],
                         row["location_lat"], row["location_lon"], row["location_precision"])
    return Event(id=row["id"], article_id=row["article_id"], type=row["type"], mode=row["mode"],
                 source=actor("source_actor_id", "s"), target=actor("target_actor_id", "t"),
                 date=row["date"], date_end=row["date_end"], date_precision=row["date_precision"],
                 location=location, modality=row["modality"])

"""Read queries over the store: filtered events with cursor pagination, clusters, actor
dossiers, the actor network, aggregate counts, full-text search and deletion.

Every interface (the CLI, the REST API, the web UI) calls these, so their filters agree.
Every value reaches SQLite as a parameter; only fixed SQL fragments chosen from the code are
joined into the statements.
"""
from __future__ import annotations

import json
import math
import re
import sqlite3
from dataclasses import dataclass, field
from typing import Any, Iterator

#: Modalities left out unless asked for: the event did not (or may not) happen.
EXCLUDED_BY_DEFAULT = ("negated", "hypothetical")
MODALITIES = ("asserted", "claimed", "future", "historical", "denied", "negated", "hypothetical")
BUCKETS = ("day", "week", "month")
AGGREGATE_KEYS = ("country", "type") + BUCKETS



def _reviewed(col: str) -> str:
    """An event column as analysts' judgements left it (``event_reviews r``), else as coded."""
    return f"(CASE WHEN r.event_id IS NULL THEN e.{col} ELSE r.{col} END)"


TYPE, MODE, DATE = _reviewed("type"), _reviewed("mode"), _reviewed("date")
SOURCE, TARGET = _reviewed("source_actor_id"), _reviewed("target_actor_id")
#: The day an event is counted on: its own date (as reviewed), else its article's publication
#: date; a month or a year counts from its first day ("2023-11" → 2023-11-01).
_D = f"coalesce({DATE}, a.published)"
DAY = (f"(CASE length({_D}) WHEN 4 THEN {_D} || '-01-01' WHEN 7 THEN {_D} || '-01' "
       f"ELSE substr({_D}, 1, 10) END)")
#: One integer orders events (article ingest order, then event insertion) and is the cursor.
KEY = "(a.rowid * 4294967296 + e.rowid)"
_BUCKET_SQL = {"day": DAY, "week": f"date({DAY}, '-6 days', 'weekday 1')", "month": f"substr({DAY}, 1, 7)"}
_EVENT_FROM = (
    "FROM events e JOIN articles a ON a.id = e.article_id LEFT JOIN event_reviews r ON r.event_id = e.id "
    f"LEFT JOIN actors s ON s.id = {SOURCE} LEFT JOIN actors t ON t.id = {TARGET}")
_EVENT_COLUMNS = (
    f"e.*, {KEY} AS ekey, {DAY} AS day, a.published AS published, a.title AS article_title, "
    "a.url AS article_url, a.source AS article_source, "
    "s.name AS source_name, s.country AS source_country, s.kind AS source_kind, s.sector AS source_sector, "
    "t.name AS target_name, t.country AS target_country, t.kind AS target_kind, t.sector AS target_sector, "
    f"{TYPE} AS r_type, {MODE} AS r_mode, {SOURCE} AS r_source, {TARGET} AS r_target, {DATE} AS r_date, "
    "r.event_id AS r_event, r.status AS review_status, r.location AS r_location, r.coded AS r_coded, "
    "r.judgements AS r_judgements")


@dataclass
class EventFilter:
    """Which events a query returns. Unset fields do not filter.

    ``modalities`` None leaves out negated and hypothetical events; ``("all",)`` keeps every
    modality. ``country`` (ISO3) matches the event's location or either actor's country.
    ``since``/``until`` (ISO dates, inclusive) apply to the event's date, else the article's
    publication date. ``near`` is (lat, lon) with ``km`` its radius. Analysts' judgements
    apply: type, actors and date are the reviewed ones; events judged wrong are left out
    unless ``include_wrong``; ``reviewed`` keeps only events an analyst reviewed.
    """

    types: list[str] | None = None
    actor_ids: list[str] | None = None
    actor_name: str | None = None
    country: str | None = None
    since: str | None = None
    until: str | None = None
    near: tuple[float, float] | None = None
    km: float | None = None
    modalities: list[str] | None = None
    min_confidence: float | None = None
    article_id: str | None = None
    cluster_id: str | None = None
    located: bool = False
    reviewed: bool = False
    include_wrong: bool = False

    def modality_where(self) -> list[tuple[str, list[Any]]]:
        if self.modalities is None:
            return [(f"e.modality NOT IN ({_marks(EXCLUDED_BY_DEFAULT)})", list(EXCLUDED_BY_DEFAULT))]
        if "all" not in self.modalities:
            return [(f"e.modality IN ({_marks(self.modalities)})", list(self.modalities))]
        return []

    def where(self) -> list[tuple[str, list[Any]]]:
        """Parameterised WHERE clauses over ``events e``, ``articles a``, ``actors s`` and ``t``."""
        out: list[tuple[str, list[Any]]] = []
        if self.types:
            out.append((f"{TYPE} IN ({_marks(self.types)})", [t.upper() for t in self.types]))
        out += self.modality_where()
        if self.reviewed:
            out.append(("r.status IS NOT NULL", []))
        if not self.include_wrong:
            out.append(("(r.status IS NULL OR r.status != 'wrong')", []))
        if self.actor_ids or self.actor_name:
            clause, params = [], []
            if self.actor_ids:
                marks = _marks(self.actor_ids)
                clause.append(f"{SOURCE} IN ({marks}) OR {TARGET} IN ({marks})")
                params += list(self.actor_ids) * 2
            if self.actor_name:  # a stored actor's name, any case (actors_name index)
                named = "SELECT id FROM actors WHERE name = ? COLLATE NOCASE"
                clause.append(f"e.source_actor_id IN ({named}) OR e.target_actor_id IN ({named})")
                params += [self.actor_name] * 2
            out.append(("(" + " OR ".join(clause) + ")", params))
        if self.country:
            c = self.country.upper()
            out.append(("(e.location_country = ? OR s.country = ? OR t.country = ?)", [c, c, c]))
        if self.since:
            out.append((f"{DAY} >= ?", [self.since]))
        if self.until:
            out.append((f"{DAY} <= ?", [self.until]))
        if self.near is not None:
            lat, lon = self.near
            km = self.km if self.km is not None else 50.0
            dlat = km / 111.0
            out.append(("e.location_lat BETWEEN ? AND ? AND e.location_lon IS NOT NULL "
                        "AND wc_distance_km(e.location_lat, e.location_lon, ?, ?) <= ?",
                        [lat - dlat, lat + dlat, lat, lon, km]))
        if self.located:
            out.append(("e.location_lat IS NOT NULL AND e.location_lon IS NOT NULL", []))
        if self.min_confidence is not None:
            out.append(("e.confidence >= ?", [self.min_confidence]))
        if self.article_id:
            out.append(("e.article_id = ?", [self.article_id]))
        if self.cluster_id:
            out.append(("e.cluster_id = ?", [self.cluster_id]))
        return out


@dataclass
class Page:
    """One page of rows and the cursor of the next page (None on the last)."""

    rows: list[dict[str, Any]]
    next: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


def distance_km(lat1: float | None, lon1: float | None, lat2: float, lon2: float) -> float | None:
    """Great-circle distance (haversine, mean Earth radius) in kilometres."""
    if lat1 is None or lon1 is None:
        return None
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(h)))


def register_functions(db: sqlite3.Connection) -> None:
    db.create_function("wc_distance_km", 4, distance_km, deterministic=True)


def _marks(values: Any) -> str:
    return ",".join("?" * len(values))


def _where_sql(filters: list[tuple[str, list[Any]]]) -> tuple[str, list[Any]]:
    if not filters:
        return "", []
    return " WHERE " + " AND ".join(c for c, _ in filters), [p for _, ps in filters for p in ps]


def parse_cursor(cursor: str | None) -> int | None:
    """A page cursor is the last row's order key, a non-negative integer in a string."""
    if cursor is None or cursor == "":
        return None
    if not re.fullmatch(r"\d{1,19}", cursor):
        from ..errors import QueryError
        raise QueryError(f"cursor {cursor!r} is not one this server gave out")
    return int(cursor)


def event_row(r: sqlite3.Row | dict[str, Any]) -> dict[str, Any]:
    """One event as every interface returns it: the Event record's fields plus the article's
    date, title and URL, and the counting ``day``."""
    r = dict(r)

    def actor(prefix: str, key: str) -> dict[str, Any] | None:
        if r[key] is None:
            return None
        return {"id": r[key], "name": r[f"{prefix}_name"], "country": r[f"{prefix}_country"],
                "kind": r[f"{prefix}_kind"], "sector": r[f"{prefix}_sector"]}

    def pair(prefix: str) -> list[int] | None:
        return [r[f"{prefix}_start"], r[f"{prefix}_end"]] if r[f"{prefix}_start"] is not None else None

    location = None
    reviewed = r.get("r_event") is not None
    if reviewed:
        location = json.loads(r["r_location"]) if r["r_location"] else None
        r.update(type=r["r_type"], mode=r["r_mode"], source_actor_id=r["r_source"],
                 target_actor_id=r["r_target"], date=r["r_date"])
    elif r["location_name"] is not None or r["location_lat"] is not None:
        location = {"name": r["location_name"], "country": r["location_country"], "admin1": r["location_admin1"],
                    "lat": r["location_lat"], "lon": r["location_lon"], "precision": r["location_precision"],
                    "geonameid": r["location_geonameid"]}
    row = {
        "id": r["id"], "article_id": r["article_id"], "published": r["published"], "day": r.get("day"),
        "type": r["type"], "mode": r["mode"], "context": r["context"],
        "source": actor("source", "source_actor_id"), "target": actor("target", "target_actor_id"),
        "date": r["date"], "date_end": r["date_end"], "date_precision": r["date_precision"],
        "date_qualifier": r.get("date_qualifier"), "date_text": r["date_text"], "location": location,
        "quantities": json.loads(r["quantities"]) if r["quantities"] else [],
        "attribution": json.loads(r["attribution"]) if r["attribution"] else None,
        "modality": r["modality"], "confidence": r["confidence"], "trigger": r["trigger"],
        "evidence": r["evidence"], "evidences": json.loads(r["evidences"]) if r.get("evidences") else [],
        "span": pair("span"), "trigger_span": pair("trigger"),
        "source_span": pair("source"), "target_span": pair("target"),
        "caption": bool(r["caption"]), "cluster_id": r["cluster_id"], "pattern": r["pattern"],
        "pipeline_version": r["pipeline_version"],
        "article_title": r.get("article_title"), "article_url": r.get("article_url"),
        "reviewed": r.get("review_status") is not None, "review_status": r.get("review_status"),
        "judgements": json.loads(r["r_judgements"]) if r.get("r_judgements") else [],
        "coded": json.loads(r["r_coded"]) if r.get("r_coded") else {},
    }
    return row


class QueryMixin:
    """The read side of :class:`wirecoder.store.Store` (``self.db`` is its connection)."""

    db: sqlite3.Connection

    # -- events ----------------------------------------------------------------------------
    def event_page(self, flt: EventFilter, *, limit: int | None = 100, cursor: str | None = None,
                   clusters: bool = False) -> Page:
        """Events in article order, ``limit`` at a time; ``next`` continues after the last.

        With ``clusters`` each happening (events of one type sharing a ``cluster_id``; an
        event without one stands alone) that has a matching event is one row, in the order of
        its first matching event: its best-told event (most participants, then confidence)
        with ``events``, ``articles``, ``sources`` (independent: near-duplicates count once),
        ``first_date``, ``last_date`` and ``outlets`` over the happening's events of the
        counted modalities."""
        if clusters:
            return self._cluster_page(flt, limit, parse_cursor(cursor))
        after = parse_cursor(cursor)
        where, params = _where_sql(flt.where())
        sql = f"SELECT {_EVENT_COLUMNS} {_EVENT_FROM}{where}"
        if after is not None:
            sql += (" AND " if where else " WHERE ") + f"{KEY} > ?"
            params.append(after)
        sql += " ORDER BY ekey"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit + 1)
        rows = self.db.execute(sql, params).fetchall()
        more = limit is not None and len(rows) > limit
        rows = rows[:limit] if limit is not None else rows
        return Page([event_row(r) for r in rows], str(rows[-1]["ekey"]) if more and rows else None)

    def _cluster_page(self, flt: EventFilter, limit: int | None, after: int | None) -> Page:
        where, params = _where_sql(flt.where())
        sql = (f"SELECT coalesce(e.cluster_id, e.id) AS ck, e.type AS ty, min({KEY}) AS ekey, "
               f"min(e.cluster_id) IS NULL AS lone {_EVENT_FROM}{where} GROUP BY ck, ty")
        if after is not None:
            sql += " HAVING ekey > ?"
            params.append(after)
        sql += " ORDER BY ekey"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit + 1)
        groups = self.db.execute(sql, params).fetchall()
        more = limit is not None and len(groups) > limit
        groups = groups[:limit] if limit is not None else groups
        mod_where, mod_params = _where_sql(flt.modality_where())
        mod_and = mod_where.replace(" WHERE ", " AND ", 1)
        out = []
        for g in groups:
            # one index probe (cluster id, or event id for a lone event); "+e.type" keeps the
            # planner off the far less selective type index
            same = ("e.id = ? AND e.cluster_id IS NULL" if g["lone"] else "e.cluster_id = ?") + " AND +e.type = ?"
            key = [g["ck"], g["ty"]]
            stats = self.db.execute(
                f"SELECT count(*) AS events, count(DISTINCT e.article_id) AS articles, "
                f"count(DISTINCT coalesce(a.duplicate_of, a.id)) AS sources, min({DAY}) AS first_date, "
                f"max({DAY}) AS last_date, group_concat(DISTINCT a.source) AS outlets "
                f"{_EVENT_FROM} WHERE {same}{mod_and}",
                key + mod_params).fetchone()
            best = self.db.execute(
                f"SELECT {_EVENT_COLUMNS} {_EVENT_FROM} WHERE {same}{mod_and} ORDER BY "
                "(e.source_actor_id IS NOT NULL) + (e.target_actor_id IS NOT NULL) DESC, e.confidence DESC, ekey "
                "LIMIT 1", key + mod_params).fetchone()
            if best is None:  # only events of excluded modalities matched (an explicit --modality)
                best = self.db.execute(f"SELECT {_EVENT_COLUMNS} {_EVENT_FROM} WHERE {same} ORDER BY ekey LIMIT 1",
                                       key).fetchone()
            row = event_row(best)
            row.update({"cluster_id": g["ck"], "event_id": row["id"], "events": stats["events"] or 1,
                        "articles": stats["articles"] or 1, "sources": stats["sources"] or 1,
                        "first_date": stats["first_date"], "last_date": stats["last_date"],
                        "outlets": stats["outlets"]})
            out.append(row)
        return Page(out, str(groups[-1]["ekey"]) if more and groups else None)

    def iter_events(self, flt: EventFilter, *, clusters: bool = False, limit: int | None = None,
                    page_size: int = 500) -> Iterator[dict[str, Any]]:
        """Every matching event (or cluster), page by page, at most ``limit``."""
        cursor, n = None, 0
        while True:
            size = page_size if limit is None else min(page_size, limit - n)
            if size <= 0:
                return
            page = self.event_page(flt, limit=size, cursor=cursor, clusters=clusters)
            for row in page.rows:
                yield row
                n += 1
            if page.next is None:
                return
            cursor = page.next

    def event(self, event_id: str) -> dict[str, Any] | None:
        row = self.db.execute(f"SELECT {_EVENT_COLUMNS} {_EVENT_FROM} WHERE e.id = ?", (event_id,)).fetchone()
        return event_row(row) if row else None

    def latest_events(self, flt: EventFilter, limit: int = 10) -> list[dict[str, Any]]:
        where, params = _where_sql(flt.where())
        rows = self.db.execute(f"SELECT {_EVENT_COLUMNS} {_EVENT_FROM}{where} ORDER BY day DESC, ekey DESC LIMIT ?",
                               params + [limit]).fetchall()
        return [event_row(r) for r in rows]

    # -- counts ----------------------------------------------------------------------------
    def aggregate(self, flt: EventFilter, by: list[str]) -> list[dict[str, Any]]:
        """Event counts grouped by ``by`` (country, type, day, week, month); ``country`` is the
        event's location country, else its source actor's."""
        if not by:
            by = ["type"]
        exprs = []
        for key in by:
            if key == "country":
                exprs.append("coalesce(e.location_country, s.country)")
            elif key == "type":
                exprs.append(TYPE)
            elif key in _BUCKET_SQL:
                exprs.append(_BUCKET_SQL[key])
            else:
                from ..errors import QueryError
                raise QueryError(f"cannot count by {key!r}; use {', '.join(AGGREGATE_KEYS)}")
        where, params = _where_sql(flt.where())
        cols = ", ".join(f"{x} AS k{i}" for i, x in enumerate(exprs))
        groups = ", ".join(f"k{i}" for i in range(len(exprs)))
        sql = f"SELECT {cols}, count(*) AS n {_EVENT_FROM}{where} GROUP BY {groups} ORDER BY {groups}"
        return [{**{key: r[f"k{i}"] for i, key in enumerate(by)}, "count": r["n"]}
                for r in self.db.execute(sql, params)]

    def graph(self, flt: EventFilter, *, max_edges: int = 500) -> dict[str, list[dict[str, Any]]]:
        """The actor network: one edge per (source, target, type) with its event count, the
        ``max_edges`` heaviest; nodes are the actors on those edges."""
        filters = flt.where() + [(f"{SOURCE} IS NOT NULL AND {TARGET} IS NOT NULL AND {SOURCE} != {TARGET}", [])]
        where, params = _where_sql(filters)
        rows = self.db.execute(
            f"SELECT {SOURCE} AS src, {TARGET} AS tgt, {TYPE} AS type, count(*) AS n "
            f"{_EVENT_FROM}{where} GROUP BY 1, 2, 3 ORDER BY n DESC, 1, 2, 3 LIMIT ?",
            params + [max_edges]).fetchall()
        edges = [{"source": r["src"], "target": r["tgt"], "type": r["type"], "count": r["n"]} for r in rows]
        weight: dict[str, int] = {}
        for e in edges:
            weight[e["source"]] = weight.get(e["source"], 0) + e["count"]
            weight[e["target"]] = weight.get(e["target"], 0) + e["count"]
        nodes = []
        ids = list(weight)
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            for r in self.db.execute(f"SELECT id, name, country, kind, sector FROM actors WHERE id IN ({_marks(chunk)})",
                                     chunk):
                nodes.append({**dict(r), "events": weight[r["id"]]})
        nodes.sort(key=lambda n: (-n["events"], n["id"]))
        return {"nodes": nodes, "edges": edges}

    # -- actors ----------------------------------------------------------------------------
    def actor_row(self, actor_id: str) -> dict[str, Any] | None:
        row = self.db.execute("SELECT id, name, country, kind, sector, in_kb FROM actors WHERE id = ?",
                              (actor_id,)).fetchone()
        return {**dict(row), "in_kb": bool(row["in_kb"])} if row else None

    def find_actors(self, q: str | None, *, limit: int = 50) -> list[dict[str, Any]]:
        """Stored actors whose name or id contains ``q`` (all when empty), with mention and
        event counts, most mentioned first."""
        sql = ("SELECT a.id, a.name, a.country, a.kind, a.sector, a.in_kb, "
               "(SELECT count(*) FROM mentions m WHERE m.actor_id = a.id) AS mentions, "
               "(SELECT count(*) FROM events e WHERE e.source_actor_id = a.id OR e.target_actor_id = a.id) AS events "
               "FROM actors a")
        params: list[Any] = []
        if q:
            like = "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            sql += " WHERE a.name LIKE ? ESCAPE '\\' OR a.id LIKE ? ESCAPE '\\'"
            params += [like, like]
        sql += " ORDER BY mentions DESC, events DESC, a.name LIMIT ?"
        return [{**dict(r), "in_kb": bool(r["in_kb"])} for r in self.db.execute(sql, params + [limit])]

    def actor_activity(self, actor_id: str, *, latest: int = 10, counterparts: int = 10) -> dict[str, Any]:
        """What the stored articles say about one actor: mentions, events by type and month,
        top counterparts both ways, and the latest events with their evidence."""
        flt = EventFilter(actor_ids=[actor_id])
        where, params = _where_sql(flt.where())
        by_type = {r[0]: r[1] for r in self.db.execute(
            f"SELECT {TYPE}, count(*) {_EVENT_FROM}{where} GROUP BY 1 ORDER BY 2 DESC, 1", params)}
        by_month = [{"month": r[0], "type": r[1], "count": r[2]} for r in self.db.execute(
            f"SELECT substr({DAY}, 1, 7), {TYPE}, count(*) {_EVENT_FROM}{where} GROUP BY 1, 2 ORDER BY 1, 2", params)]
        rows = self.db.execute(
            "SELECT other, sum(out_n) AS as_source, sum(in_n) AS as_target, sum(out_n + in_n) AS total FROM ("
            "  SELECT e.target_actor_id AS other, 1 AS out_n, 0 AS in_n FROM events e "
            "  WHERE e.source_actor_id = ? AND e.target_actor_id IS NOT NULL AND e.modality NOT IN (?, ?) "
            "  UNION ALL SELECT e.source_actor_id, 0, 1 FROM events e "
            "  WHERE e.target_actor_id = ? AND e.source_actor_id IS NOT NULL AND e.modality NOT IN (?, ?)"
            ") WHERE other != ? GROUP BY other ORDER BY total DESC, other LIMIT ?",
            (actor_id, *EXCLUDED_BY_DEFAULT, actor_id, *EXCLUDED_BY_DEFAULT, actor_id, counterparts)).fetchall()
        others = []
        for r in rows:
            info = self.actor_row(r["other"]) or {"id": r["other"], "name": r["other"]}
            others.append({"id": info["id"], "name": info["name"], "country": info.get("country"),
                           "kind": info.get("kind"), "as_source": r["as_source"], "as_target": r["as_target"],
                           "total": r["total"]})
        m = self.db.execute("SELECT count(*), count(DISTINCT article_id) FROM mentions WHERE actor_id = ?",
                            (actor_id,)).fetchone()
        return {"mentions": m[0], "articles": m[1], "events": by_type, "events_by_month": by_month,
                "counterparts": others, "latest_events": self.latest_events(flt, latest)}

    # -- articles ----------------------------------------------------------------------------
    def article_page(self, *, limit: int = 100, cursor: str | None = None, source: str | None = None,
                     language: str | None = None) -> Page:
        """Article summaries (no text) in ingest order, ``limit`` at a time."""
        after = parse_cursor(cursor)
        filters: list[tuple[str, list[Any]]] = []
        if source is not None:
            filters.append(("a.source = ?", [source]))
        if language is not None:
            filters.append(("a.language = ?", [language]))
        if after is not None:
            filters.append(("a.rowid > ?", [after]))
        where, params = _where_sql(filters)
        rows = self.db.execute(
            "SELECT a.rowid AS k, a.id, a.title, a.source, a.url, a.published, a.language, a.duplicate_of, "
            "(SELECT count(*) FROM mentions m WHERE m.article_id = a.id) AS mentions, "
            f"(SELECT count(*) FROM events e WHERE e.article_id = a.id) AS events FROM articles a{where} "
            "ORDER BY a.rowid LIMIT ?", params + [limit + 1]).fetchall()
        more = len(rows) > limit
        rows = rows[:limit]
        out = [{k: r[k] for k in r.keys() if k != "k"} for r in rows]
        return Page(out, str(rows[-1]["k"]) if more and rows else None)

    # -- search ----------------------------------------------------------------------------
    def search(self, text: str, *, limit: int = 20) -> dict[str, list[dict[str, Any]]]:
        """Articles whose title, text or captions hold every word of ``text`` (FTS5, best
        first, with a snippet), and the events of those articles whose evidence holds them."""
        from ..errors import QueryError

        terms = re.findall(r"\w+", text or "")
        if not terms:
            raise QueryError("search text has no words")
        if len(terms) > 32:
            raise QueryError("search text has more than 32 words")
        match = " ".join('"' + t.replace('"', '""') + '"' for t in terms)
        rows = self.db.execute(
            "SELECT a.id, a.title, a.source, a.published, "
            "snippet(articles_fts, 1, char(2), char(3), '…', 16) AS snip "
            "FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid "
            "WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?", (match, limit)).fetchall()
        articles = []
        for r in rows:
            snippet, marks = _unmark(r["snip"] or "")
            articles.append({"id": r["id"], "title": r["title"], "source": r["source"], "published": r["published"],
                             "snippet": snippet, "matches": marks})
        events: list[dict[str, Any]] = []
        if articles:
            ids = [a["id"] for a in articles]
            likes = [("e.evidence LIKE ? ESCAPE '\\'",
                      ["%" + t.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"]) for t in terms]
            flt = [(f"e.article_id IN ({_marks(ids)})", ids)] + likes
            where, params = _where_sql(flt)
            events = [event_row(r) for r in self.db.execute(
                f"SELECT {_EVENT_COLUMNS} {_EVENT_FROM}{where} ORDER BY ekey LIMIT ?", params + [limit * 5])]
        return {"articles": articles, "events": events}

    # -- deleting --------------------------------------------------------------------------
    def delete_article(self, article_id: str) -> dict[str, Any] | None:
        """Remove one article with its mentions and events in one transaction; copies that
        were linked to it as duplicates are relinked to the earliest remaining copy, and
        actors nothing refers to any more are dropped. None when there is no such article."""
        db = self.db
        db.execute("BEGIN IMMEDIATE")
        try:
            if db.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone() is None:
                db.execute("ROLLBACK")
                return None
            mentions = db.execute("SELECT count(*) FROM mentions WHERE article_id = ?", (article_id,)).fetchone()[0]
            events = db.execute("SELECT count(*) FROM events WHERE article_id = ?", (article_id,)).fetchone()[0]
            actors = [r[0] for r in db.execute(
                "SELECT actor_id FROM mentions WHERE article_id = ? AND actor_id IS NOT NULL "
                "UNION SELECT source_actor_id FROM events WHERE article_id = ? AND source_actor_id IS NOT NULL "
                "UNION SELECT target_actor_id FROM events WHERE article_id = ? AND target_actor_id IS NOT NULL",
                (article_id,) * 3)]
            copies = [r[0] for r in db.execute(
                "SELECT id FROM articles WHERE duplicate_of = ? ORDER BY rowid", (article_id,))]
            db.execute("DELETE FROM articles WHERE id = ?", (article_id,))
            if copies:
                db.execute("UPDATE articles SET duplicate_of = NULL, duplicate_score = NULL WHERE id = ?", (copies[0],))
                if len(copies) > 1:
                    rest = copies[1:]
                    db.execute(f"UPDATE articles SET duplicate_of = ? WHERE id IN ({_marks(rest)})", [copies[0], *rest])
            dropped = 0
            for actor_id in actors:
                dropped += db.execute(
                    "DELETE FROM actors WHERE id = ? AND NOT EXISTS (SELECT 1 FROM mentions WHERE actor_id = ?) "
                    "AND NOT EXISTS (SELECT 1 FROM events WHERE source_actor_id = ? OR target_actor_id = ?)",
                    (actor_id,) * 4).rowcount
            db.execute("COMMIT")
        except BaseException:
            if db.in_transaction:
                db.execute("ROLLBACK")
            raise
        return {"id": article_id, "mentions": mentions, "events": events, "actors_dropped": dropped,
                "relinked_copies": copies}


def _unmark(snippet: str) -> tuple[str, list[list[int]]]:
    """Split FTS5 snippet markers (char 2 and 3) out: plain text and [start, end] matches."""
    out, marks, start = [], [], None
    n = 0
    for ch in snippet:
        if ch == "\x02":
            start = n
        elif ch == "\x03":
            if start is not None:
                marks.append([start, n])
            start = None
        else:
            out.append(ch)
            n += 1
    return "".join(out), marks

"""The store: one SQLite file (WAL), the only writer of results.

Each article is written in its own transaction with its mentions, actors and events: an
interrupted run keeps what it committed, never half an article, and a re-run completes it.
Duplicate linking runs here, in input order, so results never depend on timing.
"""
from __future__ import annotations

import json
import logging
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterator

from .. import PIPELINE_VERSION
from ..errors import StoreError
from ..records import Actor, Article, Event, Mention, Place
from .cluster import assign_clusters
from .dedup import band_hashes, containment, shingles
from .queries import EventFilter, Page, QueryMixin, register_functions
from .review import ReviewStore
from .schema import MIGRATIONS, SCHEMA_VERSION

log = logging.getLogger(__name__)

__all__ = ["Store", "WriteResult", "SCHEMA_VERSION", "EventFilter", "Page"]


@dataclass
class WriteResult:
    """What ``Store.write`` did: added, updated (same id, new text) or unchanged."""

    status: str
    article: Article


class Store(QueryMixin, ReviewStore):
    """An SQLite store. Use as a context manager or call :meth:`close`."""

    def __init__(self, path: str | Path = "wirecoder.db", *, near_duplicate_threshold: float = 0.8,
                 create: bool = True):
        self.path = str(path)
        self.threshold = near_duplicate_threshold
        if self.path != ":memory:":
            p = Path(self.path)
            if not create and not p.exists():
                raise StoreError(f"database {self.path} does not exist; create it with `wirecoder ingest`")
            if not p.parent.exists():
                raise StoreError(f"cannot create database {self.path}: folder {p.parent} does not exist")
        try:
            self.db = sqlite3.connect(self.path, isolation_level=None, timeout=30)
            self.db.row_factory = sqlite3.Row
            self.db.execute("PRAGMA busy_timeout = 30000")
            if self.path != ":memory:":
                self.db.execute("PRAGMA journal_mode = WAL")
            self.db.execute("PRAGMA synchronous = NORMAL")
            self.db.execute("PRAGMA foreign_keys = ON")
            register_functions(self.db)
            self._migrate()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"cannot open database {self.path}: {exc} (is it a wirecoder SQLite file?)") from None

    # -- lifecycle -----------------------------------------------------------------------
    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.db.close()

    def schema_version(self) -> int:
        has_meta = self.db.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='meta'").fetchone()
        if not has_meta:
            return 0
        row = self.db.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
        return int(row[0]) if row else 0

    def _migrate(self) -> None:
        current = self.schema_version()
        if current > SCHEMA_VERSION:
            raise StoreError(
                f"database {self.path} has schema version {current}, newer than this wirecoder "
                f"knows ({SCHEMA_VERSION}); upgrade wirecoder")
        for version, sql in MIGRATIONS:
            if version <= current:
                continue
            log.info("migrating %s to schema version %d", self.path, version)
            # executescript commits; wrap the migration and its version bump in one transaction
            self.db.executescript(
                "BEGIN IMMEDIATE;\n" + sql +
                f"\nINSERT OR REPLACE INTO meta(key, value) VALUES ('schema_version', '{version}');\nCOMMIT;")

    # -- writing -------------------------------------------------------------------------
    def write(self, article: Article, *, coded: bool = True) -> WriteResult:
        """Store one article with its mentions and events in one transaction.

        Sets ``article.duplicate_of`` and ``duplicate_score`` when an earlier article holds
        the same or nearly the same text. Re-writing the same id with the same text changes
        nothing; the same id with new text replaces the old version.
        """
        db = self.db
        db.execute("BEGIN IMMEDIATE")
        try:
            old = db.execute("SELECT content_hash FROM articles WHERE id = ?", (article.id,)).fetchone()
            if old is not None and old["content_hash"] == article.content_hash:
                db.execute("ROLLBACK")
                return WriteResult("unchanged", article)
            status = "added"
            if old is not None:
                db.execute("DELETE FROM articles WHERE id = ?", (article.id,))
                status = "updated"
            grams = shingles(article.text)
            bands = band_hashes(grams)
            self._link_duplicate(article, grams, bands)
            self._insert(article, bands, coded)
            self.reapply_reviews(article.id)
            db.execute("COMMIT")
        except BaseException:
            if db.in_transaction:
                db.execute("ROLLBACK")
            raise
        return WriteResult(status, article)

    def _link_duplicate(self, article: Article, grams: set[str], bands: list[int]) -> None:
        exact = self.db.execute(
            "SELECT id, duplicate_of FROM articles WHERE content_hash = ? ORDER BY rowid LIMIT 1",
            (article.content_hash,)).fetchone()
        if exact is not None:
            article.duplicate_of = exact["duplicate_of"] or exact["id"]
            article.duplicate_score = 1.0
            return
        clauses = " OR ".join("(band = ? AND hash = ?)" for _ in bands)
        params: list[Any] = [v for pair in enumerate(bands) for v in pair]
        rows = self.db.execute(
            f"SELECT DISTINCT a.id, a.text, a.duplicate_of, a.rowid FROM article_lsh l "
            f"JOIN articles a ON a.id = l.article_id WHERE {clauses} ORDER BY a.rowid", params).fetchall()
        best: tuple[float, str] | None = None
        for row in rows:
            score = containment(grams, shingles(row["text"]))
            if score >= self.threshold and (best is None or score > best[0]):
                best = (score, row["duplicate_of"] or row["id"])
        if best is not None:
            article.duplicate_score = round(best[0], 4)
            article.duplicate_of = best[1]

    def _insert(self, a: Article, bands: list[int], coded: bool) -> None:
        db = self.db
        db.execute(
            "INSERT INTO articles (id, title, source, url, author, published, published_precision, "
            "published_origin, text, captions, language, coded, duplicate_of, duplicate_score, "
            "content_hash, origin, pipeline_version, ingested_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (a.id, a.title, a.source, a.url, a.author, a.published, a.published_precision,
             a.published_origin, a.text, json.dumps(a.captions, ensure_ascii=False), a.language,
             int(coded), a.duplicate_of, a.duplicate_score, a.content_hash, a.origin,
             a.pipeline_version or PIPELINE_VERSION, datetime.now(timezone.utc).isoformat(timespec="seconds")),
        )
        db.executemany("INSERT INTO article_lsh (band, hash, article_id) VALUES (?, ?, ?)",
                       [(b, h, a.id) for b, h in enumerate(bands)])
        self._insert_coding(a)

    def _insert_coding(self, a: Article) -> None:
        db = self.db
        assign_clusters(db, a)
        # one statement per table and article: a news article has dozens of mentions
        actors: dict[str, Actor] = {}
        for x in [*(m.actor for m in a.mentions), *(x for e in a.events for x in (e.source, e.target))]:
            if x is not None:
                actors.setdefault(x.id, x)  # the first telling of an actor names it, as before
        db.executemany(
            "INSERT INTO actors (id, name, country, kind, sector, in_kb) VALUES (?, ?, ?, ?, ?, ?) "
            "ON CONFLICT(id) DO NOTHING", [_actor_values(x) for x in actors.values()])
        db.executemany(
            'INSERT INTO mentions (article_id, start, "end", text, label, actor_id, place_name, '
            "place_country, place_admin1, place_lat, place_lon, place_precision, place_geonameid, "
            "place_qualifier, resolution) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(a.id, m.start, m.end, m.text, m.label, m.actor.id if m.actor else None, *(_place_values(m.place)),
              json.dumps(m.resolution, ensure_ascii=False) if m.resolution is not None else None)
             for m in a.mentions])
        db.executemany(
            "INSERT INTO events (id, article_id, type, mode, context, source_actor_id, "
            "target_actor_id, date, date_end, date_precision, date_text, location_name, "
            "location_country, location_admin1, location_lat, location_lon, location_precision, "
            "location_geonameid, location_qualifier, quantities, attribution, modality, confidence, evidence, "
            "span_start, span_end, trigger_start, trigger_end, source_start, source_end, "
            "target_start, target_end, caption, cluster_id, pipeline_version, trigger, pattern, evidences, date_qualifier, "
            "article_published) VALUES (" + ", ".join("?" * 40) + ")",
            [(e.id, a.id, e.type, e.mode, e.context, e.source.id if e.source else None,
              e.target.id if e.target else None, e.date, e.date_end,
              e.date_precision, e.date_text, *_place_values(e.location),
              json.dumps(e.quantities, ensure_ascii=False),
              json.dumps(e.attribution, ensure_ascii=False) if e.attribution is not None else None,
              e.modality, e.confidence, e.evidence, *_span(e.span), *_span(e.trigger_span),
              *_span(e.source_span), *_span(e.target_span), int(e.caption), e.cluster_id,
              e.pipeline_version or PIPELINE_VERSION, e.trigger, e.pattern,
              json.dumps(e.evidences, ensure_ascii=False), e.date_qualifier, a.published)
             for e in a.events])

    def replace_coding(self, article: Article) -> None:
        """Swap an article's mentions and events for newly coded ones, atomically."""
        db = self.db
        db.execute("BEGIN IMMEDIATE")
        try:
            db.execute("DELETE FROM events WHERE article_id = ?", (article.id,))
            db.execute("DELETE FROM mentions WHERE article_id = ?", (article.id,))
            db.execute("UPDATE articles SET pipeline_version = ?, coded = 1 WHERE id = ?",
                       (article.pipeline_version or PIPELINE_VERSION, article.id))
            self._insert_coding(article)
            self.reapply_reviews(article.id)
            db.execute("COMMIT")
        except BaseException:
            if db.in_transaction:
                db.execute("ROLLBACK")
            raise

    def articles_to_recode(self, current_version: str, *, everything: bool = False,
                           coded_by: str | None = None) -> list[str]:
        """Ids of coded articles whose coding came from another pipeline version."""
        sql, params = "SELECT id, pipeline_version FROM articles WHERE coded = 1", []
        if coded_by is not None:
            sql += " AND pipeline_version LIKE ?"
            params.append(coded_by + "%")
        ids = []
        for row in self.db.execute(sql + " ORDER BY rowid", params):
            if everything or row["pipeline_version"] != current_version:
                ids.append(row["id"])
        return ids

    def events(self, *, types: list[str] | None = None, actor_ids: list[str] | None = None,
               actor_name: str | None = None, modalities: list[str] | None = None,
               limit: int | None = None) -> Iterator[dict[str, Any]]:
        """Event rows with their actors' names and the article's date, in article order
        (a shortcut for :meth:`iter_events`; every modality unless ``modalities`` says)."""
        flt = EventFilter(types=types, actor_ids=actor_ids, actor_name=actor_name,
                          modalities=list(modalities) if modalities else ["all"])
        return self.iter_events(flt, limit=limit)

    def clusters(self, *, types: list[str] | None = None, modalities: list[str] | None = None,
                 actor_ids: list[str] | None = None, limit: int | None = None) -> Iterator[dict[str, Any]]:
        """One row per happening: its events across articles, how many independent sources told
        it (syndicated near-duplicates count once) and its best-told event's participants.
        Negated and hypothetical events are left out unless ``modalities`` asks for them."""
        filters: list[tuple[str, list[Any]]] = []
        if types:
            filters.append((f"e.type IN ({','.join('?' * len(types))})", [t.upper() for t in types]))
        if modalities:
            filters.append((f"e.modality IN ({','.join('?' * len(modalities))})", list(modalities)))
        else:
            filters.append(("e.modality NOT IN ('negated', 'hypothetical')", []))
        if actor_ids:
            marks = ",".join("?" * len(actor_ids))
            filters.append((f"e.cluster_id IN (SELECT cluster_id FROM events WHERE source_actor_id IN ({marks}) "
                            f"OR target_actor_id IN ({marks}))", list(actor_ids) * 2))
        sql = ("SELECT e.cluster_id, e.type, count(*) AS events, count(DISTINCT e.article_id) AS articles, "
               "count(DISTINCT coalesce(a.duplicate_of, a.id)) AS sources, "
               "min(coalesce(e.date, substr(a.published, 1, 10))) AS first_date, "
               "max(coalesce(e.date, substr(a.published, 1, 10))) AS last_date, "
               "group_concat(DISTINCT a.source) AS outlets, max(e.confidence) AS confidence "
               "FROM events e JOIN articles a ON a.id = e.article_id")
        rows = [dict(r) for r in self._select(sql, filters, "first_date, e.cluster_id", limit,
                                              group_by="e.cluster_id, e.type")]
        for r in rows:
            best = self.db.execute(
                "SELECT e.id, e.evidence, e.modality, e.location_name, s.name AS source, t.name AS target "
                "FROM events e LEFT JOIN actors s ON s.id = e.source_actor_id "
                "LEFT JOIN actors t ON t.id = e.target_actor_id WHERE e.cluster_id = ? AND e.type = ? "
                "ORDER BY (e.source_actor_id IS NOT NULL) + (e.target_actor_id IS NOT NULL) DESC, "
                "e.confidence DESC, e.rowid LIMIT 1", (r["cluster_id"], r["type"])).fetchone()
            r.update({"source": best["source"], "target": best["target"], "location": best["location_name"],
                      "event_id": best["id"], "evidence": best["evidence"]})
            yield r

    # -- reading -------------------------------------------------------------------------
    def _select(self, sql: str, filters: list[tuple[str, list[Any]]], order: str, limit: int | None,
                group_by: str | None = None) -> sqlite3.Cursor:
        """Run a listing query with parameterised filters, grouping, order and limit."""
        params: list[Any] = []
        if filters:
            sql += " WHERE " + " AND ".join(clause for clause, _ in filters)
            params = [p for _, ps in filters for p in ps]
        if group_by:
            sql += f" GROUP BY {group_by}"
        sql += f" ORDER BY {order}"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        return self.db.execute(sql, params)

    def article(self, article_id: str) -> Article | None:
        row = self.db.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()
        return self._load(row) if row else None

    def articles(self, *, limit: int | None = None, source: str | None = None,
                 language: str | None = None) -> Iterator[Article]:
        """Full article records (mentions and events included) in ingest order."""
        for row in self._select("SELECT * FROM articles", _article_filters(source, language), "rowid", limit):
            yield self._load(row)

    def article_summaries(self, *, limit: int | None = None, source: str | None = None,
                          language: str | None = None) -> Iterator[dict[str, Any]]:
        """One row per article with its mention and event counts (no text), for listings."""
        sql = ("SELECT id, title, source, published, language, duplicate_of, "
               "(SELECT count(*) FROM mentions m WHERE m.article_id = a.id) AS mentions, "
               "(SELECT count(*) FROM events e WHERE e.article_id = a.id) AS events FROM articles a")
        for row in self._select(sql, _article_filters(source, language), "rowid", limit):
            yield dict(row)

    def actor_summaries(self, *, limit: int | None = None, kind: str | None = None,
                        country: str | None = None) -> Iterator[dict[str, Any]]:
        """Actors with how many mentions and articles name them, most mentioned first."""
        sql = ("SELECT a.id, a.name, a.country, a.kind, a.sector, a.in_kb, count(m.id) AS mentions, "
               "count(DISTINCT m.article_id) AS articles FROM actors a "
               "LEFT JOIN mentions m ON m.actor_id = a.id")
        filters = []
        if kind is not None:
            filters.append(("a.kind = ?", [kind]))
        if country is not None:
            filters.append(("a.country = ?", [country.upper()]))
        for row in self._select(sql, filters, "mentions DESC, a.name", limit, group_by="a.id"):
            yield {**dict(row), "in_kb": bool(row["in_kb"])}

    def actor_counts(self, actor_id: str) -> dict[str, Any]:
        """How often the stored articles mention an actor, and its events by type."""
        row = self.db.execute("SELECT count(*), count(DISTINCT article_id) FROM mentions WHERE actor_id = ?",
                              (actor_id,)).fetchone()
        events = {r[0]: r[1] for r in self.db.execute(
            "SELECT type, count(*) FROM events WHERE (source_actor_id = ? OR target_actor_id = ?) "
            "AND modality NOT IN ('negated', 'hypothetical') GROUP BY type ORDER BY count(*) DESC",
            (actor_id, actor_id))}
        return {"mentions": row[0], "articles": row[1], "events": events}

    def _article_from_row(self, row: sqlite3.Row) -> Article:
        return Article(
            id=row["id"], text=row["text"], title=row["title"], source=row["source"], url=row["url"],
            author=row["author"], published=row["published"],
            published_precision=row["published_precision"], published_origin=row["published_origin"],
            captions=json.loads(row["captions"]), language=row["language"],
            duplicate_of=row["duplicate_of"], duplicate_score=row["duplicate_score"],
            content_hash=row["content_hash"], origin=row["origin"],
        )

    def _load(self, row: sqlite3.Row) -> Article:
        a = self._article_from_row(row)
        actors = self._actors_of(a.id)
        for m in self.db.execute('SELECT * FROM mentions WHERE article_id = ? ORDER BY start', (a.id,)):
            a.mentions.append(Mention(
                text=m["text"], start=m["start"], end=m["end"], label=m["label"],
                actor=actors.get(m["actor_id"]), place=_place_from(m, "place_"),
                resolution=json.loads(m["resolution"]) if m["resolution"] else None))
        for e in self.db.execute("SELECT * FROM events WHERE article_id = ? ORDER BY span_start, id", (a.id,)):
            a.events.append(Event(
                id=e["id"], article_id=a.id, type=e["type"], mode=e["mode"], context=e["context"],
                source=actors.get(e["source_actor_id"]), target=actors.get(e["target_actor_id"]),
                date=e["date"], date_end=e["date_end"], date_precision=e["date_precision"],
                date_qualifier=e["date_qualifier"],
                date_text=e["date_text"], location=_place_from(e, "location_"),
                quantities=json.loads(e["quantities"]),
                attribution=json.loads(e["attribution"]) if e["attribution"] else None,
                modality=e["modality"], confidence=e["confidence"], evidence=e["evidence"],
                span=_pair(e, "span"), trigger_span=_pair(e, "trigger"),
                source_span=_pair(e, "source"), target_span=_pair(e, "target"),
                caption=bool(e["caption"]), cluster_id=e["cluster_id"],
                pipeline_version=e["pipeline_version"], trigger=e["trigger"], pattern=e["pattern"],
                evidences=json.loads(e["evidences"])))
        return a

    def _actors_of(self, article_id: str) -> dict[str, Actor]:
        rows = self.db.execute(
            "SELECT * FROM actors WHERE id IN (SELECT actor_id FROM mentions WHERE article_id = ? "
            "UNION SELECT source_actor_id FROM events WHERE article_id = ? "
            "UNION SELECT target_actor_id FROM events WHERE article_id = ?)",
            (article_id, article_id, article_id))
        return {r["id"]: Actor(r["id"], r["name"], r["country"], r["kind"], r["sector"]) for r in rows}

    def stats(self) -> dict[str, Any]:
        q = lambda sql, *p: self.db.execute(sql, p).fetchone()[0]  # noqa: E731
        by_language = {(r[0] or "undetected"): r[1] for r in self.db.execute(
            "SELECT language, count(*) FROM articles GROUP BY language ORDER BY count(*) DESC")}
        return {
            "database": self.path,
            "schema_version": self.schema_version(),
            "articles": q("SELECT count(*) FROM articles"),
            "coded": q("SELECT count(*) FROM articles WHERE coded = 1"),
            "not_coded_language": q("SELECT count(*) FROM articles WHERE coded = 0"),
            "duplicates": q("SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL"),
            "by_language": by_language,
            "with_published": q("SELECT count(*) FROM articles WHERE published IS NOT NULL"),
            "published_from": q("SELECT min(substr(published, 1, 10)) FROM articles"),
            "published_to": q("SELECT max(substr(published, 1, 10)) FROM articles"),
            "sources": {r[0]: r[1] for r in self.db.execute(
                "SELECT coalesce(source, '(none)'), count(*) FROM articles GROUP BY 1 ORDER BY 2 DESC, 1")},
            "mentions": q("SELECT count(*) FROM mentions"),
            "actors": q("SELECT count(*) FROM actors"),
            "events": q("SELECT count(*) FROM events"),
        }


def _article_filters(source: str | None, language: str | None) -> list[tuple[str, list[Any]]]:
    filters = []
    if source is not None:
        filters.append(("source = ?", [source]))
    if language is not None:
        filters.append(("language = ?", [language]))
    return filters


def _actor_values(actor: Actor) -> tuple:
    return (actor.id, actor.name, actor.country, actor.kind, actor.sector,
            int(not actor.id.startswith(("new:", "generic:"))))


def _place_values(p: Place | None) -> tuple:
    if p is None:
        return (None,) * 8
    return (p.name, p.country, p.admin1, p.lat, p.lon, p.precision, p.geonameid, p.qualifier)


def _place_from(row: sqlite3.Row, prefix: str) -> Place | None:
    if row[prefix + "name"] is None:
        return None
    return Place(row[prefix + "name"], row[prefix + "country"], row[prefix + "admin1"],
                 row[prefix + "lat"], row[prefix + "lon"], row[prefix + "precision"],
                 row[prefix + "geonameid"], row[prefix + "qualifier"])


def _span(span: tuple[int, int] | None) -> tuple[int | None, int | None]:
    return (span[0], span[1]) if span else (None, None)


def _pair(row: sqlite3.Row, prefix: str) -> tuple[int, int] | None:
    start, end = row[prefix + "_start"], row[prefix + "_end"]
    return (start, end) if start is not None else None

"""The SQLite store: schema, idempotent writes, duplicates, FTS, crash-safe transactions."""
from __future__ import annotations

import sqlite3

import pytest

from wirecoder.errors import StoreError
from wirecoder.ingest import IngestOptions, build_article
from wirecoder.ingest.raw import RawDoc
from wirecoder.records import Actor, Event, Mention
from wirecoder.store import SCHEMA_VERSION, Store

STORY = (
    "Gunmen attacked a police station in the northern town of Kaura Namoda on Sunday night, "
    "killing three officers and freeing a dozen detainees, a police spokesman said on Monday. "
    "The attackers arrived on motorcycles and fired on the building for more than an hour before "
    "setting fire to patrol vehicles, residents said. No group claimed responsibility, but armed "
    "gangs known locally as bandits have carried out a string of kidnappings and raids in Zamfara "
    "state this year. The state governor ordered an investigation and said reinforcements had been "
    "sent to the area. Security analysts said the gangs had grown bolder since the rainy season began."
)
OTHER = (
    "Lawmakers in Nairobi approved a new finance bill on Tuesday after a heated debate, with the "
    "opposition walking out of parliament in protest at tax increases on fuel and mobile money. "
    "The treasury said the measures would raise revenue needed to service the country's debt, "
    "while business groups warned that higher costs would hurt small traders and farmers."
)


def art(text: str, id: str | None = None, settings=None):
    from wirecoder.settings import Settings
    return build_article(RawDoc(text=text, origin="test", id=id), settings or Settings(), IngestOptions())


def test_schema_and_pragmas(tmp_path):
    path = tmp_path / "w.db"
    with Store(path) as store:
        assert store.schema_version() == SCHEMA_VERSION
        assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        tables = {r[0] for r in store.db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert {"articles", "mentions", "actors", "events", "articles_fts", "meta"} <= tables
    with Store(path) as again:  # reopening runs no migration twice
        assert again.schema_version() == SCHEMA_VERSION


def test_newer_schema_is_refused(tmp_path):
    path = tmp_path / "w.db"
    Store(path).close()
    db = sqlite3.connect(path)
    db.execute("UPDATE meta SET value = '999' WHERE key = 'schema_version'")
    db.commit()
    db.close()
    with pytest.raises(StoreError, match="newer than this wirecoder"):
        Store(path)


def test_not_a_database(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("just some text, not sqlite " * 100)
    with pytest.raises(StoreError, match="cannot open database"):
        Store(path)


def test_write_is_idempotent_and_updates_on_new_text(tmp_path):
    with Store(tmp_path / "w.db") as store:
        assert store.write(art(STORY)).status == "added"
        assert store.write(art(STORY)).status == "unchanged"
        assert store.write(art(STORY, id="given-1")).status == "added"
        assert store.write(art(STORY + " More.", id="given-1")).status == "updated"
        rows = store.db.execute("SELECT id FROM articles ORDER BY rowid").fetchall()
        assert [r[0] for r in rows] == [art(STORY).id, "given-1"]
        assert store.article("given-1").text.endswith("More.")


def test_exact_copy_under_another_id_is_linked(tmp_path):
    with Store(tmp_path / "w.db") as store:
        first = store.write(art(STORY, id="a")).article
        second = store.write(art(STORY, id="b")).article
        assert first.duplicate_of is None
        assert (second.duplicate_of, second.duplicate_score) == ("a", 1.0)


def test_near_duplicates_linked_and_unrelated_not(tmp_path):
    trimmed = STORY.rsplit(" Security analysts", 1)[0]  # a syndicated copy that lost its last sentence
    retitled = "LAGOS (Wire) - " + STORY.replace("on Sunday night", "late on Sunday")
    with Store(tmp_path / "w.db") as store:
        original = store.write(art(STORY, id="orig")).article
        t = store.write(art(trimmed, id="trim")).article
        r = store.write(art(retitled, id="retitled")).article
        o = store.write(art(OTHER, id="other")).article
        assert original.duplicate_of is None
        assert t.duplicate_of == "orig" and t.duplicate_score >= 0.95
        assert r.duplicate_of == "orig" and 0.8 <= r.duplicate_score < 1
        assert o.duplicate_of is None
        stored = store.article("trim")
        assert stored.duplicate_of == "orig"


def test_mentions_and_events_round_trip(tmp_path):
    a = art(STORY, id="with-events")
    police = Actor("NGA-police", "Nigeria Police Force", "NGA", "police", "COP")
    a.mentions = [Mention("police", 62, 68, "GROUP", actor=police)]
    a.events = [Event(id="e1", article_id=a.id, type="ASSAULT", mode="firearms", source=None, target=police,
                      evidence=STORY[:150], span=(0, 150), trigger_span=(7, 15), target_span=(62, 68),
                      quantities=[{"value": 3, "unit": "killed"}], date="2025-01-05", date_precision="day")]
    with Store(tmp_path / "w.db") as store:
        store.write(a)
        back = store.article("with-events")
    assert [m.to_dict() for m in back.mentions] == [m.to_dict() for m in a.mentions]
    got, want = back.events[0].to_dict(), a.events[0].to_dict()
    assert got.pop("pipeline_version").startswith("wirecoder-")
    want.pop("pipeline_version")
    assert got == want


def test_full_text_search_follows_writes(tmp_path):
    with Store(tmp_path / "w.db") as store:
        store.write(art(STORY, id="a"))
        store.write(art(OTHER, id="b"))
        hits = store.db.execute(
            "SELECT a.id FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid "
            "WHERE articles_fts MATCH 'bandits'").fetchall()
        assert [h[0] for h in hits] == ["a"]
        store.write(art(OTHER + " Bandits were not mentioned before.", id="b"))  # update re-indexes
        hits = store.db.execute("SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'bandits'").fetchall()
        assert len(hits) == 2


def test_failed_write_leaves_nothing_half_written(tmp_path):
    a = art(STORY, id="broken")
    # an event pointing at a span of the wrong type makes the insert fail half-way
    a.mentions = [Mention("police", 62, 68, "GROUP")]
    a.events = [Event(id="e1", article_id=a.id, type=None, evidence="x")]  # type NOT NULL
    with Store(tmp_path / "w.db") as store:
        with pytest.raises(sqlite3.IntegrityError):
            store.write(a)
        assert store.db.execute("SELECT count(*) FROM articles").fetchone()[0] == 0
        assert store.db.execute("SELECT count(*) FROM mentions").fetchone()[0] == 0
        assert store.write(art(STORY, id="fine")).status == "added"


def test_forward_migration_from_version_1(tmp_path):
    from wirecoder.store.schema import MIGRATIONS
    path = tmp_path / "old.db"
    db = sqlite3.connect(path)
    db.executescript(MIGRATIONS[0][1] + "\nINSERT INTO meta(key, value) VALUES ('schema_version', '1');")
    db.execute("INSERT INTO articles (id, text, content_hash, ingested_at) VALUES ('old', 'Old text.', 'h', 'now')")
    db.commit()
    db.close()
    with Store(path) as store:
        assert store.schema_version() == SCHEMA_VERSION >= 2
        cols = {r[1] for r in store.db.execute("PRAGMA table_info(events)")}
        assert {"trigger", "pattern"} <= cols
        assert store.article("old").text == "Old text."


def test_migration_8_copies_publication_dates_onto_events_for_clustering(tmp_path):
    """A version-7 store gets events.article_published filled from its articles, and the
    clustering lookups become index ranges (type and day), not a walk over every event of a type."""
    from wirecoder.store.schema import MIGRATIONS
    path = tmp_path / "v7.db"
    db = sqlite3.connect(path)
    db.executescript("\n".join(sql for version, sql in MIGRATIONS if version <= 7)
                     + "\nINSERT INTO meta(key, value) VALUES ('schema_version', '7');")
    db.execute("INSERT INTO articles (id, text, content_hash, ingested_at, published) "
               "VALUES ('a1', 'Text.', 'h', 'now', '2025-06-07')")
    db.execute("INSERT INTO events (id, article_id, type, modality, confidence, evidence, pipeline_version) "
               "VALUES ('e1', 'a1', 'ASSAULT', 'asserted', 0.5, 'Text.', 'v')")
    db.commit()
    db.close()
    with Store(path) as store:
        assert store.schema_version() == SCHEMA_VERSION >= 8
        assert store.db.execute("SELECT article_published FROM events WHERE id = 'e1'").fetchone()[0] == "2025-06-07"
        plans = {}
        for column in ("date", "article_published"):
            plan = " ".join(r[3] for r in store.db.execute(
                f"EXPLAIN QUERY PLAN SELECT cluster_id FROM events e WHERE e.type = ? AND e.{column} >= ? "
                f"AND e.{column} <= ?", ("ASSAULT", "2025-06-04", "2025-06-10")))
            plans[column] = plan
        assert "events_type_date (type=? AND date>? AND date<?)" in plans["date"]
        assert "events_type_published (type=? AND article_published>? AND article_published<?)" in plans["article_published"]

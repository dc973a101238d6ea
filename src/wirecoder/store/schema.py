"""The SQLite schema, as forward migrations. ``meta.schema_version`` says which have run."""
from __future__ import annotations

MIGRATIONS: list[tuple[int, str]] = [
    (1, """
CREATE TABLE IF NOT EXISTS meta (
    key TEXT PRIMARY KEY,
    value TEXT
);
CREATE TABLE articles (
    rowid INTEGER PRIMARY KEY,          -- stable integer key for the full-text index
    id TEXT NOT NULL UNIQUE,            -- the input's own id, else a content hash
    title TEXT,
    source TEXT,
    url TEXT,
    author TEXT,
    published TEXT,                     -- ISO 8601; see published_precision
    published_precision TEXT,           -- datetime, day, month, year
    published_origin TEXT,              -- metadata, option, dateline, caption, text
    text TEXT NOT NULL,
    captions TEXT NOT NULL DEFAULT '[]', -- JSON list of strings
    language TEXT,
    coded INTEGER NOT NULL DEFAULT 0,   -- 1 when the coding stages ran on it
    duplicate_of TEXT REFERENCES articles(id) ON DELETE SET NULL,
    duplicate_score REAL,
    content_hash TEXT NOT NULL,
    origin TEXT,                        -- input file (and line, record or story)
    pipeline_version TEXT,
    ingested_at TEXT NOT NULL
);
CREATE INDEX articles_content_hash ON articles(content_hash);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_duplicate_of ON articles(duplicate_of);

CREATE TABLE actors (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    country TEXT,                       -- ISO 3166-1 alpha-3
    kind TEXT,
    sector TEXT,
    in_kb INTEGER NOT NULL DEFAULT 1    -- 0: created from text, not in the knowledge base
);

CREATE TABLE mentions (
    id INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    label TEXT NOT NULL,
    actor_id TEXT REFERENCES actors(id),
    place_name TEXT,
    place_country TEXT,
    place_admin1 TEXT,
    place_lat REAL,
    place_lon REAL,
    place_precision TEXT,
    place_geonameid INTEGER,
    resolution TEXT                     -- JSON: rule, alias and score of the actor match
);
CREATE INDEX mentions_article ON mentions(article_id);
CREATE INDEX mentions_actor ON mentions(actor_id);

CREATE TABLE events (
    id TEXT PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    type TEXT NOT NULL,                 -- PLOVER event type
    mode TEXT,
    context TEXT,
    source_actor_id TEXT REFERENCES actors(id),
    target_actor_id TEXT REFERENCES actors(id),
    date TEXT,
    date_end TEXT,
    date_precision TEXT,
    date_text TEXT,
    location_name TEXT,
    location_country TEXT,
    location_admin1 TEXT,
    location_lat REAL,
    location_lon REAL,
    location_precision TEXT,
    location_geonameid INTEGER,
    quantities TEXT NOT NULL DEFAULT '[]',   -- JSON
    attribution TEXT,                        -- JSON {text, actor, chain}
    modality TEXT NOT NULL DEFAULT 'asserted',
    confidence REAL,
    evidence TEXT NOT NULL,
    span_start INTEGER, span_end INTEGER,
    trigger_start INTEGER, trigger_end INTEGER,
    source_start INTEGER, source_end INTEGER,
    target_start INTEGER, target_end INTEGER,
    caption INTEGER NOT NULL DEFAULT 0,
    cluster_id TEXT,
    pipeline_version TEXT
);
CREATE INDEX events_article ON events(article_id);
CREATE INDEX events_type ON events(type);
CREATE INDEX events_date ON events(date);
CREATE INDEX events_source ON events(source_actor_id);
CREATE INDEX events_target ON events(target_actor_id);

-- MinHash LSH bands for near-duplicate search: one row per (article, band).
CREATE TABLE article_lsh (
    band INTEGER NOT NULL,
    hash INTEGER NOT NULL,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE
);
CREATE INDEX article_lsh_key ON article_lsh(band, hash);
CREATE INDEX article_lsh_article ON article_lsh(article_id);

-- Full-text search over articles (external content, kept in step by triggers).
CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, text, captions, content='articles', content_rowid='rowid'
);
CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, text, captions)
    VALUES (new.rowid, new.title, new.text, new.captions);
END;
CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text, captions)
    VALUES ('delete', old.rowid, old.title, old.text, old.captions);
END;
CREATE TRIGGER articles_au AFTER UPDATE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text, captions)
    VALUES ('delete', old.rowid, old.title, old.text, old.captions);
    INSERT INTO articles_fts(rowid, title, text, captions)
    VALUES (new.rowid, new.title, new.text, new.captions);
END;
"""),
]

MIGRATIONS.append((2, """
ALTER TABLE events ADD COLUMN trigger TEXT;        -- the trigger word(s)
ALTER TABLE events ADD COLUMN pattern TEXT;        -- the pattern that coded the event
CREATE INDEX events_modality ON events(modality);
"""))

MIGRATIONS.append((3, """
ALTER TABLE events ADD COLUMN evidences TEXT NOT NULL DEFAULT '[]';  -- JSON: every telling
CREATE INDEX events_cluster ON events(cluster_id);
"""))

MIGRATIONS.append((4, """
ALTER TABLE events ADD COLUMN date_qualifier TEXT;  -- early, mid, late, since, until, before, after
"""))

MIGRATIONS.append((5, """
-- indexes for the query filters (country, place, confidence, actor names)
CREATE INDEX IF NOT EXISTS events_location_country ON events(location_country);
CREATE INDEX IF NOT EXISTS events_location_lat ON events(location_lat);
CREATE INDEX IF NOT EXISTS events_confidence ON events(confidence);
CREATE INDEX IF NOT EXISTS actors_name ON actors(name COLLATE NOCASE);
"""))

MIGRATIONS.append((6, """
ALTER TABLE mentions ADD COLUMN place_qualifier TEXT;    -- near, or null
ALTER TABLE events ADD COLUMN location_qualifier TEXT;   -- near ("near Moscow"), or null
"""))

MIGRATIONS.append((7, """
-- Analyst judgements: each its own record, never an edit of the coded rows. A revert is a
-- judgement too (kind 'revert', reverts = the judgement it takes back).
CREATE TABLE judgements (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,            -- correct, wrong, change, merge, split, alias, revert
    field TEXT,                    -- change: type, mode, source, target, date, location
    author TEXT NOT NULL,
    created_at TEXT NOT NULL,
    note TEXT,
    article_id TEXT,               -- event judgements: the article (no cascade: judgements outlive recoding)
    event_id TEXT,                 -- the event's id when it was judged (ids change on recode)
    anchor TEXT,                   -- JSON: spans, trigger, type and actors that find the event again
    old_value TEXT,                -- JSON
    new_value TEXT,                -- JSON
    actor_id TEXT,                 -- actor judgements: the actor merged, split or given an alias
    other_actor_id TEXT,           -- merge: the actor it is merged into; split: the new actor
    reverts INTEGER REFERENCES judgements(id)
);
CREATE INDEX judgements_article ON judgements(article_id);
CREATE INDEX judgements_kind ON judgements(kind);

-- Derived, rebuilt whenever an article is (re)coded or judged: which current event each
-- event judgement applies to, and each judged event's reviewed values.
CREATE TABLE judgement_links (
    judgement_id INTEGER PRIMARY KEY REFERENCES judgements(id),
    event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE
);
CREATE INDEX judgement_links_event ON judgement_links(event_id);
CREATE TABLE event_reviews (
    event_id TEXT PRIMARY KEY REFERENCES events(id) ON DELETE CASCADE,
    article_id TEXT NOT NULL,
    status TEXT,                   -- correct, wrong, corrected; NULL: only actor judgements touch it
    type TEXT,
    mode TEXT,
    source_actor_id TEXT,
    target_actor_id TEXT,
    date TEXT,
    location TEXT,                 -- JSON place
    coded TEXT NOT NULL,           -- JSON: the coded values the review changed
    judgements TEXT NOT NULL       -- JSON list of the judgement ids in force on the event
);
CREATE INDEX event_reviews_article ON event_reviews(article_id);
CREATE INDEX event_reviews_status ON event_reviews(status);
"""))

MIGRATIONS.append((8, """
-- Clustering looks for events of one type within a few days: by the event's own date, or
-- by its article's publication date, copied onto the event so that both lookups are one
-- index range instead of a walk over every event of the type (which grew with the store).
ALTER TABLE events ADD COLUMN article_published TEXT;
UPDATE events SET article_published = (SELECT published FROM articles a WHERE a.id = events.article_id);
CREATE INDEX IF NOT EXISTS events_type_date ON events(type, date);
CREATE INDEX IF NOT EXISTS events_type_published ON events(type, article_published);
"""))

SCHEMA_VERSION = MIGRATIONS[-1][0]

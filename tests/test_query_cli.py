"""The query commands: events filters, clusters, search, delete and the actor dossier."""
from __future__ import annotations

import json

import pytest

from .conftest import jsonl
from .querydata import DEFAULT_IDS, build


@pytest.fixture
def db(tmp_path):
    return build(tmp_path / "q.db")


def event_ids(run, db, *args):
    result = run("events", "--db", db, "--format", "jsonl", *args)
    assert result.exit_code == 0, result.output
    return [e["id"] for e in jsonl(result.stdout)]


def test_events_filters(run, db):
    assert event_ids(run, db) == DEFAULT_IDS
    assert event_ids(run, db, "--type", "ASSAULT", "--type", "coerce") == ["e1", "e3", "e7"]
    assert event_ids(run, db, "--actor", "Azawad Rebels", "--since", "2025-03-10") == ["e2", "e3"]
    assert event_ids(run, db, "--country", "KEN", "--until", "2025-07") == ["e7"]
    assert event_ids(run, db, "--near", "Gao", "--km", "1000") == ["e1", "e3", "e4"]
    assert event_ids(run, db, "--near", "-1.28,36.82") == ["e7"]          # 50 km by default
    assert event_ids(run, db, "--modality", "all", "--min-confidence", "0.7") == ["e1", "e3", "e4", "e5"]
    assert event_ids(run, db, "--modality", "hypothetical") == ["e6"]
    assert event_ids(run, db, "--article", "a3", "--modality", "all") == ["e4", "e5", "e6"]


def test_events_clusters(run, db):
    result = run("events", "--db", db, "--clusters", "--format", "json")
    rows = json.loads(result.stdout)
    assert [r["event_id"] for r in rows] == ["e1", "e2", "e4", "e7", "e8"]
    assert rows[0]["sources"] == 2 and rows[0]["articles"] == 2 and rows[0]["events"] == 2
    table = run("events", "--db", db, "--clusters", "--type", "ASSAULT").stdout
    assert "sources" in table and "Azawad Rebels" in table and "Sahel Post" in table


def test_events_csv_has_the_table_columns(run, db):
    out = run("events", "--db", db, "--format", "csv", "--type", "COERCE").stdout.splitlines()
    assert out[0].startswith("id,article_id,published") and len(out) == 2 and "Nairobi" in out[1]


@pytest.mark.parametrize("args, words", [
    (("--since", "yesterday"), "not a date"),
    (("--type", "FIGHT"), "not a PLOVER type"),
    (("--km", "10"), "km needs near"),
    (("--near", "Atlantisville"), "no such place"),
    (("--country", "France"), "alpha-3"),
    (("--min-confidence", "2"), "between 0 and 1"),
])
def test_bad_filters_are_usage_errors(run, db, args, words):
    result = run("events", "--db", db, *args)
    assert result.exit_code == 2 and words in result.stderr and "Traceback" not in result.output


def test_search(run, db):
    found = json.loads(run("search", "tear gas", "--db", db, "--format", "json").stdout)
    assert [a["id"] for a in found["articles"]] == ["a4"] and [e["id"] for e in found["events"]] == ["e7"]
    table = run("search", "truce", "--db", db).stdout
    assert "[truce]" in table and "a1" in table and "e2" in table
    rows = jsonl(run("search", "Gao", "--db", db, "--format", "jsonl", "--limit", "1").stdout)
    assert rows[0]["kind"] == "article" and len([r for r in rows if r["kind"] == "article"]) == 1
    bad = run("search", "!!!", "--db", db)
    assert bad.exit_code == 2 and "no words" in bad.stderr


def test_delete(run, db):
    result = run("delete", "a3", "--db", db)
    assert result.exit_code == 0 and "with 0 mentions and 3 events" in result.stdout
    assert "e4" not in event_ids(run, db, "--modality", "all")
    again = run("delete", "a3", "--db", db)
    assert again.exit_code == 1 and "no article 'a3'" in again.stderr


def test_actor_dossier_for_a_stored_actor_and_a_kb_actor(run, db):
    rebels = json.loads(run("actor", "new:azawad-rebels", "--db", db, "--format", "json").stdout)
    assert rebels["in_kb"] is False and rebels["name"] == "Azawad Rebels"
    act = rebels["in_database"]
    assert act["events"] == {"ASSAULT": 2, "ACCUSE": 1}
    assert [o["id"] for o in act["counterparts"]] == ["generic:MLI:MIL", "MLI"]
    assert [e["id"] for e in act["latest_events"]] == ["e3", "e2", "e1"]
    assert act["latest_events"][0]["evidence"].startswith("Azawad Rebels stormed")
    by_name = json.loads(run("actor", "Azawad Rebels", "--db", db, "--format", "json").stdout)
    assert by_name["id"] == "new:azawad-rebels"
    table = run("actor", "Mali", "--db", db, "--latest", "2").stdout
    assert "Mali (MLI)" in table and "2025-03: ACCUSE 1" in table and "top counterparts:" in table
    assert "latest events:" in table and "accused the rebels" in table

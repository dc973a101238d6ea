"""The command line, end to end through the real entry point."""
from __future__ import annotations

import csv
import io
import json
import shutil
import sqlite3

from .conftest import FIXTURES, SAMPLES, jsonl
from .ingest.test_formats import PAGE

FRENCH = (
    "Des milliers de manifestants se sont rassemblés samedi à Paris pour protester contre la réforme "
    "des retraites, selon les syndicats. La police a procédé à plusieurs interpellations en fin de "
    "journée après des heurts près de la place de la République, a indiqué la préfecture."
)


def _mixed_batch(tmp_path):
    batch = tmp_path / "batch"
    batch.mkdir()
    (batch / "binary.bin").write_bytes(bytes(range(256)) * 16)
    (batch / "empty.txt").write_bytes(b"")
    shutil.copy(FIXTURES / "single" / "latin1-cafe.txt", batch / "latin1.txt")
    (batch / "utf16.txt").write_bytes(
        "Envoys Meet in Oslo\n\nNorwegian mediators hosted envoys from both sides in Oslo on Thursday, "
        "the foreign ministry said.".encode("utf-16"))
    (batch / "page.html").write_text(PAGE, encoding="utf-8")
    shutil.copy(SAMPLES / "feeds" / "worldwire-rss.xml", batch / "feed.xml")
    (batch / "api.jsonl").write_text(
        json.dumps({"id": "j1", "text": "Troops shelled rebel positions near Bunia on Friday, the army said."}) + "\n"
        + '{"id": "j2", "text": \n'
        + json.dumps({"id": "j3", "text": "Demonstrators marched in Dakar on Saturday to demand the release of detainees."}) + "\n",
        encoding="utf-8")
    return batch


def test_mixed_batch_lands_good_items_and_names_bad_ones(run, tmp_path):
    batch = _mixed_batch(tmp_path)
    result = run("ingest", batch, "--db", tmp_path / "w.db", "--quiet")
    assert result.exit_code == 1
    lines = [l for l in result.stderr.splitlines() if l.startswith("rejected")]
    assert len(lines) == 3, result.stderr
    assert any("binary.bin" in l and "binary" in l for l in lines)
    assert any("empty.txt" in l and "empty" in l for l in lines)
    assert any("api.jsonl:2" in l and "malformed JSON" in l for l in lines)
    assert "Traceback" not in result.stderr
    db = sqlite3.connect(tmp_path / "w.db")
    ids = {r[0] for r in db.execute("SELECT id FROM articles")}
    texts = {r[0] for r in db.execute("SELECT text FROM articles")}
    assert {"j1", "j3", "worldwire-2025-06-10-congo-m23-doha"} <= ids
    assert len(ids) == 1 + 1 + 1 + 3 + 2  # latin-1, utf-16, html, 3 feed items, 2 json lines
    assert any("Café" in t for t in texts)
    assert any(t.startswith("Norwegian mediators") for t in texts)


def test_reingest_adds_nothing(run, tmp_path, seed_path):
    db = tmp_path / "w.db"
    first = run("ingest", seed_path, SAMPLES / "dumps", "--db", db)
    assert first.exit_code == 0, first.stderr
    assert "7 added" in first.stderr
    again = run("ingest", seed_path, SAMPLES / "dumps", "--db", db)
    assert again.exit_code == 0
    assert "0 added, 0 updated, 7 unchanged" in again.stderr
    assert sqlite3.connect(db).execute("SELECT count(*) FROM articles").fetchone()[0] == 7


def test_stdin_and_db_from_environment(run, tmp_path, monkeypatch):
    monkeypatch.setenv("WIRECODER_DB", str(tmp_path / "env.db"))
    result = run("ingest", "-", "--source", "Clipboard",
                 input="Strike Hits Depot\n\nA drone struck a fuel depot near Sevastopol overnight, officials said.\n")
    assert result.exit_code == 0, result.stderr
    out = run("articles", "--format", "jsonl")
    [record] = jsonl(out.stdout)
    assert record["source"] == "Clipboard" and record["title"] == "Strike Hits Depot"


def test_articles_formats_print_every_row(run, tmp_path):
    db = tmp_path / "w.db"
    assert run("ingest", SAMPLES / "api", SAMPLES / "feeds", "--db", db, "-q").exit_code == 0
    records = jsonl(run("articles", "--db", db, "--format", "jsonl").stdout)
    assert len(records) == 7
    assert set(records[0]) >= {"id", "title", "source", "url", "published", "published_precision", "text",
                               "captions", "language", "duplicate_of", "mentions", "events"}
    as_json = json.loads(run("articles", "--db", db, "--format", "json").stdout)
    assert as_json == records
    rows = list(csv.DictReader(io.StringIO(run("articles", "--db", db, "--format", "csv").stdout)))
    assert [r["id"] for r in rows] == [r["id"] for r in records]
    table = run("articles", "--db", db).stdout
    assert "nx-20250609-0017" in table


def test_show_and_stats(run, tmp_path):
    db = tmp_path / "w.db"
    (tmp_path / "fr.txt").write_text(FRENCH, encoding="utf-8")
    assert run("ingest", SAMPLES / "api", tmp_path / "fr.txt", "--db", db, "-q").exit_code == 0
    shown = json.loads(run("show", "nx-20250610-0031", "--db", db).stdout)
    assert shown["id"] == "nx-20250610-0031" and shown["language"] == "en"
    stats = json.loads(run("stats", "--db", db, "--format", "json").stdout)
    assert stats["articles"] == 5
    assert stats["by_language"] == {"en": 4, "fr": 1}
    assert stats["not_coded_language"] == 1
    missing = run("show", "nope", "--db", db)
    assert missing.exit_code == 1 and "no article 'nope'" in missing.stderr


def test_code_prints_one_record_per_article_without_a_database(run, tmp_path, seed_path):
    result = run("code", seed_path, SAMPLES / "api")
    assert result.exit_code == 0, result.stderr
    records = jsonl(result.stdout)
    assert len(records) == 6
    assert records[0]["text"].startswith("Iran has hand picked")
    assert [r["id"] for r in records[2:]][:1] == ["nx-20250609-0017"]  # JSONL ids kept
    assert not list(tmp_path.glob("*.db"))


def test_usage_errors_exit_2(run, tmp_path):
    assert run("ingest").exit_code == 2
    assert run("articles", "--format", "xml").exit_code == 2
    bad_date = run("ingest", FIXTURES / "single" / "single-story.txt", "--published", "someday", "--db", tmp_path / "w.db")
    assert bad_date.exit_code == 2 and "--published" in bad_date.stderr


def test_missing_database_is_a_clear_error(run, tmp_path):
    result = run("articles", "--db", tmp_path / "nope.db")
    assert result.exit_code == 1
    assert result.stderr.strip() == f"Error: database {tmp_path / 'nope.db'} does not exist; create it with `wirecoder ingest`"


def test_missing_input_file(run, tmp_path):
    result = run("ingest", tmp_path / "missing.txt", "--db", tmp_path / "w.db", "-q")
    assert result.exit_code == 1
    assert "missing.txt: no such file or folder" in result.stderr


def test_mentions_and_actors_are_stored_and_listed(run, tmp_path):
    db = tmp_path / "w.db"
    assert run("ingest", SAMPLES / "feeds", "--db", db, "-q").exit_code == 0
    record = json.loads(run("show", "worldwire-2025-06-10-congo-m23-doha", "--db", db).stdout)
    by_text = {m["text"]: m for m in record["mentions"]}
    assert by_text["M23"]["actor"]["id"] == "march-23-movement"
    assert by_text["M23"]["resolution"]["rule"] == "alias"
    for m in record["mentions"]:
        assert record["text"][m["start"]:m["end"]] == m["text"]
    table = run("articles", "--db", db).stdout
    assert "│ 0        │ 0      │" not in table  # every article lists its mentions
    actors = jsonl(run("actors", "--mentioned", "--db", db, "--format", "jsonl").stdout)
    assert actors[0]["mentions"] >= actors[-1]["mentions"]
    m23 = next(a for a in actors if a["id"] == "march-23-movement")
    assert m23["in_kb"] is True and m23["articles"] == 1
    assert any(a["id"].startswith("generic:") and a["in_kb"] is False for a in actors)


def test_events_command_and_recode(run, tmp_path, seed_path):
    db = tmp_path / "w.db"
    assert run("ingest", seed_path, "--db", db, "-q").exit_code == 0
    rows = jsonl(run("events", "--db", db, "--format", "jsonl").stdout)
    assert rows and all(r["modality"] not in {"negated", "hypothetical"} for r in rows)
    delist = [r for r in rows if r["type"] == "CONCEDE" and r["target"] and r["target"]["id"] == "taliban"]
    assert {r["source"]["id"] for r in delist if r["source"]} >= {"KAZ", "KGZ"}
    only = jsonl(run("events", "--db", db, "--format", "jsonl", "--type", "CONCEDE", "--actor", "Kyrgyzstan").stdout)
    assert only and all(r["type"] == "CONCEDE" for r in only)
    assert all("KGZ" in {(r["source"] or {}).get("id"), (r["target"] or {}).get("id")} for r in only)
    bad = run("events", "--db", db, "--type", "WAR")
    assert bad.exit_code == 2 and "not a PLOVER type" in bad.stderr
    # nothing is stale right after ingest; --all recodes and gives the same events
    assert "0 articles recoded" in run("recode", "--db", db).stderr
    again = run("recode", "--db", db, "--all")
    assert again.exit_code == 0 and "2 articles recoded" in again.stderr
    assert jsonl(run("events", "--db", db, "--format", "jsonl").stdout) == rows
    # an article coded by another version is stale
    con = sqlite3.connect(db)
    con.execute("UPDATE articles SET pipeline_version = 'wirecoder 0.0.1; old' WHERE rowid = 1")
    con.commit()
    con.close()
    assert "1 articles recoded" in run("recode", "--db", db, "--since-version", "wirecoder 0.0").stderr


def test_every_span_slices_the_text_it_names(run, tmp_path):
    result = run("code", SAMPLES / "dumps", SAMPLES / "html", SAMPLES / "api", SAMPLES / "feeds", SAMPLES / "warc")
    assert result.exit_code == 0, result.stderr
    records = jsonl(result.stdout)
    assert len(records) == 17
    n_events = 0
    for a in records:
        text = a["text"]
        last = 0
        for m in a["mentions"]:
            assert text[m["start"]:m["end"]] == m["text"]
            assert m["start"] >= last  # no overlaps
            last = m["end"]
        spans = {(m["start"], m["end"]) for m in a["mentions"]}
        fields = {("text", None): text, ("title", None): a["title"]}
        fields.update({("caption", i): c for i, c in enumerate(a["captions"])})
        for e in a["events"]:
            n_events += 1
            for told in e["evidences"]:  # every telling slices its field: body, headline or caption
                field = fields[(told["in"], told["index"])].strip()
                if told["in"] == "text":
                    field = text
                assert field[told["start"]:told["end"]] == told["text"]
                assert field[told["trigger"][0]:told["trigger"][1]] in told["text"]
            if e["span"] is None:  # told only in the headline or a caption
                assert e["evidences"][0]["in"] in {"title", "caption"} and e["caption"] == (
                    e["evidences"][0]["in"] == "caption")
                continue
            assert e["evidences"][0]["in"] == "text" and e["evidences"][0]["text"] == e["evidence"]
            assert text[e["span"][0]:e["span"][1]] == e["evidence"]
            assert text[e["trigger_span"][0]:e["trigger_span"][1]] == e["trigger"]
            for role in ("source", "target"):
                if e[role] is not None and e[f"{role}_span"] is not None:
                    # every argument points at a mention of the article (a pronoun's own span
                    # when the actor came through coreference)
                    assert tuple(e[f"{role}_span"]) in spans
            assert 0 < e["confidence"] <= 1
            assert e["type"] in {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
                                 "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
    assert n_events > 30


def test_python_dash_m_runs_the_full_command_line():
    import subprocess
    import sys

    for module in ("wirecoder", "wirecoder.cli"):
        out = subprocess.run([sys.executable, "-m", module, "--help"], capture_output=True, text=True, timeout=120)
        assert out.returncode == 0, out.stderr
        assert "review" in out.stdout and "ingest" in out.stdout

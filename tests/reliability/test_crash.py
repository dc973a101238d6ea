"""Crash safety: an ingest killed with SIGKILL loses nothing it committed, leaves a sound
database, and a re-run of the same ingest ends with exactly what a clean run stores."""
from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from wirecoder.cli import cli

from .corpus import write_jsonl

N_ARTICLES = 200
SRC = Path(__file__).resolve().parents[2] / "src"


def _env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("WIRECODER_")}
    env["PYTHONPATH"] = os.pathsep.join([str(SRC), env.get("PYTHONPATH", "")])
    env["WIRECODER_BATCH_SIZE"] = "16"  # small batches: commits come often, the kill lands mid-run
    return env


def _count(db: Path) -> int:
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            return con.execute("SELECT count(*) FROM articles").fetchone()[0]
        finally:
            con.close()
    except sqlite3.Error:
        return 0  # not created or not migrated yet


def _snapshot(db: Path) -> dict[str, list[tuple]]:
    """Every row of every table that holds results (ingest timestamps aside), in a stable order."""
    con = sqlite3.connect(db)
    try:
        cols = [r[1] for r in con.execute("PRAGMA table_info(articles)") if r[1] != "ingested_at"]
        out = {"articles": con.execute(f"SELECT {', '.join(cols)} FROM articles ORDER BY rowid").fetchall()}
        for table, order in (("mentions", "article_id, start, id"), ("events", "article_id, id"),
                             ("actors", "id"), ("article_lsh", "article_id, band")):
            out[table] = con.execute(f"SELECT * FROM {table} ORDER BY {order}").fetchall()
        out["fts"] = con.execute("SELECT rowid, title FROM articles_fts WHERE articles_fts MATCH 'said' "
                                 "ORDER BY rowid").fetchall()
        return out
    finally:
        con.close()


def _ingest_in_process(monkeypatch, corpus: Path, db: Path) -> None:
    monkeypatch.setenv("WIRECODER_BATCH_SIZE", "16")
    result = CliRunner().invoke(cli, ["ingest", "--db", str(db), "--quiet", str(corpus)], obj={},
                                catch_exceptions=False)
    assert result.exit_code == 0, result.stderr


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_sigkill_mid_ingest_then_rerun_equals_a_clean_run(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for key in [k for k in os.environ if k.startswith("WIRECODER_")]:
        monkeypatch.delenv(key)
    corpus = write_jsonl(tmp_path / "corpus.jsonl", N_ARTICLES, seed=7)
    crashed = tmp_path / "crashed.db"

    proc = subprocess.Popen(
        [sys.executable, "-c", "from wirecoder.cli import main; main()",
         "ingest", "--db", str(crashed), "--quiet", str(corpus)],
        env=_env(tmp_path), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 120
        while _count(crashed) < 20:
            assert proc.poll() is None, f"ingest ended before it was killed: {proc.stderr.read().decode()}"
            assert time.monotonic() < deadline, "no articles committed within two minutes"
            time.sleep(0.05)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == -signal.SIGKILL

    con = sqlite3.connect(crashed)
    assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    kept = con.execute("SELECT count(*) FROM articles").fetchone()[0]
    # nothing half-written: every stored article has its LSH bands and was coded
    assert con.execute("SELECT count(*) FROM articles a WHERE NOT EXISTS "
                       "(SELECT 1 FROM article_lsh l WHERE l.article_id = a.id)").fetchone()[0] == 0
    con.close()
    assert 20 <= kept < N_ARTICLES, f"the kill came too late to test anything ({kept} stored)"

    _ingest_in_process(monkeypatch, corpus, crashed)          # the same ingest again completes it
    clean = tmp_path / "clean.db"
    _ingest_in_process(monkeypatch, corpus, clean)

    got, want = _snapshot(crashed), _snapshot(clean)
    assert len(want["articles"]) == N_ARTICLES
    assert len({row[1] for row in got["articles"]}) == N_ARTICLES  # every article once
    assert len(want["events"]) > N_ARTICLES                   # the corpus does code events
    for table in want:
        assert got[table] == want[table], f"table {table} differs from a clean run"

"""Scale: coding on Dask gives the serial result; Parquet output loads back with nothing lost."""
from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from wirecoder.cli import _InputTracker, cli
from wirecoder.ingest import IngestOptions
from wirecoder.settings import Settings

from .conftest import ROOT, SAMPLES

#: columns that differ between two runs of the same input by design
RUN_LOCAL = {"articles": {"ingested_at"}}


def dump(path: Path) -> dict[str, list[tuple]]:
    """Every row of every data table (and the duplicate index), sorted, minus run timestamps."""
    db = sqlite3.connect(path)
    out = {}
    for table in ("articles", "actors", "mentions", "events", "article_lsh"):
        cols = [f'"{r[1]}"' for r in db.execute(f'PRAGMA table_info("{table}")')
                if r[1] not in RUN_LOCAL.get(table, ())]
        if table in ("actors", "events"):
            cols.append("rowid")  # their row order (articles and mentions have it as a column)
        out[table] = sorted(db.execute(f'SELECT {", ".join(cols)} FROM {table}'), key=repr)
    db.close()
    return out


def invoke(cwd: Path, *args: str):
    import os

    old = Path.cwd()
    os.chdir(cwd)
    try:
        return CliRunner().invoke(cli, [str(a) for a in args], obj={}, catch_exceptions=False)
    finally:
        os.chdir(old)


@pytest.fixture(scope="module")
def work(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("scale")


@pytest.fixture(scope="module")
def serial_db(work) -> Path:
    r = invoke(work, "ingest", "-q", "--db", work / "serial.db", SAMPLES)
    assert r.exit_code == 0, r.stderr
    return work / "serial.db"


def test_two_dask_workers_give_the_serial_result(work, serial_db, monkeypatch):
    """On a LocalCluster of 2 workers (what `--workers 2` starts), `ingest --scheduler`, in
    batches of 3 articles spread over both workers, writes exactly what one process with batches of 32
    wrote, and each worker built its pipeline (model, knowledge base) once."""
    from distributed import get_task_stream

    from wirecoder.scale import DaskRunner

    monkeypatch.chdir(work)
    for name in ("WIRECODER_DB", "WIRECODER_CONFIG"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("WIRECODER_BATCH_SIZE", "3")
    serial = dump(serial_db)
    assert len(serial["events"]) > 50 and len(serial["articles"]) >= 15
    with DaskRunner(Settings.load(), workers=2) as runner:
        assert list(runner.pipelines_built().values()) == [1, 1]  # built at start-up
        with get_task_stream(runner.client) as tasks:
            # the samples in their own order, with a missing file (a rejection) in the middle
            r = invoke(work, "ingest", "--scheduler", runner.client.scheduler.address, "--db", "dask.db",
                       SAMPLES / "README.md", SAMPLES / "api", work / "missing.txt",
                       *(SAMPLES / d for d in ("dumps", "feeds", "html", "warc")))
        assert r.exit_code == 1, r.stderr  # the missing file is rejected, everything else lands
        assert "rejected " in r.stderr and "missing.txt: no such file or folder" in r.stderr
        assert "dask.db: 18 added" in r.stderr and "1 rejected" in r.stderr
        assert {t["worker"] for t in tasks.data} == set(runner.pipelines_built()), "both workers coded"
        assert sum(t["key"].startswith("code_batch") for t in tasks.data) == 6
        assert dump(work / "dask.db") == serial
        assert list(runner.pipelines_built().values()) == [1, 1]
        # memory per worker is measured by bench/throughput.py, not asserted here: a worker's
        # peak in the suite depends on what the test process had loaded before it started
        assert all(rss > 100 for rss in runner.worker_peak_rss_mib().values())


def test_workers_and_scheduler_exclude_each_other(run):
    r = run("ingest", "--workers", "2", "--scheduler", "tcp://127.0.0.1:1", SAMPLES / "html")
    assert r.exit_code == 2 and "exclude each other" in r.stderr


def test_unreachable_scheduler_is_one_line(run, monkeypatch):
    monkeypatch.setattr("wirecoder.scale.CONNECT_TIMEOUT", "2s")
    r = run("ingest", "--scheduler", "tcp://127.0.0.1:9", "--db", "x.db", SAMPLES / "html")
    assert r.exit_code == 1
    assert r.stderr.startswith("Error: cannot reach the Dask scheduler at tcp://127.0.0.1:9")
    assert "Traceback" not in r.stderr


def test_parquet_run_loads_back_with_nothing_lost(work, serial_db):
    out = work / "dataset"
    r = invoke(work, "ingest", "--out-parquet", out, SAMPLES)
    assert r.exit_code == 0, r.stderr
    assert f"{out}: 18 added" in r.stderr
    assert not (out / "_scratch.db").exists() and not (work / "wirecoder.db").exists()
    for table in ("articles", "mentions", "events"):
        parts = sorted(p.name for p in (out / table).iterdir())
        assert "month=2025-06" in parts and "month=unknown" in parts, parts
    assert list((out / "actors").glob("*.parquet"))

    r = invoke(work, "load", out, "--db", work / "loaded.db")
    assert r.exit_code == 0, r.stderr
    serial = dump(serial_db)
    assert "18 articles" in r.stderr and f"{len(serial['events'])} events" in r.stderr
    assert dump(work / "loaded.db") == serial
    # the same texts, recorded as the serial run recorded them
    a = sqlite3.connect(serial_db).execute("SELECT ingested_at IS NOT NULL, count(*) FROM articles").fetchone()
    assert a == (1, 18)

    # loading again adds nothing; the store still reads back through the normal commands
    r = invoke(work, "load", out, "--db", work / "loaded.db")
    assert "18 articles unchanged" in r.stderr and "articles 0" not in r.stderr
    assert dump(work / "loaded.db") == serial
    r = invoke(work, "events", "--db", work / "loaded.db", "--format", "jsonl")
    assert r.exit_code == 0 and r.stdout.count("\n") > 20

    # a second run into the same folder is refused; a non-dataset folder does not load
    r = invoke(work, "ingest", "--out-parquet", out, SAMPLES / "html")
    assert r.exit_code == 1 and "is not empty" in r.stderr
    r = invoke(work, "load", SAMPLES, "--db", work / "x.db")
    assert r.exit_code == 1 and r.stderr.startswith("Error: ") and "not a wirecoder Parquet dataset" in r.stderr


def test_duckdb_reads_the_dataset_as_documented(work, serial_db):
    """The README's DuckDB query counts what the SQLite store counts."""
    duckdb = pytest.importorskip("duckdb")
    out = work / "dataset"
    if not out.exists():
        assert invoke(work, "ingest", "-q", "--out-parquet", out, SAMPLES).exit_code == 0
    got = duckdb.sql(
        f"SELECT type, count(*) AS n FROM read_parquet('{out}/events/*/*.parquet', hive_partitioning = true) "
        "WHERE month BETWEEN '2025-06' AND '2025-12' GROUP BY type ORDER BY n DESC, type").fetchall()
    want = sqlite3.connect(serial_db).execute(
        "SELECT e.type, count(*) AS n FROM events e JOIN articles a ON a.id = e.article_id "
        "WHERE substr(a.published, 1, 7) BETWEEN '2025-06' AND '2025-12' GROUP BY e.type ORDER BY n DESC, e.type").fetchall()
    assert got == want and len(got) > 3


def test_progress_counts_input_bytes_done(tmp_path):
    one = tmp_path / "a.txt"
    one.write_text("Protesters marched in Nairobi on Monday, police said.\n", encoding="utf-8")
    many = tmp_path / "b.jsonl"
    many.write_text("\n".join(f'{{"id": "x{i}", "text": "Story number {i} about talks in Doha."}}' for i in range(5)),
                    encoding="utf-8")
    tracker = _InputTracker((str(one), str(many)), Settings(), IngestOptions())
    assert tracker.total == one.stat().st_size + many.stat().st_size
    items = list(tracker.items())  # the pipeline reads ahead of what it hands back
    done = [tracker.seen(item) for item in items]
    assert len(done) == 6
    assert done[0] == one.stat().st_size
    assert done == sorted(done) and one.stat().st_size < done[3] < tracker.total
    assert done[-1] == tracker.total


def test_bench_smoke(tmp_path):
    """A tiny run of the benchmark ends with its summary line."""
    r = subprocess.run([sys.executable, str(ROOT / "bench" / "throughput.py"), "--articles", "10",
                        "--workers-list", "1", "--repeat", "1", "--work-dir", str(tmp_path)],
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr[-2000:]
    last = r.stdout.strip().splitlines()[-1]
    assert last.startswith("e2e_vs_parse=") and " speedup_2_workers=" in last and " peak_rss_mib=" in last
    ratio = float(last.split()[0].split("=")[1])
    assert 0 < ratio < 5

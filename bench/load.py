"""Load on the REST API: a real ``wirecoder serve`` on loopback, a database of generated
events, and a bounded asyncio/httpx load against /api/events.

    python bench/load.py [--events 10000] [--requests 3000] [--concurrency 16] [--workdir DIR]

Builds the database by writing generated articles and events straight into the Store (no
spaCy; ``tests/reliability/eventdb.py``) unless it exists in the work folder, starts the
server in a child process, sends ``--requests`` requests mixing every /api/events filter
(type, actor, country, dates, near, confidence and modality, clusters; page sizes 10-200;
about a third followed by their next page through the cursor) with ``--concurrency`` at a
time, and stops when all are answered. Prints, last,
``requests=… errors=… seconds=… rps=… p50_ms=… p95_ms=… p99_ms=… max_ms=… mean_ms=…``.
"""
from __future__ import annotations

import argparse
import os
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.reliability.eventdb import build_event_db  # noqa: E402
from tests.reliability.loadgen import run_load, serve  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--requests", type=int, default=3_000)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--workdir", default=None)
    args = parser.parse_args()
    work = Path(args.workdir or tempfile.mkdtemp(prefix="wirecoder-load-"))
    work.mkdir(parents=True, exist_ok=True)
    db = work / f"events-{args.events}.db"
    if not db.exists():
        t0 = time.perf_counter()
        build_event_db(db, args.events)
        print(f"built {db} in {time.perf_counter() - t0:.0f}s", flush=True)
    con = sqlite3.connect(db)
    n_events, n_articles = (con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("events", "articles"))
    con.close()
    print(f"database: {n_events} events, {n_articles} articles; {os.cpu_count()} cores; "
          f"{args.requests} requests, {args.concurrency} at a time", flush=True)
    t0 = time.perf_counter()
    with serve(db, log_dir=work) as server:
        print(f"server up in {time.perf_counter() - t0:.1f}s", flush=True)
        run_load(server.url, 100, args.concurrency)  # warm-up, not counted
        result = run_load(server.url, args.requests, args.concurrency)
    for sample in result.error_samples:
        print("error:", sample)
    print(result.summary())


if __name__ == "__main__":
    main()

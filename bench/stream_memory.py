"""Flat memory over a long ingest (issue 9, streaming): resident memory sampled while
``wirecoder ingest`` works through N generated short articles.

    python bench/stream_memory.py --articles 100000 [--read-only] [--workdir DIR]

Writes N articles (``tests/reliability/corpus.py``, seeded, none a near-duplicate of
another) as one JSON Lines file, then runs ``wirecoder ingest --quiet`` on it in a child
process and samples the child's RSS (psutil) every half second, together with how many
articles the store holds. ``--read-only`` measures the readers alone in this process
(``read_inputs`` over the file, no NLP, no store), which takes seconds, not hours.
Prints RSS at each tenth of the run and, last, ``rss_first_tenth_mib=… rss_last_tenth_mib=…
peak_rss_mib=… articles=… seconds=…``; memory is flat when the last tenth is no higher
than the first by more than a few MiB.
"""
from __future__ import annotations

import argparse
import os
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.reliability.corpus import write_jsonl  # noqa: E402


def _count(db: Path) -> int:
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            return con.execute("SELECT count(*) FROM articles").fetchone()[0]
        finally:
            con.close()
    except sqlite3.Error:
        return 0


def read_only(corpus: Path, n: int) -> None:
    from wirecoder.ingest import read_inputs
    from wirecoder.records import Article
    from wirecoder.settings import Settings

    import psutil

    me = psutil.Process()
    settings = Settings()
    t0 = time.perf_counter()
    samples: list[tuple[int, float]] = []
    seen = 0
    for item in read_inputs([str(corpus)], settings):
        seen += isinstance(item, Article)
        if seen % max(1, n // 100) == 0:
            samples.append((seen, me.memory_info().rss / 2**20))
    elapsed = time.perf_counter() - t0
    _report(samples, n, seen, elapsed, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)


def full(corpus: Path, db: Path, n: int, workers: int | None) -> None:
    import psutil

    cmd = [sys.executable, "-c", "from wirecoder.cli import main; main()", "ingest", "--quiet",
           "--db", str(db), str(corpus)]
    if workers:
        cmd[5:5] = ["--workers", str(workers)]
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd)
    child = psutil.Process(proc.pid)
    samples: list[tuple[int, float]] = []
    peak = 0.0
    last_print = 0.0
    while proc.poll() is None:
        try:
            rss = sum(p.memory_info().rss for p in [child, *child.children(recursive=True)]) / 2**20
        except psutil.Error:
            break
        peak = max(peak, rss)
        done = _count(db)
        samples.append((done, rss))
        if time.perf_counter() - last_print > 60:
            last_print = time.perf_counter()
            print(f"{time.perf_counter() - t0:7.0f}s articles={done} rss_mib={rss:.0f}", flush=True)
        time.sleep(0.5)
    elapsed = time.perf_counter() - t0
    if proc.returncode != 0:
        sys.exit(f"ingest failed with exit code {proc.returncode}")
    _report(samples, n, _count(db), elapsed, peak)


def _report(samples: list[tuple[int, float]], n: int, done: int, elapsed: float, peak: float) -> None:
    tenths: dict[int, list[float]] = {}
    for count, rss in samples:
        if count:
            tenths.setdefault(min(9, count * 10 // n), []).append(rss)
    for t in sorted(tenths):
        print(f"articles {t * n // 10:>7,}-{(t + 1) * n // 10:>7,}: rss max {max(tenths[t]):7.1f} MiB")
    first = max(tenths.get(0, [0.0]))
    last = max(tenths.get(max(tenths, default=0), [0.0]))
    print(f"rss_first_tenth_mib={first:.1f} rss_last_tenth_mib={last:.1f} peak_rss_mib={peak:.1f} "
          f"articles={done} seconds={elapsed:.0f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--read-only", action="store_true", help="the readers alone, no NLP or store")
    parser.add_argument("--workers", type=int, default=None, help="pass --workers N to wirecoder ingest")
    parser.add_argument("--workdir", default=None, help="where the corpus and database go (default: a temp dir)")
    args = parser.parse_args()
    work = Path(args.workdir or tempfile.mkdtemp(prefix="wirecoder-stream-"))
    work.mkdir(parents=True, exist_ok=True)
    corpus = work / f"corpus-{args.articles}.jsonl"
    if not corpus.exists():
        write_jsonl(corpus, args.articles, seed=1)
    print(f"corpus {corpus} ({corpus.stat().st_size / 2**20:.1f} MiB, {args.articles:,} articles), "
          f"python {sys.version.split()[0]}, {os.cpu_count()} cores", flush=True)
    if args.read_only:
        read_only(corpus, args.articles)
    else:
        db = work / "stream.db"
        for suffix in ("", "-wal", "-shm"):
            Path(str(db) + suffix).unlink(missing_ok=True)
        full(corpus, db, args.articles, args.workers)


if __name__ == "__main__":
    main()

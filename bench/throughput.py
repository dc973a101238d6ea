"""Throughput: wirecoder end to end against the bare spaCy parse, on 1 and 2 Dask workers.

    python bench/throughput.py --articles N [--workers-list 1,2] [--repeat 3] [--work-dir DIR] [--serial]

Generates N varied articles from the bundled samples and the gold texts (each one the first
half of one story joined to the second half of another, with its own id and date), writes
them as one JSONL file and measures, in one run:

(a) the bare parse: the spaCy model, components and batch size wirecoder uses
    (``wirecoder.nlp.load_model``, ``settings.batch_size``) over the same texts, in this process,
    without the components wirecoder adds to the model (``wirecoder_*``: the lemma fixes);
(b) wirecoder end to end on a Dask LocalCluster of 1 worker: the JSONL read lazily, every
    stage in the worker, every article written by one writer into a fresh SQLite file —
    the loop ``wirecoder ingest --workers 1`` runs;
(c) the same with 2 workers (each number in ``--workers-list`` is one such run).

Cluster start-up and the once-per-worker pipeline build (model, knowledge base, matchers)
happen before the clock starts and are printed apart. Each worker count gets one
cluster, on which the bare parse and the end-to-end run are measured in turn ``--repeat``
times (default 3), each run into a new SQLite file; each rate is the best of its
measurements. On a shared machine whose speed drifts from one minute to the next (the same
parse took 5.9 to 7.8 CPU seconds in three runs here), a single slow moment then decides
neither side of a ratio. The first turn is cold on both sides (the parse's process and the
workers meet the texts for the first time), later turns warm on both; every turn's line is
printed, so the cold ratio is there too. Each run also prints the CPU seconds
it used (the workers' and the main process's apart), which a busy machine disturbs less
than the wall clock; ``--serial`` adds the in-process run
(no Dask) for comparison. The last line is
``e2e_vs_parse=<b/a> speedup_2_workers=<c/b> peak_rss_mib=<max per worker>`` (rates in
articles/s; ``nan`` when a run was not asked for).
"""
from __future__ import annotations

import argparse
import json
import math
import os
import platform
import resource
import sys
import tempfile
import time
from pathlib import Path

from wirecoder.ingest import read_inputs
from wirecoder.nlp import load_model
from wirecoder.pipeline import Pipeline, codable
from wirecoder.scale import DaskRunner, cpu_seconds
from wirecoder.records import Article, Rejection
from wirecoder.settings import Settings
from wirecoder.store import Store

ROOT = Path(__file__).resolve().parent.parent


def source_texts(settings: Settings) -> list[str]:
    samples = ROOT / "src" / "wirecoder" / "samples"
    texts = [a.text for a in read_inputs([str(samples)], settings) if isinstance(a, Article)]
    for gold in ("ner.jsonl", "events.jsonl"):
        path = ROOT / "tests" / "gold" / gold
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                text = json.loads(line).get("text") if line.strip() else None
                if text and len(text.split()) >= 40:
                    texts.append(text)
    return texts


def generate(n: int, settings: Settings, path: Path) -> None:
    """N articles, each the first half of one source text and the second half of another."""
    texts = source_texts(settings)
    paras = [[p for p in t.split("\n") if p.strip()] for t in texts]
    k = len(texts)
    with path.open("w", encoding="utf-8") as f:
        for i in range(n):
            a = i % k
            b = (a + 1 + (i // k) % (k - 1)) % k
            first, second = paras[a], paras[b]
            body = first[: max(1, len(first) // 2)] + second[len(second) // 2:]
            day = 1 + i % 28
            month = 1 + (i // 28) % 12
            f.write(json.dumps({"id": f"bench-{i:06d}", "title": f"Bench story {i}",
                                "published": f"2025-{month:02d}-{day:02d}", "source": "bench",
                                "text": "\n\n".join(body)}, ensure_ascii=False) + "\n")


def write_all(items, store: Store, settings: Settings) -> int:
    """The writer loop of ``wirecoder ingest``: one store, input order."""
    n = 0
    for item in items:
        if isinstance(item, Rejection):
            continue
        store.write(item, coded=codable(item, settings))
        n += 1
    return n


def load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--workers-list", default="1,2", help="comma-separated worker counts to run")
    parser.add_argument("--work-dir", default=None, help="where the JSONL and the SQLite files go")
    parser.add_argument("--serial", action="store_true", help="also run in-process, without Dask")
    parser.add_argument("--repeat", type=int, default=3,
                        help="measure each run this many times in turn and keep the best (default 3)")
    args = parser.parse_args()
    workers_list = [int(w) for w in args.workers_list.split(",") if w.strip()]
    work = Path(args.work_dir or tempfile.mkdtemp(prefix="wirecoder-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    settings = Settings().with_values(kb_dir=str(work / "no-kb"))
    corpus = work / "articles.jsonl"
    generate(args.articles, settings, corpus)
    texts = [a.text for a in read_inputs([str(corpus)], settings) if isinstance(a, Article)]
    n, words = len(texts), sum(len(t.split()) for t in texts)

    cpus = os.cpu_count()
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    print(f"machine: {platform.machine()}, {cpus} cores, {mem:.0f} GiB, Python {platform.python_version()}, "
          f"{platform.system()} {platform.release()}; load average at start {load()}")
    nlp = load_model(settings.model)
    # the model's own components only: wirecoder's additions (the lemma fixes) are its work
    ours = [name for name in nlp.pipe_names if name.startswith("wirecoder_")]
    print(f"articles={n} words={words} model={settings.model} "
          f"components={','.join(p for p in nlp.pipe_names if p not in ours)} batch_size={settings.batch_size}")

    def report(name: str, seconds: float, cpu: float) -> float:
        rate = n / seconds
        print(f"{name}: {seconds:.2f}s, {rate:.2f} articles/s, {words / seconds:,.0f} words/s; "
              f"{cpu:.2f} CPU s (load {load()})")
        return rate

    with nlp.select_pipes(disable=ours):
        list(nlp.pipe(texts[:4]))  # warm up

    def bare_parse(label: str) -> tuple[float, float]:
        """(articles/s, CPU s) of one bare parse of the texts."""
        with nlp.select_pipes(disable=ours):
            t0, c0 = time.perf_counter(), cpu_seconds()
            for _ in nlp.pipe(texts, batch_size=settings.batch_size):
                pass
            cpu = cpu_seconds() - c0
            return report(label, time.perf_counter() - t0, cpu), cpu

    def in_process(parse_cpu: float) -> None:
        t0 = time.perf_counter()
        pipeline = Pipeline(settings)
        built = time.perf_counter() - t0
        t0, c0 = time.perf_counter(), cpu_seconds()
        with Store(work / "serial.db") as store:
            write_all(pipeline.run(read_inputs([str(corpus)], settings)), store, settings)
        cpu = cpu_seconds() - c0
        report(f"in-process, no Dask (pipeline built in {built:.1f}s)", time.perf_counter() - t0, cpu)
        print(f"    parse CPU / in-process CPU = {parse_cpu / cpu:.3f}")
        print(f"in-process peak_rss_mib={resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f}")

    def end_to_end(runner: DaskRunner, w: int, label: str, parse_cpu: float) -> tuple[float, dict[str, float]]:
        db = work / f"workers-{w}.db"
        for suffix in ("", "-wal", "-shm"):
            Path(str(db) + suffix).unlink(missing_ok=True)
        w0, c0 = runner.worker_cpu_seconds(), cpu_seconds()
        t0 = time.perf_counter()
        with Store(db) as store:
            written = write_all(runner.run(read_inputs([str(corpus)], settings)), store, settings)
        seconds = time.perf_counter() - t0
        main_cpu = cpu_seconds() - c0
        worker_cpu = sum(v - w0.get(k, 0.0) for k, v in runner.worker_cpu_seconds().items())
        rss = runner.worker_peak_rss_mib()
        assert written == n, (written, n)
        rate = report(f"{label} wirecoder end to end, {w} worker{'s' if w > 1 else ''}", seconds,
                      main_cpu + worker_cpu)
        print(f"    CPU s: workers {worker_cpu:.2f}, main process (reader, writer, scheduler) {main_cpu:.2f}; "
              f"parse CPU / workers' CPU = {parse_cpu / worker_cpu:.3f}; "
              f"worker peak RSS MiB: {', '.join(f'{v:.0f}' for v in sorted(rss.values()))}")
        return rate, rss

    best_parse = 0.0
    rates: dict[int, float] = {}
    peak = 0.0
    first = True
    for w in workers_list:
        label = "(b)" if w == 1 else "(c)" if w == 2 else "   "
        t0 = time.perf_counter()
        with DaskRunner(settings, workers=w) as runner:
            print(f"{w} worker{'s' if w > 1 else ''}: cluster and pipelines ready in {time.perf_counter() - t0:.1f}s")
            for r in range(max(1, args.repeat)):
                tag = f" [{r + 1}/{args.repeat}]" if args.repeat > 1 else ""
                rate, parse_cpu = bare_parse(f"(a) bare parse{tag}")
                best_parse = max(best_parse, rate)
                if args.serial and first:
                    in_process(parse_cpu)
                first = False
                rate, rss = end_to_end(runner, w, label + tag, parse_cpu)
                rates[w] = max(rates.get(w, 0.0), rate)
                peak = max([peak, *rss.values()])
    if not workers_list:
        best_parse, _ = bare_parse("(a) bare parse")
    parse = best_parse
    if args.repeat > 1:
        print(f"best of {args.repeat}: (a) {parse:.2f} articles/s; "
              + "; ".join(f"{w} worker{'s' if w > 1 else ''} {v:.2f} articles/s" for w, v in rates.items()))

    b, c = rates.get(1, math.nan), rates.get(2, math.nan)
    print(f"e2e_vs_parse={b / parse:.3f} speedup_2_workers={c / b:.3f} peak_rss_mib={peak:.0f}")


if __name__ == "__main__":
    sys.exit(main())

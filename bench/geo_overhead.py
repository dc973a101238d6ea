"""The gazetteer's load time and memory, and what the geo stage adds to the bare parse.

    python bench/geo_overhead.py [--repeat N] [--rounds N]

1. Opens the packaged gazetteer in this fresh process and times the open plus a first
   lookup, and 2,000 lookups of names from the place gold set; prints the process's resident
   memory before and after (``ru_maxrss``/``/proc/self/status``).
2. Parses the bundled samples and the place gold texts, once bare and once followed by the
   mention and geo stages, and prints the geo stage's own time against the bare parse (the
   mention stage is timed apart: its overhead is bench/mentions_overhead.py's figure).
"""
from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=3, help="copies of the corpus per run")
    parser.add_argument("--rounds", type=int, default=3, help="timed runs (best kept)")
    args = parser.parse_args()

    before = rss_mb()
    t0 = time.perf_counter()
    from wirecoder.geo.gazetteer import Gazetteer
    gaz = Gazetteer()
    gaz.lookup("Mosul")
    open_s = time.perf_counter() - t0
    gold = [json.loads(line) for line in (ROOT / "tests" / "gold" / "places.jsonl").read_text().splitlines() if line]
    names = [p["text"] for r in gold for p in r["places"]]
    t0 = time.perf_counter()
    n = 0
    while n < 2000:
        for name in names:
            gaz._lookup.cache_clear()  # measure the query, not the cache
            gaz.lookup(name)
            n += 1
    lookup_us = (time.perf_counter() - t0) / n * 1e6
    print(f"gazetteer: {sum(gaz.stats().values())} places; open+first lookup {open_s * 1000:.0f} ms; "
          f"{lookup_us:.0f} us per uncached lookup; RSS {before:.0f} MB -> {rss_mb():.0f} MB")

    from wirecoder.actors.mentions import MentionStage
    from wirecoder.geo.stage import GeoStage
    from wirecoder.ingest import read_inputs
    from wirecoder.nlp import load_model
    from wirecoder.records import Article
    from wirecoder.settings import Settings

    settings = Settings()
    samples = ROOT / "src" / "wirecoder" / "samples"
    texts = [a.text for a in read_inputs([str(samples / d) for d in ("dumps", "html", "api", "feeds", "warc")],
                                         settings) if isinstance(a, Article)]
    texts += [r["text"] for r in gold]
    corpus = texts * args.repeat
    words = sum(len(t.split()) for t in corpus)
    nlp = load_model(settings.model)
    mentions = MentionStage(settings)
    geo = GeoStage(settings)
    list(nlp.pipe(corpus[:10]))
    bares, geos = [], []
    for _ in range(args.rounds):
        t0 = time.perf_counter()
        docs = list(nlp.pipe(corpus, batch_size=settings.batch_size))
        bares.append(time.perf_counter() - t0)
        arts = [Article(id=str(i), text=t, content_hash="", doc=d) for i, (t, d) in enumerate(zip(corpus, docs))]
        mentions(arts)
        t0 = time.perf_counter()
        geo(arts)
        geos.append(time.perf_counter() - t0)
    bare, g = min(bares), min(geos)
    placed = sum(1 for a in arts for m in a.mentions if m.place is not None)
    print(f"texts={len(corpus)} words={words}; bare parse {bare:.2f}s; geo stage {g:.2f}s "
          f"({placed} place mentions); geo_overhead={g / bare:.3f}; RSS {rss_mb():.0f} MB")


if __name__ == "__main__":
    main()

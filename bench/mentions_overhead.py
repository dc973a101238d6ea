"""How much the mention and resolution stage adds to the bare parse (issue: at most 15%).

    python bench/mentions_overhead.py [--repeat N]

Parses the bundled samples and the gold texts with the same spaCy model, components and
batch size wirecoder uses, once bare and once followed by the mention stage, and prints the
ratio from one run. Knowledge-base, matcher and gazetteer loading happen before timing
(they are once per process).
"""
from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from wirecoder.actors.mentions import MentionStage
from wirecoder.ingest import read_inputs
from wirecoder.nlp import load_model
from wirecoder.records import Article
from wirecoder.settings import Settings

ROOT = Path(__file__).resolve().parent.parent


def texts() -> list[str]:
    s = Settings()
    samples = ROOT / "src" / "wirecoder" / "samples"
    out = [a.text for a in read_inputs([str(samples / d) for d in ("dumps", "html", "api", "feeds", "warc")], s)
           if isinstance(a, Article)]
    gold = ROOT / "tests" / "gold" / "ner.jsonl"
    out += [json.loads(l)["text"] for l in gold.read_text(encoding="utf-8").splitlines() if l.strip()]
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=3, help="copies of the corpus per run")
    parser.add_argument("--rounds", type=int, default=3, help="alternating timed runs of each")
    args = parser.parse_args()
    settings = Settings()
    nlp = load_model(settings.model)
    stage = MentionStage(settings)
    corpus = texts() * args.repeat
    words = sum(len(t.split()) for t in corpus)
    list(nlp.pipe(corpus[:10]))  # warm up

    def bare_run() -> float:
        t0 = time.perf_counter()
        for _ in nlp.pipe(corpus, batch_size=settings.batch_size):
            pass
        return time.perf_counter() - t0

    def full_run() -> tuple[float, int]:
        t0 = time.perf_counter()
        n = 0
        for doc in nlp.pipe(corpus, batch_size=settings.batch_size):
            n += len(stage.extract(doc))
        return time.perf_counter() - t0, n

    # alternate the two and keep each one's best time, so load on the machine hits both alike
    bares, fulls = [], []
    for _ in range(args.rounds):
        bares.append(bare_run())
        t, n_mentions = full_run()
        fulls.append(t)
    bare, full = min(bares), min(fulls)

    print(f"texts={len(corpus)} words={words} model={settings.model} components={','.join(nlp.pipe_names)}")
    print(f"bare parse: {bare:.2f}s ({words / bare:,.0f} words/s)")
    print(f"parse + mentions: {full:.2f}s ({words / full:,.0f} words/s), {n_mentions} mentions")
    print(f"mentions_overhead={full / bare - 1:.3f}")


if __name__ == "__main__":
    main()

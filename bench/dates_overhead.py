"""What the dates-and-quantities stage costs next to the parse.

    python bench/dates_overhead.py [--repeat N] [--rounds N]

Runs the full pipeline over the bundled sample corpus (all formats), timing each stage, and
prints the dates-and-quantities stage's time against the NLP stage's (the spaCy parse) and
against the whole pipeline. Models and data load before timing (once per process).
"""
from __future__ import annotations

import argparse
import copy
import time
from pathlib import Path

from wirecoder.ingest import read_inputs
from wirecoder.pipeline import Pipeline
from wirecoder.records import Article
from wirecoder.settings import Settings

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=3, help="copies of the corpus per run")
    parser.add_argument("--rounds", type=int, default=3, help="timed runs; the best of each stage is kept")
    args = parser.parse_args()
    settings = Settings()
    samples = ROOT / "src" / "wirecoder" / "samples"
    articles = [a for a in read_inputs([str(samples / d) for d in ("dumps", "html", "api", "feeds", "warc")], settings)
                if isinstance(a, Article)]
    pipeline = Pipeline(settings)
    pipeline.code([copy.deepcopy(a) for a in articles[:2]])  # warm up: models, knowledge base, dateparser
    best: dict[str, float] = {}
    events = quantities = dated = 0
    for _ in range(args.rounds):
        batch = [copy.deepcopy(a) for a in articles * args.repeat]
        times: dict[str, float] = {}
        for start in range(0, len(batch), settings.batch_size):
            chunk = batch[start:start + settings.batch_size]
            for stage in pipeline.stages:
                t0 = time.perf_counter()
                chunk = stage(chunk)
                times[stage.name] = times.get(stage.name, 0.0) + time.perf_counter() - t0
        for name, t in times.items():
            best[name] = min(best.get(name, t), t)
        events = sum(len(a.events) for a in batch)
        quantities = sum(len(e.quantities) for a in batch for e in a.events)
        dated = sum(1 for a in batch for e in a.events if e.date_precision not in (None, "publication"))
    words = sum(len(a.text.split()) for a in articles) * args.repeat
    total = sum(best.values())
    print(f"articles={len(articles) * args.repeat} words={words} events={events} "
          f"dated_from_text={dated} quantities={quantities}")
    for name, t in best.items():
        print(f"{name}: {t:.3f}s")
    dq = best["dates-quantities"]
    print(f"dates_vs_parse={dq / best['nlp']:.4f} dates_share_of_pipeline={dq / total:.4f}")


if __name__ == "__main__":
    main()

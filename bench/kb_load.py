"""How long the knowledge base takes to load, and the mention stage's matchers to build
(both once per process).    python bench/kb_load.py"""
from __future__ import annotations

import time

from wirecoder.actors.kb import load_kb
from wirecoder.actors.mentions import _matchers
from wirecoder.nlp import load_model
from wirecoder.settings import Settings


def main() -> None:
    settings = Settings()
    load_model(settings.model)
    t0 = time.perf_counter()
    kb = load_kb(())
    t1 = time.perf_counter()
    _matchers(settings.model, ())
    t2 = time.perf_counter()
    aliases = sum(len(v) for v in kb.by_alias.values())
    print(f"actors={len(kb.actors)} names_and_aliases={aliases}")
    print(f"kb_load_s={t1 - t0:.2f} matcher_build_s={t2 - t1:.2f}")


if __name__ == "__main__":
    main()

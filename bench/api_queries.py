"""API query latency on a synthetic store: how long each endpoint takes as the database grows.

    python bench/api_queries.py [ARTICLES] [DB]

Writes ARTICLES synthetic articles (default 2000) with 10 events each (random types, 300
actors, half of them located, 1 in 5 negated or hypothetical) into DB (default
/tmp/wirecoder-bench-api.db, reused when it exists), then times each endpoint through
FastAPI's test client (best of 3) and pages through every event 1000 at a time.
"""
from __future__ import annotations

import hashlib
import random
import sys
import time
from pathlib import Path

from fastapi.testclient import TestClient

from wirecoder.records import Actor, Article, Event, Place
from wirecoder.settings import Settings
from wirecoder.store import Store
from wirecoder.web import create_app

URLS = ["/api/events", "/api/events?type=ASSAULT&country=MLI", "/api/events?clusters=true",
        "/api/events?near=10,20&km=500", "/api/events?since=2025-06&until=2025-06", "/api/events?actor=Actor+7",
        "/api/graph", "/api/aggregate", "/api/aggregate?by=type,day", "/api/search?q=attack",
        "/api/actors?q=Actor+1", "/api/actors/new:a7", "/api/stats", "/api/events?located=true&limit=1000", "/"]


def build(path: Path, n: int) -> float:
    rnd = random.Random(1)
    actors = [Actor(f"new:a{i}", f"Actor {i}", rnd.choice(["MLI", "KEN", "FRA", "USA"]),
                    rnd.choice(["state", "armed_group", "person"]), "GOV") for i in range(300)]
    types = ["ASSAULT", "ACCUSE", "CONSULT", "AGREE", "PROTEST", "COERCE"]
    words = ["alpha", "beta", "gamma", "delta", "attack", "talks", "protest", "sanction"]
    t = time.perf_counter()
    with Store(path) as s:
        for i in range(n):
            text = f"Story {i}. " + " ".join(rnd.choice(words) + (" " if rnd.random() < .3 else str(rnd.randint(0, 5000)))
                                               for _ in range(60))
            a = Article(id=f"art{i}", text=text, title=f"Story {i}", source=rnd.choice("ABC"),
                        published=f"2025-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}",
                        content_hash=hashlib.sha256(text.encode()).hexdigest())
            for j in range(10):
                place = Place("P", rnd.choice(["MLI", "KEN"]), None, rnd.uniform(-40, 60), rnd.uniform(-20, 100),
                              "city", None) if j % 2 else None
                a.events.append(Event(
                    id=f"ev{i}-{j}", article_id=a.id, type=rnd.choice(types), source=rnd.choice(actors),
                    target=rnd.choice(actors), evidence=text[:80], span=(0, 80), trigger_span=(0, 5),
                    confidence=rnd.random(), location=place,
                    modality=rnd.choice(["asserted"] * 8 + ["negated", "hypothetical"])))
            s.write(a)
    return time.perf_counter() - t


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    path = Path(sys.argv[2] if len(sys.argv) > 2 else "/tmp/wirecoder-bench-api.db")
    if not path.exists():
        print(f"writing {n} articles, {n * 10} events: {build(path, n):.1f}s")
    client = TestClient(create_app(Settings(db=str(path))))
    client.get("/api/stats")
    for url in URLS:
        times = []
        for _ in range(3):
            t = time.perf_counter()
            r = client.get(url)
            times.append(time.perf_counter() - t)
        print(f"{r.status_code} {min(times) * 1000:8.1f} ms  {url}")
    t, pages, cursor = time.perf_counter(), 0, ""
    while cursor is not None:
        page = client.get("/api/events?limit=1000" + (f"&cursor={cursor}" if cursor else "")).json()
        pages, cursor = pages + 1, page["next"]
    print(f"every event in {pages} pages of 1000: {time.perf_counter() - t:.2f}s")


if __name__ == "__main__":
    main()

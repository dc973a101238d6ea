"""Concurrent use: the server keeps answering while a CLI ingest and a second writer write
the same database; nobody sees "database is locked"."""
from __future__ import annotations

import threading
import time

import httpx
from click.testing import CliRunner

from wirecoder.cli import cli
from wirecoder.records import Article
from wirecoder.store import Store

from .corpus import article, write_jsonl

READS = ["/api/events?limit=50", "/api/stats", "/api/articles?limit=20", "/api/search?q=army",
         "/api/events?type=ASSAULT&limit=20", "/api/aggregate?by=type", "/api/graph"]


def test_server_answers_while_two_writers_write(server, event_db, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for key in ("WIRECODER_DB", "WIRECODER_CONFIG"):
        monkeypatch.delenv(key, raising=False)
    corpus = write_jsonl(tmp_path / "more.jsonl", 60, seed=21)
    stop = threading.Event()
    answers: list[tuple[str, int, str]] = []
    counts: dict[int, list[int]] = {}
    failures: list[str] = []

    def reader(n: int) -> None:
        seen = counts.setdefault(n, [])
        with httpx.Client(base_url=server.url, timeout=60) as client:
            i = 0
            while not stop.is_set():
                url = READS[i % len(READS)]
                i += 1
                try:
                    r = client.get(url)
                except httpx.HTTPError as exc:
                    failures.append(f"{url}: {type(exc).__name__} {exc}")
                    continue
                answers.append((url, r.status_code, r.text if r.status_code != 200 else ""))
                if url == "/api/stats" and r.status_code == 200:
                    seen.append(r.json()["articles"])

    def other_writer() -> None:
        # a second process-like writer: its own connection, one transaction per article
        try:
            with Store(event_db) as store:
                for i in range(40):
                    rec = article(i, seed=22)
                    store.write(Article(id=rec["id"], text=rec["text"], title=rec["title"],
                                        content_hash=f"{rec['id']:0>64}"[-64:]))
                    time.sleep(0.01)
        except Exception as exc:  # reported below, with the rest
            failures.append(f"second writer: {type(exc).__name__} {exc}")

    before = httpx.get(server.url + "/api/stats", timeout=30).json()["articles"]
    readers = [threading.Thread(target=reader, args=(n,)) for n in range(3)]
    writer = threading.Thread(target=other_writer)
    for t in readers:
        t.start()
    writer.start()
    try:
        result = CliRunner().invoke(cli, ["ingest", "--db", str(event_db), "--quiet", str(corpus)], obj={},
                                    catch_exceptions=False)
        writer.join(timeout=120)
        time.sleep(0.3)
    finally:
        stop.set()
        for t in readers:
            t.join(timeout=60)

    assert result.exit_code == 0, result.stderr
    assert "locked" not in result.stderr
    assert failures == []
    assert len(answers) >= 30, "the readers hardly got through"
    bad = [a for a in answers if a[1] != 200]
    assert bad == [], bad[:3]
    for seen in counts.values():  # each reader saw the writes land, never one undone
        assert seen == sorted(seen) and seen[0] >= before
    assert max(max(seen) for seen in counts.values()) > before
    after = httpx.get(server.url + "/api/stats", timeout=30).json()["articles"]
    assert after == before + 60 + 40

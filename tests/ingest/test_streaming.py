"""Streaming: files, JSON lines, WARC records and feed items are read lazily, so memory stays
flat however long the input (the 100,000-article run is ``bench/stream_memory.py``)."""
from __future__ import annotations

import gc
import io
import itertools
import json
import tracemalloc

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from wirecoder.ingest import read_inputs
from wirecoder.records import Article

from ..reliability.corpus import article, write_jsonl


def _peak_while_reading(paths, settings, stdin=None) -> tuple[int, int]:
    """(articles read, peak traced memory) while every item is read and let go."""
    n, peak, _ = _measure(paths, settings, stdin)
    return n, peak


def _measure(paths, settings, stdin=None) -> tuple[int, int, int]:
    """(articles read, peak traced memory, memory allocated meanwhile and still held
    afterwards) while every item is read and let go."""
    tracemalloc.start()
    try:
        n = sum(isinstance(item, Article) for item in read_inputs([str(p) for p in paths], settings, stdin=stdin))
        peak = tracemalloc.get_traced_memory()[1]
        gc.collect()  # feedparser leaves reference cycles for the collector
        held = tracemalloc.take_snapshot().filter_traces([tracemalloc.Filter(False, tracemalloc.__file__)])
        return n, peak, sum(stat.size for stat in held.statistics("filename"))
    finally:
        tracemalloc.stop()


class _Stream(io.RawIOBase):
    """A read-only stream over an endless iterator of byte chunks."""

    def __init__(self, chunks):
        self.chunks, self.buf = chunks, b""

    def readable(self):
        return True

    def readinto(self, b):
        while len(self.buf) < len(b):
            self.buf += next(self.chunks)
        n = len(b)
        b[:n], self.buf = self.buf[:n], self.buf[n:]
        return n


def test_jsonl_is_read_line_by_line_in_flat_memory(tmp_path, settings):
    small = write_jsonl(tmp_path / "small.jsonl", 200)
    big = write_jsonl(tmp_path / "big.jsonl", 5_000)
    _peak_while_reading([small], settings)  # imports and caches first, outside the measure
    n_small, peak_small = _peak_while_reading([small], settings)
    n_big, peak_big = _peak_while_reading([big], settings)
    assert (n_small, n_big) == (200, 5_000)
    assert big.stat().st_size > 2_000_000
    # 25 times the articles, about the same memory: nothing accumulates per article
    assert peak_big < peak_small + 100_000 and peak_big < 1_000_000


def test_the_first_article_comes_before_the_rest_is_read(settings):
    """An endless JSON Lines stream on stdin still gives its first articles."""

    lines = (json.dumps(article(i)).encode() + b"\n" for i in itertools.count())
    first = list(itertools.islice(read_inputs(["-"], settings, stdin=io.BufferedReader(_Stream(lines))), 3))
    assert [a.id for a in first] == ["gen-0-000000", "gen-0-000001", "gen-0-000002"]


def test_feed_items_are_read_one_at_a_time(tmp_path, settings):
    def feed(n: int):
        path = tmp_path / f"feed-{n}.rss"
        with open(path, "w", encoding="utf-8") as f:
            f.write('<?xml version="1.0" encoding="utf-8"?><rss version="2.0" '
                    'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Generated</title>\n')
            for i in range(n):
                a = article(i)
                f.write(f"<item><title>{a['title']}</title><guid>{a['id']}</guid>"
                        f"<pubDate>Tue, 10 Jun 2025 14:05:00 +0000</pubDate>"
                        f"<content:encoded><![CDATA[<p>{a['text']}</p>]]></content:encoded></item>\n")
            f.write("</channel></rss>\n")
        return path

    small, big = feed(40), feed(400)
    n_small, peak_small, _ = _measure([small], settings)
    n_big, peak_big, _ = _measure([big], settings)
    assert (n_small, n_big) == (40, 400)
    assert peak_big < peak_small + 300_000 and peak_big < 2_000_000
    # read again, with the libraries' caches warm: what stays allocated is small change
    # (interned names, bounded caches), far below the 400 articles (over 600 kB as records)
    _, _, held = _measure([big], settings)
    assert held < 150_000
    [first] = itertools.islice(read_inputs([str(big)], settings), 1)
    assert (first.id, first.source, first.published) == ("gen-0-000000", "Generated", "2025-06-10T14:05:00+00:00")


def test_warc_records_are_read_one_at_a_time(tmp_path, settings):
    def warc(n: int):
        path = tmp_path / f"crawl-{n}.warc.gz"
        with open(path, "wb") as f:
            writer = WARCWriter(f, gzip=True)
            for i in range(n):
                a = article(i)
                body = f"<html><head><title>{a['title']}</title></head><body><article><p>{a['text']}</p></article></body></html>"
                headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
                writer.write_record(writer.create_warc_record(f"https://gen.example/{i}", "response",
                                                              payload=io.BytesIO(body.encode()), http_headers=headers))
        return path

    _measure([warc(1)], settings)  # imports first, outside the measure
    n, peak, _ = _measure([warc(60)], settings)
    assert n == 60 and peak < 2_000_000

    # an endless crawl on stdin still gives its first articles: records are read one by one
    def endless():
        for i in itertools.count():
            buf = io.BytesIO()
            a = article(i)
            body = f"<html><body><article><p>{a['text']}</p></article></body></html>"
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
            writer = WARCWriter(buf, gzip=False)
            writer.write_record(writer.create_warc_record(f"https://gen.example/{i}", "response",
                                                          payload=io.BytesIO(body.encode()), http_headers=headers))
            yield buf.getvalue()

    first = list(itertools.islice(read_inputs(["-"], settings, stdin=io.BufferedReader(_Stream(endless()))), 3))
    assert [a.url for a in first] == [f"https://gen.example/{i}" for i in range(3)]


def test_folders_are_walked_lazily(tmp_path, settings):
    for i in range(300):
        (tmp_path / f"{i:04d}.txt").write_text(f"Story {i}\n\n{article(i)['text']}", encoding="utf-8")
    items = read_inputs([str(tmp_path)], settings)
    first = next(items)
    assert first.origin.endswith("0000.txt")
    n, peak = _peak_while_reading([tmp_path], settings)
    assert n == 300 and peak < 2_000_000

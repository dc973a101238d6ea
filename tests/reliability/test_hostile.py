"""Hostile input: every case ends with one clear rejection or a correct article, in bounded
time and memory, never a traceback; the rest of the batch lands."""
from __future__ import annotations

import gzip
import io
import json
import random
import time
import tracemalloc
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from wirecoder.ingest import read_inputs
from wirecoder.records import Article, Rejection

from ..conftest import jsonl

BODY = ("Police arrested twelve people in Nairobi on Tuesday after clashes with protesters, "
        "a police spokesman said. The protesters had marched against rising fuel prices.")
ARABIC = "\u0642\u0627\u0644\u062a \u0627\u0644\u0634\u0631\u0637\u0629 \u0641\u064a \u0627\u0644\u0642\u0627\u0647\u0631\u0629"
HEBREW = "\u05d4\u05de\u05e9\u05d8\u05e8\u05d4 \u05d0\u05de\u05e8\u05d4"
LAUGHS = ('<!DOCTYPE lolz [<!ENTITY lol "lol">'
          + "".join(f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10 if i > 1 else "&lol;" * 10}">'
                    for i in range(1, 10)) + "]>")


def _read_one(path: Path, settings, max_seconds: float = 20) -> list[Article | Rejection]:
    start = time.monotonic()
    got = list(read_inputs([str(path)], settings))
    assert time.monotonic() - start < max_seconds, f"{path.name} took too long"
    return got


def _rejected(got, *words: str) -> Rejection:
    assert len(got) == 1 and isinstance(got[0], Rejection), got
    reason = got[0].reason.lower()
    assert all(w.lower() in reason for w in words), got[0]
    assert "traceback" not in reason and "unexpected" not in reason
    return got[0]


def _warc(records: list[tuple[str, bytes]]) -> bytes:
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=False)
    for url, body in records:
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers))
    return buf.getvalue()


def _page(body: str, title: str = "Clashes in Nairobi") -> str:
    return f"<html><head><title>{title}</title></head><body><article><p>{body}</p></article></body></html>"


# -- binary and empty ---------------------------------------------------------------------

@pytest.mark.parametrize("name,data,words", [
    ("random.txt", random.Random(1).randbytes(200_000), ["binary"]),
    ("random.jsonl", random.Random(2).randbytes(200_000), ["binary"]),
    ("random.html", random.Random(3).randbytes(50_000), ["binary"]),
    ("random.xml", b"<?xml version='1.0'?><rss>" + random.Random(4).randbytes(50_000), []),
    ("zeros.txt", b"\x00" * 100_000, ["binary"]),
    ("zeros.jsonl", b"\x00" * 100_000, ["binary"]),
    ("empty.txt", b"", ["empty"]),
    ("empty.jsonl", b"", []),
    ("garbage.warc.gz", b"\x1f\x8b" + random.Random(5).randbytes(10_000), ["damaged"]),
    ("garbage.warc", b"WARC/1.0\r\n" + random.Random(6).randbytes(10_000), ["warc"]),
])
def test_binary_and_empty_inputs_are_one_rejection(tmp_path, settings, name, data, words):
    path = tmp_path / name
    path.write_bytes(data)
    got = _read_one(path, settings)
    if name == "empty.jsonl":
        assert got == []  # an empty JSON Lines file holds no records; nothing to reject
        return
    r = _rejected(got, *words)
    assert r.where.startswith(str(path))


# -- encodings and scripts ----------------------------------------------------------------

def test_invalid_utf8_is_read_not_refused(tmp_path, settings):
    path = tmp_path / "broken.txt"
    path.write_bytes(("Clashes in Nairobi\n\n" + BODY).encode("utf-8").replace(b"twelve", b"tw\xc3\x28elve\xff"))
    [a] = _read_one(path, settings)
    assert isinstance(a, Article) and "Nairobi on Tuesday" in a.text and "\ufffd" not in a.text


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-8-sig", "utf-32"])
def test_unicode_encodings_with_bom(tmp_path, settings, encoding):
    text = f"Talks in Cairo\n\n{BODY} {ARABIC}. Café owners in Zürich — “quoted” — said so."
    path = tmp_path / f"story-{encoding}.txt"
    data = text.encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data
    path.write_bytes(data)
    [a] = _read_one(path, settings)
    assert isinstance(a, Article)
    assert a.title == "Talks in Cairo" and a.text == text.split("\n\n", 1)[1]


def test_utf16_jsonl_and_feed(tmp_path, settings):
    (tmp_path / "a.jsonl").write_bytes((json.dumps({"id": "u16", "text": BODY}) + "\n").encode("utf-16"))
    (tmp_path / "b.xml").write_bytes(
        f'<?xml version="1.0" encoding="utf-16"?><rss version="2.0"><channel><title>Wire</title><item>'
        f"<title>Clashes</title><guid>g1</guid><description>{BODY}</description></item></channel></rss>".encode("utf-16"))
    a, b = _read_one(tmp_path, settings)
    assert (a.id, a.text) == ("u16", BODY)
    assert (b.id, b.source, b.text) == ("g1", "Wire", BODY)


def test_right_to_left_and_mixed_scripts_keep_every_character(tmp_path, settings):
    mixed = (f"{BODY} \u200f{ARABIC}\u200f and \u202b{HEBREW}\u202c were quoted; "
             "\u041c\u043e\u0441\u043a\u0432\u0430 \u6c5f\u6ca2\u6c11 \U0001f1fa\U0001f1e6 e\u0301te\u0301.")
    path = tmp_path / "mixed.jsonl"
    path.write_text(json.dumps({"id": "mixed", "title": ARABIC, "text": mixed}, ensure_ascii=False) + "\n",
                    encoding="utf-8")
    [a] = _read_one(path, settings)
    assert a.title == ARABIC
    assert a.text == mixed.replace("e\u0301", "\u00e9")  # NFC: combining accents composed, nothing else changed


# -- size ---------------------------------------------------------------------------------

def _sparse(path: Path, size: int, head: bytes = b"", tail: bytes = b"") -> Path:
    """A file of ``size`` bytes written in an instant: text at both ends, a hole between."""
    with open(path, "wb") as f:
        f.write(head)
        f.seek(size - len(tail))
        f.write(tail)
    return path


def test_200_mb_file_is_refused_in_bounded_memory(tmp_path, settings):
    text = ("Clashes in Nairobi\n\n" + BODY + "\n").encode()
    big = _sparse(tmp_path / "big.txt", 200_000_000, head=text, tail=text)
    html = _sparse(tmp_path / "big.html", 200_000_000, head=_page(BODY).encode(), tail=b"</html>")
    tracemalloc.start()
    try:
        got = _read_one(big, settings) + _read_one(html, settings)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert [r.reason.split(",")[0] for r in got] == ["file is 200.0 MB"] * 2
    assert all("max_file_bytes" in r.reason for r in got)
    assert peak < 2_000_000


def test_200_mb_on_stdin_is_streamed_and_refused_at_the_limit(tmp_path, settings):
    limited = settings.with_values(max_file_bytes=5_000_000)
    big = _sparse(tmp_path / "big.txt", 200_000_000, head=("Clashes in Nairobi\n\n" + BODY).encode(), tail=b"end\n")
    tracemalloc.start()
    try:
        with open(big, "rb") as stdin:
            got = list(read_inputs(["-"], limited, stdin=stdin))
            consumed = stdin.tell()
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    [r] = got
    assert r.where == "<stdin>" and "over the limit of 5.0 MB" in r.reason
    assert consumed < 20_000_000       # stopped reading soon after the limit
    assert peak < 25_000_000           # a few times the limit, not the 200 MB


def test_5_mb_single_line(tmp_path, settings):
    line = ("The army said fighting continued in the north of the country. " * 80_000)[:5_000_000]
    (tmp_path / "a-line.txt").write_text(line, encoding="utf-8")
    (tmp_path / "b-line.jsonl").write_text(json.dumps({"text": line}) + "\n" + json.dumps({"text": BODY}) + "\n",
                                           encoding="utf-8")
    (tmp_path / "c-line.html").write_text(_page(line), encoding="utf-8")
    start = time.monotonic()
    got = list(read_inputs([str(tmp_path)], settings))
    elapsed = time.monotonic() - start
    assert [type(x).__name__ for x in got] == ["Rejection", "Rejection", "Article", "Rejection"]
    assert "over the limit of 1,000,000" in got[0].reason
    assert got[1].where.endswith("b-line.jsonl:1") and "line is over" in got[1].reason
    assert got[2].text == BODY
    assert "over the limit of 1,000,000" in got[3].reason
    assert elapsed < 30


# -- HTML ---------------------------------------------------------------------------------

def test_deeply_nested_html(tmp_path, settings):
    deep = tmp_path / "deep.html"
    deep.write_text("<html><body>" + "<div>" * 100_000 + f"<p>{BODY}</p>" + "</div>" * 100_000 + "</body></html>")
    _rejected(_read_one(deep, settings), "nested more than 255")
    fine = tmp_path / "fine.html"
    fine.write_text("<html><body>" + "<div><span>" * 100 + f"<p>{BODY}</p>" + "</span></div>" * 100 + "</body></html>")
    [a] = _read_one(fine, settings)
    assert a.text == BODY


def test_scripts_handlers_and_entity_bombs_in_html(tmp_path, settings):
    page = tmp_path / "evil.html"
    page.write_text(
        "<!DOCTYPE html>" + LAUGHS.replace("lolz", "html") +
        '<html><head><title>Clashes &lol9;</title><script>alert("head")</script><style>p{}</style></head>'
        '<body onload="steal()"><iframe src="javascript:alert(2)"></iframe><noscript>enable js</noscript>'
        '<svg onload="alert(3)"><script>alert(4)</script></svg><img src=x onerror="alert(5)">'
        f'<article><p onclick="alert(6)">{BODY}</p><a href="javascript:alert(7)">'
        "</a><script>document.write('<p>injected</p>')</script></article></body></html>", encoding="utf-8")
    [a] = _read_one(page, settings, max_seconds=10)
    assert BODY in a.text
    for bad in ("alert", "steal", "injected", "enable js", "onclick", "<", "lollol"):
        assert bad not in a.text and bad not in (a.title or "")


# -- JSON Lines ---------------------------------------------------------------------------

def test_jsonl_wrong_types_and_missing_fields(tmp_path, settings):
    lines = [
        json.dumps({"id": "ok-1", "text": BODY}),
        json.dumps({"id": "no-text", "title": "Only a title"}),
        json.dumps({"text": 42}),
        json.dumps({"text": ["a", "list"]}),
        json.dumps({"text": {"nested": BODY}}),
        json.dumps({"text": None}),
        json.dumps({"text": "   "}),
        json.dumps({"text": BODY, "id": {"x": 1}}),
        json.dumps({"text": BODY, "title": ["a"]}),
        json.dumps({"text": BODY, "captions": "not a list"}),
        '{"text": NaN}',
        json.dumps(["not", "an", "object"]),
        "42",
        '"just a string"',
        "null",
        '{"text": "unterminated',
        "[" * 50_000 + "]" * 50_000,
        '{"text": "' + BODY + '", "published": 1e999, "id": 12345678901234567890}',
        json.dumps({"id": "ok-2", "text": BODY + " Again.", "published": "not a date", "source": {"name": "Wire"}}),
    ]
    path = tmp_path / "mixed.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    got = _read_one(path, settings)
    assert len(got) == len(lines)
    where = [(g.origin if isinstance(g, Article) else g.where).rsplit(":", 1)[1] for g in got]
    assert where == [str(n) for n in range(1, len(lines) + 1)]
    assert [w for w, g in zip(where, got) if isinstance(g, Article)] == ["1", "18", "19"]
    reasons = {g.where.rsplit(":", 1)[1]: g.reason for g in got if isinstance(g, Rejection)}
    assert "no 'text' field" in reasons["2"]
    assert reasons["3"] == "field 'text' must be a string, got a number"
    assert reasons["4"] == "field 'text' must be a string, got a list"
    assert reasons["5"] == "field 'text' must be a string, got an object"
    assert "no 'text' field" in reasons["6"]  # null counts as absent
    assert reasons["7"] == "field 'text' is empty"
    assert reasons["8"] == "field 'id' must be a string, got an object"
    assert reasons["9"] == "field 'title' must be a string, got a list"
    assert reasons["10"] == "field 'captions' must be a list of strings"
    assert reasons["11"] == "field 'text' must be a string, got a number"
    for n in ("12", "13", "14", "15"):
        assert reasons[n].startswith("expected a JSON object")
    assert reasons["16"].startswith("malformed JSON")
    assert reasons["17"] == "malformed JSON: JSON nested too deeply to read"
    odd = got[17]
    assert (odd.id, odd.published) == ("12345678901234567890", None)
    assert (got[18].source, got[18].published) == ("Wire", None)


def test_deep_json_document(tmp_path, settings):
    path = tmp_path / "deep.json"
    path.write_text("[" * 100_000 + "]" * 100_000)
    _rejected(_read_one(path, settings), "nested too deeply")


# -- WARC ---------------------------------------------------------------------------------

@pytest.mark.parametrize("compress", [False, True])
@pytest.mark.parametrize("cut", [0.4, 0.6, 0.9])
def test_truncated_warc(tmp_path, settings, compress, cut):
    data = _warc([(f"https://n.example/{i}", _page(f"{BODY} Item {i}.", f"Story {i}").encode()) for i in range(4)])
    if compress:
        data = gzip.compress(data)
    path = tmp_path / ("crawl.warc.gz" if compress else "crawl.warc")
    path.write_bytes(data[: int(len(data) * cut)])
    got = _read_one(path, settings)
    articles = [g for g in got if isinstance(g, Article)]
    rejections = [g for g in got if isinstance(g, Rejection)]
    assert [a.url for a in articles] == [f"https://n.example/{i}" for i in range(len(articles))]
    assert all(a.text.startswith(BODY) for a in articles)
    assert len(rejections) == 1 and got[-1] is rejections[0]
    assert "truncated" in rejections[0].reason and rejections[0].where.startswith(f"{path}#record ")
    assert len(articles) < 4


# -- feeds --------------------------------------------------------------------------------

def _feed(prolog: str = "", item_text: str = BODY) -> str:
    return (f'<?xml version="1.0"?>{prolog}<rss version="2.0"><channel><title>Wire</title>'
            f"<item><title>Clashes</title><guid>g1</guid><description>{item_text}</description></item>"
            "</channel></rss>")


@pytest.mark.parametrize("name,text", [
    ("laughs.xml", _feed(LAUGHS, "&lol9;")),
    ("laughs.rss", _feed(LAUGHS.replace("lolz", "rss"), "&lol9;")),
    ("external.rss", _feed('<!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]>', "&x;")),
    ("parameter.rss", _feed('<!DOCTYPE rss [<!ENTITY % p SYSTEM "http://127.0.0.1:9/evil.dtd"> %p;]>')),
    ("late-doctype.rss", _feed("<!--" + "x" * 100_000 + "-->" + LAUGHS.replace("lolz", "rss"), "&lol9;")),
])
def test_feed_entity_tricks_are_refused_fast(tmp_path, settings, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    tracemalloc.start()
    try:
        got = _read_one(path, settings, max_seconds=5)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    [r] = got
    assert isinstance(r, Rejection) and r.where == str(path)
    assert "entities" in r.reason or "neither an RSS nor an Atom feed" in r.reason
    assert peak < 20_000_000


def test_feed_scripts_never_reach_the_text(tmp_path, settings):
    path = tmp_path / "feed.rss"
    path.write_text(_feed(item_text="&lt;p onclick=&quot;alert(1)&quot;&gt;" + BODY +
                          "&lt;/p&gt;&lt;script&gt;alert(2)&lt;/script&gt;&lt;img src=x onerror=alert(3)&gt;"))
    [a] = _read_one(path, settings)
    assert a.text == BODY


# -- the whole batch through the CLI --------------------------------------------------------

def test_hostile_batch_through_the_cli_lands_the_good_and_names_the_bad(run, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a-binary.txt").write_bytes(random.Random(9).randbytes(20_000))
    (folder / "b-empty.txt").write_bytes(b"")
    (folder / "c-deep.html").write_text("<html><body>" + "<div>" * 5_000 + "</div>" * 5_000 + "</body></html>")
    (folder / "d-bomb.xml").write_text(_feed(LAUGHS, "&lol9;"))
    (folder / "e-records.jsonl").write_text(
        json.dumps({"id": "good", "text": BODY}) + "\n" + "[" * 50_000 + "\n" + '{"text": 5}\n', encoding="utf-8")
    (folder / "f-rtl.txt").write_text(f"Talks in Cairo\n\n{BODY} {ARABIC}, {HEBREW}.", encoding="utf-8")
    (folder / "g-utf16.txt").write_bytes(f"Clashes Again\n\n{BODY} Again.".encode("utf-16"))
    start = time.monotonic()
    result = run("ingest", "--db", tmp_path / "h.db", folder)
    assert time.monotonic() - start < 60
    assert result.exit_code == 1
    assert "Traceback" not in result.stderr and "unexpected" not in result.stderr
    rejected = [line for line in result.stderr.splitlines() if line.startswith("rejected ")]
    names = sorted(line.split()[1].split("/")[-1].split("#")[0].split(":")[0] for line in rejected)
    assert names == ["a-binary.txt", "b-empty.txt", "c-deep.html", "d-bomb.xml", "e-records.jsonl",
                     "e-records.jsonl"]
    listed = jsonl(run("articles", "--db", tmp_path / "h.db", "--format", "jsonl").stdout)
    assert sorted(a["id"] for a in listed if a["id"] == "good") == ["good"]
    assert len(listed) == 3
    for a in listed:
        for m in a["mentions"]:
            assert a["text"][m["start"]:m["end"]] == m["text"]


def test_an_article_a_stage_cannot_handle_costs_only_itself(settings):
    from wirecoder.pipeline import Pipeline

    class Fragile:
        name = "fragile"

        def __call__(self, articles):
            for a in articles:
                if "\u2603" in a.text:
                    raise ValueError("cannot handle snowmen")
                a.events = []
            return articles

    items = [Article(id=f"a{i}", text=f"Story {i} " + ("\u2603" if i == 2 else ""), origin=f"in.jsonl:{i}")
             for i in range(5)]
    items.insert(3, Rejection("in.jsonl:x", "malformed JSON"))
    out = list(Pipeline(settings.with_values(batch_size=3), stages=[Fragile()]).run(items))
    assert [type(o).__name__ for o in out] == ["Article", "Article", "Rejection", "Rejection", "Article", "Article"]
    assert out[2].where == "in.jsonl:2" and "could not be coded: unexpected ValueError: cannot handle snowmen" in out[2].reason
    assert out[3].reason == "malformed JSON"


def test_an_article_that_never_finishes_coding_costs_only_itself(settings):
    # a stage stuck in a loop on one article (a coder bug) must not freeze the batch
    from wirecoder.pipeline import Pipeline

    class Stuck:
        name = "stuck"

        def __call__(self, articles):
            for a in articles:
                while "\u2603" in a.text:
                    time.sleep(0.01)
                a.events = []
            return articles

    items = [Article(id=f"a{i}", text=f"Story {i} " + ("\u2603" if i == 1 else ""), origin=f"in.jsonl:{i}")
             for i in range(4)]
    start = time.monotonic()
    out = list(Pipeline(settings.with_values(batch_size=4, code_time_limit=0.5), stages=[Stuck()]).run(items))
    assert time.monotonic() - start < 10
    assert [type(o).__name__ for o in out] == ["Article", "Rejection", "Article", "Article"]
    assert out[1].where == "in.jsonl:1"
    assert "coding took over 0.5 s (setting code_time_limit" in out[1].reason
    assert all(o.pipeline_version for o in out if isinstance(o, Article))


def test_the_coding_time_limit_is_a_setting_that_can_be_switched_off(settings):
    from wirecoder.errors import SettingsError

    assert settings.with_values(code_time_limit="0").code_time_limit == 0
    with pytest.raises(SettingsError):
        settings.with_values(code_time_limit="-1")


def test_the_coding_time_limit_keeps_a_callers_own_alarm():
    import signal

    from wirecoder.pipeline import time_limit

    fired = []
    previous = signal.signal(signal.SIGALRM, lambda signum, frame: fired.append(signum))
    try:
        signal.setitimer(signal.ITIMER_REAL, 0.3)
        with time_limit(5):
            pass
        assert 0 < signal.getitimer(signal.ITIMER_REAL)[0] <= 0.3
        time.sleep(0.5)
        assert fired == [signal.SIGALRM]
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)

"""Every input format, read by the real readers."""
from __future__ import annotations

import io
import json

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from wirecoder.ingest import IngestOptions, read_inputs
from wirecoder.records import Article, Rejection

from ..conftest import FIXTURES, SAMPLES

PAGE = """<!doctype html><html><head><title>Site | Ignored</title>
<meta property="og:title" content="Ceasefire talks resume in Doha">
<meta property="og:site_name" content="Gulf Ledger">
<meta property="article:published_time" content="2025-03-04T10:15:00+03:00">
<meta name="author" content="Sara Haddad">
<link rel="canonical" href="https://gulfledger.example/doha-talks">
</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<div class="ad">Buy a car today! Best prices in town for every family.</div>
<article><h1>Ceasefire talks resume in Doha</h1>
<p>Negotiators from both delegations met in Doha on Tuesday for a new round of ceasefire talks, Qatar's foreign ministry said in a statement.</p>
<figure><img src="x.jpg"><figcaption>Delegates arrive for the talks in Doha. Photo: AFP</figcaption></figure>
<p>The ministry said the two sides agreed to meet again next week to discuss a prisoner exchange and humanitarian access to besieged towns.</p>
<p>Mediators described the atmosphere as constructive, though neither side has publicly changed its position on the withdrawal of forces.</p>
</article><aside><h3>Related stories</h3><ul><li><a href="/a">Markets rally on oil news</a></li></ul></aside>
<footer>Copyright 2025 Gulf Ledger. All rights reserved.</footer></body></html>"""


def _read(paths, settings, **opts):
    return list(read_inputs([str(p) for p in paths], settings, IngestOptions(**opts)))


def test_html_page_metadata_and_captions(tmp_path, settings):
    page = tmp_path / "doha.html"
    page.write_text(PAGE, encoding="utf-8")
    [a] = _read([page], settings)
    assert a.title == "Ceasefire talks resume in Doha"
    assert a.source == "Gulf Ledger"
    assert a.url == "https://gulfledger.example/doha-talks"
    assert a.author == "Sara Haddad"
    assert (a.published, a.published_precision, a.published_origin) == \
        ("2025-03-04T10:15:00+03:00", "datetime", "metadata")
    assert a.captions == ["Delegates arrive for the talks in Doha. Photo: AFP"]
    assert a.text.startswith("Negotiators from both delegations")
    assert "Buy a car" not in a.text and "Related stories" not in a.text and "Copyright" not in a.text
    assert "Delegates arrive" not in a.text
    assert a.text.count("\n\n") == 2  # three paragraphs


def test_sample_html_pages_drop_clutter(settings):
    got = _read(sorted((SAMPLES / "html").glob("*.html")), settings)
    assert len(got) == 3 and all(isinstance(a, Article) for a in got)
    for a in got:
        assert a.title and a.source and a.url.startswith("https://") and a.published_origin == "metadata"
        assert len(a.captions) == 1
        for junk in ("Read also", "Related stories", "Most read", "cookie", "Subscribe", "Sponsored"):
            assert junk not in a.text


def test_jsonl_records_keep_ids_and_fields(settings):
    got = _read([SAMPLES / "api" / "newsapi-2025-06.jsonl"], settings)
    assert [a.id for a in got] == ["nx-20250609-0017", "nx-20250610-0031", "nx-20250611-0042", "nx-20250612-0058"]
    first = got[0]
    assert first.source == "Levant Daily" and first.url.startswith("https://")
    assert first.published == "2025-06-09T08:30:00+00:00" and first.published_origin == "metadata"
    assert first.origin.endswith("newsapi-2025-06.jsonl:1")


def test_jsonl_bad_lines_are_named_and_the_rest_lands(tmp_path, settings):
    path = tmp_path / "api.jsonl"
    lines = [
        json.dumps({"id": "a1", "text": "The army said on Monday it had retaken the town after fighting."}),
        '{"id": "a2", "text": "broken',
        json.dumps({"id": "a3", "text": 42}),
        json.dumps({"id": "a4", "title": "no text here"}),
        json.dumps(["not", "an", "object"]),
        "",
        json.dumps({"id": 5, "body": "Police arrested six people at the protest in Nairobi, officials said."}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    got = _read([path], settings)
    rejections = {r.where.rsplit(":", 1)[1]: r.reason for r in got if isinstance(r, Rejection)}
    assert set(rejections) == {"2", "3", "4", "5"}
    assert "malformed JSON" in rejections["2"]
    assert "must be a string, got a number" in rejections["3"]
    assert "no 'text' field" in rejections["4"] and "--field text=NAME" in rejections["4"]
    assert "expected a JSON object" in rejections["5"]
    assert [a.id for a in got if isinstance(a, Article)] == ["a1", "5"]


def test_json_field_mapping(tmp_path, settings):
    path = tmp_path / "export.json"
    path.write_text(json.dumps({"articles": [
        {"uid": "x-1", "story": "Rebels attacked an army post near Goma overnight, the army said.",
         "when": "Sat, 03 Jan 2015 12:58:00 GMT", "outlet": {"name": "Kivu Wire"}}]}), encoding="utf-8")
    s = settings.with_values(json_fields={"id": "uid", "text": "story", "published": "when", "source": "outlet"})
    [a] = _read([path], s)
    assert (a.id, a.source, a.published) == ("x-1", "Kivu Wire", "2015-01-03T12:58:00+00:00")


def test_rss_feed_items(settings):
    got = _read([SAMPLES / "feeds" / "worldwire-rss.xml"], settings)
    assert len(got) == 3 and all(isinstance(a, Article) for a in got)
    a = got[0]
    assert a.id == "worldwire-2025-06-10-congo-m23-doha"  # the item's guid is kept
    assert a.source == "WorldWire - Top News"
    assert a.published == "2025-06-10T14:05:00+00:00"
    assert "<p>" not in a.text and "\n\n" in a.text


def test_atom_feed(tmp_path, settings):
    path = tmp_path / "feed.atom"
    path.write_text("""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Sahel Notes</title><id>urn:x</id>
<updated>2025-05-01T00:00:00Z</updated>
<entry><title>Junta frees detained journalists</title><id>urn:sahel:1</id>
<link href="https://sahel.example/1"/><updated>2025-05-01T09:00:00Z</updated>
<content type="html">&lt;p&gt;Authorities in Niamey released four journalists on Thursday after two weeks in detention, their union said.&lt;/p&gt;</content>
</entry></feed>""", encoding="utf-8")
    [a] = _read([path], settings)
    assert (a.id, a.title, a.source, a.url) == ("urn:sahel:1", "Junta frees detained journalists", "Sahel Notes", "https://sahel.example/1")
    assert a.text.startswith("Authorities in Niamey released")


def test_feed_with_entity_declarations_is_refused(tmp_path, settings):
    path = tmp_path / "bomb.xml"
    path.write_text('<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa">'
                    '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><rss version="2.0"><channel><title>x</title>'
                    "<item><title>t</title><description>&b;</description></item></channel></rss>")
    [r] = _read([path], settings)
    assert isinstance(r, Rejection) and "entities" in r.reason and r.where == str(path)


def _warc(records: list[tuple[str, bytes, str]]) -> bytes:
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    for url, body, ctype in records:
        headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers))
    return buf.getvalue()


def test_sample_warc(settings):
    got = _read([SAMPLES / "warc"], settings)
    assert len(got) == 2 and all(isinstance(a, Article) for a in got)
    assert got[0].url.startswith("https://www.indus-chronicle.example/")
    assert got[1].title == "New Zealand designates Yemen's Houthis a terrorist entity"
    assert got[1].published.startswith("2026-01-13")


def test_warc_skips_non_html_and_reports_truncation(tmp_path, settings):
    data = _warc([("https://a.example/1", PAGE.encode(), "text/html; charset=utf-8"),
                  ("https://a.example/logo.png", b"\x89PNG....", "image/png"),
                  ("https://a.example/2", PAGE.replace("Doha", "Muscat").encode(), "text/html")])
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(data[: len(data) - 200])  # cut the last record short
    got = _read([path], settings)
    articles = [a for a in got if isinstance(a, Article)]
    rejections = [r for r in got if isinstance(r, Rejection)]
    assert [a.url for a in articles] == ["https://gulfledger.example/doha-talks"]
    assert len(rejections) == 1 and "truncated WARC record" in rejections[0].reason
    assert rejections[0].where.startswith(str(path))


def test_stdin(settings):
    text = "Militants Attack Convoy\n\nMilitants attacked an army convoy near Gao on Sunday, killing four soldiers, the army said.\n"
    got = list(read_inputs(["-"], settings, stdin=io.BytesIO(text.encode("utf-8"))))
    [a] = got
    assert a.title == "Militants Attack Convoy" and a.origin == "<stdin>"


def test_encodings(tmp_path, settings):
    body = "Protesters gathered outside the Café Central in Zürich on Saturday, police said, and marched to the consulate."
    (tmp_path / "u16.txt").write_bytes(body.encode("utf-16"))
    (tmp_path / "u16le-nobom.txt").write_bytes(body.encode("utf-16-le"))
    (tmp_path / "bom.txt").write_bytes(b"\xef\xbb\xbf" + body.encode("utf-8"))
    (tmp_path / "cp1252.txt").write_bytes(("“Quoted” " + body).encode("cp1252"))
    got = _read(sorted(tmp_path.iterdir()), settings)
    assert all(isinstance(a, Article) for a in got)
    assert all("Café Central in Zürich" in a.text for a in got)
    assert not any("\ufeff" in a.text for a in got)
    assert got[1].text.startswith("“Quoted”")  # sorted: bom, cp1252, u16, u16le


def test_latin1_fixture_keeps_cafe(settings):
    [a] = _read([FIXTURES / "single" / "latin1-cafe.txt"], settings)
    assert "Café" in a.text and "Zürich" in a.text


@pytest.mark.parametrize("name,data,reason", [
    ("empty.txt", b"", "empty"),
    ("blank.txt", b"\n \n\t\n", "empty"),
    ("binary.txt", bytes(range(256)) * 8, "binary"),
    ("doc.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
    ("image.html", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
    ("broken.html", b"<html><body><div><script>alert(1)</script></div></body></html>", "no article text"),
])
def test_bad_inputs_are_one_clear_rejection(tmp_path, settings, name, data, reason):
    path = tmp_path / name
    path.write_bytes(data)
    [r] = _read([path], settings)
    assert isinstance(r, Rejection)
    assert r.where == str(path)
    assert reason.lower() in r.reason.lower()


def test_size_limits(tmp_path, settings):
    s = settings.with_values(max_article_chars=500, max_file_bytes=4000)
    long_story = "Big Story Title\n\n" + ("The army said fighting continued in the north. " * 30)
    (tmp_path / "a-long.txt").write_text(long_story, encoding="utf-8")
    (tmp_path / "b-huge.txt").write_text("x " * 3000, encoding="utf-8")
    (tmp_path / "c-ok.txt").write_text("Short Story\n\nPolice arrested two men in Kano on Friday.", encoding="utf-8")
    got = _read([tmp_path], s)
    assert isinstance(got[0], Rejection) and "over the limit of 500" in got[0].reason and "max_article_chars" in got[0].reason
    assert isinstance(got[1], Rejection) and "max_file_bytes" in got[1].reason
    assert isinstance(got[2], Article)


def test_published_option_and_source_default(tmp_path, settings):
    path = tmp_path / "story.txt"
    path.write_text("Talks Open\n\nEnvoys met in Geneva on Monday to open a new round of talks, diplomats said.", encoding="utf-8")
    [a] = _read([path], settings, source="My Clippings", published="2025-02-01")
    assert (a.source, a.published, a.published_precision, a.published_origin) == \
        ("My Clippings", "2025-02-01", "day", "option")
    [b] = _read([path], settings)
    assert b.published is None and b.published_precision is None  # never today


def test_ids_are_content_hashes_and_stable(tmp_path, settings):
    one = tmp_path / "one.txt"
    two = tmp_path / "two.txt"
    text = "Talks Open\n\nEnvoys met in Geneva on Monday to open a new round of talks, diplomats said."
    one.write_text(text, encoding="utf-8")
    two.write_bytes(text.replace("\n", "\r\n").encode("utf-16"))
    a, b = _read([one, two], settings)
    assert a.id == b.id == a.content_hash[:16] and len(a.content_hash) == 64
    assert not a.id_given


def test_scripts_and_event_handlers_never_reach_the_text(tmp_path, settings):
    page = tmp_path / "x.html"
    page.write_text('<html><body onload="alert(1)"><script>document.write("injected")</script><article>'
                    '<p>Police arrested twelve people in Nairobi on Tuesday after clashes with protesters, '
                    'a police spokesman said.</p><p onclick="evil()">More details emerged later in the day '
                    'from witnesses at the scene.</p></article></body></html>', encoding="utf-8")
    [a] = _read([page], settings)
    assert a.text.startswith("Police arrested twelve people")
    for bad in ("alert", "injected", "evil", "onclick", "<"):
        assert bad not in a.text


def test_invalid_utf8_and_mixed_scripts_are_read(tmp_path, settings):
    (tmp_path / "bad.txt").write_bytes(b"Protesters \xff marched in Dakar on Sunday against the government, police said.")
    (tmp_path / "rtl.txt").write_text("Talks in Doha\n\nQatari mediators said on Monday that talks would resume. "
                                      "\u0627\u0644\u062f\u0648\u062d\u0629 \u05e9\u05dc\u05d5\u05dd.", encoding="utf-8")
    bad, rtl = _read([tmp_path / "bad.txt", tmp_path / "rtl.txt"], settings)
    assert isinstance(bad, Article) and "Dakar" in bad.text
    assert isinstance(rtl, Article) and "\u0627\u0644\u062f\u0648\u062d\u0629" in rtl.text

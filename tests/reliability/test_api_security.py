"""API security: read-only by default, the write token compared in constant time, request size
limits, injection strings with no effect on any filter, no stack traces, HTML escaped, bound
to 127.0.0.1 by default, static files kept in their folder."""
from __future__ import annotations

import hmac
import json
import re
import socket
import sqlite3
from urllib.parse import quote

import httpx
import psutil
import pytest
from fastapi.testclient import TestClient

from wirecoder.records import Actor, Article, Event
from wirecoder.settings import Settings
from wirecoder.store import Store
from wirecoder.web import create_app

TOKEN = "secret-token-0123456789abcdef"

INJECTIONS = [
    "' OR '1'='1", "\" OR \"1\"=\"1", "1; DROP TABLE events; --", "x') UNION SELECT * FROM actors --",
    "%", "_", "*", "a%' --", "NULL", "0 OR 1=1", "\x00", "../../etc/passwd", "<script>alert(1)</script>",
    "\" OR title MATCH \"*", "NEAR(a b)", "${7*7}", "{{7*7}}", "😀" * 3, "ASSAULT' OR type LIKE '%",
    "2025-01-01' OR '1'='1", "MLI' OR '1'='1",
]
#: Every filter parameter of the read endpoints, with the endpoint it belongs to.
PARAMETERS = [
    ("/api/events", p) for p in ("type", "actor", "country", "since", "until", "near", "km", "modality",
                                 "min_confidence", "article", "cluster", "located", "cursor", "limit", "clusters")
] + [("/api/graph", "actor"), ("/api/graph", "max_edges"), ("/api/aggregate", "by"), ("/api/aggregate", "type"),
     ("/api/articles", "source"), ("/api/articles", "language"), ("/api/articles", "cursor"),
     ("/api/actors", "q"), ("/api/search", "q"), ("/api/actors/MLI", "date"), ("/api/actors/MLI", "latest")]


def _snapshot(db) -> list:
    con = sqlite3.connect(db)
    try:
        return [con.execute(f"SELECT count(*), total(rowid) FROM {t}").fetchone()
                for t in ("articles", "events", "mentions", "actors")] + \
               [con.execute("SELECT count(*) FROM sqlite_master").fetchone()]
    finally:
        con.close()


@pytest.fixture(scope="module")
def client(event_db):
    return TestClient(create_app(Settings(db=str(event_db))), raise_server_exceptions=False)


def _no_trace(r: httpx.Response) -> None:
    for leak in ("Traceback", 'File "', "/site-packages/", "/src/wirecoder"):
        assert leak not in r.text, (r.url, r.text[:300])
    assert not re.search(r", line \d+", r.text), (r.url, r.text[:300])


def test_injection_strings_in_every_filter_have_no_effect(client, event_db):
    before = _snapshot(event_db)
    unfiltered = client.get("/api/events?limit=1000&modality=all").json()["events"]
    for path, param in PARAMETERS:
        for value in INJECTIONS:
            r = client.get(f"{path}?{param}={quote(value, safe='')}")
            _no_trace(r)
            assert r.status_code in (200, 400, 404), (path, param, value, r.status_code, r.text[:200])
            body = r.json()
            if r.status_code != 200:
                assert set(body) == {"error"} and body["error"]["message"]
                continue
            # a value that is let through filters as the literal string it is: it can match
            # nothing here, so it never returns more than the same query unfiltered
            for key in ("events", "articles", "actors"):
                if key in body and path != "/api/actors/MLI":
                    assert len(body[key]) <= len(unfiltered), (path, param, value)
            if path == "/api/events" and param in ("actor", "article", "cluster"):
                assert body["events"] == [], (param, value)
            if path == "/api/search" and not any(ch.isalnum() for ch in value):
                # search takes words; quotes, operators and wildcards alone find nothing
                assert body.get("articles", []) == [] and body.get("events", []) == [], value
    assert _snapshot(event_db) == before


def test_read_only_by_default(client, event_db):
    before = _snapshot(event_db)
    record = {"id": "sneaky", "text": "Police arrested two men in Kano on Friday, officials said."}
    for auth in ({}, {"Authorization": f"Bearer {TOKEN}"}, {"Authorization": "Bearer "}):
        r = client.post("/api/articles", json=record, headers=auth)
        assert r.status_code == 403 and r.json()["error"]["code"] == "read_only"
        r = client.delete("/api/articles/gen-11-000000", headers=auth)
        assert r.status_code == 403
    for method in ("put", "patch"):
        assert client.request(method, "/api/articles/gen-11-000000").status_code == 405
    assert _snapshot(event_db) == before


def test_write_token_is_compared_in_constant_time(event_db, monkeypatch):
    seen: list[tuple[bytes, bytes]] = []
    real = hmac.compare_digest

    def spy(a, b):
        seen.append((a, b))
        return real(a, b)

    monkeypatch.setattr(hmac, "compare_digest", spy)
    c = TestClient(create_app(Settings(db=str(event_db)), write_token=TOKEN), raise_server_exceptions=False)
    for wrong in ("x", TOKEN[:-1], TOKEN + "x", TOKEN.upper(), TOKEN + " " + TOKEN):
        r = c.delete("/api/articles/nothing-here", headers={"Authorization": f"Bearer {wrong}"})
        assert r.status_code == 403 and r.json()["error"]["code"] == "forbidden"
    assert len(seen) == 5 and all(b == TOKEN.encode() for _, b in seen)
    assert c.delete("/api/articles/nothing-here", headers={"Authorization": f"Bearer {TOKEN}"}).status_code == 404


def test_request_size_limits(event_db):
    small = Settings(db=str(event_db), max_file_bytes=20_000)
    c = TestClient(create_app(small, write_token=TOKEN), raise_server_exceptions=False)
    auth = {"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"}
    big = json.dumps({"text": "word " * 10_000}).encode()
    r = c.post("/api/articles", content=big, headers=auth)
    assert r.status_code == 413 and "max_file_bytes" in r.json()["error"]["message"]

    def chunks():  # no Content-Length: the limit holds while the body streams in
        for _ in range(100):
            yield b" " * 1000

    r = c.post("/api/articles", content=chunks(), headers=auth)
    assert r.status_code == 413
    for path, param in (("/api/events", "actor"), ("/api/search", "q"), ("/api/actors", "q")):
        r = c.get(f"{path}?{param}={'a' * 5000}")
        assert r.status_code == 400 and "at most" in r.json()["error"]["message"]


def test_real_server_refuses_oversized_requests_and_keeps_going(server):
    for request in (f"GET /api/events?actor={'b' * 200_000} HTTP/1.1\r\nHost: x\r\n\r\n",
                    f"GET /api/stats HTTP/1.1\r\nHost: x\r\nX-Big: {'a' * 200_000}\r\n\r\n",
                    "GET /api/stats HTTP/1.1\r\nHost: x\r\n" + "X-Many: a\r\n" * 20_000 + "\r\n"):
        status, data = _raw(server, request)
        assert status is None or 400 <= status < 500, data[:200]  # refused, or the connection dropped
        assert b"Traceback" not in data
    assert httpx.get(server.url + "/api/stats", timeout=30).status_code == 200


def test_unexpected_errors_carry_no_stack_trace(event_db, monkeypatch):
    from wirecoder.store.queries import QueryMixin

    def boom(self, *a, **k):
        raise sqlite3.OperationalError("near \"SELECT\": syntax error in /secret/path.py line 12")

    monkeypatch.setattr(QueryMixin, "event_page", boom)
    c = TestClient(create_app(Settings(db=str(event_db))), raise_server_exceptions=False)
    r = c.get("/api/events")
    assert r.status_code == 500 and r.json()["error"]["code"] == "internal_error"
    assert "secret" not in r.text and "syntax" not in r.text
    _no_trace(r)
    r = c.get("/", headers={"Accept": "text/html"})  # pages still work
    assert r.status_code == 200


def test_an_article_titled_with_a_script_tag_renders_as_text(tmp_path):
    db = tmp_path / "xss.db"
    evil = '<script>alert("t")</script><img src=x onerror=alert(1)>'
    text = "Kenya accused <b>rivals</b> of plotting; \"quoted\" & 'single' <script>alert(2)</script>."
    a = Article(id="x<1>", title=evil, text=text, source=evil, url="javascript:alert(3)",
                content_hash="0" * 64, published="2025-01-01")
    a.events = [Event(id="ev<1>", article_id=a.id, type="ACCUSE", source=Actor("new:<i>x", evil),
                      evidence=text, span=(0, len(text)), trigger="accused", trigger_span=(6, 13))]
    with Store(db) as store:
        store.write(a)
    c = TestClient(create_app(Settings(db=str(db))), raise_server_exceptions=False)
    html = {"Accept": "text/html"}
    pages = [c.get("/articles/" + quote(a.id, safe=""), headers=html),
             c.get("/events/" + quote("ev<1>", safe=""), headers=html),
             c.get("/actors/" + quote("new:<i>x", safe=""), headers=html),
             c.get("/articles/<script>alert(4)", headers=html)]
    assert [p.status_code for p in pages] == [200, 200, 200, 404]
    for p in pages:
        html = p.text
        assert "<script>alert" not in html and "<img src=x" not in html and "<b>rivals" not in html
        assert "<i>x" not in html
        assert 'href="javascript:' not in html
    assert "&lt;script&gt;alert(&#34;t&#34;)&lt;/script&gt;" in pages[0].text
    # the JSON says what the article says, as JSON, never as a page
    j = c.get("/api/articles/" + quote(a.id, safe=""))
    assert j.headers["content-type"].startswith("application/json") and j.json()["title"] == evil


def test_serve_binds_127_0_0_1_by_default(server):
    conns = [c for c in psutil.Process(server.process.pid).net_connections(kind="inet")
             if c.status == psutil.CONN_LISTEN]
    assert conns and {c.laddr.ip for c in conns} == {"127.0.0.1"}
    assert all(c.laddr.port == server.port for c in conns)


def _raw(server, request: str) -> tuple[int | None, bytes]:
    """Send bytes as given (HTTP clients would normalise or refuse them); (status, response)."""
    data = b""
    try:
        with socket.create_connection(("127.0.0.1", server.port), timeout=30) as s:
            s.sendall(request.encode())
            while chunk := s.recv(65536):
                data += chunk
    except (ConnectionResetError, BrokenPipeError):
        pass
    parts = data.split(b" ", 2)
    return (int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else None), data


def _raw_get(server, path: str) -> tuple[int | None, bytes]:
    return _raw(server, f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")


@pytest.mark.parametrize("path", [
    "/static/../../../../../../etc/passwd", "/static/..%2f..%2f..%2f..%2f..%2fetc%2fpasswd",
    "/static/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/static/..\\..\\..\\etc\\passwd",
    "/static/%252e%252e/%252e%252e/etc/passwd", "/static//etc/passwd", "/static/../__init__.py",
    "/static/..%2f__init__.py", "/static/%2e%2e/api.py", "/static/../templates/base.html",
    "/static/vendor/../../api.py", "/static/%00../../etc/passwd",
])
def test_static_files_cannot_escape_their_folder(server, path):
    status, data = _raw_get(server, path)
    assert status in (400, 404), (path, status)
    assert b"root:" not in data and b"import " not in data and b"{%" not in data
    assert b"Traceback" not in data


def test_static_files_are_served(server):
    status, data = _raw_get(server, "/static/app.css")
    assert status == 200 and b"nosniff" in data.lower()

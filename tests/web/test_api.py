"""The REST API and the server-rendered pages, through FastAPI's test client on a store of
known events: every endpoint, the CLI's filters, one error shape, writes only with the token,
escaped HTML and a JSON twin for every page."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from wirecoder.settings import Settings
from wirecoder.web import create_app

from ..conftest import jsonl
from ..querydata import DEFAULT_IDS, build

TOKEN = "test-token-0123456789abcdef"


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return build(tmp_path_factory.mktemp("api") / "api.db")


@pytest.fixture(scope="module")
def client(db):
    return TestClient(create_app(Settings(db=str(db)), write_token=TOKEN), raise_server_exceptions=False)


@pytest.fixture(scope="module")
def readonly(db):
    return TestClient(create_app(Settings(db=str(db))), raise_server_exceptions=False)


def get(client, url, status=200):
    r = client.get(url)
    assert r.status_code == status, (url, r.text[:300])
    return r.json()


def test_every_endpoint_answers(client):
    assert [e["id"] for e in get(client, "/api/events")["events"]] == DEFAULT_IDS
    assert get(client, "/api/events")["next"] is None
    ev = get(client, "/api/events/e1")
    assert ev["type"] == "ASSAULT" and ev["location"]["name"] == "Gao" and ev["source"]["name"] == "Azawad Rebels"
    assert [ev["evidence"][m["start"]:m["end"]] for m in ev["evidence_marks"]] == ["Azawad Rebels", "attacked", "army"]
    assert [m["role"] for m in ev["evidence_marks"]] == ["source", "trigger", "target"]
    arts = get(client, "/api/articles")
    assert [a["id"] for a in arts["articles"]] == ["a1", "a2", "a3", "a4", "a5"] and arts["next"] is None
    assert "text" not in arts["articles"][0] and arts["articles"][0]["events"] == 2
    full = get(client, "/api/articles/a3")
    assert full["title"].startswith("France and Mali") and len(full["events"]) == 3
    assert [a["id"] for a in get(client, "/api/actors?q=rebels")["actors"]] == ["new:azawad-rebels"]
    dossier = get(client, "/api/actors/new:azawad-rebels")
    assert dossier["in_database"]["events"] == {"ASSAULT": 2, "ACCUSE": 1}
    kb = get(client, "/api/actors/MLI")
    assert kb["in_kb"] is True and kb["in_database"]["counterparts"]
    graph = get(client, "/api/graph")
    assert len(graph["edges"]) == 4 and {"nodes", "edges"} == set(graph)
    agg = get(client, "/api/aggregate?by=country,type,month")
    assert agg["by"] == ["country", "type", "month"]
    assert {"country": "MLI", "type": "ASSAULT", "month": "2025-03", "count": 2} in agg["counts"]
    found = get(client, "/api/search?q=tear+gas")
    assert [a["id"] for a in found["articles"]] == ["a4"] and [e["id"] for e in found["events"]] == ["e7"]
    stats = get(client, "/api/stats")
    assert stats["articles"] == 5 and stats["events"] == 8 and stats["database"] == "api.db"
    assert stats["event_types"]["ASSAULT"] == 2
    spec = get(client, "/openapi.json")
    assert {"/api/events", "/api/graph", "/api/aggregate", "/api/search", "/api/stats"} <= set(spec["paths"])
    events = spec["paths"]["/api/events"]["get"]
    assert "400" in events["responses"] and "422" not in events["responses"]
    assert {p["name"] for p in events["parameters"]} >= {"type", "actor", "country", "since", "until", "near", "km",
                                                         "modality", "min_confidence", "clusters", "cursor", "limit"}


@pytest.mark.parametrize("query", [
    "type=ASSAULT&type=COERCE", "actor=Azawad+Rebels&since=2025-03-10", "country=KEN&until=2025-07",
    "near=Gao&km=1000", "modality=all&min_confidence=0.7", "modality=hypothetical", "article=a3&modality=all",
])
def test_api_filters_agree_with_the_cli(client, run, db, query):
    from urllib.parse import parse_qsl

    api = [e["id"] for e in get(client, "/api/events?" + query)["events"]]
    args = []
    for k, v in parse_qsl(query):
        args += ["--" + k.replace("_", "-"), v]
    cli = [e["id"] for e in jsonl(run("events", "--db", db, "--format", "jsonl", *args).stdout)]
    assert api == cli and api


def test_cursor_pagination_and_clusters(client):
    seen, url = [], "/api/events?modality=all&limit=3"
    while url:
        page = get(client, url)
        seen += [e["id"] for e in page["events"]]
        url = f"/api/events?modality=all&limit=3&cursor={page['next']}" if page["next"] else None
    assert seen == ["e1", "e2", "e3", "e4", "e5", "e6", "e7", "e8"]
    clusters = get(client, "/api/events?clusters=true")["events"]
    assert [(e["event_id"], e["sources"]) for e in clusters][:2] == [("e1", 2), ("e2", 1)]
    located = get(client, "/api/events?located=true")["events"]
    assert [e["id"] for e in located] == ["e1", "e3", "e4", "e7"]


BAD = [
    ("get", "/api/events?type=FIGHT", 400), ("get", "/api/events?limit=0", 400),
    ("get", "/api/events?limit=abc", 400), ("get", "/api/events?limit=100000", 400),
    ("get", "/api/events?since=2025-02-30", 400), ("get", "/api/events?cursor=%27%3B--", 400),
    ("get", "/api/events?near=1000,0", 400), ("get", "/api/events?km=5", 400),
    ("get", "/api/events?min_confidence=x", 400), ("get", "/api/events?clusters=maybe", 400),
    ("get", "/api/events?country=" + "A" * 50, 400), ("get", "/api/graph?max_edges=-1", 400),
    ("get", "/api/graph?type=nope", 400), ("get", "/api/aggregate?by=planet", 400),
    ("get", "/api/aggregate?by=day,month", 400), ("get", "/api/search", 400),
    ("get", "/api/search?q=%3F%3F", 400), ("get", "/api/actors?limit=0", 400),
    ("get", "/api/actors/MLI?date=soon", 400), ("get", "/api/articles?cursor=-1", 400),
    ("get", "/api/articles/nope", 404), ("get", "/api/events/nope", 404), ("get", "/api/actors/nobody-at-all", 404),
    ("get", "/api/nothing-here", 404), ("put", "/api/events", 405), ("delete", "/api/stats", 405),
]


@pytest.mark.parametrize("method, url, status", BAD)
def test_one_error_shape_and_4xx_for_bad_input(client, method, url, status):
    r = client.request(method, url)
    assert r.status_code == status, r.text
    body = r.json()
    assert set(body) == {"error"} and set(body["error"]) == {"status", "code", "message", "details"}
    assert body["error"]["status"] == status and body["error"]["message"] and isinstance(body["error"]["details"], list)
    assert "Traceback" not in r.text


def test_writes_need_the_token(client, readonly):
    record = {"id": "posted-1", "title": "Kenya and Uganda sign a trade deal",
              "text": "Kenya and Uganda signed a trade agreement in Kampala on Tuesday, officials said.",
              "published": "2025-09-02", "source": "Test Wire"}
    r = readonly.post("/api/articles", json=record, headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 403 and r.json()["error"]["code"] == "read_only"
    r = client.post("/api/articles", json=record)
    assert r.status_code == 401 and r.headers["www-authenticate"] == "Bearer"
    r = client.post("/api/articles", json=record, headers={"Authorization": "Bearer " + TOKEN[:-1] + "x"})
    assert r.status_code == 403 and r.json()["error"]["code"] == "forbidden"
    auth = {"Authorization": f"Bearer {TOKEN}"}
    r = client.post("/api/articles", content=b"id=1", headers={**auth, "Content-Type": "text/plain"})
    assert r.status_code == 415
    r = client.post("/api/articles", content=b"{not json", headers={**auth, "Content-Type": "application/json"})
    assert r.status_code == 400 and r.json()["error"]["code"] == "bad_body"
    r = client.post("/api/articles", json={"title": "no text"}, headers=auth)
    assert r.status_code == 400 and "text" in r.json()["error"]["message"]
    assert client.get("/api/articles/posted-1").status_code == 404
    r = client.post("/api/articles", json=record, headers=auth)
    assert r.status_code == 201, r.text
    assert r.json()["added"] == 1 and r.json()["articles"] == ["posted-1"]
    stored = get(client, "/api/articles/posted-1")
    assert stored["published"].startswith("2025-09-02") and stored["mentions"]   # coded by the pipeline
    again = client.post("/api/articles", json=[record], headers=auth)
    assert again.status_code == 200 and again.json()["unchanged"] == 1
    assert readonly.delete("/api/articles/posted-1").status_code == 403
    gone = client.delete("/api/articles/posted-1", headers=auth)
    assert gone.status_code == 200 and gone.json()["deleted"]["id"] == "posted-1"
    assert client.get("/api/articles/posted-1").status_code == 404


def twin_of(html: str) -> str:
    m = re.search(r'<link rel="alternate" type="application/json" href="([^"]+)">', html)
    assert m, "page names no JSON twin"
    return m.group(1).replace("&amp;", "&")


@pytest.mark.parametrize("page, key, value", [
    ("/events/e1", "id", "e1"), ("/articles/a1", "id", "a1"), ("/actors/new:azawad-rebels", "id", "new:azawad-rebels"),
    ("/actors/MLI", "id", "MLI"),
])
def test_every_page_has_a_json_twin(client, page, key, value):
    r = client.get(page)
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    twin = client.get(twin_of(r.text))
    assert twin.status_code == 200 and twin.json()[key] == value


def test_index_and_docs_pages_have_twins(client):
    index = client.get("/")
    assert twin_of(index.text) == "/api/events" and "events" in client.get("/api/events").json()
    docs = client.get("/docs")
    assert twin_of(docs.text) == "/openapi.json"
    # swagger-ui is served from the package, nothing from elsewhere
    srcs = [s for s in re.findall(r'(?:src|href)="([^"]+)"', docs.text + index.text) if s != "data:,"]
    assert srcs and all(s.startswith("/") for s in srcs), srcs
    for s in srcs:
        assert client.get(s).status_code == 200, s


def test_pages_escape_what_articles_say(client):
    html = client.get("/articles/a5").text
    assert "<script>alert" not in html and "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; friends" in html
    assert "&lt;b&gt;nobody&lt;/b&gt;" in html and "<b>nobody" not in html and "&lt;i&gt;Odd&lt;/i&gt;" in html
    event = client.get("/events/e8").text
    assert '<mark class="trigger" title="trigger">accused</mark>' in event and "&lt;b&gt;nobody" in event
    assert '<mark class="source" title="source">Kenya</mark>' in event


def test_evidence_is_highlighted_on_the_event_page(client):
    html = client.get("/events/e7").text
    assert re.search(r'<mark class="source"[^>]*>Police</mark> <mark class="trigger"[^>]*>fired</mark> tear gas at '
                     r'<mark class="target"[^>]*>protesters</mark> in Nairobi', html)
    assert 'href="/articles/a4"' in html and 'href="https://news.example/a4"' in html


def test_errors_on_pages(client):
    r = client.get("/events/nope", headers={"Accept": "text/html"})
    assert r.status_code == 404 and r.headers["content-type"].startswith("text/html") and "no event" in r.text
    r = client.get("/events/<script>", headers={"Accept": "text/html"})
    assert r.status_code == 404 and "<script>" not in r.text
    r = client.get("/events/nope", headers={"Accept": "application/json"})
    assert r.status_code == 404 and r.json()["error"]["code"] == "not_found"


def test_security_headers(client):
    for url in ("/", "/api/events", "/api/nope", "/static/app.js"):
        h = client.get(url).headers
        assert "script-src 'self'" in h["content-security-policy"] and h["x-content-type-options"] == "nosniff"


def test_missing_database_is_a_503_not_a_traceback(tmp_path):
    c = TestClient(create_app(Settings(db=str(tmp_path / "absent.db"))), raise_server_exceptions=False)
    r = c.get("/api/events")
    assert r.status_code == 503 and r.json()["error"]["code"] == "store_unavailable"
    assert json.dumps(r.json()).count(str(tmp_path)) == 0


def test_wirecoder_serve_answers_and_refuses_bad_options(db, run, tmp_path):
    import socket
    import subprocess
    import sys
    import time
    import urllib.error
    import urllib.request

    assert run("serve", "--db", tmp_path / "absent.db").exit_code == 1
    short = run("serve", "--db", db, "--write-token", "short")
    assert short.exit_code == 2 and "16 characters" in short.stderr
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    import os

    import wirecoder
    src = str(Path(wirecoder.__file__).resolve().parents[1])   # this wirecoder, not another install
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([src, os.environ.get("PYTHONPATH", "")])}
    proc = subprocess.Popen([sys.executable, "-c", "from wirecoder.cli import main; main()", "serve", "--db", str(db), "--port", str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    try:
        deadline, stats = time.monotonic() + 60, None
        while stats is None:
            assert proc.poll() is None and time.monotonic() < deadline, proc.stderr.read().decode() if proc.poll() else ""
            try:
                stats = json.load(urllib.request.urlopen(f"http://127.0.0.1:{port}/api/stats", timeout=5))
            except (urllib.error.URLError, ConnectionError):
                time.sleep(0.2)
        assert stats["events"] == 8
        req = urllib.request.Request(f"http://127.0.0.1:{port}/api/articles", data=b"{}", method="POST",
                                     headers={"Content-Type": "application/json"})
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(req, timeout=5)
        assert refused.value.code == 403 and json.load(refused.value)["error"]["code"] == "read_only"
    finally:
        proc.terminate()
        proc.wait(10)


@pytest.mark.parametrize("actor_id, words", [
    ("taliban", ["Designations", "Affiliations"]), ("houthis", ["backed_by", "Ansar Allah"]),
    ("sergei-lavrov", ["Roles", "Sergei Lavrov"]), ("phx-a-f-hassan-ariff", ["Roles", "2008-03-01"]),
])
def test_dossier_pages_of_knowledge_base_actors(client, actor_id, words):
    r = client.get(f"/actors/{actor_id}")
    assert r.status_code == 200, r.text[:500]
    assert all(w in r.text for w in words)
    assert client.get(f"/api/actors/{actor_id}").json()["id"] == actor_id

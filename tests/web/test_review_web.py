"""Judgements over HTTP and in the browser: the token guards writes; "wrong" on the event
page takes the event out of the default view."""
from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from wirecoder.cli import cli

from wirecoder.settings import Settings

TOKEN = "review-token-0123456789"
TEXT = ("GOMA, Congo (May 3, 2025) - The Tanu Liberation Army attacked an army base near Goma on Saturday, "
        "the army said. The European Union condemned the attack. Police arrested twelve protesters in Kinshasa. "
        "The TLA kidnapped two aid workers near Rutshuru on Friday. "
        "TLA commander Amani Baraka met Kenyan President William Ruto in Nairobi on Sunday.")


@pytest.fixture(scope="module")
def review_db(tmp_path_factory) -> Path:
    from wirecoder.pipeline import Pipeline
    from wirecoder.records import Article
    from wirecoder.store import Store

    path = tmp_path_factory.mktemp("review") / "r.db"
    article = Article(id="rv-web", text=TEXT, title="Rebels attack army base", published="2025-05-04",
                      content_hash="rv-web")
    with Store(path) as store:
        for a in Pipeline(Settings()).code([article]):
            store.write(a)
    return path


@pytest.fixture
def client(review_db, tmp_path):
    import shutil as sh

    from wirecoder.web import create_app

    db = tmp_path / "r.db"
    sh.copy(review_db, db)
    settings = Settings(db=str(db), kb_dir=str(tmp_path / "kb"))
    return TestClient(create_app(settings, write_token=TOKEN))


def _events(client, **params):
    r = client.get("/api/events", params=params)
    assert r.status_code == 200, r.text
    return {e["trigger"]: e for e in r.json()["events"]}


def test_api_judgements_need_the_token_and_change_what_the_api_returns(client, tmp_path):
    ev = _events(client)
    arrested = ev["arrested"]["id"]
    url = f"/api/events/{arrested}/judgements"
    assert client.post(url, json={"verdict": "wrong"}).status_code == 401
    assert client.post(url, json={"verdict": "wrong"}, headers={"Authorization": "Bearer nope"}).status_code == 403
    auth = {"Authorization": f"Bearer {TOKEN}"}
    bad = client.post(url, json={"verdict": "correct", "field": "type", "value": "ASSAULT"}, headers=auth)
    assert bad.status_code == 400 and bad.json()["error"]["code"] == "bad_parameter"
    bad = client.post(f"/api/events/{ev['met']['id']}/judgements", json={"field": "type", "value": "WAR"}, headers=auth)
    assert bad.status_code == 400 and "not a PLOVER type" in bad.json()["error"]["message"]
    assert client.post("/api/events/nope/judgements", json={"verdict": "wrong"}, headers=auth).status_code == 404

    made = client.post(url, json={"verdict": "wrong", "author": "ana", "note": "not our kind of event"}, headers=auth)
    assert made.status_code == 201
    body = made.json()
    assert body["judgement"]["kind"] == "wrong" and body["judgement"]["author"] == "ana"
    assert body["event"]["review_status"] == "wrong"
    assert "arrested" not in _events(client)
    assert _events(client, include_wrong="true")["arrested"]["review_status"] == "wrong"

    changed = client.post(f"/api/events/{ev['met']['id']}/judgements",
                          json={"field": "type", "value": "AGREE"}, headers=auth).json()
    assert changed["event"]["type"] == "AGREE" and changed["event"]["coded"] == {"type": "CONSULT"}
    assert set(_events(client, reviewed="true")) == {"met"}
    assert "met" in _events(client, type="AGREE")

    listed = client.get("/api/judgements", params={"event": arrested}).json()["judgements"]
    assert [j["status"] for j in listed] == ["in force"]
    back = client.post(f"/api/judgements/{listed[0]['id']}/revert", json={"author": "ana"}, headers=auth)
    assert back.status_code == 201 and back.json()["reverted"]["status"] == "reverted"
    assert "arrested" in _events(client)

    alias = client.post("/api/actors/european-union/judgements", json={"kind": "alias", "alias": "Brussels bloc"},
                        headers=auth)
    assert alias.status_code == 201
    kb_file = Path(alias.json()["kb_file"])
    assert kb_file == tmp_path / "kb" / "review.yaml" and "Brussels bloc" in kb_file.read_text(encoding="utf-8")
    page = client.get(f"/events/{ev['met']['id']}")
    assert page.status_code == 200 and 'id="review"' in page.text and "coded as: type CONSULT" in page.text


CHROMIUM = os.environ.get("WIRECODER_CHROMIUM", "/usr/bin/chromium")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_browser_wrong_takes_the_event_out_of_the_default_view_and_stays_out_after_recode(review_db, tmp_path):
    """The done-when of the review issue: a correction made in the UI is still in force after
    `wirecoder recode` with a changed knowledge base (which gives the event a new id)."""
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    exe = CHROMIUM if Path(CHROMIUM).exists() else shutil.which("chromium")
    if not exe:
        pytest.skip(f"no Chromium at {CHROMIUM} (apt-get install chromium)")
    import uvicorn

    from wirecoder.web import create_app

    db = tmp_path / "r.db"
    shutil.copy(review_db, db)
    port = _free_port()
    app = create_app(Settings(db=str(db), kb_dir=str(tmp_path / "kb")), write_token=TOKEN)
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        assert time.monotonic() < deadline, "server did not start"
        time.sleep(0.05)
    base = f"http://127.0.0.1:{port}"
    try:
        with sync_api.sync_playwright() as p:
            browser = p.chromium.launch(executable_path=exe, args=["--no-sandbox", "--disable-background-networking",
                                                                   "--no-first-run"])
            page = browser.new_page()
            problems: list[str] = []
            page.on("pageerror", lambda e: problems.append(str(e)))
            page.goto(base + "/")
            page.wait_for_function("() => document.body.dataset.loaded", timeout=20000)
            rows = page.locator("#events-table tbody tr.event-row")
            ids = rows.evaluate_all("rs => rs.map(r => r.dataset.id)")
            events = {e["trigger"]: e["id"] for e in page.request.get(base + "/api/events").json()["events"]}
            target = events["kidnapped"]
            assert target in ids and len(ids) == len(events)

            page.goto(base + f"/events/{target}")
            assert page.locator("#review-status").inner_text() == "not reviewed"
            page.fill("#r-token", TOKEN)
            page.fill("#r-author", "ana")
            page.fill("#r-note", "a hostage video, not a kidnapping")
            page.click("#review button.verdict[data-verdict=wrong]")
            page.wait_for_selector("#review[data-saved]")
            assert "saved (wrong, in force)" in page.locator("#r-message").inner_text()
            page.wait_for_function("() => document.querySelector('#review-status').textContent === 'wrong'")
            page.wait_for_selector("table.judgements tr[data-judgement]", timeout=10000)  # after the reload
            assert "hostage video" in page.locator("table.judgements").inner_text()

            page.goto(base + "/")
            page.wait_for_function("() => document.body.dataset.loaded", timeout=20000)
            after = page.locator("#events-table tbody tr.event-row").evaluate_all("rs => rs.map(r => r.dataset.id)")
            assert target not in after                                   # out of the default view
            assert sorted(after) == sorted(i for i in ids if i != target)  # and nothing else went

            # the team's knowledge base changes, and the stored articles are recoded with it
            kb = tmp_path / "kb"
            kb.mkdir(exist_ok=True)
            (kb / "groups.yaml").write_text(
                "- {id: tanu-liberation-army, name: Tanu Liberation Army, kind: armed_group, country: COD, "
                "aliases: [TLA]}\n", encoding="utf-8")
            result = CliRunner().invoke(cli, ["--kb", str(kb), "recode", "--db", str(db)], obj={},
                                        catch_exceptions=False)
            assert result.exit_code == 0 and "1 articles recoded" in result.stderr, result.stderr
            assert "1 event judgements in force, 0 orphaned" in result.stderr
            everything = {e["trigger"]: e for e in
                          page.request.get(base + "/api/events?include_wrong=true").json()["events"]}
            recoded = everything["kidnapped"]
            assert recoded["source"]["id"] == "tanu-liberation-army" and recoded["id"] != target  # a new id
            assert recoded["review_status"] == "wrong"                                          # still judged
            page.goto(base + "/")
            page.wait_for_function("() => document.body.dataset.loaded", timeout=20000)
            rows = page.locator("#events-table tbody tr.event-row").evaluate_all("rs => rs.map(r => r.dataset.id)")
            assert recoded["id"] not in rows and len(rows) == len(ids) - 1  # still out of the default view
            assert not problems, problems
            browser.close()
    finally:
        srv.should_exit = True
        thread.join(10)

"""The web UI in a real browser: Playwright for Python driving Debian's Chromium against
`wirecoder serve`'s app on the demo database (the bundled samples, coded by the pipeline,
plus hand-written located events so the map has dots).

Skips only when Chromium or Playwright is not installed (.ci/run installs Chromium). The
screenshot is saved to $WIRECODER_ARTIFACTS (default ./test-artifacts/ui.png).
"""
from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest

from wirecoder.settings import Settings

from ..conftest import ROOT, SAMPLES
from ..querydata import build

CHROMIUM = os.environ.get("WIRECODER_CHROMIUM", "/usr/bin/chromium")
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
if not Path(CHROMIUM).exists() and not shutil.which("chromium"):
    pytest.skip(f"no Chromium at {CHROMIUM} (apt-get install chromium)", allow_module_level=True)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory) -> Path:
    from wirecoder.ingest import read_inputs
    from wirecoder.pipeline import Pipeline, codable
    from wirecoder.records import Rejection
    from wirecoder.store import Store

    settings = Settings()
    path = tmp_path_factory.mktemp("ui") / "demo.db"
    inputs = [str(SAMPLES / d) for d in ("dumps", "html", "api", "feeds", "warc")]
    with Store(path) as store:
        for item in Pipeline(settings).run(read_inputs(inputs, settings)):
            assert not isinstance(item, Rejection), item
            store.write(item, coded=codable(item, settings))
    return build(path)   # adds the located, dated test events beside the samples


@pytest.fixture(scope="module")
def server(demo_db):
    import uvicorn

    from wirecoder.web import create_app

    port = _free_port()
    config = uvicorn.Config(create_app(Settings(db=str(demo_db))), host="127.0.0.1", port=port, log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        assert time.monotonic() < deadline, "server did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(10)


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM if Path(CHROMIUM).exists() else shutil.which("chromium"),
                              args=["--no-sandbox", "--disable-background-networking", "--disable-component-update",
                                    "--disable-default-apps", "--disable-sync", "--no-first-run"])
        yield b
        b.close()


@pytest.fixture
def page(browser, server):
    context = browser.new_context(viewport={"width": 1400, "height": 1700})
    pg = context.new_page()
    pg.outside = []       # requests to anything but this server: there must be none
    pg.problems = []      # script errors and failed loads
    host = urlparse(server).netloc

    def route(r):
        u = urlparse(r.request.url)
        if u.scheme in ("data", "blob") or u.netloc == host:
            r.continue_()
        else:
            pg.outside.append(r.request.url)
            r.abort()

    pg.route("**/*", route)
    pg.on("pageerror", lambda e: pg.problems.append(f"page error: {e}"))
    pg.on("console", lambda m: m.type == "error" and pg.problems.append(f"console: {m.text}"))
    yield pg
    context.close()


def loaded(page, before: str | None = None) -> str:
    page.wait_for_function("b => document.body.dataset.loaded && document.body.dataset.loaded !== b",
                           arg=before or "", timeout=20000)
    return page.evaluate("document.body.dataset.loaded")


def test_ui_table_filter_evidence_timeline_network_map(page, server):
    page.goto(server + "/")
    stamp = loaded(page)
    rows = page.locator("#events-table tbody tr.event-row")
    assert rows.count() == 100                                   # the first page of the demo's events
    assert page.locator("#timeline rect.bar").count() > 10       # stacked bars per week
    assert int(page.locator("#network").get_attribute("data-nodes")) > 10
    assert page.locator("#network g.node circle").count() == int(page.locator("#network").get_attribute("data-nodes"))
    assert page.locator("#network line.edge").count() > 5
    assert page.locator("#map path.country").count() > 150       # the bundled world outline
    assert page.locator("#map circle.event-dot").count() >= 3    # Gao, Bamako, Nairobi

    # filter by type: every row is an ASSAULT, the URL and the JSON twin carry the filter
    page.select_option("#f-type", "ASSAULT")
    page.click("#filters button[type=submit]")
    stamp = loaded(page, stamp)
    types = page.locator("#events-table tbody tr.event-row td:nth-child(2)").all_inner_texts()
    assert types and all(t.strip() == "ASSAULT" for t in types)
    assert parse_qs(urlparse(page.url).query)["type"] == ["ASSAULT"]
    twin = page.locator("#events-json").get_attribute("href")
    api = page.request.get(server + twin).json()
    assert [e["type"] for e in api["events"]] == ["ASSAULT"] * len(types)
    assert len(types) == len(api["events"])

    # open the Gao attack: its evidence with source, trigger and target highlighted
    page.locator("#events-table tbody tr.event-row[data-id=e1]").click()
    page.wait_for_selector("#evidence blockquote[data-event-id=e1]")
    marks = {m.get_attribute("class"): m.inner_text() for m in page.locator("#evidence mark").all()}
    assert marks == {"source": "Azawad Rebels", "trigger": "attacked", "target": "army"}
    assert "Gao" in page.locator("#evidence dl.facts").inner_text()

    shots = Path(os.environ.get("WIRECODER_ARTIFACTS", ROOT / "test-artifacts"))
    shots.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(shots / "ui.png"), full_page=True)
    assert (shots / "ui.png").stat().st_size > 20000

    # the event page and its JSON twin
    page.click("#evidence a.event-link")
    page.wait_for_selector("article.event")
    assert page.locator("article.event blockquote mark.trigger").inner_text() == "attacked"
    twin = page.locator('link[rel="alternate"]').get_attribute("href")
    assert page.request.get(server + twin).json()["id"] == "e1"
    page.click("article.event a.article-link")
    page.wait_for_selector("article.article")
    twin = page.locator('link[rel="alternate"]').get_attribute("href")
    assert page.request.get(server + twin).json()["id"] == "a1"
    assert not page.outside and not page.problems, (page.outside, page.problems)


def test_network_click_opens_the_dossier(page, server):
    page.goto(server + "/?actor=Azawad+Rebels")
    loaded(page)
    assert page.locator("#f-actor").input_value() == "Azawad Rebels"
    assert page.locator("#events-table tbody tr.event-row").count() == 3
    node = page.locator('#network g.node[data-id="new:azawad-rebels"]')
    node.locator("circle").click()
    page.wait_for_url("**/actors/new%3Aazawad-rebels")
    assert "Azawad Rebels" in page.locator("h1").inner_text()
    assert "ASSAULT" in page.locator("table.counts").first.inner_text()
    twin = page.locator('link[rel="alternate"]').get_attribute("href")
    data = page.request.get(server + twin).json()
    assert data["id"] == "new:azawad-rebels" and data["in_database"]["events"]["ASSAULT"] == 2
    assert not page.outside and not page.problems, (page.outside, page.problems)


def test_docs_work_offline(page, server):
    page.goto(server + "/docs")
    page.wait_for_selector(".swagger-ui .opblock", timeout=20000)
    assert page.locator(".swagger-ui .opblock").count() >= 10
    assert "/api/events" in page.locator(".swagger-ui").inner_text()
    assert not page.outside and not page.problems, (page.outside, page.problems)

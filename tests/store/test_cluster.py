"""Cross-article clustering in the single writer: one happening, one cluster, sources counted once."""
from __future__ import annotations

import pytest

from tests.conftest import FIXTURES, jsonl
from wirecoder.evaluation.clusters import evaluate_clusters, main_event
from wirecoder.ingest import read_inputs
from wirecoder.pipeline import Pipeline
from wirecoder.records import Article
from wirecoder.store import Store

MALI = FIXTURES / "clusters" / "mali.jsonl"


@pytest.fixture(scope="module")
def coded():
    from wirecoder.settings import Settings

    settings = Settings()
    return [a for a in Pipeline(settings).run(read_inputs([str(MALI)], settings)) if isinstance(a, Article)]


def test_two_tellings_of_one_attack_are_one_cluster_with_two_sources(coded, tmp_path):
    with Store(tmp_path / "c.db") as store:
        for a in coded:
            store.write(a)
        by_id = {a.id: a for a in coded}
        mains = {i: main_event(by_id[i]) for i in by_id}
        assert mains["wire-1"].type == "ASSAULT" and mains["local-1"].type == "ASSAULT"
        cid = mains["wire-1"].cluster_id
        assert mains["local-1"].cluster_id == cid == mains["synd-1"].cluster_id
        assert mains["other-1"].cluster_id != cid
        [row] = [r for r in store.clusters() if r["cluster_id"] == cid]
        # the syndicated copy is a near-duplicate of the wire story: three articles, two sources
        assert (row["articles"], row["sources"]) == (3, 2)
        assert by_id["synd-1"].duplicate_of == "wire-1"
        stored = {e["id"]: e["cluster_id"] for e in store.events()}
        assert stored[mains["local-1"].id] == cid


def test_clusters_do_not_depend_on_rewriting(coded, tmp_path):
    with Store(tmp_path / "c.db") as store:
        for a in coded:
            store.write(a)
        first = {e["id"]: e["cluster_id"] for e in store.events()}
        for a in coded:
            assert store.write(a).status == "unchanged"
        assert {e["id"]: e["cluster_id"] for e in store.events()} == first


def test_events_clusters_command(run):
    assert run("ingest", "--db", "c.db", MALI).exit_code == 0
    rows = jsonl(run("events", "--db", "c.db", "--clusters", "--format", "jsonl").stdout)
    attack = [r for r in rows if r["type"] == "ASSAULT" and r["articles"] == 3]
    assert len(attack) == 1 and attack[0]["sources"] == 2 and "Sahel Daily" in attack[0]["outlets"]
    consult = [r for r in rows if r["type"] == "CONSULT"]
    assert len(consult) == 1 and consult[0]["sources"] == 1
    kenya = jsonl(run("events", "--db", "c.db", "--clusters", "--actor", "Kenya", "--format", "jsonl").stdout)
    # the meeting, and "the two ministers agreed to meet again" (the unnamed ministers act for Kenya)
    assert consult[0]["cluster_id"] in [r["cluster_id"] for r in kenya]
    assert all("KEN" in {(r.get("source") or {}).get("id"), (r.get("target") or {}).get("id")} for r in kenya)


def test_eval_clusters_on_a_small_gold(settings):
    report = evaluate_clusters(MALI, settings)
    assert report.metrics["pairwise_f1"] == 1.0
    [h] = report.per_happening
    assert h["one_cluster"] and h["expected_sources"] == 2 and h["sources"] == 2


def test_unnamed_groups_far_from_a_dateline_are_another_happening(settings):
    # "gunmen" (generic:MEX:REB) abducting people in Tijuana are not the gunmen of a story
    # datelined Culiacan on the same day; the next day's untold-place telling still joins it
    report = evaluate_clusters(FIXTURES / "clusters" / "gunmen.jsonl", settings)
    assert report.metrics["pairwise_precision"] == 1.0 and report.metrics["pairwise_recall"] == 1.0
    [h] = report.per_happening
    assert h["one_cluster"]

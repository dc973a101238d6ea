"""`wirecoder export`: every format is written from a store the real pipeline built, opens in
the library it is meant for, and agrees with the store's own queries."""
from __future__ import annotations

import csv
import json
import xml.etree.ElementTree as ET

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from wirecoder.cli import cli
from wirecoder.export import CSV_COLUMNS, EXPORT_FORMATS
from wirecoder.store import EventFilter, Store

from .conftest import FIXTURES

GRAPHML = "{http://graphml.graphdrawing.org/xmlns}"
GEXF = "{http://gexf.net/1.3}"


@pytest.fixture(scope="module")
def store_db(tmp_path_factory):
    """The Mali cluster articles, ingested once through the real pipeline."""
    db = tmp_path_factory.mktemp("export") / "mali.db"
    result = CliRunner().invoke(cli, ["ingest", "--db", str(db), "-q", str(FIXTURES / "clusters" / "mali.jsonl")],
                                obj={}, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return db


@pytest.fixture(scope="module")
def stored(store_db):
    """The rows `events` gives by default, and every modality's."""
    with Store(str(store_db), create=False) as store:
        default = list(store.iter_events(EventFilter()))
        every = list(store.iter_events(EventFilter(modalities=["all"])))
        graph = store.graph(EventFilter(), max_edges=100000)
    assert default and len(every) >= len(default)
    return {"default": default, "all": every, "graph": graph}


def export(run, db, fmt, out, *args):
    result = run("export", "--db", db, "--format", fmt, "--out", out, *args)
    assert result.exit_code == 0, result.output
    return out


def read_csv(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def test_csv_has_the_analysts_columns_and_the_store_rows(run, store_db, stored, tmp_path):
    rows = read_csv(export(run, store_db, "csv", tmp_path / "e.csv"))
    with open(tmp_path / "e.csv", encoding="utf-8") as f:
        header = next(csv.reader(f))
    assert header[:len(CSV_COLUMNS)] == CSV_COLUMNS and header[len(CSV_COLUMNS):] == ["reviewed", "review_status"]
    assert [r["event_id"] for r in rows] == [e["id"] for e in stored["default"]]
    by_id = {e["id"]: e for e in stored["default"]}
    for r in rows:
        e = by_id[r["event_id"]]
        assert r["event_type"] == e["type"] and r["modality"] == e["modality"]
        assert r["actor1"] == ((e["source"] or {}).get("name") or "")
        assert r["evidence"] == e["evidence"] and r["sources"] == "1"
        killed = sum(q["value"] for q in e["quantities"] if q["unit"] == "killed")
        assert int(r["fatalities"]) == killed
    # the attack report: nine soldiers killed, placed on the map, attributed to its reporter
    assert any(int(r["fatalities"]) == 9 and r["latitude"] and r["attribution"] for r in rows)
    assert not {r["modality"] for r in rows} & {"negated", "hypothetical"}


def test_pandas_reads_the_csv(run, store_db, stored, tmp_path):
    import pandas as pd
    frame = pd.read_csv(export(run, store_db, "csv", tmp_path / "e.csv"))
    assert len(frame) == len(stored["default"]) and list(frame.columns[:3]) == CSV_COLUMNS[:3]


def test_jsonl_is_the_full_query_row(run, store_db, stored, tmp_path):
    out = export(run, store_db, "jsonl", tmp_path / "e.jsonl", "--modality", "all")
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert lines == json.loads(json.dumps(stored["all"]))


def test_parquet_opens_in_pyarrow_with_typed_columns(run, store_db, stored, tmp_path):
    table = pq.read_table(export(run, store_db, "parquet", tmp_path / "e.parquet"))
    assert table.num_rows == len(stored["default"])
    assert table.column_names[:len(CSV_COLUMNS)] == CSV_COLUMNS
    assert str(table.schema.field("latitude").type) == "double"
    assert str(table.schema.field("fatalities").type) == "int64"
    assert table.column("event_id").to_pylist() == [e["id"] for e in stored["default"]]


def test_plover_records_have_the_spec_fields(run, store_db, stored, tmp_path):
    out = export(run, store_db, "plover", tmp_path / "e.plover.jsonl")
    recs = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(recs) == len(stored["default"])
    for rec, e in zip(recs, stored["default"]):
        # the manual's required fields: id, date (YYYY-MM-DD), actor, event
        assert rec["id"] == e["id"] and rec["event"] == [e["type"]]
        assert isinstance(rec["actor"], list) and isinstance(rec["recipient"], list)
        assert len(rec["date"]) in (4, 7, 10) and rec["date"][:4].isdigit()
        assert rec["quad_code"] in (1, 2, 3, 4)
        if e["source"]:
            assert rec["actor"][0]["code"] == e["source"]["country"]
            assert rec["actor"][0]["identifier_id"] == e["source"]["id"]
        if e["location"]:
            assert rec["event_loc"]["lat"] == e["location"]["lat"]
    assert any(r.get("size", {}).get("dead") == 9 for r in recs)


def test_graphml_network_matches_the_store_graph(run, store_db, stored, tmp_path):
    root = ET.parse(export(run, store_db, "graphml", tmp_path / "a.graphml")).getroot()
    graph = root.find(f"{GRAPHML}graph")
    assert graph.get("edgedefault") == "directed"
    nodes = {n.get("id") for n in graph.findall(f"{GRAPHML}node")}
    edges = graph.findall(f"{GRAPHML}edge")
    assert nodes == {n["id"] for n in stored["graph"]["nodes"]} and nodes
    assert len(edges) == len(stored["graph"]["edges"])
    weights = {(e.get("source"), e.get("target"), e.find(f"{GRAPHML}data[@key='type']").text):
               int(e.find(f"{GRAPHML}data[@key='weight']").text) for e in edges}
    assert weights == {(e["source"], e["target"], e["type"]): e["count"] for e in stored["graph"]["edges"]}
    import networkx as nx
    g = nx.read_graphml(tmp_path / "a.graphml")
    assert g.number_of_nodes() == len(nodes)


def test_gexf_is_gephi_1_3_and_matches_the_store_graph(run, store_db, stored, tmp_path):
    root = ET.parse(export(run, store_db, "gexf", tmp_path / "a.gexf")).getroot()
    assert root.tag == f"{GEXF}gexf" and root.get("version") == "1.3"
    graph = root.find(f"{GEXF}graph")
    nodes = graph.findall(f"{GEXF}nodes/{GEXF}node")
    edges = graph.findall(f"{GEXF}edges/{GEXF}edge")
    assert {n.get("id") for n in nodes} == {n["id"] for n in stored["graph"]["nodes"]}
    assert sum(float(e.get("weight")) for e in edges) == sum(e["count"] for e in stored["graph"]["edges"])
    names = {n["id"]: n["name"] for n in stored["graph"]["nodes"]}
    assert all(n.get("label") == names[n.get("id")] for n in nodes)


def test_aggregate_counts_agree_with_the_store(run, store_db, stored, tmp_path):
    rows = read_csv(export(run, store_db, "aggregate", tmp_path / "w.csv"))
    assert list(rows[0]) == ["country", "event_type", "iso_week", "week_start", "events"]
    with Store(str(store_db), create=False) as store:
        expected = store.aggregate(EventFilter(), ["country", "type", "week"])
    assert sorted((r["country"], r["event_type"], r["week_start"], int(r["events"])) for r in rows) == \
        sorted((e["country"] or "", e["type"], e["week"], e["count"]) for e in expected)
    assert all(r["iso_week"][:4].isdigit() and "-W" in r["iso_week"] for r in rows)


@pytest.mark.parametrize("fmt", EXPORT_FORMATS)
def test_no_text_leaves_no_evidence(run, store_db, stored, tmp_path, fmt):
    out = export(run, store_db, fmt, tmp_path / f"shared.{fmt}", "--no-text")
    data = out.read_bytes()
    if fmt == "parquet":
        table = pq.read_table(out)
        assert set(table.column("evidence").to_pylist()) == {None}
        data = json.dumps(table.to_pylist()).encode()
    for e in stored["default"]:
        sentence = e["evidence"].strip()
        assert sentence.encode() not in data, (fmt, sentence)
        assert e["article_title"].encode() not in data


def test_filters_limit_rows(run, store_db, stored, tmp_path):
    rows = read_csv(export(run, store_db, "csv", tmp_path / "a.csv", "--type", "ASSAULT"))
    expected = [e["id"] for e in stored["default"] if e["type"] == "ASSAULT"]
    assert [r["event_id"] for r in rows] == expected and 0 < len(expected) < len(stored["default"])
    every = read_csv(export(run, store_db, "csv", tmp_path / "m.csv", "--modality", "all"))
    assert len(every) == len(stored["all"])


def test_clusters_count_independent_sources(run, store_db, tmp_path):
    rows = read_csv(export(run, store_db, "csv", tmp_path / "c.csv", "--clusters", "--type", "ASSAULT"))
    with Store(str(store_db), create=False) as store:
        clusters = list(store.iter_events(EventFilter(types=["ASSAULT"]), clusters=True))
    assert [int(r["sources"]) for r in rows] == [c["sources"] for c in clusters]
    assert max(int(r["sources"]) for r in rows) >= 2


@pytest.mark.parametrize("args, words", [
    (("--format", "xls", "--out", "x.xls"), "'xls' is not one of"),
    (("--format", "csv", "--out", "no/such/dir/x.csv"), "cannot write"),
    (("--format", "csv", "--out", "x.csv", "--type", "FIGHT"), "not a PLOVER type"),
])
def test_errors_are_one_line(run, store_db, args, words):
    result = run("export", "--db", store_db, *args)
    assert result.exit_code in (1, 2) and words in result.stderr and "Traceback" not in result.output

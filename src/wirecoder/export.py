"""Exports of event rows for the tools analysts use: CSV, JSONL and Parquet tables, PLOVER
JSONL, GraphML and GEXF actor networks for Gephi, and weekly counts.

Every writer takes an iterable of event rows as :meth:`Store.iter_events` returns them (so
the CLI's filters apply unchanged) and a path, and returns the number of events written.
:func:`strip_text` removes evidence sentences and other article text before sharing.
"""
from __future__ import annotations

import csv
import json
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from .errors import ExportError

__all__ = ["EXPORT_FORMATS", "CSV_COLUMNS", "AGGREGATE_COLUMNS", "PLOVER_VERSION", "flat_row", "strip_text",
           "write_csv", "write_jsonl", "write_parquet", "write_plover", "write_graphml", "write_gexf",
           "write_aggregate", "actor_network", "export_events"]

EXPORT_FORMATS = ("csv", "jsonl", "parquet", "plover", "graphml", "gexf", "aggregate")
CSV_COLUMNS = ["event_id", "event_date", "date_precision", "event_type", "mode", "actor1", "actor1_country",
               "actor1_sector", "actor2", "actor2_country", "actor2_sector", "location", "latitude", "longitude",
               "geo_precision", "fatalities", "attribution", "modality", "confidence", "cluster_id", "sources",
               "source_url", "evidence"]
REVIEW_COLUMNS = ["reviewed", "review_status"]
AGGREGATE_COLUMNS = ["country", "event_type", "iso_week", "week_start", "events"]
#: The PLOVER manual our types, modes and contexts follow (draft version 2.0, openeventdata/PLOVER).
PLOVER_VERSION = "plover-2.0"
#: PLOVER's quad categories: 1 verbal cooperation, 2 material cooperation, 3 verbal
#: conflict, 4 material conflict.
QUAD = {**{t: 1 for t in ("AGREE", "CONSULT", "SUPPORT", "CONCEDE")},
        **{t: 2 for t in ("COOPERATE", "AID", "RETREAT", "INVESTIGATE")},
        **{t: 3 for t in ("DEMAND", "DISAPPROVE", "REJECT", "THREATEN", "SANCTION")},
        **{t: 4 for t in ("PROTEST", "CRIME", "MOBILIZE", "COERCE", "ASSAULT")}}
#: Row fields that hold article text; :func:`strip_text` empties them.
TEXT_FIELDS = ("evidence", "evidences", "article_title", "trigger", "date_text")


def strip_text(row: dict[str, Any]) -> dict[str, Any]:
    """A copy of an event row without article text: no evidence sentences, title, trigger
    word, date words, the words quantities and attributions were read from (offsets, codes and
    resolved actors stay)."""
    out = dict(row)
    for key in TEXT_FIELDS:
        if key in out:
            out[key] = [] if key == "evidences" else None
    if out.get("attribution"):
        out["attribution"] = {"actor": out["attribution"].get("actor")}
    if out.get("quantities"):
        out["quantities"] = [{k: v for k, v in q.items() if k != "text"} for q in out["quantities"]]
    return out


def _fatalities(row: dict[str, Any]) -> int:
    return sum(int(q.get("value") or 0) for q in row.get("quantities") or [] if q.get("unit") == "killed")


def flat_row(row: dict[str, Any]) -> dict[str, Any]:
    """One event as a flat record with :data:`CSV_COLUMNS` (plus reviewed and review_status
    when the row has them)."""
    src, tgt, loc = row.get("source") or {}, row.get("target") or {}, row.get("location") or {}
    attribution = row.get("attribution") or {}
    out = {
        "event_id": row.get("event_id") or row.get("id"), "event_date": row.get("date") or row.get("day"),
        "date_precision": row.get("date_precision"), "event_type": row.get("type"), "mode": row.get("mode"),
        "actor1": src.get("name"), "actor1_country": src.get("country"), "actor1_sector": src.get("sector"),
        "actor2": tgt.get("name"), "actor2_country": tgt.get("country"), "actor2_sector": tgt.get("sector"),
        "location": loc.get("name"), "latitude": loc.get("lat"), "longitude": loc.get("lon"),
        "geo_precision": loc.get("precision"), "fatalities": _fatalities(row),
        "attribution": attribution.get("text") or (attribution.get("actor") or {}).get("name"),
        "modality": row.get("modality"),
        "confidence": row.get("confidence"), "cluster_id": row.get("cluster_id"),
        "sources": int(row.get("sources") or 1), "source_url": row.get("article_url"),
        "evidence": row.get("evidence"),
    }
    if "reviewed" in row or "review_status" in row:
        out["reviewed"] = bool(row.get("reviewed"))
        out["review_status"] = row.get("review_status")
    return out


def _open(path: str | Path, mode: str = "w"):
    try:
        if "b" in mode:
            return open(path, mode)
        return open(path, mode, encoding="utf-8", newline="")
    except OSError as exc:
        raise ExportError(f"{path}: cannot write ({exc.strerror or exc})") from None


def write_csv(rows: Iterable[dict[str, Any]], path: str | Path) -> int:
    """The analysts' table, one event a line, UTF-8 with a header."""
    n = 0
    with _open(path) as f:
        writer = None
        for row in rows:
            flat = flat_row(row)
            if writer is None:
                writer = csv.DictWriter(f, fieldnames=list(flat))
                writer.writeheader()
            writer.writerow({k: ("" if v is None else v) for k, v in flat.items()})
            n += 1
        if writer is None:
            csv.writer(f).writerow(CSV_COLUMNS)
    return n


def write_jsonl(rows: Iterable[dict[str, Any]], path: str | Path) -> int:
    """Every field of every row, one JSON object a line."""
    n = 0
    with _open(path) as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
            n += 1
    return n


def write_parquet(rows: Iterable[dict[str, Any]], path: str | Path) -> int:
    """The CSV columns as a typed Parquet table (pyarrow)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    flats = [flat_row(r) for r in rows]
    types = {"latitude": pa.float64(), "longitude": pa.float64(), "confidence": pa.float64(),
             "fatalities": pa.int64(), "sources": pa.int64(), "reviewed": pa.bool_()}
    cols = list(flats[0]) if flats else CSV_COLUMNS
    schema = pa.schema([(c, types.get(c, pa.string())) for c in cols])
    table = pa.Table.from_pylist(flats, schema=schema) if flats else schema.empty_table()
    try:
        pq.write_table(table, str(path))
    except OSError as exc:
        raise ExportError(f"{path}: cannot write ({exc.strerror or str(exc).split('. Detail')[0]})") from None
    return len(flats)


def _plover_entity(actor: dict[str, Any], text: str | None) -> dict[str, Any]:
    ent = {"code": actor.get("country"), "sector": actor.get("sector"), "identifier_id": actor.get("id"),
           "identifier_text": actor.get("name"), "kind": actor.get("kind")}
    if text:
        ent["entity_text"] = text
    return {k: v for k, v in ent.items() if v is not None}


def _span_text(row: dict[str, Any], key: str) -> str | None:
    """The words of a participant, cut from the evidence sentence by its offsets."""
    ev, span, part = row.get("evidence"), row.get("span"), row.get(key)
    if not ev or not span or not part:
        return None
    a, b = part[0] - span[0], part[1] - span[0]
    return ev[a:b] if 0 <= a < b <= len(ev) else None


def plover_record(row: dict[str, Any]) -> dict[str, Any]:
    """One event as a PLOVER record (the manual's "Data Fields" names)."""
    day = row.get("date") or row.get("day") or row.get("published")
    rec: dict[str, Any] = {
        "id": row.get("event_id") or row.get("id"),
        "date": day,
        "actor": [_plover_entity(row["source"], _span_text(row, "source_span"))] if row.get("source") else [],
        "recipient": [_plover_entity(row["target"], _span_text(row, "target_span"))] if row.get("target") else [],
        "event": [row.get("type")],
        "mode": [row["mode"]] if row.get("mode") else [],
        "context": [row["context"]] if row.get("context") else [],
        "quad_code": QUAD.get(row.get("type") or ""),
        "has_event": row.get("modality") not in ("negated", "hypothetical"),
        "link": row.get("cluster_id"),
        "date_precision": row.get("date_precision"),
        "modality": row.get("modality"),
        "confidence": row.get("confidence"),
    }
    if row.get("date_end"):
        rec["enddate"] = row["date_end"]
    loc = row.get("location")
    if loc:
        rec["event_loc"] = {k: v for k, v in {
            "resolved_place": loc.get("name"), "geonameid": loc.get("geonameid"), "lat": loc.get("lat"),
            "lon": loc.get("lon"), "province": loc.get("admin1"), "country_code": loc.get("country"),
            "resolution": loc.get("precision")}.items() if v is not None}
    killed = [q for q in row.get("quantities") or [] if q.get("unit") in ("killed", "injured", "arrested")]
    if killed:
        size: dict[str, int] = {}
        for q in killed:
            name = "dead" if q["unit"] == "killed" else q["unit"]
            size[name] = size.get(name, 0) + int(q.get("value") or 0)
        rec["size"] = size
    if row.get("evidence"):
        rec["event_text"] = [row["evidence"]]
    if row.get("span"):
        rec["text_info"] = {"start": row["span"][0], "end": row["span"][1]}
    rec["cite_info"] = {k: v for k, v in {
        "citation": row.get("article_id"), "url": row.get("article_url"), "title": row.get("article_title"),
        "coder": row.get("pipeline_version"), "codebook": PLOVER_VERSION}.items() if v is not None}
    rec["coder"] = "wirecoder"
    return rec


def write_plover(rows: Iterable[dict[str, Any]], path: str | Path) -> int:
    """PLOVER JSONL: one record a line with id, date, actor, recipient, event, mode, context,
    event_loc, quad_code and cite_info."""
    n = 0
    with _open(path) as f:
        for row in rows:
            f.write(json.dumps(plover_record(row), ensure_ascii=False) + "\n")
            n += 1
    return n


def actor_network(rows: Iterable[dict[str, Any]]) -> tuple[dict[str, dict[str, Any]], list[dict[str, Any]], int]:
    """Actors (by id) and edges source → target aggregated by event type with their event
    count, over events with two different actors; also the number of rows read."""
    nodes: dict[str, dict[str, Any]] = {}
    counts: dict[tuple[str, str, str], int] = {}
    n = 0
    for row in rows:
        n += 1
        s, t = row.get("source"), row.get("target")
        if not s or not t or s["id"] == t["id"]:
            continue
        for a in (s, t):
            nodes.setdefault(a["id"], {k: a.get(k) for k in ("id", "name", "country", "kind", "sector")})
        key = (s["id"], t["id"], row.get("type") or "")
        counts[key] = counts.get(key, 0) + 1
    edges = [{"source": s, "target": t, "type": ty, "count": c} for (s, t, ty), c in sorted(counts.items())]
    return nodes, edges, n


NODE_ATTRS = ("name", "country", "kind", "sector")


def _write_xml(root: ET.Element, path: str | Path) -> None:
    ET.indent(root)
    with _open(path, "wb") as f:
        ET.ElementTree(root).write(f, encoding="utf-8", xml_declaration=True)


def write_graphml(rows: Iterable[dict[str, Any]], path: str | Path) -> int:
    """The actor network as GraphML (directed; node name, country, kind, sector; edge type
    and weight)."""
    nodes, edges, n = actor_network(rows)
    root = ET.Element("graphml", xmlns="http://graphml.graphdrawing.org/xmlns")
    for attr in NODE_ATTRS:
        ET.SubElement(root, "key", {"id": attr, "for": "node", "attr.name": attr, "attr.type": "string"})
    ET.SubElement(root, "key", {"id": "type", "for": "edge", "attr.name": "type", "attr.type": "string"})
    ET.SubElement(root, "key", {"id": "weight", "for": "edge", "attr.name": "weight", "attr.type": "int"})
    graph = ET.SubElement(root, "graph", id="actors", edgedefault="directed")
    for node in nodes.values():
        el = ET.SubElement(graph, "node", id=node["id"])
        for attr in NODE_ATTRS:
            if node.get(attr) is not None:
                ET.SubElement(el, "data", key=attr).text = str(node[attr])
    for i, e in enumerate(edges):
        el = ET.SubElement(graph, "edge", id=f"e{i}", source=e["source"], target=e["target"])
        ET.SubElement(el, "data", key="type").text = e["type"]
        ET.SubElement(el, "data", key="weight").text = str(e["count"])
    _write_xml(root, path)
    return n


def write_gexf(rows: Iterable[dict[str, Any]], path: str | Path) -> int:
    """The actor network as GEXF 1.3 for Gephi (directed; weighted edges labelled by type)."""
    nodes, edges, n = actor_network(rows)
    root = ET.Element("gexf", {"xmlns": "http://gexf.net/1.3", "version": "1.3"})
    meta = ET.SubElement(root, "meta", lastmodifieddate=date.today().isoformat())
    ET.SubElement(meta, "creator").text = "wirecoder"
    ET.SubElement(meta, "description").text = "Actors and events between them, by PLOVER type"
    graph = ET.SubElement(root, "graph", defaultedgetype="directed", mode="static")
    attrs = ET.SubElement(graph, "attributes", {"class": "node"})
    for i, attr in enumerate(NODE_ATTRS[1:]):
        ET.SubElement(attrs, "attribute", id=str(i), title=attr, type="string")
    eattrs = ET.SubElement(graph, "attributes", {"class": "edge"})
    ET.SubElement(eattrs, "attribute", id="0", title="type", type="string")
    nodes_el = ET.SubElement(graph, "nodes")
    for node in nodes.values():
        el = ET.SubElement(nodes_el, "node", id=node["id"], label=node.get("name") or node["id"])
        values = ET.SubElement(el, "attvalues")
        for i, attr in enumerate(NODE_ATTRS[1:]):
            if node.get(attr) is not None:
                ET.SubElement(values, "attvalue", {"for": str(i), "value": str(node[attr])})
    edges_el = ET.SubElement(graph, "edges")
    for i, e in enumerate(edges):
        el = ET.SubElement(edges_el, "edge", id=str(i), source=e["source"], target=e["target"],
                           label=e["type"], weight=str(float(e["count"])))
        values = ET.SubElement(el, "attvalues")
        ET.SubElement(values, "attvalue", {"for": "0", "value": e["type"]})
    _write_xml(root, path)
    return n


def _country(row: dict[str, Any]) -> str | None:
    return (row.get("location") or {}).get("country") or (row.get("source") or {}).get("country")


def write_aggregate(rows: Iterable[dict[str, Any]], path: str | Path) -> int:
    """Event counts by country (the event's location, else its source actor's), type and ISO
    week of the event's day (its date, else its article's publication date)."""
    counts: dict[tuple[str, str, str, str], int] = {}
    n = 0
    for row in rows:
        n += 1
        week = start = ""
        if row.get("day"):
            try:
                d = date.fromisoformat(row["day"][:10])
                y, w, _ = d.isocalendar()
                week, start = f"{y}-W{w:02d}", date.fromisocalendar(y, w, 1).isoformat()
            except ValueError:
                pass
        key = (_country(row) or "", row.get("type") or "", week, start)
        counts[key] = counts.get(key, 0) + 1
    with _open(path) as f:
        writer = csv.writer(f)
        writer.writerow(AGGREGATE_COLUMNS)
        for key in sorted(counts):
            writer.writerow([*key, counts[key]])
    return n


WRITERS: dict[str, Callable[[Iterable[dict[str, Any]], str | Path], int]] = {
    "csv": write_csv, "jsonl": write_jsonl, "parquet": write_parquet, "plover": write_plover,
    "graphml": write_graphml, "gexf": write_gexf, "aggregate": write_aggregate}


def export_events(rows: Iterable[dict[str, Any]], fmt: str, path: str | Path, *, no_text: bool = False) -> int:
    """Write ``rows`` to ``path`` in ``fmt``; with ``no_text`` every row loses its article
    text first. Returns the number of events exported."""
    writer = WRITERS.get(fmt)
    if writer is None:
        raise ExportError(f"unknown export format {fmt!r}; use one of {', '.join(EXPORT_FORMATS)}")
    parent = Path(path).parent
    if not parent.is_dir():
        raise ExportError(f"{path}: cannot write (no directory {parent})")
    source: Iterator[dict[str, Any]] = (strip_text(r) for r in rows) if no_text else iter(rows)
    return writer(source, path)

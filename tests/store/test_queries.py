"""The shared query layer: filters, cursor pagination, clusters, counts, the network,
dossiers, search and deletion, on a store of known events."""
from __future__ import annotations

import pytest

from wirecoder.errors import QueryError
from wirecoder.query import aggregate_keys, event_filter, parse_day, parse_near
from wirecoder.store import EventFilter, Store
from wirecoder.store.queries import distance_km

from ..querydata import DEFAULT_IDS, build


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    path = build(tmp_path_factory.mktemp("q") / "q.db")
    with Store(path) as s:
        yield s


def ids(store, clusters=False, **kw):
    return [e["id"] for e in store.iter_events(event_filter(**kw), clusters=clusters)]


def test_default_leaves_out_negated_and_hypothetical(store):
    assert ids(store) == DEFAULT_IDS
    assert ids(store, modalities=["all"]) == ["e1", "e2", "e3", "e4", "e5", "e6", "e7", "e8"]
    assert ids(store, modalities=["negated"]) == ["e5"]
    assert ids(store, modalities=["hypothetical", "negated"]) == ["e5", "e6"]


def test_type_actor_country_filters(store):
    assert ids(store, types=["assault"]) == ["e1", "e3"]
    assert ids(store, types=["ASSAULT", "COERCE"]) == ["e1", "e3", "e7"]
    assert ids(store, actor="new:azawad-rebels") == ["e1", "e2", "e3"]
    assert ids(store, actor="Azawad Rebels") == ["e1", "e2", "e3"]    # a stored name
    assert ids(store, actor="France") == ["e4"]                       # a KB name, default modalities
    assert ids(store, actor="FRA", modalities=["all"]) == ["e4", "e5", "e6"]    # an actor id
    # country: the event's place or either actor's country
    assert ids(store, country="ken") == ["e7", "e8"]
    assert ids(store, country="FRA") == ["e4"]
    assert set(ids(store, country="MLI")) == {"e1", "e2", "e3", "e4"}


def test_dates_use_the_event_date_else_the_article_date(store):
    # e1 happened 2025-03-09 (its article is from the 10th); e7 on 07-19 (article 07-20)
    assert ids(store, since="2025-03-09", until="2025-03-09") == ["e1"]
    assert ids(store, since="2025-03-10", until="2025-03-10") == ["e2"]
    assert ids(store, until="2025-03") == ["e1", "e2", "e3"]         # a month is its last day
    assert ids(store, since="2025-07-19", until="2025-07-19") == ["e7"]
    assert ids(store, since="2025-06") == ["e4", "e7", "e8"]
    assert ids(store, since="2025") == DEFAULT_IDS
    assert ids(store, since="2026") == []


def test_near_filters_by_great_circle_distance(store):
    assert ids(store, near="16.27,-0.04", km=10) == ["e1", "e3"]
    assert ids(store, near="Gao", km=50) == ["e1", "e3"]              # the gazetteer's Gao, Mali
    # Bamako is about 950 km from Gao; Nairobi over 4,000
    d = distance_km(16.27167, -0.04472, 12.65, -8.0)
    assert 900 < d < 1000
    assert ids(store, near="Gao", km=1000) == ["e1", "e3", "e4"]
    assert ids(store, near="-1.3,36.8", km=25) == ["e7"]
    assert ids(store, near="0,0", km=100) == []


def test_min_confidence_and_article(store):
    assert ids(store, min_confidence=0.8) == ["e1", "e3", "e4"]
    assert ids(store, article="a3", modalities=["all"]) == ["e4", "e5", "e6"]


def test_cursor_pages_cover_everything_once_in_order(store):
    flt = EventFilter(modalities=["all"])
    seen, cursor = [], None
    for _ in range(10):
        page = store.event_page(flt, limit=3, cursor=cursor)
        seen += [e["id"] for e in page.rows]
        assert len(page.rows) <= 3
        if page.next is None:
            break
        cursor = page.next
    assert seen == ["e1", "e2", "e3", "e4", "e5", "e6", "e7", "e8"]
    last = store.event_page(flt, limit=8)
    assert last.next is None and len(last.rows) == 8
    with pytest.raises(QueryError):
        store.event_page(flt, cursor="1 OR 1=1")


def test_clusters_collapse_reports_of_one_event(store):
    # the writer clusters the two tellings of the Gao attack (same type, participants, place,
    # days within the slack); the second article is another outlet, so two sources
    assert store.event("e1")["cluster_id"] == store.event("e3")["cluster_id"]
    rows = list(store.iter_events(EventFilter(), clusters=True))
    assert [r["event_id"] for r in rows] == ["e1", "e2", "e4", "e7", "e8"]
    first = rows[0]
    assert first["cluster_id"] == store.event("e1")["cluster_id"] and first["type"] == "ASSAULT"
    assert (first["events"], first["articles"], first["sources"]) == (2, 2, 2)
    assert (first["first_date"], first["last_date"]) == ("2025-03-09", "2025-03-11")
    assert set(first["outlets"].split(",")) == {"Test Wire", "Sahel Post"}
    assert all(r["events"] == 1 and r["sources"] == 1 for r in rows[1:])
    # a filter that matches one telling still shows the whole happening
    [gao] = list(store.iter_events(EventFilter(article_id="a2"), clusters=True))
    assert gao["cluster_id"] == first["cluster_id"] and gao["articles"] == 2
    # pages of clusters continue after the cluster's first matching event
    p1 = store.event_page(EventFilter(), limit=2, clusters=True)
    p2 = store.event_page(EventFilter(), limit=2, clusters=True, cursor=p1.next)
    assert [r["event_id"] for r in p1.rows + p2.rows] == ["e1", "e2", "e4", "e7"]


def test_filters_are_parameters_not_sql(store):
    assert ids(store, actor="x' OR '1'='1") == []
    assert ids(store, actor="%") == []
    with pytest.raises(QueryError):
        event_filter(country="MLI' --")


def test_bad_values_are_query_errors():
    for kw in ({"types": ["FIGHT"]}, {"modalities": ["maybe"]}, {"since": "March"}, {"since": "2025-02-30"},
               {"since": "2025-05", "until": "2025-04"}, {"km": 5}, {"near": "0,0", "km": 0},
               {"near": "91,0"}, {"near": "Atlantisville"}, {"min_confidence": 1.5}, {"country": "FR"}):
        with pytest.raises(QueryError):
            event_filter(**kw)
    assert parse_day("2024-02", end=True) == "2024-02-29"
    assert parse_near("12.5, -8")[:2] == (12.5, -8.0)
    assert aggregate_keys("country, type,week") == ["country", "type", "week"]
    for bad in ("weekday", "day,week", "type,type"):
        with pytest.raises(QueryError):
            aggregate_keys(bad)


def test_aggregate_counts(store):
    by_type = {r["type"]: r["count"] for r in store.aggregate(EventFilter(), ["type"])}
    assert by_type == {"ACCUSE": 2, "ASSAULT": 2, "COERCE": 1, "CONSULT": 1}
    rows = store.aggregate(EventFilter(), ["country", "type", "week"])
    assert {"country": "MLI", "type": "ASSAULT", "week": "2025-03-03", "count": 1} in rows   # Sun 9 March
    assert {"country": "MLI", "type": "ASSAULT", "week": "2025-03-10", "count": 1} in rows   # Tue 11 March
    assert {"country": "KEN", "type": "COERCE", "week": "2025-07-14", "count": 1} in rows
    months = store.aggregate(EventFilter(types=["ASSAULT"]), ["month"])
    assert months == [{"month": "2025-03", "count": 2}]
    assert sum(r["count"] for r in store.aggregate(EventFilter(modalities=["all"]), ["day"])) == 8


def test_graph_aggregates_by_type_and_direction(store):
    g = store.graph(EventFilter())
    edges = {(e["source"], e["target"], e["type"]): e["count"] for e in g["edges"]}
    assert edges == {("new:azawad-rebels", "generic:MLI:MIL", "ASSAULT"): 2,
                     ("MLI", "new:azawad-rebels", "ACCUSE"): 1, ("FRA", "MLI", "CONSULT"): 1,
                     ("generic:KEN:COP", "generic:KEN:OPP", "COERCE"): 1}
    nodes = {n["id"]: n for n in g["nodes"]}
    assert nodes["new:azawad-rebels"]["events"] == 3 and nodes["new:azawad-rebels"]["kind"] == "armed_group"
    assert set(nodes) == {a for e in edges for a in e[:2]}
    assert len(store.graph(EventFilter(), max_edges=1)["edges"]) == 1


def test_actor_activity(store):
    act = store.actor_activity("new:azawad-rebels")
    assert act["events"] == {"ASSAULT": 2, "ACCUSE": 1}
    assert act["mentions"] == 1 and act["articles"] == 1
    assert {"month": "2025-03", "type": "ASSAULT", "count": 2} in act["events_by_month"]
    others = {o["id"]: o for o in act["counterparts"]}
    assert others["generic:MLI:MIL"]["as_source"] == 2 and others["generic:MLI:MIL"]["as_target"] == 0
    assert others["MLI"]["as_target"] == 1 and others["MLI"]["as_source"] == 0
    assert [e["id"] for e in act["latest_events"]] == ["e3", "e2", "e1"]   # newest day first


def test_find_actors(store):
    found = store.find_actors("azawad")
    assert [a["id"] for a in found] == ["new:azawad-rebels"] and found[0]["events"] == 3
    assert store.find_actors("100%") == []
    assert len(store.find_actors(None, limit=3)) == 3


def test_search_articles_and_evidence(store):
    found = store.search("tear gas")
    assert [a["id"] for a in found["articles"]] == ["a4"]
    a = found["articles"][0]
    assert [a["snippet"][s:e].lower() for s, e in a["matches"]] == ["tear", "gas"]
    assert [e["id"] for e in found["events"]] == ["e7"]
    assert {x["id"] for x in store.search("Gao")["articles"]} == {"a1", "a2", "a3"}
    assert store.search("\"unbalanced AND (") == {"articles": [], "events": []}   # quotes are data
    with pytest.raises(QueryError):
        store.search("  ?? ")


def test_delete_removes_article_mentions_events_and_relinks_copies(tmp_path):
    from wirecoder.records import Article

    path = build(tmp_path / "d.db")
    with Store(path) as s:
        original = s.article("a2")
        for i in (1, 2):   # two exact copies, linked to a2
            s.write(Article(id=f"copy{i}", text=original.text, content_hash=original.content_hash, title="copy"))
        assert s.article("copy2").duplicate_of == "a2"
        done = s.delete_article("a1")
        assert done["mentions"] == 2 and done["events"] == 2
        assert s.article("a1") is None and s.event("e1") is None
        assert s.db.execute("SELECT count(*) FROM mentions WHERE article_id = 'a1'").fetchone()[0] == 0
        assert s.search("truce")["articles"] == []          # gone from the full-text index
        assert s.actor_row("new:azawad-rebels") is not None  # still used by a2
        s.delete_article("a2")
        assert s.actor_row("new:azawad-rebels") is None      # nothing refers to it any more
        assert s.article("copy1").duplicate_of is None and s.article("copy2").duplicate_of == "copy1"
        assert s.delete_article("a2") is None


def test_month_and_year_dates_count_from_their_first_day(tmp_path):
    from ..querydata import MLI, REBELS, article, event
    a = article("hist", "History", "Azawad Rebels attacked Mali in 2012. Mali accused the rebels in March 2013.",
                "2025-05-05")
    a.events = [
        event(a, "y1", "ASSAULT", "Azawad Rebels attacked Mali in 2012.", "attacked", REBELS, "Azawad Rebels",
              MLI, "Mali", date="2012", date_precision="year", modality="historical"),
        event(a, "m1", "ACCUSE", "Mali accused the rebels in March 2013.", "accused", MLI, "Mali", REBELS, "rebels",
              date="2013-03", date_precision="month", modality="historical"),
    ]
    with Store(tmp_path / "h.db") as s:
        s.write(a)
        weeks = {r["type"]: r["week"] for r in s.aggregate(EventFilter(), ["type", "week"])}
        assert weeks == {"ASSAULT": "2011-12-26", "ACCUSE": "2013-02-25"}   # the Mondays before 1 Jan / 1 Mar
        assert [e["id"] for e in s.iter_events(event_filter(since="2013-01-01"))] == ["m1"]
        assert [e["id"] for e in s.iter_events(event_filter(until="2012-12-31"))] == ["y1"]
        assert [e["day"] for e in s.iter_events(EventFilter())] == ["2012-01-01", "2013-03-01"]


def test_events_without_a_cluster_stand_alone(tmp_path):
    path = build(tmp_path / "n.db")
    with Store(path) as s:   # a database coded before clustering existed has null cluster ids
        s.db.execute("UPDATE events SET cluster_id = NULL")
        rows = list(s.iter_events(EventFilter(), clusters=True))
        assert [(r["event_id"], r["cluster_id"], r["events"]) for r in rows] == [
            ("e1", "e1", 1), ("e2", "e2", 1), ("e3", "e3", 1), ("e4", "e4", 1), ("e7", "e7", 1), ("e8", "e8", 1)]

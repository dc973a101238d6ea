"""One event per happening within an article: headline, lead, later retellings, captions."""
from __future__ import annotations

import pytest

from wirecoder.events.merge import mark_historical, merge_events
from wirecoder.events.same import why_not_same
from wirecoder.ingest import IngestOptions, read_inputs
from wirecoder.pipeline import Pipeline
from wirecoder.records import Actor, Article, Event, Place

RUS = Actor("RUS", "Russia", "RUS", "state", "GOV")
TALIBAN = Actor("taliban", "Taliban", "AFG", "group", "REB")
KAZ = Actor("KAZ", "Kazakhstan", "KAZ", "state", "GOV")
USA = Actor("USA", "United States", "USA", "state", "GOV")
US_MIL = Actor("generic:USA:MIL", "United States: military", "USA", "generic", "MIL")


def ev(i: str, type_: str = "CONCEDE", source=None, target=None, where: str = "text", start: int = 0,
       trigger: str = "removed", **kw) -> Event:
    body = where == "text"
    return Event(id=i, article_id="a", type=type_, source=source, target=target,
                 span=(start, start + 10) if body else None, trigger=trigger, confidence=kw.pop("confidence", 0.7),
                 evidence=f"sentence at {start}",
                 evidences=[{"in": where, "index": 0 if where == "caption" else None, "start": start,
                             "end": start + 10, "text": f"sentence at {start}"}], **kw)


def test_headline_joins_the_body_event_it_retells():
    body = ev("b", source=RUS, target=TALIBAN, start=40)
    title = ev("t", source=RUS, target=None, where="title")
    [merged] = merge_events([body, title])
    assert merged.id == "b" and merged.span == (40, 50)
    assert [x["in"] for x in merged.evidences] == ["text", "title"]


def test_body_retelling_fills_missing_arguments():
    lead = ev("l", type_="ASSAULT", source=None, target=TALIBAN, start=0, trigger="attack")
    later = ev("m", type_="ASSAULT", source=RUS, target=TALIBAN, start=200, trigger="attacked",
               quantities=[{"value": 3, "unit": "killed"}])
    [merged] = merge_events([lead, later])
    assert merged.source == RUS and merged.quantities == [{"value": 3, "unit": "killed"}]
    assert len(merged.evidences) == 2 and merged.evidence == "sentence at 200"  # the better-told one


def test_coordinated_events_in_one_sentence_stay_apart():
    a, b = ev("a", source=RUS, target=TALIBAN), ev("b", source=KAZ, target=TALIBAN)
    assert len(merge_events([a, b])) == 2
    lists = [ev("x", type_="ASSAULT", source=None, target=US_MIL), ev("y", type_="ASSAULT", source=None, target=USA)]
    assert len(merge_events(lists)) == 2  # "attacks against US forces and the United States"


def test_a_verb_and_a_noun_telling_one_happening_in_one_sentence_merge():
    # "the Houthis said they had attacked the tanker in a drone strike"
    told = [ev("x", type_="ASSAULT", source=RUS, target=TALIBAN, trigger="attacked"),
            ev("y", type_="ASSAULT", source=RUS, target=None, trigger="strike")]
    [merged] = merge_events(told)
    assert merged.target == TALIBAN


def test_different_requests_by_one_actor_stay_apart():
    a = ev("a", type_="REQUEST", source=RUS, target=USA, start=0, trigger="should")
    b = ev("b", type_="REQUEST", source=RUS, target=None, start=100, trigger="called")
    assert len(merge_events([a, b])) == 2


def test_dates_and_places_keep_happenings_apart():
    april = ev("a", type_="ASSAULT", target=US_MIL, start=0, trigger="attacks", date="2021-04", date_precision="month")
    january = ev("b", type_="ASSAULT", target=US_MIL, start=100, trigger="attacks", date="2021-01",
                 date_precision="month")
    assert why_not_same(april, january) == "dates differ"
    assert len(merge_events([april, january])) == 2
    erbil = Place("Erbil", "IRQ", lat=36.19, lon=44.01, precision="city")
    basra = Place("Basra", "IRQ", lat=30.51, lon=47.78, precision="city")
    a = ev("a", type_="ASSAULT", target=US_MIL, start=0, trigger="attack", location=erbil)
    b = ev("b", type_="ASSAULT", target=US_MIL, start=100, trigger="attack", location=basra)
    assert why_not_same(a, b) == "places differ" and len(merge_events([a, b])) == 2


def test_negated_event_never_merges_with_one_that_happened():
    a = ev("a", source=RUS, target=TALIBAN, start=0)
    b = ev("b", source=RUS, target=TALIBAN, start=100, modality="negated")
    assert len(merge_events([a, b])) == 2


def test_events_long_before_publication_are_historical():
    art = Article(id="a", text="", published="2024-10-04")
    art.events = [ev("old", date="2003", date_precision="year"), ev("new", start=50, date="2024-10", date_precision="month"),
                  ev("neg", start=90, date="1989", date_precision="year", modality="negated")]
    mark_historical(art)
    assert [e.modality for e in art.events] == ["historical", "asserted", "negated"]


def test_seed_headlines_and_captions_do_not_double_the_main_event(seed_path, settings):
    items = list(read_inputs([str(seed_path)], settings, IngestOptions(published="2021-09-01")))
    articles = [a for a in Pipeline(settings).run(items) if isinstance(a, Article)]
    russia = next(a for a in articles if "Taliban" in (a.title or ""))
    concede = [e for e in russia.events if e.type == "CONCEDE" and e.source and e.source.id == "RUS"]
    assert len(concede) == 1, [(e.evidence, e.evidences) for e in concede]
    assert {x["in"] for x in concede[0].evidences} == {"text", "title"}
    assert russia.text[concede[0].span[0]:concede[0].span[1]] == concede[0].evidence
    # the caption (Lavrov shakes hands with Muttaqi) is the meeting the body tells
    # (Muttaqi came to Moscow: the visitor is the source)
    meeting = [e for e in russia.events if e.type == "CONSULT" and e.source and e.source.name == "Amir Khan Muttaqi"
               and e.target and e.target.name == "Sergei Lavrov"]
    assert len(meeting) == 1 and any(x["in"] == "caption" for x in meeting[0].evidences)
    # nothing from a headline or caption stands alone as a second copy of a body event
    for a in articles:
        for e in a.events:
            if e.span is None:
                assert all(why_not_same(e, o) is not None or not (o.source or o.target)
                           for o in a.events if o is not e and o.span is not None and
                           ((o.source and e.source and o.source.id == e.source.id) or
                            (o.target and e.target and o.target.id == e.target.id))), e


def test_a_government_spokesman_and_the_opposition_party_are_two_accusers():
    """Two same-trigger accusations of one state, one by the opposition party and one by an
    unnamed-before government spokesman, are two happenings, not one told twice."""
    tza = Actor("TZA", "Tanzania", "TZA", "state", "GOV")
    party = Actor("chadema", "Chadema", "TZA", "party", "OPP")
    spokesman = Actor("new:person:gerson-msigwa", "Gerson Msigwa", "TZA", "person", "GOV")
    a = ev("a", type_="ACCUSE", source=party, target=tza, start=0, trigger="accused")
    b = ev("b", type_="ACCUSE", source=spokesman, target=tza, start=300, trigger="accused")
    assert why_not_same(a, b) == "sources differ"
    assert len(merge_events([a, b])) == 2

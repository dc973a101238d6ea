"""A small hand-written store for the query, CLI, API and browser tests: articles with events
that carry dates, places, confidences and clusters (written directly, no pipeline), so the
filters are tested on known values."""
from __future__ import annotations

import hashlib
from pathlib import Path

from wirecoder.records import Actor, Article, Event, Mention, Place
from wirecoder.store import Store

MLI = Actor("MLI", "Mali", "MLI", "state", "GOV")
FRA = Actor("FRA", "France", "FRA", "state", "GOV")
KEN = Actor("KEN", "Kenya", "KEN", "state", "GOV")
REBELS = Actor("new:azawad-rebels", "Azawad Rebels", "MLI", "armed_group", "REB")
ARMY = Actor("generic:MLI:MIL", "Mali: military", "MLI", "military", "MIL")
POLICE = Actor("generic:KEN:COP", "Kenya: police", "KEN", "police", "COP")
PROTESTERS = Actor("generic:KEN:OPP", "Kenya: protesters and opposition", "KEN", "opposition", "OPP")

GAO = Place("Gao", "MLI", None, 16.27167, -0.04472, "city", 2457163)
BAMAKO = Place("Bamako", "MLI", None, 12.65, -8.0, "city", 2460596)
NAIROBI = Place("Nairobi", "KEN", None, -1.28333, 36.81667, "city", 184745)


def _span(text: str, part: str, start: int = 0) -> tuple[int, int]:
    i = text.index(part, start)
    return (i, i + len(part))


def event(article: Article, eid: str, etype: str, sentence: str, trigger: str, source: Actor | None,
          source_text: str | None, target: Actor | None, target_text: str | None, **kw) -> Event:
    s = _span(article.text, sentence)
    return Event(
        id=eid, article_id=article.id, type=etype, source=source, target=target, evidence=sentence, span=s,
        trigger=trigger, trigger_span=_span(article.text, trigger, s[0]),
        source_span=_span(article.text, source_text, s[0]) if source_text else None,
        target_span=_span(article.text, target_text, s[0]) if target_text else None,
        pattern="test", pipeline_version="test", **kw)


def article(aid: str, title: str, text: str, published: str, source: str = "Test Wire") -> Article:
    a = Article(id=aid, text=text, title=title, source=source, published=published, published_precision="day",
                language="en", url=f"https://news.example/{aid}",
                content_hash=hashlib.sha256(text.encode()).hexdigest())
    return a


def build(path: Path | str) -> Path:
    """Write the test articles into a new store at ``path``."""
    arts = []
    a1 = article("a1", "Rebels attack army base in Gao",
                 "Azawad Rebels attacked the army base in Gao on Sunday. "
                 "Mali accused the rebels of breaking the truce.", "2025-03-10")
    a1.events = [
        event(a1, "e1", "ASSAULT", "Azawad Rebels attacked the army base in Gao on Sunday.", "attacked",
              REBELS, "Azawad Rebels", ARMY, "army", date="2025-03-09", date_precision="day",
              location=GAO, confidence=0.9, cluster_id="c1"),
        event(a1, "e2", "ACCUSE", "Mali accused the rebels of breaking the truce.", "accused",
              MLI, "Mali", REBELS, "rebels", confidence=0.6),
    ]
    a1.mentions = [Mention("Azawad Rebels", *_span(a1.text, "Azawad Rebels"), "ORG", REBELS),
                   Mention("Gao", *_span(a1.text, "Gao"), "GPE", None, GAO)]
    arts.append(a1)
    a2 = article("a2", "Base near Gao attacked", "Azawad Rebels stormed a military base near Gao, officials said.",
                 "2025-03-11", source="Sahel Post")
    a2.events = [event(a2, "e3", "ASSAULT", a2.text, "stormed", REBELS, "Azawad Rebels", ARMY, "military",
                       location=GAO, confidence=0.8, cluster_id="c1")]
    arts.append(a2)
    a3 = article("a3", "France and Mali hold talks in Bamako",
                 "France and Mali held talks in Bamako on Monday. France did not send troops to Gao. "
                 "France could sanction the junta if talks fail.", "2025-06-02")
    a3.events = [
        event(a3, "e4", "CONSULT", "France and Mali held talks in Bamako on Monday.", "held talks",
              FRA, "France", MLI, "Mali", location=BAMAKO, confidence=0.85, date="2025-06-02"),
        event(a3, "e5", "MOBILIZE", "France did not send troops to Gao.", "send", FRA, "France", None, None,
              modality="negated", confidence=0.7),
        event(a3, "e6", "SANCTION", "France could sanction the junta if talks fail.", "sanction",
              FRA, "France", MLI, "junta", modality="hypothetical", confidence=0.5),
    ]
    arts.append(a3)
    a4 = article("a4", "Police fire tear gas at protesters in Nairobi",
                 "Police fired tear gas at protesters in Nairobi on Saturday.", "2025-07-20", source="Rift Daily")
    a4.events = [event(a4, "e7", "COERCE", a4.text, "fired", POLICE, "Police", PROTESTERS, "protesters",
                       location=NAIROBI, confidence=0.4, date="2025-07-19")]
    arts.append(a4)
    a5 = article("a5", "<script>alert('x')</script> & friends",
                 "Kenya accused <b>nobody</b> of anything at all today.", "2025-08-01", source="<i>Odd</i>")
    a5.events = [event(a5, "e8", "ACCUSE", a5.text, "accused", KEN, "Kenya", None, None, confidence=0.3)]
    arts.append(a5)
    with Store(path) as store:
        for a in arts:
            store.write(a)
    return Path(path)


#: Event ids each filter should return (the default leaves out e5 and e6).
DEFAULT_IDS = ["e1", "e2", "e3", "e4", "e7", "e8"]

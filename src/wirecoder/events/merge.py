"""One event per happening within an article.

A story tells its main event in the headline, again in the lead and often once more later
or in a caption. :func:`merge_events` folds those tellings into one event: the best-told
one (a body sentence, most participants, highest confidence) keeps its evidence and span,
takes the arguments the others fill in, and lists every telling in ``evidences``. Tellings
that share no participant merge only when nothing else of their type is in the article.

The stage also marks events long before publication ``historical`` (PLOVER's auxiliary
mode), so it runs after the stages that date and place events.
"""
from __future__ import annotations

import logging
from typing import Any
from datetime import date, timedelta

from ..records import Article, Event
from ..settings import Settings
from .same import actors_same, filled, shared_participant, why_not_same

log = logging.getLogger(__name__)

#: an event dated this many days or more before publication is historical
HISTORICAL_DAYS = 365
#: an event dated only by a month that ended this many days or more before publication is
#: historical too (news tells this week's events by day; a month named is the background)
MONTH_BACKGROUND_DAYS = 90
_RANK = {"day": 4, "month": 3, "year": 2}


def merge_events(events: list[Event]) -> list[Event]:
    """Fold the tellings of one happening into one event, keeping input order of the rest.

    A headline or caption joins a body event it is compatible with and shares a participant
    with. Two body sentences are held to more: the same actor on one side, and on the other
    side the same actor, nobody on both, or the same trigger word ("the attack" told again).
    """
    order = sorted(range(len(events)), key=lambda i: _best_first(events[i]))
    groups: list[list[Event]] = []
    for i in order:
        e = events[i]
        homes, tolls = [], []
        for g in groups:
            if any(why_not_same(e, o) is not None or (_same_telling(e, o) and not _told_twice(e, o)) for o in g):
                continue
            alone = sum(o.type == e.type for o in events) == len(g) + 1  # nothing else of its type
            if any(_retold(e, o) or (_same_telling(e, o) and _told_twice(e, o)) for o in g) or (
                    alone and (_no_participants(e) or all(_no_participants(o) for o in g))):
                homes.append(g)
            elif _toll(e) and any(_told_before(o, e) for o in g):
                tolls.append(g)
        if not homes and tolls:
            # "most of the dead had been shot", "20 more people were wounded": a toll with no
            # attacker is an attack told before it: one that can kill (not tear gas), on the same
            # victims if one is, else the first (the lede's)
            homes = [min(tolls, key=lambda g: (
                all(o.mode in NON_LETHAL_MODES for o in g if _told_before(o, e)),
                not any(actors_same(o.target, e.target) for o in g),
                min(_position(o) for o in g if _told_before(o, e))))]
        # a headline or caption that fits several body events joins the one naming the very
        # same participant (Lavrov's meeting with Muttaqi, not Russia's dialogue with Kabul)
        home = next((g for g in homes if any(_same_id(e, o) for o in g)), homes[0] if homes else None)
        if home is None:
            groups.append([e])
        else:
            home.append(e)
    merged = {id(g[0]): _fold(g) for g in groups}
    return [merged[id(e)] for e in events if id(e) in merged]


#: ASSAULT modes that do not kill: a toll is not theirs
NON_LETHAL_MODES = frozenset({"crowd-control"})
#: words of a toll: what an attack did to people ("were killed", "had been shot", "wounded")
TOLL_STEMS = ("kill", "wound", "injur", "shot", "shoot", "die", "dead")


def _toll(e: Event) -> bool:
    """An attack told only by what it did to its victims, with no attacker named: "most of
    the dead had been shot in the upper body", "20 more people were wounded"."""
    return e.type == "ASSAULT" and e.source is None and (e.trigger or "").lower().startswith(TOLL_STEMS)


def _position(e: Event) -> int:
    """Where an event is told: a headline or caption before the body."""
    return e.span[0] if e.span is not None else -1


def _told_before(o: Event, e: Event) -> bool:
    """``o`` an attack with an attacker, told in the body before ``e`` (anywhere in the body
    when ``e`` is a headline or caption)."""
    return o.type == "ASSAULT" and o.source is not None and o.span is not None and (
        e.span is None or o.span[0] < e.span[0])


def _same_id(a: Event, b: Event) -> bool:
    return any(x is not None and y is not None and x.id == y.id
               for x, y in ((a.source, b.source), (a.target, b.target)))


def _one_actor(x, y, doers: bool = False) -> bool:
    """Two names of one actor in one story: the same actor; a named armed actor and an unnamed
    group of its country and sector ("al-Shabaab" and "militants"); and as the ones who act
    (``doers``), a state and its own armed forces ("Pakistani warplanes bombed" and "Pakistan's
    military said its aircraft had hit"); as the ones acted on they are two (the palace and the
    army base)."""
    if x is None or y is None:
        return False
    if x.id == y.id:
        return True
    generic = [a for a in (x, y) if a.id.startswith(("generic:", "new:"))]
    if not x.country or x.country != y.country:
        return False
    if len(generic) == 1 and _side(x.sector) == _side(y.sector) in ARMED_SECTORS:
        return True
    state = [a for a in (x, y) if a.kind == "state"]
    other = y if x in state else x
    return doers and len(state) == 1 and other.sector == "MIL" and other.kind != "person"


#: the sectors of armed actors, whom a story names and then calls "militants" or "troops"
ARMED_SECTORS = frozenset({"MIL", "COP", "REB"})


def _named_for(mine, theirs) -> bool:
    """``theirs`` names the unnamed group ``mine`` ("a suicide bomber ... the Pakistani Taliban
    claimed the attack"): the merged event takes the name."""
    return mine is not None and theirs is not None and mine.id.startswith(("generic:", "new:")) and \
        not theirs.id.startswith(("generic:", "new:")) and _one_actor(mine, theirs)


def _side(sector: str | None) -> str | None:
    return "REB" if sector in {"INS", "UAF"} else sector


def _retold(a: Event, b: Event) -> bool:
    if a.span is None or b.span is None:  # a headline or caption against the body
        return shared_participant(a, b)
    for mine, theirs, other_a, other_b, doers in ((a.source, b.source, a.target, b.target, True),
                                                  (a.target, b.target, a.source, b.source, False)):
        if not _one_actor(mine, theirs, doers):
            continue
        if (other_a is None) == (other_b is None) and (other_a is None or _one_actor(other_a, other_b, not doers)):
            return True
        if _stem(a.trigger) == _stem(b.trigger):
            return True
    return False


def _stem(word: str | None) -> str:
    return (word or "").lower()[:5]


def _best_first(e: Event) -> tuple:
    in_body = e.span is not None
    return (not in_body, -filled(e), -(e.confidence or 0.0), e.span[0] if e.span else 0)


def _same_telling(a: Event, b: Event) -> bool:
    """Two events from one sentence are two events (coordination, lists), not one told twice."""
    ea, eb = (a.evidences or [{}])[0], (b.evidences or [{}])[0]
    return (ea.get("in"), ea.get("index"), ea.get("start")) == (eb.get("in"), eb.get("index"), eb.get("start"))


def _told_twice(a: Event, b: Event) -> bool:
    """One sentence telling one happening with a verb and a noun the parse kept apart ("said
    it had attacked the tanker in a drone strike"): the same actor on one side, and on the
    other the same actor or nobody on one of them. Events of one trigger were split on purpose
    (a list of targets, coordinated actors) and stay apart."""
    if a.trigger_span is not None and a.trigger_span == b.trigger_span:
        return False
    if a.mode and b.mode and a.mode != b.mode:
        return False  # "expelled Peru's ambassador and recalled its own envoy": two acts
    if separate_assaults(a.type, a.mode, b.type, b.mode):
        return False  # "stormed a church and abducted 20 worshippers": an attack and a kidnapping
    if _coordinated_acts(a, b):
        return False  # "dissolved the parties and banned their leaders": two acts of one kind
    for mine, theirs, other_a, other_b, doers in ((a.source, b.source, a.target, b.target, True),
                                                  (a.target, b.target, a.source, b.source, False)):
        if _one_actor(mine, theirs, doers) and (
                other_a is None or other_b is None or _one_actor(other_a, other_b, not doers)):
            return True
    return False


#: types whose coordinated verbs are separate acts ("summoned the ambassador and lodged a
#: protest"); an attack, a deployment or a withdrawal told by two verbs ("vacated positions and
#: handed the area to the army") is one happening
TWO_ACT_TYPES = frozenset({"ACCUSE", "SANCTION", "COERCE", "REJECT", "REQUEST", "THREATEN"})
#: modes whose two verbs tell one act: a search that seizes, a conviction with its sentence
ONE_ACT_MODES = frozenset({"seize", "convict"})
#: ASSAULT modes that are an act of their own beside the attack they come with ("stormed a
#: church and abducted 20 worshippers", "raided a camp, abducting women"): the toll of an attack
#: ("killing ten") is the attack itself, a kidnapping is not
SEPARATE_ASSAULT_MODES = frozenset({"abduct"})


def separate_assaults(type_a: str, mode_a: str | None, type_b: str, mode_b: str | None) -> bool:
    """Two ASSAULT events one of which is a kidnapping and the other not: two acts."""
    return type_a == type_b == "ASSAULT" and (mode_a in SEPARATE_ASSAULT_MODES) != (mode_b in SEPARATE_ASSAULT_MODES)


def _coordinated_acts(a: Event, b: Event) -> bool:
    """Two verbs of different words joined by "and" in one sentence ("summon the ambassador
    and lodge a protest"): two acts, even of one type and one actor. An attack told with its
    toll ("stormed the base and killed ten soldiers") stays one."""
    if a.type not in TWO_ACT_TYPES or _stem(a.trigger) == _stem(b.trigger) or a.mode == b.mode and a.mode in ONE_ACT_MODES:
        return False  # "searched the offices and carried away computers": one raid
    ea, eb = (a.evidences or [{}])[0], (b.evidences or [{}])[0]
    if not (ea.get("trigger") and eb.get("trigger") and ea.get("text")):
        return False
    later_ev = ea if ea["trigger"][0] > eb["trigger"][0] else eb
    later, end = later_ev["trigger"]
    before = ea["text"][:later - ea["start"]].rstrip().lower()
    after = ea["text"][end - ea["start"]:].split()
    if after and after[0].lower().strip(",.") in {"him", "her", "them", "it"}:
        return False  # "expelled the ambassador and gave him 48 hours to leave": the same act's terms
    return before.endswith(" and")


def _no_participants(e: Event) -> bool:
    return e.source is None and e.target is None


def _fold(group: list[Event]) -> Event:
    best = group[0]
    if len(group) == 1:
        return best
    for other in group[1:]:
        in_body = other.span is not None
        if best.source is None and other.source is not None or _named_for(best.source, other.source):
            best.source, best.source_span = other.source, other.source_span if in_body else None
        if best.target is None and other.target is not None or _named_for(best.target, other.target):
            best.target, best.target_span = other.target, other.target_span if in_body else None
        if _RANK.get(other.date_precision or "", 0) > _RANK.get(best.date_precision or "", 0):
            best.date, best.date_end, best.date_precision, best.date_qualifier, best.date_text = (
                other.date, other.date_end, other.date_precision, other.date_qualifier, other.date_text)
        if best.location is None and other.location is not None:
            best.location = other.location
        for q in other.quantities:
            if q not in best.quantities:
                best.quantities.append(q)
        if best.attribution is None and other.attribution is not None:
            best.attribution = other.attribution
        best.confidence = max(best.confidence or 0.0, other.confidence or 0.0)
        best.evidences = best.evidences + [ev for ev in other.evidences if ev not in best.evidences]
    # the tellings in reading order after the best one: headline, body, captions
    where = {"title": 0, "text": 1, "caption": 2}
    best.evidences = best.evidences[:1] + sorted(
        best.evidences[1:], key=lambda ev: (where.get(ev.get("in"), 3), ev.get("index") or 0, ev.get("start") or 0))
    log.debug("merged %d tellings into event %s", len(group), best.id)
    return best


#: words for people held by the state: their release by police or soldiers is no rescue
_HELD_BY_THE_STATE = ("prisoner", "detainee", "inmate", "convict", "protester", "demonstrator", "suspect")


def rescues(events: list[Event]) -> None:
    """Soldiers or police who free people in a story of a kidnapping rescue them (AID, as
    the manual codes hostage rescues), whoever they free: "its troops had freed 11 of the
    pupils", "police free 12" in the headline of a church abduction. Captors letting people
    go, and the state freeing its own prisoners, stay RETREAT."""
    captors = [e for e in events if e.type == "ASSAULT" and e.mode == "abduct" and e.modality in {"asserted", "claimed"}]
    if not captors:
        return
    for e in events:
        if e.type != "RETREAT" or e.mode != "release" or e.source is None or e.source.sector not in {"MIL", "COP"} \
                or e.modality not in {"asserted", "claimed"} or any(c.source is not None and c.source.id == e.source.id
                                                                    for c in captors):
            continue
        told = " ".join((ev.get("text") or "") for ev in e.evidences[:1]).lower() or (e.evidence or "").lower()
        if any(w in told for w in _HELD_BY_THE_STATE):
            continue
        e.type, e.mode = "AID", None
        log.debug("event %s: security forces freeing people in a kidnapping story is a rescue", e.id)


def mark_historical(article: Article, days: int = HISTORICAL_DAYS) -> None:
    """Asserted events dated a year or more before publication are ``historical``, and so are
    events dated by a month that ended :data:`MONTH_BACKGROUND_DAYS` or more before it."""
    if not article.published:
        return
    try:
        published = date.fromisoformat(article.published[:10])
    except ValueError:
        return
    for e in article.events:
        if e.modality != "asserted" or not e.date or e.date_precision not in _RANK:
            continue
        if e.date_qualifier in {"since", "after"}:
            continue  # "have launched attacks since November 2023": it goes on until now
        last = _period_end(e.date_end or e.date, e.date_precision if not e.date_end else "day")
        if last is None:
            continue
        if (published - last).days >= days or (
                # "fought a four-day conflict in May 2025" in an article of April 2026: a named
                # month some months back is background
                e.date_precision == "month" and (published - last).days >= MONTH_BACKGROUND_DAYS):
            e.modality = "historical"
    _inherit_historical(article)


def _inherit_historical(article: Article) -> None:
    """An undated event told inside the clause of a historical one is background too: "the
    rebels seized Goma in January 2025 ... in a lightning offensive that killed thousands"."""
    doc = article.doc
    old = [e for e in article.events if e.modality == "historical" and e.trigger_span is not None
           and e.evidences and e.evidences[0].get("in") == "text"]
    if doc is None or not old:
        return
    heads = [(t, e) for e in old if (t := _token_at(doc, e.trigger_span[0])) is not None]
    for e in article.events:
        if e.modality != "asserted" or e.date_text or e.trigger_span is None or not e.evidences or \
                e.evidences[0].get("in") != "text":
            continue
        tok = _token_at(doc, e.trigger_span[0])
        head = next((h for t, h in heads if tok is not None and t.i != tok.i and t.is_ancestor(tok)), None)
        if head is not None:  # then, not now: of the time of the act it is told within
            e.modality = "historical"
            e.date, e.date_end, e.date_precision, e.date_qualifier = (
                head.date, head.date_end, head.date_precision, head.date_qualifier)


def _token_at(doc: Any, char: int) -> Any:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _period_end(value: str, precision: str) -> date | None:
    try:
        if precision == "year":
            return date(int(value[:4]), 12, 31)
        if precision == "month":
            y, m = int(value[:4]), int(value[5:7])
            return date(y + (m == 12), m % 12 + 1, 1) - timedelta(days=1)
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


class MergeStage:
    """Within-article merging and the historical mark; runs after dates and places."""

    name = "merge"

    def __init__(self, settings: Settings):
        self.settings = settings

    def __call__(self, articles: list[Article]) -> list[Article]:
        for a in articles:
            if a.events:
                rescues(a.events)
                a.events = merge_events(a.events)
                mark_historical(a)
        return articles

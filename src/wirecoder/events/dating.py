"""The dates-and-quantities stage: each event's date and counts from its own clause.

Runs after the events stage, while the spaCy Doc is still there. For each sentence that has
events it reads the time expressions (spaCy's DATE entities, with the "since"/"until"/
"before"/"after" in front of them) and hangs each on the verb or event noun it modifies. An
event takes the expression on its own trigger; failing that, the nearest one up its chain of
governing clauses ("said on Friday that a decision ... had been taken": Friday; "in March,
when 145 people were killed": March), but not from a relative clause about something else.
No expression in the clause: the publication date, precision ``publication``; no publication
date: null. "10 years later" counts from the last date the article named before it.

Only DATE entities in sentences with events reach the normaliser, so the stage costs little
next to the parse.
"""
from __future__ import annotations

import logging
import re
from bisect import bisect_right
from dataclasses import dataclass, replace
from typing import Any

from ..records import Article, Event
from ..settings import Settings
from .quantities import find_quantities, unit_for_event
from .when import Published, When, normalise, parse_published, publication_when

log = logging.getLogger(__name__)

_HOLIDAY = re.compile(r"^(?:christmas|new year)", re.I)
_BOUNDARY_WORDS = {"since", "until", "till", "before", "after", "from", "by", "through"}
_FUTURE_AUX = {"will", "shall", "'ll", "wo"}
_FUTURE_XCOMP = {"plan", "intend", "expect", "schedule", "due", "set", "prepare", "aim", "hope", "vow",
                 "pledge", "promise", "threaten", "agree", "decide"}
_FUTURE_WORDS = re.compile(r"\b(next|coming|tomorrow|upcoming|later this)\b", re.I)
_REPORTING = {"say", "announce", "tell", "state", "declare", "add", "warn", "report", "confirm"}
#: relative-clause verbs that only say when the noun they hang on happened ("the attack,
#: which took place on Monday")
_HAPPEN = {"take", "happen", "occur", "come", "begin", "start", "unfold", "erupt", "break"}
#: a clause opened by one of these has its own time: do not lend it the main clause's
_OWN_TIME_MARKS = {"since", "after", "before", "until", "once", "because", "although", "though", "unless", "if"}
#: prepositions that place their object in time apart from the clause they modify
_BEFORE_AFTER = {"since", "after", "before", "until", "following", "prior"}
#: verbs whose complement is the happening itself ("began fighting", "resumed shelling")
_ASPECT = {"begin", "start", "continue", "resume", "stop", "cease", "keep", "finish", "end"}
#: passive or adjectival forms that put what they govern ahead ("is expected on Thursday")
_AHEAD = {"expect", "schedule", "due", "set", "plan", "slate", "poise"}
_RELATIVE = re.compile(r"\b(later|after|afterwards|earlier|before|on)$", re.I)


@dataclass
class TimeExpr:
    start: int          # token indices into the Doc, half-open
    end: int
    text: str           # what the normaliser reads (with a boundary word in front)
    anchor: int         # the token (verb or event noun) it modifies
    when: When | None = None


def time_expressions(sent: Any, triggers: set[int], ents: list[Any] | None = None) -> list[TimeExpr]:
    """The DATE entities of a sentence, each with the clause head it modifies (``ents``: the
    sentence's entities when the caller has them; ``sent.ents`` walks every entity of the doc)."""
    doc = sent.doc
    out = []
    for ent in sent.ents if ents is None else ents:
        if ent.label_ != "DATE" and not (ent.label_ == "EVENT" and _HOLIDAY.search(ent.text)):
            continue
        start = ent.start
        text = ent.text
        prev = doc[start - 1] if start > sent.start else None
        if prev is not None and (prev.lower_ in _BOUNDARY_WORDS or prev.lower_ in {"every", "each"}):
            text = f"{prev.text} {text}"
            start -= 1
        out.append(TimeExpr(start, ent.end, text, _anchor(ent.root, ent.start, ent.end, triggers)))
    return out


def _anchor(root: Any, start: int, end: int, triggers: set[int]) -> int:
    t = root
    for _ in range(12):
        if t.head.i == t.i:
            return t.i
        prev, t = t, t.head
        if start <= t.i < end:
            continue
        if t.dep_ == "prep" and t.lower_ in _BEFORE_AFTER and not start <= prev.i < end and prev.pos_ in {"NOUN", "PROPN"}:
            # "since the military seized power in July 2023", "after the killing of its
            # general last week": the date is of what the phrase names, not of the clause
            return prev.i
        if t.i in triggers or t.pos_ in {"VERB", "AUX"}:
            if t.dep_ in {"relcl", "acl"} and t.lemma_.lower() in _HAPPEN and t.head.i in triggers:
                return t.head.i  # "the attack, which took place on Monday"
            return t.i
    return t.i


def is_future(tok: Any, event: Event | None = None) -> bool:
    """Whether the clause of ``tok`` tells of something still to come."""
    if event is not None and event.modality == "future":
        return True
    t = tok
    for _ in range(4):
        kids = list(t.children)
        if t.lemma_.lower() in _AHEAD and (any(c.dep_ == "auxpass" for c in kids) or t.lower_ == "due"):
            return True  # "is expected on Thursday", "is due to take place in May"
        if any(c.dep_ == "aux" and c.lower_ in _FUTURE_AUX for c in kids):
            return True
        if any(c.dep_ == "aux" and c.lower_ == "going" for c in kids):
            return True
        if any(c.dep_ == "aux" and c.lower_ == "would" for c in kids) and t.dep_ == "ccomp" and \
                t.head.lemma_.lower() in _REPORTING:
            return True  # "said it would hold talks in April": the future in the past
        if t.dep_ == "xcomp" and t.head.lemma_.lower() in _FUTURE_XCOMP:
            return True
        if t.dep_ not in {"xcomp", "conj", "dobj", "pobj", "prep"} or t.head.i == t.i:
            return False
        t = t.head
    return False


def resolve_expressions(exprs: list[TimeExpr], doc: Any, published: Published | None,
                        last: When | None) -> When | None:
    """Normalise a sentence's expressions in order; "N years later" counts from the last date
    named before it (in this sentence or an earlier one). Returns the last date named."""
    for x in exprs:
        anchor_tok = doc[x.anchor]
        future = is_future(anchor_tok) or bool(_FUTURE_WORDS.search(x.text))
        relative = bool(_RELATIVE.search(x.text.strip().lower())) and not x.text.lower().rstrip().endswith(" ago")
        x.when = normalise(x.text, published, future=future, anchor=last if relative else None)
        if x.when is not None and x.when.precision != "publication":
            last = x.when
    return last


def event_time(trigger: Any, exprs: list[TimeExpr], target_char: int | None = None) -> TimeExpr | None:
    """The time expression of an event's clause: on the trigger itself, else up the chain of
    governing clauses."""
    by_anchor: dict[int, list[TimeExpr]] = {}
    inside: dict[int, TimeExpr] = {}
    for x in exprs:
        if x.when is None:
            continue
        by_anchor.setdefault(x.anchor, []).append(x)
        for i in range(x.start, x.end):
            inside[i] = x
    if not by_anchor:
        return None
    # "began fighting in April", "began attacking ships in November 2023": the verb the
    # trigger governs carries the date
    for c in trigger.children:
        if c.dep_ in {"xcomp", "dobj"} and c.pos_ == "VERB" and by_anchor.get(c.i) and \
                trigger.lemma_.lower() in _ASPECT:
            return by_anchor[c.i][0]
    t = trigger
    for _ in range(10):
        if t.i in inside and t.i != trigger.i:
            # "in March, when 145 people were killed": the date itself, also after a boundary
            # word ("have recurred since June 2024, when protesters stormed parliament")
            x = inside[t.i]
            if x.when is not None and x.when.qualifier in {"since", "after"}:
                return TimeExpr(x.start, x.end, x.text, x.anchor, replace(x.when, qualifier=None))
            return x
        own = by_anchor.get(t.i)
        if own:
            if len(own) == 1 or target_char is None:
                return min(own, key=lambda x: abs(x.start - trigger.i))
            # two dates on one verb: the one right after the event's target ("attacks on X in
            # April and on Y in January")
            after = _char_token(trigger.doc, target_char)
            return min(own, key=lambda x: (x.start < after, abs(x.start - after)))
        if t.head.i == t.i:
            return None
        if t.dep_ == "relcl" and not any(c.lower_ in {"when", "where"} for c in t.children):
            return None  # a relative clause about something else
        if t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _OWN_TIME_MARKS for c in t.children):
            return None
        t = t.head
    return None


def _char_token(doc: Any, char: int) -> int:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span.start if span is not None else 0


@dataclass
class Anchor:
    """Something to date: an event's trigger token (and its target, when it has one)."""

    key: Any
    token: Any
    target_char: int | None = None
    future: bool | None = None  # None: read the tense from the clause


def date_tokens(doc: Any, published: Published | None, anchors: list[Anchor]) -> dict[Any, When | None]:
    """The date of each anchor's clause, in one pass over the Doc: the expression on the
    clause (or a governing one), else the publication date (precision ``publication``), else
    None."""
    fallback = publication_when(published)
    sents = list(doc.sents)
    ents = ents_by_sentence(doc, sents)
    by_sentence: dict[int, list[Anchor]] = {}
    starts = [s.start for s in sents]
    for a in anchors:
        by_sentence.setdefault(_sentence_of(starts, a.token.i), []).append(a)
    out: dict[Any, When | None] = {}
    last: When | None = None
    for k, sent in enumerate(sents):
        mine = by_sentence.get(k)
        if not mine:
            # dates in sentences without events still anchor a later "10 years later"
            if any(ent.label_ == "DATE" for ent in ents.get(sent.start, ())):
                last = resolve_expressions(time_expressions(sent, set(), ents.get(sent.start, [])), doc,
                                           published, last)
            continue
        before = last
        triggers = {a.token.i for a in mine}
        exprs = time_expressions(sent, triggers, ents.get(sent.start, []))
        last = resolve_expressions(exprs, doc, published, before)
        for a in mine:
            x = event_time(a.token, exprs, a.target_char)
            when = x.when if x is not None else fallback
            if x is not None and x.anchor == a.token.i and a.future is not None and \
                    a.future != is_future(doc[x.anchor]):
                # the event's modality says future where the words did not ("plans to strike
                # in April"); a date lent by a governing clause keeps that clause's reading
                when = normalise(x.text, published, future=a.future, anchor=before) or when
            out[a.key] = when
    return out


class DateQuantityStage:
    """Fill each event's ``date``, ``date_end``, ``date_precision``, ``date_qualifier``,
    ``date_text`` and ``quantities``."""

    name = "dates-quantities"

    def __init__(self, settings: Settings | None = None):
        from .when import load_dateparser

        self.settings = settings
        load_dateparser()

    def __call__(self, articles: list[Article]) -> list[Article]:
        for a in articles:
            if a.doc is not None and a.events:
                self.code(a)
        return articles

    def code(self, article: Article) -> None:
        doc = article.doc
        published = parse_published(article.published, article.published_precision)
        anchors = []
        for i, e in enumerate(article.events):
            span = doc.char_span(*e.trigger_span, alignment_mode="expand") if e.trigger_span else None
            if span is None:
                # a headline or caption (its own text, not parsed here): a full date it names
                # ("... in Moscow, Russia, October 4, 2024"), else the publication date
                _set_when(e, side_when(e.evidence, published))
                continue
            trigger = span.root
            anchors.append(Anchor(i, trigger, e.target_span[1] - 1 if e.target_span else None,
                                  is_future(trigger, e)))
        dates = date_tokens(doc, published, anchors)
        sents = list(doc.sents)
        ents = ents_by_sentence(doc, sents)
        starts = [s.start for s in sents]
        sent_of = {a.key: sents[_sentence_of(starts, a.token.i)] for a in anchors}
        counts: dict[int, list[tuple[dict[str, Any], Any]]] = {}
        triggers_by_sent: dict[int, set[int]] = {}
        for a in anchors:
            triggers_by_sent.setdefault(sent_of[a.key].start, set()).add(a.token.i)
        for a in anchors:
            e = article.events[a.key]
            _set_when(e, dates.get(a.key))
            sent = sent_of[a.key]
            if sent.start not in counts:
                counts[sent.start] = find_quantities(sent, ents.get(sent.start, []))
            e.quantities = _quantities_for(a.token, e, counts[sent.start], triggers_by_sent[sent.start])


_FULL_DATE = re.compile(
    r"\b(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"\.? \d{1,2},? \d{4}|\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December) \d{4})\b")


def side_when(text: str, published: Published | None) -> When | None:
    """The date of a headline or caption event: a full date it names, else publication."""
    for m in _FULL_DATE.finditer(text or ""):
        found = normalise(m.group(0), published)
        if found is not None:
            return found
    return publication_when(published)


def ents_by_sentence(doc: Any, sents: list[Any]) -> dict[int, list[Any]]:
    """The doc's entities grouped by the start token of their sentence, in one pass (a
    Span's ``ents`` and a Token's ``sent`` each walk the whole doc)."""
    starts = [s.start for s in sents]
    out: dict[int, list[Any]] = {}
    for ent in doc.ents:
        out.setdefault(starts[max(0, bisect_right(starts, ent.start) - 1)], []).append(ent)
    return out


def _sentence_of(starts: list[int], token_i: int) -> int:
    """The index of the sentence holding a token, from the sentences' start tokens."""
    return max(0, bisect_right(starts, token_i) - 1)


def _set_when(e: Event, when: When | None) -> None:
    if when is None:
        e.date = e.date_end = e.date_precision = e.date_text = None
        e.date_qualifier = None
        return
    e.date, e.date_end, e.date_precision = when.date, when.date_end, when.precision
    e.date_qualifier = when.qualifier
    e.date_text = when.text


def _quantities_for(trigger: Any, e: Event, found: list[tuple[dict[str, Any], Any]],
                    triggers: set[int]) -> list[dict[str, Any]]:
    """The counts whose clause is the event's: hung on the trigger, or on a clause the trigger
    is the nearest event under ("250 fighters had travelled to Lebanon, where ... trained them")."""
    out = []
    for q, hang in found:
        if _owner(hang, triggers) != trigger.i:
            continue
        q = dict(q)
        if q["unit"] is None:
            q["unit"] = unit_for_event(e.type)
            if q["unit"] is None:
                continue
        out.append(q)
    return out


def _owner(hang: Any, triggers: set[int]) -> int | None:
    """The event trigger a count belongs to: the first one at or above where it hangs, else the
    nearest one below that clause."""
    t = hang
    for _ in range(10):
        if t.i in triggers:
            return t.i
        if t.head.i == t.i:
            break
        if t.pos_ in {"VERB", "AUX"} and t.dep_ in {"ccomp", "ROOT"} and t.lemma_.lower() in _REPORTING:
            break
        nxt = t.head
        if nxt.pos_ in {"VERB", "AUX"} and nxt.lemma_.lower() in _REPORTING:
            break  # do not climb past the reporting verb into another event
        if t.dep_ in {"relcl", "appos"} and not any(c.lower_ in {"when", "where"} for c in t.children):
            break  # "Kuwait, a US ally that hosts thousands of troops, arrested ..."
        if t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _OWN_TIME_MARKS for c in t.children):
            break  # "arrested 42 people after hundreds of protesters tried to march"
        t = nxt
    below = [c for c in hang.subtree if c.i in triggers]
    if below:
        return min(below, key=lambda c: abs(c.i - hang.i)).i
    return None

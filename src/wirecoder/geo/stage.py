"""The geo stage: every place mention gets a ``place``; every event gets a ``location``.

Runs after the events stage, while the spaCy Doc is still there.

Place mentions are GPE, LOC and FAC mentions that do not name a non-state actor, plus the
curated places spaCy does not tag ("Ain al-Asad air base", "Rafah crossing"), added as FAC
or LOC mentions. Each is resolved in its article's context (``toponyms``); a name the
gazetteer lacks gets a place with ``precision: "unresolved"`` and no coordinates.
Demonyms (NORP) stay nationalities and get no place.

An event's location is the place attached to its clause: a place the trigger governs
through prepositions, nouns and participles ("attacks ... at Iraq's Ain al-Asad air base",
"killed in an attack ... at a concert hall near Moscow"), or the place a "where" clause
refers back to ("travelled to Lebanon, where ... trained them"). The most specific attached
place wins. A place listed among an attack's targets (an event with a target span and no
target actor) is that event's location. "near", "outside", "around" and compass phrases give ``qualifier: "near"``.
Failing that, the article's dateline ("KHARTOUM (Reuters) -") with ``precision:
"article"``; failing that, no location — never a guess from the country named most.
"""
from __future__ import annotations

import functools
import logging
import re
from collections import Counter
from typing import Any

from ..actors.mentions import across_border
from ..actors.kb import kb_sources, load_kb
from ..actors.normalize import fold
from ..records import Article, Event, Mention, Place
from ..settings import Settings
from .gazetteer import Gazetteer, load_gazetteer
from .toponyms import DEPARTMENT, KIND_WORDS, GeoContext, ToponymResolver

log = logging.getLogger(__name__)

PLACE_LABELS = {"GPE", "LOC", "FAC"}
#: words spaCy tags as places that name no place on a map
NOT_PLACES = {"west", "east", "north", "south", "the west", "the east", "western", "eastern", "world", "earth",
              "region", "the region", "abroad", "home", "homeland", "international community", "the gulf states"}
#: prepositions that put an event somewhere, and the qualifier they give
LOCATIVE = {"in": None, "at": None, "inside": None, "on": None, "into": None, "across": None, "throughout": None,
            "within": None, "over": None, "from": None, "near": "near", "outside": "near", "around": "near",
            "off": "near", "nearby": "near", "beyond": "near", "towards": None, "toward": None, "to": None}
_NEAR_WORDS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "close"}
#: dependency relations a place may climb through to reach its event's trigger
_CLIMB = {"pobj", "prep", "compound", "poss", "appos", "conj", "amod", "nmod", "npadvmod", "acl", "dobj", "pcomp",
          "advmod", "nsubjpass", "attr", "dep", "cc", "case"}
_MOTION = {"travel", "go", "fly", "return", "arrive", "flee", "send", "deploy", "move", "head", "come", "push",
           "advance", "march", "cross", "retreat", "withdraw", "evacuate", "relocate", "transfer", "drive", "sail"}
#: "Tripoli in northern Lebanon": what lies between a place and the area that contains it
_IN_AREA = re.compile(r",? in (the )?((north|south|east|west|central|northern|southern|eastern|western|"
                      r"north-?eastern|north-?western|south-?eastern|south-?western) )?", re.I)
#: kind words a curated alias may end in ("Abyan province"), left out of the mention's span
_KIND_NOUNS = {"province", "governorate", "oblast", "region", "state", "county", "prefecture", "territory",
               "district"}
#: a kind word right after a place name: "the Kharkiv region", "Katsina state"
_KIND_AFTER = re.compile(r"\s+(province|governorate|oblast|region|state|county|prefecture|territory)\b", re.I)
#: "state" that is no area: "Iran state media", "Syria state television"
_STATE_NOT_AREA = re.compile(r"\s+state[- ](media|television|tv|news|radio|broadcaster|agency|run|owned|"
                             r"department|secretary|visit|funeral|dinner|of|security|officials?|forces|banquet)\b",
                             re.I)
#: "Narathiwat, one of the southern provinces": an apposition that calls the place an area
_AREA_APPOSITION = re.compile(r",\s+(one of\s+)?the( [a-z-]+){0,3} (provinces?|regions?|states?|governorates?|"
                              r"oblasts?)\b")
_SPECIFIC = {"site": 5, "city": 4, "admin1": 3, "region": 2, "country": 1}
_DATELINE = re.compile(r"^\s*([A-Z][A-Z'\.\-]+(?: [A-Z][A-Z'\.\-]+){0,3})(?:,\s*[A-Za-z][^\n]{0,40}?)?"
                       r"\s*(?:\([^)\n]{1,40}\)\s*)?[-–—:]\s")


class GeoStage:
    """Resolve place mentions and locate events (see the module docstring)."""

    name = "geo"

    def __init__(self, settings: Settings, gazetteer: Gazetteer | None = None):
        self.settings = settings
        self.kb = load_kb(kb_sources(settings))
        self.gazetteer = gazetteer or load_gazetteer()
        self.toponyms = ToponymResolver(self.gazetteer, self.kb)
        self.settings_model = settings.model
        _curated_matcher(self.settings_model, id(self.gazetteer), self.gazetteer)  # built once, now

    def __call__(self, articles: list[Article]) -> list[Article]:
        for a in articles:
            if a.doc is None:
                continue
            self.add_curated(a)
            self.recover_places(a)
            ctx = self.resolve_mentions(a.mentions, a.text)
            self.locate_events(a, ctx)
        return articles

    # -- mentions ------------------------------------------------------------------------------
    def add_curated(self, article: Article) -> None:
        """Add mentions for curated places spaCy left untagged (or tagged as a part)."""
        matcher, entries, names = _curated_matcher(self.settings_model, id(self.gazetteer), self.gazetteer)
        doc = article.doc
        spans = sorted(((s, e, doc.vocab.strings[k]) for k, s, e in matcher(doc)), key=lambda x: (x[0], -x[1]))
        added = []
        for s, e, key in spans:
            span = doc[s:e]
            if not any(t.text[:1].isupper() for t in span[:3]):
                continue  # "the gulf between them" is no place
            start, end = span.start_char, span.end_char
            if any(a_s < end and start < a_e for a_s, a_e, _ in added):
                continue
            # "Abyan province", "the Catatumbo region": the name without its kind word, as
            # mentions are spanned elsewhere (the kind word still tells what the place is)
            cut = e
            if e - s > 1 and span[-1].lower_ in _KIND_NOUNS and fold(doc[s:e - 1].text) in names[key]:
                cut = e - 1
            inside = [m for m in article.mentions if m.start < end and start < m.end]
            # a longer existing mention wins, unless all it adds is a trailing function word
            # ("the Tierra Caliente of Michoacan"); shorter place mentions inside the name give way
            if any((m.start < start or m.end > end) and not _trailing_slip(m, start, end, article.text)
                   or m.label not in PLACE_LABELS | {"ORG", "PERSON", "NORP"}
                   or m.actor is not None and m.actor.kind != "state" and (m.resolution or {}).get("rule") != "new"
                   for m in inside):
                continue
            entry = entries[key]
            label = "LOC" if entry.kind in {"region", "sea"} else "GPE" if entry.kind in {"city", "admin1"} else "FAC"
            span = doc[s:cut]
            end = span.end_char
            same = next((m for m in inside if m.start == start and m.end == end), None)
            if same is not None:
                if same.label in {"ORG", "PERSON", "NORP"}:
                    # "fled Stepanakert", "the al-Fashaga border area": a curated place the parser
                    # took for a person or a new organisation (no known actor) is the place
                    same.label, same.actor, same.resolution = label, None, None
                continue
            for m in inside:
                article.mentions.remove(m)
            article.mentions.append(Mention(span.text, start, end, label, None, None, None))
            added.append((start, end, key))
        if added:
            article.mentions.sort(key=lambda m: m.start)

    def recover_places(self, article: Article) -> None:
        """Place names the parser mislabels ("Kidal" as NORP, "Tigray" as PERSON, "Bakhmut" as
        a new ORG) or misses ("pushed into Rafah", "struck Kyiv and Kharkiv") become place
        mentions when the gazetteer knows the name and the text uses it as a place: after a
        locative preposition, coordinated with a place, or named with a kind word ("the
        Donetsk region"); a known area or curated place (or a city of 100,000+) also counts
        for a mislabelled name that is no knowledge-base actor."""
        doc = article.doc
        by_token: dict[int, Mention] = {}
        for m in article.mentions:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None:
                for t in span:
                    by_token[t.i] = m
        changed = False
        for m in list(article.mentions):
            if m.label not in {"NORP", "PERSON", "ORG"} or not m.text[:1].isupper():
                continue
            if m.actor is not None and (m.resolution or {}).get("rule") != "new":
                continue
            if m.label == "NORP" and self.kb.country_of_word(m.text):
                continue
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            entries = [e for e in self.gazetteer.lookup(m.text) if e.lat is not None]
            if not entries:
                continue
            used_as_place = self._placelike(span, by_token)
            strong = any(e.kind in {"admin1", "region"} or e.curated or e.kind == "city" and e.population >= 100_000
                         for e in entries)
            if used_as_place and (m.label != "PERSON" or len(span) <= 2) or strong and m.label != "PERSON":
                m.label = "LOC" if all(e.kind in {"admin1", "region", "sea"} for e in entries[:1]) else "GPE"
                m.actor, m.resolution = None, None
                changed = True
        # names no mention covers
        i = 0
        while i < len(doc):
            tok = doc[i]
            if tok.i in by_token or tok.pos_ != "PROPN" or not tok.text[:1].isupper():
                i += 1
                continue
            j = i
            while j + 1 < len(doc) and doc[j + 1].pos_ == "PROPN" and doc[j + 1].i not in by_token:
                j += 1
            end = j + 1
            if end < len(doc) and doc[end].lower_ in {"region", "province", "governorate", "oblast", "state"}:
                end += 1
            span = doc[i:end]
            entries = [e for e in self.gazetteer.lookup(span.text) if e.lat is not None] if span.text.strip() else []
            if not entries and end > j + 1:
                entries = [e for e in self.gazetteer.lookup(doc[i:j + 1].text) if e.lat is not None]
            if entries and (self._placelike(span, by_token) or end > j + 1) \
                    and not (entries[0].kind == "city" and entries[0].population < 1000 and end == j + 1):
                label = "LOC" if end > j + 1 or entries[0].kind in {"admin1", "region", "sea"} else "GPE"
                m = Mention(span.text, span.start_char, span.end_char, label, None, None, None)
                article.mentions.append(m)
                for t in span:
                    by_token[t.i] = m
                changed = True
            i = end
        if changed:
            article.mentions.sort(key=lambda m: m.start)

    def _placelike(self, span: Any, by_token: dict[int, Mention]) -> bool:
        """Whether the text uses the span as a place: the object of a locative preposition
        (or "to"/"from" after a verb of motion), the capital or city "of" it, or coordinated
        with a mention that is a place."""
        root = span.root
        while root.dep_ in {"compound", "appos"} and root.head.i != root.i:
            root = root.head
        if root.dep_ == "pobj":
            prep = root.head.lower_
            if prep in LOCATIVE and prep not in {"to", "from", "on", "over"}:
                return True
            if prep in {"to", "from", "towards"} and root.head.head.lemma_ in _MOTION:
                return True
            if prep == "of" and root.head.head.lower_ in {"capital", "city", "town", "outskirts", "province",
                                                          "region", "centre", "center", "south", "north", "east",
                                                          "west", "village"}:
                return True
        if root.dep_ == "conj" or any(c.dep_ == "conj" for c in root.children):
            near = [root.head] if root.dep_ == "conj" else []
            near += [c for c in root.children if c.dep_ == "conj"]
            for t in near:
                other = by_token.get(t.i)
                if other is not None and other.label in {"GPE", "LOC", "FAC"} and (
                        other.actor is None or other.actor.kind == "state"):
                    return True
        if root.dep_ == "dobj" and root.head.lemma_ in {"retake", "seize", "capture", "shell", "strike", "bomb",
                                                         "besiege", "storm", "enter", "evacuate", "recapture",
                                                         "hit", "attack", "raid", "visit", "liberate", "target"}:
            return True
        return False

    def is_place_mention(self, m: Mention) -> bool:
        if m.label not in PLACE_LABELS or fold(m.text) in NOT_PLACES or m.text.lower() in NOT_PLACES:
            return False
        if m.label == "GPE" and m.actor is None and self.toponyms.state_of_name(m.text) is None \
                and self.kb.country_of_word(m.text) and not any(
                    fold(e.name) == fold(m.text) for e in self.gazetteer.lookup(m.text) if e.kind != "country"):
            return False  # a demonym tagged GPE ("Ukrainian") is a nationality
        return m.actor is None or m.actor.kind == "state" or m.resolution and m.resolution.get("rule") == "metonym"

    def resolve_mentions(self, mentions: list[Mention], text: str) -> GeoContext:
        ctx = GeoContext()
        places = [m for m in mentions if self.is_place_mention(m)]
        own: dict[str, Counter] = {}
        for m in mentions:
            iso = None
            if m.label in {"GROUP", "PRON"}:
                continue  # their countries were guessed from the places themselves
            if m.actor is not None and m.actor.country:
                iso = m.actor.country
            elif m.place is not None and m.place.country:
                iso = m.place.country
            elif m.label in PLACE_LABELS:
                iso = self.toponyms.state_of_name(m.text)
            if iso:
                ctx.countries[iso] += 1
                own.setdefault(fold(m.text), Counter())[iso] += 1
        constraints = {id(m): self._constraint(m, places, text) for m in places}
        wants = {id(m): self._container(m, places, text) for m in places}
        # two passes: the second knows where the article's other places are
        found: list[tuple[str, str]] = []
        for second in (False, True):
            chosen = []
            # within a pass the context is fixed: a name told again the same way resolves the same
            memo: dict[tuple, Any] = {}
            for m in places:
                want = wants[id(m)]
                key = (m.text, m.label, constraints[id(m)], frozenset(want) if want else None)
                if key not in memo:
                    memo[key] = self.toponyms.resolve(m.text, m.label, ctx, own.get(fold(m.text)),
                                                      constraints[id(m)], want)
                choice = memo[key]
                if choice is None:
                    m.place = Place(name=m.text, precision="unresolved")
                    continue
                m.place = choice.entry.place()
                if choice.entry.kind not in {"region", "sea"} and choice.entry.lat is not None:
                    chosen.append((fold(m.text), choice.entry.lat, choice.entry.lon))
                if not second and choice.entry.country and choice.candidates == 1 or choice.entry.kind == "city" \
                        and choice.entry.population >= 100_000 and choice.entry.country:
                    found.append((fold(m.text), choice.entry.country))
            if not second:
                ctx.points = chosen
                # the countries of places that could only be one place count as context too
                for key, iso in found:
                    ctx.countries[iso] += 1
                    own.setdefault(key, Counter())[iso] += 1
        return ctx

    def _container(self, m: Mention, places: list[Mention], text: str) -> set[str] | None:
        """Kinds a place must be when the text makes it a container: "Moscow, Idaho",
        "the capital of Sinaloa"; or an area when a kind word follows the name ("the Kharkiv
        region", "Katsina state", "Djugu territory") or an apposition calls it one
        ("Narathiwat, one of the southern provinces")."""
        after = text[m.end:m.end + 60]
        kind = _KIND_AFTER.match(after)
        if kind and not _STATE_NOT_AREA.match(after) and self.toponyms.state_of_name(m.text) is None:
            return KIND_WORDS[kind.group(1).lower()]
        if _AREA_APPOSITION.match(after) and self.toponyms.state_of_name(m.text) is None:
            return {"admin1", "region"}
        before = text[max(0, m.start - 40):m.start]
        if re.search(r"\bdepartments? of (the )?$", before, re.I) or re.match(r"\s+department\b", after, re.I):
            # "the department of Colón": an area of a state divided into departments (Honduras,
            # not Panama's province of the same name)
            return {"admin1", DEPARTMENT}
        if re.search(r"\b(capital|provinces?|states?|regions?) of (the )?$", before):
            return {"admin1", "country", "region"}
        if before.endswith(", ") and any(o.end == m.start - 2 for o in places):
            return {"admin1", "country"}
        return None

    def _constraint(self, m: Mention, places: list[Mention], text: str) -> tuple[str, str | None] | None:
        """A country (and area) the text itself puts the place in: "Tripoli, Lebanon",
        "Moscow, Idaho", "Iraq's Ain al-Asad"; or the state a capital acts for ("Washington
        has not revoked ...": the mention stage's metonym)."""
        for other in places:
            if other is m:
                continue
            between = text[m.end:other.start] if other.start >= m.end else text[other.end:m.start]
            after = other.start >= m.end
            if (after and (between in {", ", ","} or _IN_AREA.fullmatch(between))) \
                    or (not after and between in {"'s ", "’s "}):
                iso = self.toponyms.state_of_name(other.text)
                if iso:
                    return (iso, None)
                areas = [e for e in self.gazetteer.lookup(other.text) if e.kind == "admin1"]
                if after and areas:
                    return (areas[0].country, areas[0].admin1) if areas[0].country else None
        if m.actor is not None and m.actor.kind == "state" and (m.resolution or {}).get("rule") == "metonym":
            return (m.actor.country or m.actor.id, None)
        return None

    # -- events ----------------------------------------------------------------------------------
    def locate_events(self, article: Article, ctx: GeoContext) -> None:
        doc = article.doc
        places = [m for m in article.mentions if m.place is not None and m.place.lat is not None
                  and self.is_place_mention(m)]
        dateline = None
        for e in article.events:
            loc = self._clause_place(e, doc, places, article.events) if e.trigger_span else None
            if loc is None:
                if dateline is None:
                    dateline = self._dateline(article, ctx) or False
                loc = Place(**{**dateline.to_dict(), "precision": "article"}) if dateline else None
            e.location = loc

    def _clause_place(self, e: Event, doc: Any, places: list[Mention], events: list[Event]) -> Place | None:
        trig = doc.char_span(*e.trigger_span, alignment_mode="expand")
        if trig is None:
            return None
        trigger = trig.root
        sent = trigger.sent
        if e.target is None and e.target_span:
            # a place listed among an attack's targets ("..., Erbil International Airport in
            # April and ..."): what was attacked is where it happened
            site = next((m for m in places if (m.start, m.end) == tuple(e.target_span)), None)
            if site is not None:
                return Place(**{**site.place.to_dict(), "qualifier": None})
        others = [o for o in events if o is not e and o.trigger_span == e.trigger_span]
        other_args = {i for o in others for sp in (o.target_span, o.source_span) if sp
                      and sp not in (e.target_span, e.source_span) for i in range(sp[0], sp[1])}
        best: tuple[tuple, Place] | None = None
        for m in places:
            if not (sent.start_char <= m.start < sent.end_char):
                continue
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            if m.place.precision == "country" and across_border(span.root):
                continue  # "near the Thai border": on the border, not in Thailand
            if m.place.precision == "country" and m.actor is not None and \
                    _overlaps((m.start, m.end), e.target_span, e.source_span):
                # "attacks against Saudi Arabia": the target, not the place (a country read as a
                # place, "fired a missile at Israel", is both)
                continue
            found = _attachment(span.root, trigger, other_args)
            if found is None:
                found = _where_clause(span, trigger, places)
            if found is None:
                continue
            steps, qualifier = found
            rank = (_SPECIFIC.get(m.place.precision, 0), -steps)
            if best is None or rank > best[0]:
                best = (rank, Place(**{**m.place.to_dict(), "qualifier": qualifier}))
        return best[1] if best else None

    def _dateline(self, article: Article, ctx: GeoContext) -> Place | None:
        match = _DATELINE.match(article.text)
        if not match:
            return None
        name = match.group(1).title()
        choice = self.toponyms.resolve(name, "GPE", ctx)
        if choice is None or choice.entry.lat is None:
            return None
        return choice.entry.place()


def _trailing_slip(m: Mention, start: int, end: int, text: str) -> bool:
    """A place mention that runs past a curated name only by a function word ("Tierra
    Caliente of"): the parser's boundary slip, not a longer name."""
    return m.label in PLACE_LABELS and m.actor is None and m.start == start and \
        text[end:m.end].strip().lower() in {"of", "and", "in", "on", "at"}


def _overlaps(span: tuple[int, int], *others: tuple[int, int] | None) -> bool:
    return any(o and span[0] < o[1] and o[0] < span[1] for o in others)


def _attachment(tok: Any, trigger: Any, blocked: set[int]) -> tuple[int, str | None] | None:
    """Whether the place at ``tok`` hangs off ``trigger`` through a locative preposition
    (within six steps, without entering another clause): (steps, qualifier)."""
    qualifier: str | None = None
    prep_seen = False
    steps = 0
    cur = tok
    while cur.i != trigger.i:
        if steps > 7 or cur.dep_ not in _CLIMB or cur.head.i == cur.i:
            return None
        if cur.idx in blocked and cur.i != tok.i:
            return None
        if cur.dep_ == "prep" and not prep_seen:
            word = cur.lower_
            if word not in LOCATIVE:
                return None
            if word == "to" and cur.head.lemma_ not in {"travel", "go", "fly", "move", "deploy", "send", "return",
                                                        "arrive", "head", "come", "flee", "close"}:
                return None
            if word == "from" and cur.head.lemma_ not in {"fire", "launch", "withdraw", "retreat", "flee"}:
                return None
            prep_seen = True
            qualifier = LOCATIVE[word]
            left = cur.doc[cur.i - 1] if cur.i > 0 else None
            if left is not None and (left.lower_ in _NEAR_WORDS or left.lower_ in {"km", "kilometres", "kilometers",
                                                                                   "miles"}):
                qualifier = "near"
        cur = cur.head
        steps += 1
    if not prep_seen:
        return None
    return steps, qualifier


def _where_clause(span: Any, trigger: Any, places: list[Mention]) -> tuple[int, str | None] | None:
    """"… travelled to Lebanon, where advisers trained them": the trigger's clause opens with
    "where" and the place is the last one named before it, under a locative preposition."""
    clause = trigger
    for _ in range(4):
        if any(c.lower_ == "where" and c.dep_ == "advmod" for c in clause.children):
            break
        if clause.dep_ in {"xcomp", "conj", "acl"} and clause.head.i != clause.i:
            clause = clause.head
        else:
            return None
    else:
        return None
    where = next(c for c in clause.children if c.lower_ == "where")
    before = [m for m in places if m.end <= where.idx and m.start >= where.sent.start_char]
    if not before or before[-1].start != span.start_char:
        return None
    root = span.root
    if root.dep_ != "pobj" or root.head.lower_ not in LOCATIVE:
        return None
    return 3, LOCATIVE.get(root.head.lower_)


@functools.lru_cache(maxsize=2)
def _curated_matcher(model: str, gaz_id: int, gazetteer: Gazetteer):
    from spacy.matcher import PhraseMatcher

    from ..nlp import load_model

    nlp = load_model(model)
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    entries = {}
    names: dict[str, set[str]] = {}
    for name, entry in gazetteer.curated_names():
        key = f"geo:{entry.id}"
        entries[key] = entry
        names.setdefault(key, set()).add(fold(name))
        matcher.add(key, [nlp.make_doc(name)])
    return matcher, entries, names

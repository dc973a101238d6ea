"""Record shapes: the output contract every stage fills in and every interface returns.

Each record has one ``to_dict()`` shape, documented in the README. Offsets are character
offsets into the article ``text`` (Python string indices), half-open: ``text[start:end]``.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class Actor:
    """A canonical actor (from the knowledge base, or new and flagged by a later stage)."""

    id: str
    name: str
    country: str | None = None  # ISO 3166-1 alpha-3
    kind: str | None = None
    sector: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Place:
    """A resolved place. ``precision``: country, admin1, region, city, site; ``unresolved`` for
    a place name the gazetteer lacks (no coordinates); ``article`` for an event located by its
    article's dateline. ``qualifier``: ``near`` when the text puts an event near the place
    ("near Moscow", "outside Kyiv", "30 km north of Mosul"), else null."""

    name: str
    country: str | None = None  # ISO 3166-1 alpha-3
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    precision: str | None = None
    geonameid: int | None = None
    qualifier: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Mention:
    """A span of article text naming something: ``text == article.text[start:end]``."""

    text: str
    start: int
    end: int
    label: str
    actor: Actor | None = None
    place: Place | None = None
    #: how the actor was found: {rule, alias, score, ...}; None when there is no actor
    resolution: dict[str, Any] | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "label": self.label,
            "actor": self.actor.to_dict() if self.actor else None,
            "place": self.place.to_dict() if self.place else None,
            "resolution": self.resolution,
        }


Span = tuple[int, int]


@dataclass
class Event:
    """A PLOVER event with its evidence. Filled by the events, attribution and geo stages."""

    id: str
    article_id: str
    type: str
    mode: str | None = None
    context: str | None = None
    source: Actor | None = None
    target: Actor | None = None
    date: str | None = None
    date_end: str | None = None
    date_precision: str | None = None
    #: early, mid, late (part of the period); since, until, before, after (a boundary)
    date_qualifier: str | None = None
    date_text: str | None = None
    location: Place | None = None
    quantities: list[dict[str, Any]] = field(default_factory=list)
    attribution: dict[str, Any] | None = None
    modality: str = "asserted"
    confidence: float | None = None
    evidence: str = ""
    span: Span | None = None
    trigger_span: Span | None = None
    source_span: Span | None = None
    target_span: Span | None = None
    caption: bool = False
    #: every telling of this event in the article, best first: {"in": "text"|"title"|"caption",
    #: "index" (caption number or None), "start", "end" (offsets into that field), "text"}
    evidences: list[dict[str, Any]] = field(default_factory=list)
    cluster_id: str | None = None
    pipeline_version: str | None = None
    #: the trigger word(s) and the pattern that coded it (data file and entry)
    trigger: str | None = None
    pattern: str | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name in EVENT_FIELDS:
            value = getattr(self, name)
            if isinstance(value, (Actor, Place)):
                value = value.to_dict()
            elif isinstance(value, tuple):
                value = list(value)
            out[name] = value
        return out


EVENT_FIELDS = (
    "id", "article_id", "type", "mode", "context", "source", "target", "date", "date_end",
    "date_precision", "date_qualifier", "date_text", "location", "quantities", "attribution", "modality",
    "confidence", "evidence", "span", "trigger_span", "source_span", "target_span", "caption",
    "evidences", "cluster_id", "pipeline_version", "trigger", "pattern",
)


@dataclass
class Article:
    """One news story, from ingest to store.

    ``published_precision``: datetime, day, month or year; ``published_origin`` says where the
    date came from: metadata, option (``--published``), dateline, caption or text.
    ``origin`` names the input it came from ("path", "path:line 3", "path#story 2").
    """

    id: str
    text: str
    title: str | None = None
    source: str | None = None
    url: str | None = None
    author: str | None = None
    published: str | None = None
    published_precision: str | None = None
    published_origin: str | None = None
    captions: list[str] = field(default_factory=list)
    language: str | None = None
    duplicate_of: str | None = None
    duplicate_score: float | None = None
    content_hash: str = ""
    origin: str | None = None
    id_given: bool = False
    mentions: list[Mention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    #: the coding pipeline that produced mentions and events (wirecoder, model, KB, patterns)
    pipeline_version: str | None = None
    #: the spaCy Doc while the article is in the pipeline (never stored or serialised)
    doc: Any = field(default=None, repr=False, compare=False)
    #: the headline and captions worth coding, parsed with the body (``(where, caption index,
    #: Doc, text)``; transient like ``doc``)
    side_docs: Any = field(default=None, repr=False, compare=False)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "source": self.source,
            "url": self.url,
            "author": self.author,
            "published": self.published,
            "published_precision": self.published_precision,
            "published_origin": self.published_origin,
            "text": self.text,
            "captions": list(self.captions),
            "language": self.language,
            "duplicate_of": self.duplicate_of,
            "duplicate_score": self.duplicate_score,
            "origin": self.origin,
            "mentions": [m.to_dict() for m in self.mentions],
            "events": [e.to_dict() for e in self.events],
        }


@dataclass
class Rejection:
    """An input that could not become an article: reported on one line, the batch goes on."""

    where: str
    reason: str

    def __str__(self) -> str:
        return f"{self.where}: {self.reason}"

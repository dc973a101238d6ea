"""Helpers the event tests share: code one text with the real pipeline and read its events."""
from __future__ import annotations

from wirecoder.records import Article


def code(pipeline, text: str, published: str | None = None) -> Article:
    """The article the real pipeline makes of ``text`` (published on ``published``, if given)."""
    [a] = pipeline.code([Article(id="t", text=text, content_hash="x", published=published,
                                 published_precision="day" if published else None,
                                 published_origin="metadata" if published else None)])
    return a


def triples(a: Article, modality: str | None = "asserted") -> set[tuple[str, str | None, str | None]]:
    """(type, source id, target id) of an article's events of one modality (None: all)."""
    return {(e.type, e.source.id if e.source else None, e.target.id if e.target else None)
            for e in a.events if modality is None or e.modality == modality}


def events(pipeline, text: str, type_: str) -> list:
    """The events of one type the real pipeline codes in ``text``, of any modality."""
    return [e for e in code(pipeline, text).events if e.type == type_]


def where(actor) -> tuple[str | None, str | None] | None:
    """An actor's (country, sector), or None for no actor."""
    return (actor.country, actor.sector) if actor is not None else None

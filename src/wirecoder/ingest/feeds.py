"""RSS and Atom feeds (feedparser): one article per item."""
from __future__ import annotations

import re
from typing import Iterator

from ..errors import MalformedRecord
from ..records import Rejection
from .html import fragment_to_text
from .raw import RawDoc

_ENTITY_DECL = re.compile(rb"<!ENTITY", re.I)


def looks_like_feed(head: str) -> bool:
    head = head.lstrip()[:2000].lower()
    return "<rss" in head or "<rdf:rdf" in head or ("<feed" in head and "atom" in head)


def read_feed(data: bytes, name: str) -> Iterator[RawDoc | Rejection]:
    import feedparser

    if _ENTITY_DECL.search(data[:65536]):
        # Entity declarations are how "billion laughs" and external-entity attacks start.
        raise MalformedRecord("feed declares XML entities (<!ENTITY>); refused for safety", name)
    parsed = feedparser.parse(data)
    if not parsed.entries:
        reason = getattr(parsed, "bozo_exception", None)
        raise MalformedRecord(f"no feed items found{': ' + str(reason) if reason else ''}", name)
    channel = parsed.feed
    source = (channel.get("title") or "").strip() or None
    for i, entry in enumerate(parsed.entries, start=1):
        where = f"{name}#item {i}"
        html = ""
        if entry.get("content"):
            html = max((c.get("value") or "" for c in entry.content), key=len)
        if not html.strip():
            html = entry.get("summary") or entry.get("description") or ""
        text = fragment_to_text(html)
        if not text.strip():
            yield Rejection(where, "feed item has no text (no content or description)")
            continue
        yield RawDoc(
            text=text,
            origin=where,
            id=(entry.get("id") or "").strip() or None,
            title=(entry.get("title") or "").strip() or None,
            source=source,
            url=(entry.get("link") or "").strip() or None,
            author=(entry.get("author") or "").strip() or None,
            published=entry.get("published") or entry.get("updated") or None,
        )

"""RSS and Atom feeds: one article per item, read lazily.

Feeds on disk are streamed with lxml's ``iterparse`` (no DTD loading, no entity expansion,
no network): each ``<item>``/``<entry>`` is cut out as it ends, given to feedparser wrapped in
a minimal feed of its own (so dates, links, ids and content are read exactly as feedparser
reads them), and freed, so memory stays flat however many items the feed holds. A feed that
is not well-formed XML (HTML entities such as ``&nbsp;``, stray ``&``) falls back to
feedparser's lenient reader over the whole file, within ``max_file_bytes``.
"""
from __future__ import annotations

import logging
import re
from typing import BinaryIO, Iterator

from ..errors import ArticleTooLarge, MalformedRecord
from ..records import Rejection
from .html import fragment_to_text
from .raw import RawDoc

log = logging.getLogger(__name__)

_ENTITY_DECL = re.compile(rb"<!ENTITY", re.I)
_XML_DECL_ENCODING = re.compile(r"""^(\s*<\?xml[^>]*?\bencoding\s*=\s*)(["'])[^"']*\2""")
_RSS1 = "http://purl.org/rss/1.0/"
_ATOM = "http://www.w3.org/2005/Atom"
_ATOM03 = "http://purl.org/atom/ns#"
_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_ENTITIES_REFUSED = "feed declares XML entities (<!ENTITY>); refused for safety"


def looks_like_feed(head: str) -> bool:
    head = head.lstrip()[:2000].lower()
    return "<rss" in head or "<rdf:rdf" in head or ("<feed" in head and "atom" in head)


def as_utf8(text: str) -> bytes:
    """Feed text (already decoded) as UTF-8 bytes whose XML declaration says so."""
    return _XML_DECL_ENCODING.sub(r"\1\2utf-8\2", text, count=1).encode("utf-8")


def read_feed(data: bytes, name: str) -> Iterator[RawDoc | Rejection]:
    """A whole feed in memory, parsed by feedparser (its lenient reader included)."""
    import feedparser

    if _ENTITY_DECL.search(data[:65536]):
        # Entity declarations are how "billion laughs" and external-entity attacks start.
        raise MalformedRecord(_ENTITIES_REFUSED, name)
    parsed = feedparser.parse(data)
    if not parsed.entries:
        reason = getattr(parsed, "bozo_exception", None)
        raise MalformedRecord(f"no feed items found{': ' + str(reason) if reason else ''}", name)
    source = (parsed.feed.get("title") or "").strip() or None
    for i, entry in enumerate(parsed.entries, start=1):
        yield _entry_doc(entry, f"{name}#item {i}", source)


def stream_feed(stream: BinaryIO, name: str, max_file_bytes: int) -> Iterator[RawDoc | Rejection]:
    """Read a feed file item by item in bounded memory (see the module docstring)."""
    from lxml import etree

    head = stream.read(65536)
    if _ENTITY_DECL.search(head):
        raise MalformedRecord(_ENTITIES_REFUSED, name)
    stream.seek(0)
    parser = etree.iterparse(stream, events=("start", "end"), resolve_entities=False, load_dtd=False,
                             no_network=True, huge_tree=False, remove_comments=True, remove_pis=True)
    done = 0
    source: str | None = None
    kind: str | None = None
    try:
        for event, el in parser:
            if not isinstance(el.tag, str):
                continue
            local, ns = etree.QName(el).localname, etree.QName(el).namespace
            if kind is None and event == "start":  # the root element tells the dialect
                dtd = el.getroottree().docinfo.internalDTD
                if dtd is not None and any(True for _ in dtd.iterentities()):
                    raise MalformedRecord(_ENTITIES_REFUSED, name)
                kind = {"rss": "rss", "RDF": "rdf", "feed": "atom"}.get(local)
                if kind is None:
                    raise MalformedRecord(f"XML whose root is <{local}>, neither an RSS nor an Atom feed", name)
                continue
            if event != "end":
                continue
            parent = el.getparent()
            if local == "title" and source is None and parent is not None and \
                    etree.QName(parent).localname in ("channel", "feed") and \
                    (parent.getparent() is None or kind != "atom"):
                source = " ".join((el.text or "").split()) or None
            if (kind in ("rss", "rdf") and local == "item") or (kind == "atom" and local == "entry"
                                                                and ns in (_ATOM, _ATOM03, None)):
                done += 1
                yield _item_doc(etree.tostring(el, with_tail=False), kind, ns, f"{name}#item {done}", source)
                el.clear()
                while el.getprevious() is not None:  # drop items already read
                    del parent[0]
    except etree.XMLSyntaxError as exc:
        log.info("%s is not well-formed XML (%s); reading it leniently", name, exc)
        yield from _lenient(stream, name, max_file_bytes, skip=done)
        return
    if done == 0:
        raise MalformedRecord("no feed items found", name)


def _lenient(stream: BinaryIO, name: str, max_file_bytes: int, skip: int) -> Iterator[RawDoc | Rejection]:
    """feedparser over the whole file, for feeds that are not well-formed XML; the first
    ``skip`` items were read already."""
    stream.seek(0)
    data = stream.read(max_file_bytes + 1)
    if len(data) > max_file_bytes:
        raise ArticleTooLarge(
            f"feed is not well-formed XML and over {max_file_bytes / 1e6:,.1f} MB, too big to read "
            "leniently (setting max_file_bytes)", f"{name}#item {skip + 1}")
    from .decode import decode_bytes

    text, _ = decode_bytes(data)
    for i, item in enumerate(read_feed(as_utf8(text), name), start=1):
        if i > skip:
            yield item


def _item_doc(item_xml: bytes, kind: str, ns: str | None, where: str, source: str | None) -> RawDoc | Rejection:
    """One item, wrapped in a feed of its own, read by feedparser."""
    import feedparser

    body = item_xml.decode("utf-8")
    if kind == "atom":
        wrapped = f'<feed xmlns="{ns or _ATOM}">{body}</feed>'
    elif kind == "rdf":
        wrapped = f'<rdf:RDF xmlns:rdf="{_RDF}" xmlns="{_RSS1}"><channel><title>x</title></channel>{body}</rdf:RDF>'
    else:
        wrapped = f'<rss version="2.0"><channel><title>x</title>{body}</channel></rss>'
    parsed = feedparser.parse(wrapped.encode("utf-8"))
    if not parsed.entries:
        return Rejection(where, "unreadable feed item")
    return _entry_doc(parsed.entries[0], where, source)


def _entry_doc(entry, where: str, source: str | None) -> RawDoc | Rejection:
    html = ""
    if entry.get("content"):
        html = max((c.get("value") or "" for c in entry.content), key=len)
    if not html.strip():
        html = entry.get("summary") or entry.get("description") or ""
    text = fragment_to_text(html)
    if not text.strip():
        return Rejection(where, "feed item has no text (no content or description)")
    return RawDoc(
        text=text,
        origin=where,
        id=(entry.get("id") or "").strip() or None,
        title=(entry.get("title") or "").strip() or None,
        source=source,
        url=(entry.get("link") or "").strip() or None,
        author=(entry.get("author") or "").strip() or None,
        published=entry.get("published") or entry.get("updated") or None,
    )

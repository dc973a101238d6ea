"""HTML pages: main text with trafilatura; title, date, site, URL, author and figure
captions from the page's own metadata first."""
from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass, field

import lxml.html
from lxml import etree

from ..errors import EmptyInput, MalformedRecord

log = logging.getLogger(__name__)

_DATE_META = (
    "article:published_time", "og:published_time", "datePublished", "pubdate", "publishdate",
    "date", "dc.date", "dc.date.issued", "sailthru.date", "parsely-pub-date", "publish-date",
)
_BLOCKS = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "br", "tr",
           "section", "article", "figcaption", "pre", "dd", "dt"}


@dataclass
class HtmlDoc:
    text: str
    title: str | None = None
    published: str | None = None
    source: str | None = None
    url: str | None = None
    author: str | None = None
    captions: list[str] = field(default_factory=list)


def _clean(s: str | None) -> str | None:
    if s is None:
        return None
    s = " ".join(s.split())
    return s or None


def _parse_tree(html: str) -> lxml.html.HtmlElement:
    try:
        tree = lxml.html.fromstring(html)
    except (etree.ParserError, ValueError) as exc:
        raise MalformedRecord(f"unreadable HTML: {exc}") from None
    if tree is None:
        raise EmptyInput("HTML page holds no content")
    return tree


def _meta(tree: lxml.html.HtmlElement) -> dict[str, str]:
    found: dict[str, str] = {}
    for el in tree.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
        value = el.get("content")
        if key and value and key not in found:
            found[key] = value.strip()
    return found


def _json_ld(tree: lxml.html.HtmlElement) -> dict:
    for el in tree.iter("script"):
        if (el.get("type") or "").lower() != "application/ld+json" or not el.text:
            continue
        try:
            data = json.loads(el.text)
        except ValueError:
            continue
        items = data if isinstance(data, list) else data.get("@graph", [data]) if isinstance(data, dict) else []
        for item in items:
            if isinstance(item, dict) and "Article" in str(item.get("@type", "")):
                return item
    return {}


def read_html(html: str, url: str | None = None) -> HtmlDoc:
    """Extract one article from an HTML page."""
    import trafilatura

    tree = _parse_tree(html)
    meta = _meta(tree)
    ld = _json_ld(tree)
    captions: list[str] = []
    for el in tree.iter("figcaption"):
        cap = _clean(el.text_content())
        if cap and cap not in captions:
            captions.append(cap)

    try:
        doc = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, include_tables=False,
            include_images=False, date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception as exc:  # trafilatura raises assorted errors on broken markup
        log.debug("trafilatura failed: %s", exc)
        doc = None
    text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if not text:
        text = fragment_to_text(html)
    title = (meta.get("og:title") or ld.get("headline") or getattr(doc, "title", None)
             or (tree.findtext(".//title") if tree.find(".//title") is not None else None))
    text = _body_paragraphs(text, _clean(title), captions)
    if _depth(tree) >= MAX_HTML_DEPTH:
        if not text:
            raise MalformedRecord(f"HTML nested more than {MAX_HTML_DEPTH} elements deep; the HTML parser "
                                  "stops there, so the text below cannot be read")
        log.warning("HTML nested more than %d elements deep: text below that depth is not read", MAX_HTML_DEPTH)
    if not text:
        raise EmptyInput("no article text found in the HTML page")

    published = next((meta[k] for k in _DATE_META if meta.get(k)), None) or ld.get("datePublished")
    if not published:
        for el in tree.iter("time"):
            if el.get("datetime"):
                published = el.get("datetime")
                break
    if not published and doc is not None:
        published = getattr(doc, "date", None)
    canonical = None
    for el in tree.iter("link"):
        if (el.get("rel") or "").lower() == "canonical" and el.get("href"):
            canonical = el.get("href")
            break
    author = meta.get("author") or meta.get("article:author") or getattr(doc, "author", None)
    ld_author = ld.get("author")
    if not author and isinstance(ld_author, dict):
        author = ld_author.get("name")
    source = meta.get("og:site_name") or getattr(doc, "sitename", None)
    return HtmlDoc(
        text=text,
        title=_clean(title),
        published=_clean(published if isinstance(published, str) else None),
        source=_clean(source),
        url=_clean(canonical or meta.get("og:url") or url or getattr(doc, "url", None)),
        author=_clean(author),
        captions=captions,
    )


#: libxml2's HTML parser keeps this many levels of nesting and drops what lies deeper.
MAX_HTML_DEPTH = 255


def _depth(tree: lxml.html.HtmlElement) -> int:
    depth = deepest = 0
    for event, _ in etree.iterwalk(tree, events=("start", "end")):
        depth += 1 if event == "start" else -1
        deepest = max(deepest, depth)
    return deepest


def _body_paragraphs(text: str, title: str | None, captions: list[str]) -> str:
    """One paragraph per line of extracted text, separated by blank lines, without figure
    captions (kept as metadata), the title repeated, or section labels above it."""
    paras = [_clean(line) for line in text.split("\n")]
    paras = [p for p in paras if p and p not in captions]
    while paras and (p := paras[0]) and (
            p == title or (len(p.split()) <= 3 and not re.search(r"[.!?\"”]$", p))):
        paras.pop(0)  # the headline again, or a breadcrumb such as "World"
    return "\n\n".join(p for p in paras if p)


def fragment_to_text(html: str) -> str:
    """Text of an HTML fragment (a feed item's content), one paragraph per block element."""
    if "<" not in html:
        return html.strip()
    try:
        tree = lxml.html.fragment_fromstring(html, create_parent="div")
    except (etree.ParserError, ValueError):
        return re.sub(r"<[^>]+>", " ", html).strip()
    for bad in tree.xpath(".//script|.//style|.//noscript|.//iframe|.//figure"):
        bad.drop_tree()
    parts: list[str] = []
    for event, el in etree.iterwalk(tree, events=("start", "end")):
        if not isinstance(el.tag, str):  # comments, processing instructions
            if event == "end" and el.tail:
                parts.append(el.tail)
            continue
        block = el.tag.lower() in _BLOCKS
        if event == "start":
            if block:
                parts.append("\n\n")
            if el.text:
                parts.append(el.text)
        else:
            if block:
                parts.append("\n\n")
            if el.tail and el is not tree:
                parts.append(el.tail)
    text = "".join(parts)
    paras = [" ".join(p.split()) for p in re.split(r"\n\s*\n", text)]
    return "\n\n".join(p for p in paras if p)

"""Ingest: files, folders and stdin in, :class:`~wirecoder.records.Article` records out.

``read_inputs`` yields articles and :class:`~wirecoder.records.Rejection` records in input
order; a bad file or line is one rejection and the batch goes on. Nothing here imports
spaCy or touches the store.
"""
from __future__ import annotations

import gzip
import hashlib
import io
import logging
import os
import re
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Iterable, Iterator

from ..errors import ArticleTooLarge, BinaryInput, IngestError, UnsupportedFormat
from ..records import Article, Rejection
from ..settings import Settings
from .dates import find_date, parse_published
from .decode import decode_bytes, normalize_text, sniff_encoding
from .feeds import as_utf8, looks_like_feed, read_feed, stream_feed
from .html import read_html
from .jsonl import loads as json_loads, read_json_document, read_jsonl
from .raw import RawDoc
from .text import split_stories
from .warc import read_warc

log = logging.getLogger(__name__)

__all__ = ["IngestOptions", "build_article", "content_hash", "iter_paths", "read_inputs", "read_bytes"]

_HTML_EXT = {".html", ".htm", ".xhtml", ".shtml"}
_JSON_EXT = {".json", ".jsonl", ".ndjson", ".jsonlines"}
_FEED_EXT = {".rss", ".atom", ".xml"}
_WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
_MAGIC = {
    b"%PDF": "a PDF document", b"PK\x03\x04": "a ZIP archive (e.g. .docx, .xlsx)",
    b"\x89PNG": "a PNG image", b"\xff\xd8\xff": "a JPEG image", b"GIF8": "a GIF image",
    b"\x7fELF": "an executable", b"SQLite format 3": "an SQLite database",
    b"BZh": "a bzip2 archive", b"\xfd7zXZ": "an xz archive",
}
_HTML_START = re.compile(r"^\s*(?:<!doctype html|<html|<head|<body|<article|<meta|<div|<p[\s>])", re.I)


# "KHARTOUM, Feb 3, 2025 (Reuters) - ": a wire dateline at the start of the body
_DATELINE = re.compile(r"^[^\n]{3,90}?\s[-–—]\s")


@dataclass(frozen=True)
class IngestOptions:
    """Per-run choices: defaults for inputs that carry no source or date."""

    source: str | None = None
    published: str | None = None


def content_hash(text: str) -> str:
    """SHA-256 of the text with Unicode and whitespace normalised: the same story read from
    a different file or encoding hashes the same."""
    norm = " ".join(unicodedata.normalize("NFC", text).split())
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()


def iter_paths(paths: Iterable[str]) -> Iterator[str]:
    """Expand folders recursively (sorted, hidden entries skipped); ``-`` stays stdin."""
    for p in paths:
        if p == "-":
            yield p
            continue
        path = Path(p)
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for f in sorted(files):
                    if not f.startswith("."):
                        yield str(Path(root) / f)
        else:
            yield p


def read_inputs(paths: Iterable[str], settings: Settings,
                options: IngestOptions | None = None,
                stdin: BinaryIO | None = None) -> Iterator[Article | Rejection]:
    """Read every input and yield articles and rejections in input order."""
    options = options or IngestOptions()
    for p in iter_paths(paths):
        if p == "-":
            stream = stdin or sys.stdin.buffer
            items = _guard("<stdin>", lambda: _read_stdin(stream, settings))
        else:
            items = _guard(p, lambda p=p: _read_path(p, settings))
        for item in items:
            if isinstance(item, Rejection):
                yield item
                continue
            try:
                yield build_article(item, settings, options)
            except Exception as exc:  # a bug must not cost the rest of the batch
                log.debug("building %s failed", item.origin, exc_info=True)
                yield Rejection(item.origin, f"could not be read: unexpected {type(exc).__name__}: {exc} "
                                             "(run with -v for details and report it)")


def _guard(name: str, produce) -> Iterator[RawDoc | Rejection]:
    """Run a reader; an :class:`IngestError` becomes one rejection naming the input. Any
    other exception (a reader's bug, a library choking on hostile bytes) is one rejection
    too: that input ends there and the rest of the batch goes on."""
    try:
        yield from produce()
    except IngestError as exc:
        yield Rejection(exc.where or name, exc.reason)
    except OSError as exc:
        yield Rejection(name, f"cannot read: {exc.strerror or exc}")
    except Exception as exc:
        log.debug("reading %s failed", name, exc_info=True)
        yield Rejection(name, f"could not be read: unexpected {type(exc).__name__}: {exc} "
                              "(run with -v for details and report it)")


def _read_stdin(stream: BinaryIO, settings: Settings) -> Iterator[RawDoc | Rejection]:
    """Standard input: a WARC or JSON Lines (first line a JSON object) streams record by
    record; anything else is read whole, up to ``max_file_bytes``."""
    max_line = settings.max_article_chars * 4
    first = stream.readline(max_line + 1)
    rest = io.BufferedReader(_Prefixed(first, stream), 1 << 16)
    if first.startswith(b"WARC/"):
        yield from read_warc(rest, "<stdin>", settings.max_file_bytes)
        return
    if first.lstrip(b"\xef\xbb\xbf \t").startswith(b"{") and first.endswith(b"\n"):
        try:
            is_record = isinstance(json_loads(first.lstrip(b"\xef\xbb\xbf").decode("utf-8")), dict)
        except (UnicodeDecodeError, ValueError):
            is_record = False
        if is_record:
            yield from read_jsonl(rest, "<stdin>", settings.json_fields, max_line)
            return
    yield from _read_data(rest.read(settings.max_file_bytes + 1), "<stdin>", "", settings)


class _Prefixed(io.RawIOBase):
    """A read-only stream: bytes already read, then the rest of another stream."""

    def __init__(self, head: bytes, tail: BinaryIO):
        self.head, self.tail = head, tail

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[override]
        if self.head:
            n = min(len(buffer), len(self.head))
            buffer[:n] = self.head[:n]
            self.head = self.head[n:]
            return n
        data = self.tail.read(len(buffer))
        buffer[:len(data)] = data
        return len(data)


def _read_path(p: str, settings: Settings) -> Iterator[RawDoc | Rejection]:
    path = Path(p)
    if not path.exists():
        raise IngestError("no such file or folder", p)
    if not path.is_file():
        raise UnsupportedFormat("not a regular file", p)
    name = path.name.lower()
    with open(path, "rb") as f:
        head = f.read(16)
        f.seek(0)
        if name.endswith(_WARC_SUFFIXES) or head.startswith(b"WARC/") or (
                head.startswith(b"\x1f\x8b") and _gzip_is_warc(path)):
            yield from read_warc(f, p, settings.max_file_bytes)
            return
        suffix = path.suffix.lower()
        if suffix in (".jsonl", ".ndjson", ".jsonlines") and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
            if b"\x00" in f.read(65536):  # JSON text never holds NUL bytes: one rejection, not one per line
                raise BinaryInput("binary data (NUL bytes), not JSON Lines", p)
            f.seek(0)
            yield from read_jsonl(f, p, settings.json_fields, settings.max_article_chars * 4)
            return
        if _is_feed(f, suffix):
            yield from stream_feed(f, p, settings.max_file_bytes)
            return
    size = path.stat().st_size
    if size > settings.max_file_bytes:
        raise ArticleTooLarge(
            f"file is {size / 1e6:,.1f} MB, over the limit of {settings.max_file_bytes / 1e6:,.1f} MB "
            "(setting max_file_bytes); split it or raise the limit", p)
    yield from _read_data(path.read_bytes(), p, path.suffix.lower(), settings)


def _is_feed(f: BinaryIO, suffix: str) -> bool:
    """Whether an open file is an RSS/Atom feed (by its first bytes, in any encoding)."""
    head = f.read(4096)
    f.seek(0)
    if suffix not in _FEED_EXT and not head.lstrip().startswith(b"<"):
        return False
    encoding, skip = sniff_encoding(head)
    try:
        text = head[skip:].decode(encoding or "utf-8", errors="replace")
    except LookupError:
        return False
    return looks_like_feed(text)


def _gzip_is_warc(path: Path) -> bool:
    try:
        with gzip.open(path, "rb") as g:
            return g.read(5) == b"WARC/"
    except (OSError, EOFError):
        return False


def read_bytes(data: bytes, name: str, settings: Settings, suffix: str = "") -> Iterator[RawDoc | Rejection]:
    """Read one input already in memory (an upload, stdin)."""
    return _guard(name, lambda: _read_data(data, name, suffix, settings))


def _read_data(data: bytes, name: str, suffix: str, settings: Settings) -> Iterator[RawDoc | Rejection]:
    if len(data) > settings.max_file_bytes:
        raise ArticleTooLarge(f"input is over the limit of {settings.max_file_bytes / 1e6:,.1f} MB "
                              "(setting max_file_bytes)", name)
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            raise UnsupportedFormat(f"{what}, not a news article format wirecoder reads", name)
    if data.startswith(b"WARC/") or data.startswith(b"\x1f\x8b"):
        if data.startswith(b"\x1f\x8b"):
            try:
                with gzip.GzipFile(fileobj=io.BytesIO(data)) as g:
                    if g.read(5) != b"WARC/":
                        raise UnsupportedFormat("a gzip file that holds no WARC; unpack it first", name)
            except (OSError, EOFError):
                raise UnsupportedFormat("a damaged gzip file", name) from None
        yield from read_warc(io.BytesIO(data), name, settings.max_file_bytes)
        return
    try:
        text, _ = decode_bytes(data)
    except IngestError as exc:
        exc.where = name
        raise
    head = text.lstrip()[:2000]
    if suffix in _FEED_EXT or looks_like_feed(head):
        if looks_like_feed(head):
            yield from read_feed(as_utf8(text), name)
            return
        if suffix != ".xml":
            raise UnsupportedFormat("XML that is neither an RSS nor an Atom feed", name)
    if suffix in _HTML_EXT or _HTML_START.match(head):
        doc = read_html(text)
        yield RawDoc(text=doc.text, origin=name, title=doc.title, source=doc.source, url=doc.url,
                     author=doc.author, published=doc.published, captions=doc.captions)
        return
    if suffix in _JSON_EXT or head.startswith(("{", "[")):
        yield from read_json_document(text, name, settings.json_fields)
        return
    stories = split_stories(text)
    if not stories:
        raise IngestError("no article text found", name)
    for i, story in enumerate(stories, start=1):
        hints = [(d, "dateline") for d in story.date_lines]
        hints += [(c, "caption") for c in story.captions]
        dateline = _DATELINE.match(story.text)
        if dateline:
            hints.append((dateline.group(0), "text"))
        yield RawDoc(
            text=story.text,
            origin=f"{name}#story {i}" if len(stories) > 1 else name,
            title=story.title,
            author=story.author,
            captions=story.captions,
            date_hints=hints,
        )


def build_article(raw: RawDoc, settings: Settings, options: IngestOptions) -> Article | Rejection:
    """Size check, id, content hash and publication date for one raw document."""
    text = normalize_text(raw.text).strip()
    text = re.sub(r"\n{3,}", "\n\n", text)
    if not text:
        return Rejection(raw.origin, "no article text")
    if len(text) > settings.max_article_chars:
        return Rejection(raw.origin, str(ArticleTooLarge(
            f"article is {len(text):,} characters, over the limit of {settings.max_article_chars:,} "
            "(setting max_article_chars)")))
    digest = content_hash(text)
    published = precision = origin = None
    if raw.published:
        parsed = parse_published(raw.published, settings.timezone)
        if parsed:
            (published, precision), origin = parsed, "metadata"
    if published is None and options.published:
        parsed = parse_published(options.published, settings.timezone)
        if parsed:
            (published, precision), origin = parsed, "option"
    if published is None:
        for hint, hint_origin in raw.date_hints:
            found = find_date(hint, settings.timezone)
            if found and found[1] in ("datetime", "day"):
                published, precision, origin = found[0], found[1], hint_origin
                break
    return Article(
        id=raw.id or digest[:16],
        id_given=raw.id is not None,
        text=text,
        title=raw.title,
        source=raw.source or options.source,
        url=raw.url,
        author=raw.author,
        published=published,
        published_precision=precision,
        published_origin=origin,
        captions=list(raw.captions),
        language=raw.language,
        content_hash=digest,
        origin=raw.origin,
    )

"""JSON Lines (one record per line, read lazily) and JSON files (a record or a list)."""
from __future__ import annotations

import json
from typing import Any, BinaryIO, Iterator, Mapping

from ..errors import ArticleTooLarge, MalformedRecord
from ..records import Rejection
from .raw import RawDoc

#: Field names tried, in order, when no mapping is given.
DEFAULT_FIELDS: dict[str, tuple[str, ...]] = {
    "id": ("id", "_id", "uuid", "guid", "article_id"),
    "text": ("text", "body", "content", "article_body", "full_text"),
    "title": ("title", "headline"),
    "published": ("published", "published_at", "publishedAt", "pubDate", "date", "datetime"),
    "source": ("source", "source_name", "publisher", "site_name"),
    "url": ("url", "link", "canonical_url"),
    "author": ("author", "byline", "authors"),
    "language": ("language", "lang"),
    "captions": ("captions",),
}


def loads(text: str) -> Any:
    """``json.loads`` that reports nesting too deep for Python's parser as malformed JSON
    (``ValueError``) instead of a ``RecursionError``; article records are never that deep."""
    try:
        return json.loads(text)
    except RecursionError:
        raise ValueError("JSON nested too deeply to read") from None


def record_to_doc(record: Any, where: str, fields: Mapping[str, str]) -> RawDoc:
    """Turn one JSON object into a raw document, or raise :class:`MalformedRecord`."""
    if not isinstance(record, dict):
        raise MalformedRecord(f"expected a JSON object, got {type(record).__name__}", where)

    def pick(name: str) -> tuple[str | None, Any]:
        keys = (fields[name],) if name in fields else DEFAULT_FIELDS[name]
        for key in keys:
            if key in record and record[key] is not None:
                return key, record[key]
        return None, None

    key, text = pick("text")
    if key is None:
        wanted = fields.get("text", "text")
        raise MalformedRecord(f"no {wanted!r} field (name the text field with --field text=NAME)", where)
    if not isinstance(text, str):
        raise MalformedRecord(f"field {key!r} must be a string, got {_kind(text)}", where)
    if not text.strip():
        raise MalformedRecord(f"field {key!r} is empty", where)

    def string(name: str) -> str | None:
        key, value = pick(name)
        if value is None:
            return None
        if name == "source" and isinstance(value, dict):
            value = value.get("name") or value.get("id")
        if name == "author" and isinstance(value, list):
            value = ", ".join(str(v) for v in value if isinstance(v, (str, int)))
        if isinstance(value, bool) or not isinstance(value, (str, int, float)):
            raise MalformedRecord(f"field {key!r} must be a string, got {_kind(value)}", where)
        value = str(value).strip()
        return value or None

    _, captions = pick("captions")
    if captions is not None and not (isinstance(captions, list) and all(isinstance(c, str) for c in captions)):
        raise MalformedRecord("field 'captions' must be a list of strings", where)
    return RawDoc(
        text=text, origin=where, id=string("id"), title=string("title"), source=string("source"),
        url=string("url"), author=string("author"), published=string("published"),
        language=string("language"), captions=[c.strip() for c in captions or [] if c.strip()],
    )


def _kind(value: Any) -> str:
    return {bool: "a boolean", int: "a number", float: "a number", list: "a list",
            dict: "an object", str: "a string"}.get(type(value), type(value).__name__)


def read_jsonl(stream: BinaryIO, name: str, fields: Mapping[str, str],
               max_line_bytes: int) -> Iterator[RawDoc | Rejection]:
    """Read JSON Lines lazily; each bad line is one rejection and the rest go on."""
    lineno = 0
    while True:
        line = stream.readline(max_line_bytes + 1)
        if not line:
            break
        lineno += 1
        where = f"{name}:{lineno}"
        if len(line) > max_line_bytes and not line.endswith(b"\n"):
            while (more := stream.readline(1 << 20)) and not more.endswith(b"\n"):
                pass  # skip the rest of the over-long line in bounded memory
            yield Rejection(where, str(ArticleTooLarge(
                f"line is over {max_line_bytes:,} bytes (setting max_article_chars)")))
            continue
        if lineno == 1 and line.startswith(b"\xef\xbb\xbf"):
            line = line[3:]
        if not line.strip():
            continue
        try:
            record = loads(line.decode("utf-8"))
        except UnicodeDecodeError:
            yield Rejection(where, "line is not valid UTF-8")
            continue
        except ValueError as exc:
            yield Rejection(where, f"malformed JSON: {exc}")
            continue
        try:
            yield record_to_doc(record, where, fields)
        except MalformedRecord as exc:
            yield Rejection(where, exc.reason)


def read_json_document(text: str, name: str, fields: Mapping[str, str]) -> Iterator[RawDoc | Rejection]:
    """A ``.json`` file: one record, a list of records, or JSON Lines after all."""
    try:
        data = loads(text)
    except ValueError:
        # Many ".json" exports are really JSON Lines.
        for lineno, line in enumerate(text.split("\n"), start=1):
            if not line.strip():
                continue
            where = f"{name}:{lineno}"
            try:
                record = loads(line)
            except ValueError as exc:
                yield Rejection(where, f"malformed JSON: {exc}")
                continue
            try:
                yield record_to_doc(record, where, fields)
            except MalformedRecord as exc:
                yield Rejection(where, exc.reason)
        return
    if isinstance(data, dict):
        for key in ("articles", "items", "results", "data", "records"):
            if isinstance(data.get(key), list):
                data = data[key]
                break
    records = data if isinstance(data, list) else [data]
    for i, record in enumerate(records, start=1):
        where = f"{name}[{i}]" if isinstance(data, list) else name
        try:
            yield record_to_doc(record, where, fields)
        except MalformedRecord as exc:
            yield Rejection(where, exc.reason)

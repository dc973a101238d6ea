"""What every reader yields: a raw document, before it becomes an :class:`Article`."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class RawDoc:
    text: str
    origin: str
    title: str | None = None
    source: str | None = None
    url: str | None = None
    author: str | None = None
    id: str | None = None
    language: str | None = None
    captions: list[str] = field(default_factory=list)
    #: publication date from the input's metadata (feed, page, record), unparsed
    published: str | None = None
    #: date strings found in the text, in order of trust: (value, origin)
    date_hints: list[tuple[str, str]] = field(default_factory=list)

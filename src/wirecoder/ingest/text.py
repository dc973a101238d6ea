"""Plain-text files: one story or a multi-story dump as users paste them.

A dump is read line by line. Each line is classed (title-like, caption, logo, date line,
byline, "Read more" block, boilerplate, body); a story starts at a title or header line
that follows body text across a strong boundary (more blank lines than the dump puts
between paragraphs, or a separator such as ``-----``) or that is followed by header lines
(captions, a logo line, a date line, the title repeated). Each story keeps its title, its
captions once each, and a body free of the header lines. Body lines are never dropped:
every body line of the file lands in exactly one story.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from .dates import find_date

_SEPARATOR = re.compile(r"^\s*(?:[-=*_~#•·]\s*){3,}$")
_READ_MORE = re.compile(
    r"^(?:read more|read also|also read|related(?: stories| articles| coverage| news| content)?|"
    r"see also|more on this(?: story)?|more from [\w ]{1,30}|recommended(?: for you)?|"
    r"you may also like|most read|more stories|latest news)\s*[:\-–—]?\s*(?P<rest>.*)$",
    re.I,
)
_BYLINE = re.compile(r"^(?:by|written by|reporting by)\s+[A-Z][\w.'’-]+(?:\s+[\w.'’-]+){0,5}$")
_BOILERPLATE = re.compile(
    r"^(?:advertisement|advertising|sponsored|share|share this(?: article| story)?|tweet|email|"
    r"print|copy link|subscribe(?: now)?|sign up|follow us|comments?|skip to (?:main )?content|"
    r"listen to (?:this )?article|click to enlarge|image|photo|video|watch|scroll to continue)\s*$",
    re.I,
)
_CREDIT = re.compile(
    r"(?:\b(?:photo|photograph|picture|image|credit|file photo)s?\s*(?:by|:)|"
    r"\b(?:REUTERS|AFP|EPA|AP|XINHUA|SANA|WANA|ANADOLU|TASS)\s*/\s*\w|"
    r"\bvia (?:REUTERS|Reuters|AFP|AP|EPA|Getty Images)\b|\bGetty Images\b|\bAP Photo\b|"
    r"/(?:AFP|AP|EPA|Reuters|REUTERS)\b|\bHandout\b|"
    r"\((?:AFP|AP|EPA|Reuters|Getty|Anadolu|Xinhua|file|archive|photo|image|picture)[^()]{0,40}\)\s*$)",
    re.I,
)
_TRAILING_PAREN = re.compile(r"[.!?…]\s*\([^()]{2,40}\)\s*$")
_SENTENCE_BREAK = re.compile(r"[a-z]{2,}[.!?] [A-Z]")
_TERMINAL = re.compile(r"[.,;:…]$")
_QUOTES = "\"'“”‘’«»"


def _norm(line: str) -> str:
    return " ".join(line.split()).casefold()


def is_separator(line: str) -> bool:
    return bool(_SEPARATOR.match(line))


def is_logo(line: str) -> bool:
    """A lone site-logo line: a short token with no lower-case letters (``TT``, ``AA``)."""
    s = line.strip()
    return 1 <= len(s) <= 5 and " " not in s and not any(c.islower() for c in s) \
        and not s.isdigit() and not _TERMINAL.search(s)


def is_date_line(line: str) -> bool:
    """A line that is a date and little else ("Published: 12 March 2025 09:14 GMT")."""
    s = line.strip()
    if len(s) > 90:
        return False
    found = find_date(s)
    if found is None:
        return False
    start, end = found[2]
    rest = (s[:start] + " " + s[end:]).lower()
    rest = re.sub(r"\b(?:published|updated|last updated|posted|first published|on|at|am|pm|"
                  r"gmt|utc|local time|ago|hours?|minutes?|mins?|edt|est|et|bst|cet|msk)\b", " ", rest)
    rest = re.sub(r"[\W\d_]+", " ", rest)
    return len(rest.split()) <= 2


def is_caption(line: str, repeated: bool) -> bool:
    s = line.strip()
    if len(s) > 600 or len(s.split()) < 3:
        return False
    if _CREDIT.search(s):
        return True
    return repeated and bool(_TRAILING_PAREN.search(s) or len(s) < 300)


def is_title_like(line: str) -> bool:
    s = line.strip()
    if not 8 <= len(s) <= 200:
        return False
    words = s.split()
    if not 2 <= len(words) <= 30:
        return False
    first = s.lstrip(_QUOTES)[:1]
    if not (first.isupper() or first.isdigit()):
        return False
    core = s.rstrip(_QUOTES)
    if _TERMINAL.search(core) or _TRAILING_PAREN.search(s) or _SENTENCE_BREAK.search(s):
        return False
    if core.endswith(("?", "!")) and len(words) > 16:
        return False
    return True


@dataclass
class _Unit:
    kind: str  # title, caption, logo, date, byline, readmore, boiler, body, separator
    text: str
    line: int
    gap: int  # blank lines before it (separators count as a wide gap)


@dataclass
class Story:
    """One story cut from a text file."""

    title: str | None = None
    captions: list[str] = field(default_factory=list)
    body_lines: list[tuple[str, int]] = field(default_factory=list)  # (text, gap before)
    date_lines: list[str] = field(default_factory=list)
    author: str | None = None
    first_line: int = 0

    @property
    def text(self) -> str:
        parts: list[str] = []
        for i, (line, gap) in enumerate(self.body_lines):
            if i:
                parts.append("\n\n" if gap else "\n")
            parts.append(line)
        return "".join(parts)

    @property
    def has_body(self) -> bool:
        return bool(self.body_lines)


def _classify(lines: list[str]) -> list[_Unit]:
    counts = Counter(_norm(l) for l in lines if l.strip())
    units: list[_Unit] = []
    gap = 0
    for no, raw in enumerate(lines, start=1):
        line = raw.strip()
        if not line:
            gap += 1
            continue
        if is_separator(line):
            gap += 100
            continue
        repeated = counts[_norm(line)] > 1
        if _BOILERPLATE.match(line):
            kind = "boiler"
        elif is_logo(line):
            kind = "logo"
        elif _READ_MORE.match(line):
            kind = "readmore"
        elif _BYLINE.match(line):
            kind = "byline"
        elif is_date_line(line):
            kind = "date"
        elif len(line) > 600:
            kind = "body"  # too long for a caption or a title; spares the regexes below
        elif _CREDIT.search(line) and is_caption(line, repeated):
            kind = "caption"
        elif is_caption(line, repeated) and not is_title_like(line):
            kind = "caption"
        elif is_title_like(line):
            kind = "title"
        else:
            kind = "body"
        units.append(_Unit(kind, line, no, gap))
        gap = 0
    return units


_HEADER = {"caption", "logo", "date", "byline"}


def split_stories(text: str) -> list[Story]:
    """Cut a text file into stories. A single-story file gives one story."""
    units = _classify(text.split("\n"))
    body_gaps = Counter(min(u.gap, 99) for u in units if u.kind == "body" and u.gap < 100)
    # Paragraphs are usually separated by this many blank lines; more marks a new story.
    para_gap = max((g for g, _ in body_gaps.most_common(1)), default=1)
    strong = max(para_gap + 1, 2)

    stories: list[Story] = []
    story: Story | None = None
    in_read_more = False

    def header_follows(i: int) -> bool:
        title = _norm(units[i].text)
        for u in units[i + 1:i + 6]:
            if u.kind == "body" or u.gap >= strong:
                return False
            if u.kind in _HEADER or _norm(u.text) == title:
                return True
        return False

    for i, u in enumerate(units):
        boundary = u.gap >= strong
        if in_read_more:
            # Headlines of a "Read more" block run until the next strong boundary.
            if not boundary and u.kind in {"title", "readmore", "boiler", "logo", "caption"}:
                continue
            in_read_more = False
        starts_story = story is None or (
            story.has_body
            and (
                (u.kind == "title" and (boundary or header_follows(i)))
                or (u.kind in {"caption", "logo", "date"} and boundary)
            )
        )
        if starts_story:
            story = Story(first_line=u.line)
            stories.append(story)
        assert story is not None
        if u.kind == "readmore":
            in_read_more = True
            continue
        if u.kind in {"boiler", "logo"}:
            continue
        if u.kind == "title" and story.title is None and not story.has_body:
            story.title = u.text
            continue
        if story.title is not None and _norm(u.text) == _norm(story.title):
            continue  # the title repeated
        if u.kind == "caption":
            if all(_norm(c) != _norm(u.text) for c in story.captions):
                story.captions.append(u.text)
            continue
        if u.kind == "date" and not story.has_body:
            story.date_lines.append(u.text)
            continue
        if u.kind == "byline" and story.author is None:
            story.author = re.sub(r"^(?:by|written by|reporting by)\s+", "", u.text, flags=re.I)
            continue
        story.body_lines.append((u.text, 0 if not story.body_lines else min(u.gap, 1)))
    return [s for s in stories if s.has_body]

"""Normalise news time expressions ("last year", "in April", "on Friday", "late 2019",
"2005-2007", "10 years later") against an article's publication date.

Pure functions, no spaCy: :func:`normalise` takes the expression's text, the publication date
(:func:`parse_published`), whether the event is told in the future tense, and optionally the
date another expression in the sentence resolved to (for "10 years later"). It returns a
:class:`When` or None when the text is not a point or period in time ("20 years", "for
months") or cannot be placed. Our own rules come first; dateparser, anchored on the
publication date, reads the forms they do not know.

A past event is never dated after its publication: a past-tense "in April" is the latest April
not after publication, and an explicit date after publication is dropped.
"""
from __future__ import annotations

import calendar
import logging
import re
from dataclasses import dataclass
from datetime import date, timedelta

log = logging.getLogger(__name__)

#: from the finest to the coarsest
PRECISIONS = ("day", "week", "month", "season", "year", "decade")
_RANK = {p: i for i, p in enumerate(PRECISIONS)}

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "a couple of": 2, "a dozen": 12,
}
_UNITS = {"day": "day", "days": "day", "week": "week", "weeks": "week", "month": "month",
          "months": "month", "year": "year", "years": "year", "decade": "decade", "decades": "decade"}

#: words before the expression that say how the event relates to the date
_BOUNDARY = {"since": "since", "from": "since", "until": "until", "till": "until", "through": "until",
             "before": "before", "by": "before", "after": "after", "as of": "since"}
#: words that place the event inside the period
_PART = {"early": "early", "beginning of": "early", "start of": "early", "first half of": "early",
         "mid": "mid", "middle of": "mid", "late": "late", "end of": "late", "second half of": "late"}
_TIME_OF_DAY = re.compile(
    r"\b(?:morning|afternoon|evening|night|overnight|noon|midday|midnight|dawn|dusk|"
    r"\d{1,2}(?::\d\d)?\s*(?:a\.?m\.?|p\.?m\.?)|\d{1,2}:\d\d(?:\s*(?:gmt|utc|local time))?)\b")

_MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
_DAY_RE = r"(\d{1,2})(?:st|nd|rd|th)?"
_YEAR_RE = r"(\d{4})"
_RE_MDY = re.compile(rf"^({_MONTH_RE})\.? {_DAY_RE},? {_YEAR_RE}$")
_RE_DMY = re.compile(rf"^{_DAY_RE} (?:of )?({_MONTH_RE})\.?,? {_YEAR_RE}$")
_RE_MY = re.compile(rf"^({_MONTH_RE})\.?,? (?:of )?{_YEAR_RE}$")
_RE_MD = re.compile(rf"^(?:(last|this|next) )?({_MONTH_RE})\.? {_DAY_RE}$")
_RE_DM = re.compile(rf"^(?:(last|this|next) )?{_DAY_RE} (?:of )?({_MONTH_RE})\.?$")
_RE_M = re.compile(rf"^(?:(last|this|next|past|coming) )?({_MONTH_RE})\.?(?: (last|this|next) year)?$")
_RE_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_RE_YEAR = re.compile(r"^(?:the year )?(\d{4})$")
_RE_RANGE = re.compile(r"^(?:between |from )?(\d{4}) ?(?:-|to|and|until|through) ?(\d{2}|\d{4})$")
_RE_DECADE = re.compile(r"^(\d{3})0s$")
_RE_SEASON = re.compile(r"^(?:(last|this|next|past) )?(spring|summer|autumn|fall|winter)(?: (?:of )?(\d{4}))?$")
_RE_WEEKDAY = re.compile(r"^(?:(last|this|next|past|on) )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$")
_RE_RELATIVE = re.compile(r"^(?:(?:earlier|later) )?(last|this|next|previous|coming|current) (week|weekend|month|year|decade)$")
_NUM_RE = r"(\d+|a couple of|a dozen|" + "|".join(sorted((w for w in _NUMBER_WORDS if " " not in w), key=len, reverse=True)) + ")"
_RE_AGO = re.compile(rf"^{_NUM_RE} (days?|weeks?|months?|years?|decades?) ago$")
_RE_LATER = re.compile(rf"^{_NUM_RE} (days?|weeks?|months?|years?|decades?) (later|after|afterwards|earlier|before|on)$")
_RE_WEEK_OF = re.compile(rf"^(first|second|third|fourth|last|final) week of ({_MONTH_RE})$")
_RE_ORDINAL_DAY = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)(?: of (?:this|the) month)?$")
_HOLIDAYS = {"new year eve": (12, 31), "new years eve": (12, 31), "new year day": (1, 1),
             "new years day": (1, 1), "christmas eve": (12, 24), "christmas day": (12, 25), "christmas": (12, 25)}
_RE_HOLIDAY = re.compile("^(" + "|".join(_HOLIDAYS) + ")$")
_RE_WEEKEND = re.compile(r"^(?:(last|this|next|past|over) )?(?:the )?weekend$")
_RE_DAYWORD = re.compile(r"^(today|yesterday|tomorrow|tonight|this)$")


@dataclass(frozen=True)
class Published:
    """An article's publication date: the day it names and how much of it is known."""

    day: date
    precision: str  # day, month or year (datetime counts as day)

    @property
    def end(self) -> date:
        """The latest day the publication date allows."""
        return _period_end(self.day, self.precision)

    def as_text(self) -> str:
        return _format(self.day, self.precision)


@dataclass(frozen=True)
class When:
    """A normalised time: ``date`` (and ``date_end`` for a span) as ISO 8601 cut to ``precision``."""

    date: str
    precision: str
    date_end: str | None = None
    qualifier: str | None = None
    text: str | None = None
    start: date | None = None  # first day of the period, for comparisons and "N years later"

    def to_dict(self) -> dict[str, str | None]:
        return {"date": self.date, "date_end": self.date_end, "date_precision": self.precision,
                "date_qualifier": self.qualifier, "date_text": self.text}


def parse_published(published: str | None, precision: str | None = None) -> Published | None:
    """The day and precision of an article's ``published`` value ("2024-10-04T09:14:00+00:00",
    "2024-10", "2021"); None when it is missing or unreadable."""
    if not published:
        return None
    m = re.match(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", published.strip())
    if not m:
        return None
    try:
        year, month, day = int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1)
        d = date(year, month, day)
    except ValueError:
        return None
    found = "day" if m.group(3) else "month" if m.group(2) else "year"
    if precision in {"day", "month", "year"} and _RANK[precision] >= _RANK[found]:
        found = precision
    return Published(d, found)


def publication_when(published: Published | None) -> When | None:
    """The fallback for an event whose clause names no time: the publication date."""
    if published is None:
        return None
    return When(published.as_text(), "publication", start=published.day)


def normalise(text: str, published: Published | None, *, future: bool = False,
              anchor: When | None = None) -> When | None:
    """Normalise one time expression. ``future``: the event is told in the future tense
    ("will meet in April" is the next April). ``anchor``: the time another expression of the
    sentence names, for "10 years later". None when the text is not a time we can place."""
    try:
        found = _normalise(text, published, future, anchor)
    except (ValueError, OverflowError, OSError) as exc:  # impossible dates ("February 30, 2020")
        log.debug("cannot normalise %r: %s", text, exc)
        return None
    if found is None:
        return None
    if published is not None and not future and found.start is not None and found.start > published.end:
        return None  # a past event cannot happen after it was reported
    if found.start is not None and not (1 <= found.start.year <= 9999):
        return None
    return found


def _normalise(text: str, published: Published | None, future: bool, anchor: When | None) -> When | None:
    original = " ".join(text.split())
    t = _clean(original)
    if not t:
        return None
    boundary = None
    for word, q in sorted(_BOUNDARY.items(), key=lambda kv: -len(kv[0])):
        if t.startswith(word + " "):
            boundary, t = q, t[len(word) + 1:].strip()
            break
    for word in ("in", "on", "at", "during", "of", "the"):
        if t.startswith(word + " "):
            t = t[len(word) + 1:].strip()
    part = None
    for word, q in sorted(_PART.items(), key=lambda kv: -len(kv[0])):
        if t.startswith(word + " ") or t.startswith(word + "-"):
            part, t = q, t[len(word) + 1:].strip()
            break
    t = t.removeprefix("the ").strip()
    if re.match(r"^(?:every|each) ", t):
        return None  # a recurring time ("every Friday") is not a date
    found = _core(t, published, future, anchor, original_may="May" in original or "MAY" in original)
    if found is None:
        return None
    if found.date_end is not None and boundary == "since":
        boundary = None  # "from 2011 to 2013" is a closed span
    qualifier = part or boundary or found.qualifier
    if part and boundary:
        qualifier = f"{boundary} {part}"
    return When(found.date, found.precision, found.date_end, qualifier, original, found.start)


def _clean(text: str) -> str:
    t = text.lower().replace("’", "'").replace("–", "-").replace("—", "-").replace("‑", "-")
    t = re.sub(r"'s\b", "", t)
    t = _TIME_OF_DAY.sub(" ", t)
    t = re.sub(r"[,;:()\"]", " ", t)
    t = re.sub(r"\s*-\s*", "-", t)
    t = re.sub(r"(?<=[a-z])-(?=[a-z])", " ", t)  # "mid-march" stays, "mid-2019" stays
    t = " ".join(t.split()).strip(" .")
    # "mid-2019" -> "mid 2019"; "2005-07" ranges keep their hyphen
    t = re.sub(r"^(mid|late|early)-", r"\1 ", t)
    return t


def _when(d: date, precision: str, end: date | None = None) -> When:
    return When(_format(d, precision), precision, _format(end, precision) if end else None, start=d)


def _format(d: date, precision: str) -> str:
    if precision in {"day", "week", "datetime"}:
        return d.isoformat()
    if precision in {"month", "season"}:
        return f"{d.year:04d}-{d.month:02d}"
    if precision == "decade":
        return f"{d.year // 10 * 10:04d}"
    return f"{d.year:04d}"


def _period_end(d: date, precision: str) -> date:
    if precision in {"day", "datetime"}:
        return d
    if precision == "week":
        return d + timedelta(days=6)
    if precision == "month":
        return date(d.year, d.month, calendar.monthrange(d.year, d.month)[1])
    if precision == "season":
        return _add_months(d, 3) - timedelta(days=1)
    if precision == "decade":
        return date(d.year // 10 * 10 + 9, 12, 31)
    return date(d.year, 12, 31)


def _add_months(d: date, n: int) -> date:
    m = d.month - 1 + n
    year, month = d.year + m // 12, m % 12 + 1
    return date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def _shift(d: date, unit: str, n: int) -> date:
    if unit == "day":
        return d + timedelta(days=n)
    if unit == "week":
        return d + timedelta(weeks=n)
    if unit == "month":
        return _add_months(d, n)
    if unit == "decade":
        return _add_months(d, 120 * n)
    return _add_months(d, 12 * n)


def _start_of(d: date, precision: str) -> date:
    if precision == "week":
        return d - timedelta(days=d.weekday())
    if precision == "month":
        return d.replace(day=1)
    if precision == "year":
        return d.replace(month=1, day=1)
    if precision == "decade":
        return date(d.year // 10 * 10, 1, 1)
    return d


def _coarser(a: str, b: str) -> str:
    return a if _RANK.get(a, 0) >= _RANK.get(b, 0) else b


def _count(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    return _NUMBER_WORDS.get(word)


def _core(t: str, pub: Published | None, future: bool, anchor: When | None,
          original_may: bool = True) -> When | None:
    if m := _RE_RANGE.match(t):
        y1, y2 = int(m.group(1)), m.group(2)
        y2i = int(y2) if len(y2) == 4 else y1 // 100 * 100 + int(y2)
        if y1 < y2i and _plausible_year(y1) and _plausible_year(y2i):
            return _when(date(y1, 1, 1), "year", date(y2i, 1, 1))
        return None
    if m := _RE_DECADE.match(t):
        return _when(date(int(m.group(1)) * 10, 1, 1), "decade")
    if m := _RE_ISO.match(t):
        return _when(date(int(m.group(1)), int(m.group(2)), int(m.group(3))), "day")
    if m := _RE_MDY.match(t):
        return _when(date(int(m.group(3)), MONTHS[m.group(1)], int(m.group(2))), "day")
    if m := _RE_DMY.match(t):
        return _when(date(int(m.group(3)), MONTHS[m.group(2)], int(m.group(1))), "day")
    if m := _RE_MY.match(t):
        return _when(date(int(m.group(2)), MONTHS[m.group(1)], 1), "month")
    if m := _RE_YEAR.match(t):
        year = int(m.group(1))
        return _when(date(year, 1, 1), "year") if _plausible_year(year) else None
    if m := _RE_SEASON.match(t):
        rel, season, year = m.groups()
        month = SEASONS[season]
        if year:
            return _when(date(int(year), month, 1), "season")
        if pub is None:
            return None
        return _latest(pub, lambda y: date(y, month, 1), "season", _direction(rel, future))
    if m := _RE_MD.match(t) or _RE_DM.match(t):
        rel = m.group(1)
        month_name, day_s = (m.group(2), m.group(3)) if m.re is _RE_MD else (m.group(3), m.group(2))
        if pub is None or pub.precision == "year":
            return None
        month, day_n = MONTHS[month_name], int(day_s)
        return _latest(pub, lambda y: date(y, month, day_n), "day", _direction(rel, future))
    if m := _RE_M.match(t):
        rel, month_name, rel_year = m.groups()
        if month_name == "may" and rel is None and rel_year is None and not original_may:
            return None  # "may" in lower case is the modal verb
        month = MONTHS[month_name]
        if pub is None:
            return None
        if rel_year:
            year = pub.day.year + {"last": -1, "this": 0, "next": 1}[rel_year]
            return _when(date(year, month, 1), "month")
        if pub.precision == "year" and rel is None:
            return _when(date(pub.day.year, month, 1), "month")
        return _latest(pub, lambda y: date(y, month, 1), "month", _direction(rel, future))
    if m := _RE_WEEK_OF.match(t):
        nth, month_name = m.groups()
        month = MONTHS[month_name]
        if pub is None:
            return None
        found = _latest(pub, lambda y: date(y, month, 1), "month", _direction(None, future))
        if found is None:
            return None
        part = {"first": "early", "second": "mid", "third": "mid"}.get(nth, "late")
        return When(found.date, "month", None, part, start=found.start)
    if m := _RE_ORDINAL_DAY.match(t):
        if pub is None or pub.precision != "day":
            return None
        day_n = int(m.group(1))
        return _latest_day(pub, day_n, future)
    if m := _RE_HOLIDAY.match(t):
        if pub is None:
            return None
        month, day_n = _HOLIDAYS[m.group(1)]
        return _latest(pub, lambda y: date(y, month, day_n), "day", _direction(None, future))
    if m := _RE_WEEKEND.match(t):
        rel = m.group(1)
        if pub is None or pub.precision != "day":
            return None
        if _direction(rel, future) == "next" and rel != "last":
            saturday = pub.day + timedelta(days=(5 - pub.day.weekday()) % 7)
        else:
            saturday = pub.day - timedelta(days=(pub.day.weekday() - 5) % 7)
            if rel == "last" and saturday + timedelta(days=1) >= pub.day and pub.day.weekday() >= 5:
                saturday -= timedelta(days=7)
        sunday = saturday + timedelta(days=1)
        if sunday > pub.day and _direction(rel, future) != "next":
            sunday = pub.day  # a Saturday publication: the weekend so far
        return _when(saturday, "day", sunday if sunday != saturday else None)
    if m := _RE_WEEKDAY.match(t):
        rel, name = m.groups()
        if pub is None or pub.precision != "day":
            return None
        wd = WEEKDAYS[name]
        direction = _direction(None if rel == "on" else rel, future)
        if direction == "next":
            delta = (wd - pub.day.weekday()) % 7 or (7 if rel == "next" else 0)
            return _when(pub.day + timedelta(days=delta), "day")
        delta = (pub.day.weekday() - wd) % 7
        if rel == "last" and delta == 0:
            delta = 7
        return _when(pub.day - timedelta(days=delta), "day")
    if m := _RE_DAYWORD.match(t):
        if pub is None or pub.precision != "day":
            return None
        word = m.group(1)
        shift = {"yesterday": -1, "tomorrow": 1}.get(word, 0)
        return _when(pub.day + timedelta(days=shift), "day")
    if m := _RE_RELATIVE.match(t):
        rel, unit = m.groups()
        if pub is None:
            return None
        unit = "week" if unit == "weekend" else unit
        n = {"last": -1, "previous": -1, "this": 0, "current": 0, "next": 1, "coming": 1}[rel]
        if _RANK[unit] < _RANK[_prec(pub)]:
            return None  # "last week" in an article dated only by its month
        return _when(_start_of(_shift(pub.day, unit, n), unit), unit)
    if m := _RE_AGO.match(t):
        n, unit = _count(m.group(1)), _UNITS[m.group(2)]
        if pub is None or n is None:
            return None
        if unit == "decade":  # "a decade ago": about ten years back, to the year
            n, unit = n * 10, "year"
        precision = _coarser(unit, _prec(pub))
        return _when(_start_of(_shift(pub.day, unit, -n), precision), precision)
    if m := _RE_LATER.match(t):
        n, unit, way = _count(m.group(1)), _UNITS[m.group(2)], m.group(3)
        if anchor is None or anchor.start is None or n is None or anchor.precision == "publication":
            return None
        sign = -1 if way in {"earlier", "before"} else 1
        if unit == "decade":
            n, unit = n * 10, "year"
        precision = _coarser(unit, anchor.precision if anchor.precision in _RANK else "day")
        return _when(_start_of(_shift(anchor.start, unit, sign * n), precision), precision)
    if re.search(rf"\d|\b(?:{_MONTH_RE})\b|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", t):
        return _dateparser(t, pub, future)
    return None


def _prec(pub: Published) -> str:
    return pub.precision if pub.precision in _RANK else "day"


def _latest_day(pub: Published, day_n: int, future: bool) -> When | None:
    """"the 14th": the latest such day of a month not after publication (or the next one)."""
    d = pub.day.replace(day=1)
    for _ in range(4):
        try:
            candidate = d.replace(day=day_n)
        except ValueError:
            candidate = None
        if candidate is not None and (candidate >= pub.day if future else candidate <= pub.day):
            return _when(candidate, "day")
        d = _add_months(d, 1 if future else -1)
    return None


def _plausible_year(year: int) -> bool:
    return 1800 <= year <= 2200


def _direction(rel: str | None, future: bool) -> str:
    if rel in {"next", "coming"}:
        return "next"
    if rel in {"last", "past"}:
        return "last"
    return "next" if future else "last"


def _latest(pub: Published, make, precision: str, direction: str) -> When | None:
    """The latest period not after publication (or, looking ahead, the first one not before it)."""
    year = pub.day.year
    if direction == "next":
        for y in (year, year + 1):
            try:
                d = make(y)
            except ValueError:
                continue
            if _period_end(d, precision) >= pub.day:
                return _when(d, precision)
        return None
    for y in (year, year - 1, year - 2, year - 3, year - 4):  # Feb 29 can be four years back
        try:
            d = make(y)
        except ValueError:
            continue
        if d <= pub.end:
            return _when(d, precision)
    return None


def load_dateparser() -> None:
    """Load dateparser's English data now (about 0.15 s once per process) rather than inside
    the first article that needs it."""
    _dateparser("1 January 2020", None, False)


def _dateparser(t: str, pub: Published | None, future: bool) -> When | None:
    """dateparser for what our rules do not know, anchored on the publication date."""
    from datetime import datetime

    settings = {"PREFER_DATES_FROM": "future" if future else "past", "PREFER_DAY_OF_MONTH": "first",
                "RETURN_AS_TIMEZONE_AWARE": False}
    if pub is not None:
        settings["RELATIVE_BASE"] = datetime(pub.day.year, pub.day.month, pub.day.day, 12)
    elif not re.search(r"\d{4}", t):
        return None  # nothing to place a relative expression against, and never today
    try:
        from dateparser.date import DateDataParser

        data = DateDataParser(languages=["en"], settings=settings).get_date_data(t)
    except Exception as exc:  # dateparser raises a variety of errors on odd input
        log.debug("dateparser failed on %r: %s", t, exc)
        return None
    if data is None or data.date_obj is None:
        return None
    period = {"time": "day", "day": "day", "week": "week", "month": "month", "year": "year"}.get(data.period or "day", "day")
    d = data.date_obj.date()
    if period == "month" and not re.search(rf"\b(?:{_MONTH_RE})\b|\d{{4}}-\d{{2}}|\bmonth\b", t):
        period = "year"
    if period == "year" and not re.search(r"\d{4}|\byear\b", t):
        return None
    if pub is None and str(d.year) not in t:
        return None  # dateparser filled in today's date: never today
    return _when(_start_of(d, period), period)

"""Publication dates: the forms feeds and sites really use, and dates found in text.

``parse_published`` returns ``(iso, precision)``; ``iso`` is ``YYYY-MM-DDTHH:MM:SS[+HH:MM]``
for precision ``datetime``, ``YYYY-MM-DD`` for ``day``, ``YYYY-MM`` for ``month`` and
``YYYY`` for ``year``. Nothing here ever falls back to today's date.
"""
from __future__ import annotations

import email.utils
import re
from datetime import date, datetime, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo

MONTHS = {
    name: i + 1
    for i, names in enumerate([
        ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
        ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
        ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
        ("december", "dec"),
    ])
    for name in names
}
_MONTH = r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_WEEKDAY = r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday|rsday)?\.?,?\s+)?"
_TIME = r"(?P<hour>\d{1,2})[:.](?P<minute>\d{2})(?::(?P<second>\d{2}))?\s*(?P<ampm>[ap]\.?m\.?)?"
_ZONES: dict[str, tzinfo | str] = {
    "utc": timezone.utc, "gmt": timezone.utc, "z": timezone.utc,
    "et": "America/New_York", "est": "America/New_York", "edt": "America/New_York",
    "ct": "America/Chicago", "cst": "America/Chicago", "cdt": "America/Chicago",
    "pt": "America/Los_Angeles", "pst": "America/Los_Angeles", "pdt": "America/Los_Angeles",
    "bst": "Europe/London", "cet": "Europe/Paris", "cest": "Europe/Paris",
    "msk": "Europe/Moscow", "ist": "Asia/Kolkata",
}
_ZONE = r"(?P<zone>utc|gmt|[ecp][sd]?t|bst|cest|cet|msk|ist)?"

# "January 3, 2015", "Jan. 3 2015", optional weekday and time around it
_MDY = re.compile(
    r"(?:" + _TIME + r"\s*" + _ZONE + r"\s*,?\s*)?" + _WEEKDAY + _MONTH
    + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d{2})\b"
    + r"(?:,?\s*(?:at\s+)?" + _TIME.replace("hour", "hour2").replace("minute", "minute2")
    .replace("second", "second2").replace("ampm", "ampm2") + r"\s*" + _ZONE.replace("zone", "zone2") + r")?",
    re.I,
)
# "3 January 2015", "Sat 3 Jan 2015"
_DMY = re.compile(
    r"(?:" + _TIME + r"\s*" + _ZONE + r"\s*,?\s*)?" + _WEEKDAY
    + r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+(?P<year>(?:19|20)\d{2})\b"
    + r"(?:,?\s*(?:at\s+)?" + _TIME.replace("hour", "hour2").replace("minute", "minute2")
    .replace("second", "second2").replace("ampm", "ampm2") + r"\s*" + _ZONE.replace("zone", "zone2") + r")?",
    re.I,
)
_ISO = re.compile(
    r"\b(?P<year>(?:19|20)\d{2})-(?P<month>\d{2})-(?P<day>\d{2})"
    r"(?:[T ](?P<hour>\d{2}):(?P<minute>\d{2})(?::(?P<second>\d{2})(?:\.\d+)?)?"
    r"\s*(?P<tz>Z|[+-]\d{2}:?\d{2})?)?\b"
)
_MONTH_YEAR = re.compile(_MONTH + r",?\s+(?P<year>(?:19|20)\d{2})\b", re.I)
_YEAR_ONLY = re.compile(r"^\s*(?P<year>(?:19|20)\d{2})\s*$")
_RFC822 = re.compile(r"^\s*(?:[a-z]{3},\s*)?\d{1,2}\s+[a-z]{3}\s+\d{4}\s+\d{1,2}:\d{2}", re.I)


def parse_published(value: str | None, default_tz: str | None = None) -> tuple[str, str] | None:
    """Parse a publication date string; None when it holds no date."""
    if not value:
        return None
    value = value.strip()
    if len(value) > 200:
        return None
    if _RFC822.match(value):
        try:
            dt = email.utils.parsedate_to_datetime(value)
            return dt.isoformat(), "datetime"
        except (TypeError, ValueError, IndexError):
            pass
    found = find_date(value, default_tz=default_tz)
    if found is not None:
        return found[0], found[1]
    if (m := _YEAR_ONLY.match(value)) is not None:
        return m.group("year"), "year"
    return None


def find_date(text: str, default_tz: str | None = None) -> tuple[str, str, tuple[int, int]] | None:
    """The first full date (with day, month and year) in ``text``: (iso, precision, span)."""
    best: tuple[int, re.Match[str], str] | None = None
    for kind, pattern in (("iso", _ISO), ("mdy", _MDY), ("dmy", _DMY)):
        m = pattern.search(text)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), m, kind)
    if best is None:
        m = _MONTH_YEAR.search(text)
        if m:
            return f"{int(m.group('year')):04d}-{MONTHS[m.group('month').lower()]:02d}", "month", m.span()
        return None
    _, m, kind = best
    groups = m.groupdict()
    try:
        year = int(groups["year"])
        month = int(groups["month"]) if kind == "iso" else MONTHS[groups["month"].lower().rstrip(".")]
        day = int(groups["day"])
        date(year, month, day)
    except (ValueError, KeyError):
        return None
    hour, minute, second, ampm, zone = _time_parts(groups)
    if hour is None:
        return f"{year:04d}-{month:02d}-{day:02d}", "day", m.span()
    if ampm:
        hour = hour % 12 + (12 if ampm.lower().startswith("p") else 0)
    try:
        dt = datetime(year, month, day, hour, minute or 0, second or 0)
    except ValueError:
        return f"{year:04d}-{month:02d}-{day:02d}", "day", m.span()
    tz: tzinfo | None = None
    if kind == "iso" and groups.get("tz"):
        raw = groups["tz"]
        if raw == "Z":
            tz = timezone.utc
        else:
            sign = 1 if raw[0] == "+" else -1
            digits = raw[1:].replace(":", "")
            tz = timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:])))
    elif zone:
        found = _ZONES.get(zone.lower())
        tz = ZoneInfo(found) if isinstance(found, str) else found
    elif default_tz:
        tz = ZoneInfo(default_tz)
    if tz is not None:
        dt = dt.replace(tzinfo=tz)
    return dt.isoformat(), "datetime", m.span()


def _time_parts(groups: dict[str, str | None]):
    for suffix in ("", "2"):
        if groups.get("hour" + suffix):
            def num(key: str) -> int | None:
                v = groups.get(key + suffix)
                return int(v) if v else None
            hour = num("hour")
            if hour is not None and hour > 23:
                return None, None, None, None, None
            return hour, num("minute"), num("second"), groups.get("ampm" + suffix), groups.get("zone" + suffix)
    return None, None, None, None, None

"""The date normaliser on its own: rules, dateparser fallback, and properties that must hold
for any input (never a crash, never a past event after publication, never today)."""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from wirecoder.events.when import (When, normalise, parse_published, publication_when)

PUB = parse_published("2024-10-04T09:14:00+00:00", "datetime")  # a Friday


@pytest.mark.parametrize("text,future,expected", [
    ("last year", False, ("2023", None, "year", None)),
    ("in April", False, ("2024-04", None, "month", None)),
    ("in November", False, ("2023-11", None, "month", None)),       # not after publication
    ("in November", True, ("2024-11", None, "month", None)),        # "will meet in November"
    ("in April", True, ("2025-04", None, "month", None)),
    ("on Friday", False, ("2024-10-04", None, "day", None)),        # on or before publication
    ("on Tuesday", False, ("2024-10-01", None, "day", None)),
    ("on Tuesday", True, ("2024-10-08", None, "day", None)),
    ("last Friday", False, ("2024-09-27", None, "day", None)),
    ("Thursday night", False, ("2024-10-03", None, "day", None)),
    ("this month", False, ("2024-10", None, "month", None)),
    ("earlier this month", False, ("2024-10", None, "month", None)),
    ("last week", False, ("2024-09-23", None, "week", None)),
    ("late 2019", False, ("2019", None, "year", "late")),
    ("mid-2019", False, ("2019", None, "year", "mid")),
    ("the end of 2019", False, ("2019", None, "year", "late")),
    ("early March", False, ("2024-03", None, "month", "early")),
    ("late last year", False, ("2023", None, "year", "late")),
    ("in 2003", False, ("2003", None, "year", None)),
    ("since August 2021", False, ("2021-08", None, "month", "since")),
    ("until 2015", False, ("2015", None, "year", "until")),
    ("2005-2007", False, ("2005", "2007", "year", None)),
    ("2005-07", False, ("2005", "2007", "year", None)),
    ("between 1992 and 1995", False, ("1992", "1995", "year", None)),
    ("the 1990s", False, ("1990", None, "decade", None)),
    ("October 4, 2024", False, ("2024-10-04", None, "day", None)),
    ("4 October 2024", False, ("2024-10-04", None, "day", None)),
    ("Oct. 10", False, ("2023-10-10", None, "day", None)),
    ("August 2021", False, ("2021-08", None, "month", None)),
    ("two years ago", False, ("2022", None, "year", None)),
    ("three days ago", False, ("2024-10-01", None, "day", None)),
    ("yesterday", False, ("2024-10-03", None, "day", None)),
    ("summer 2020", False, ("2020-06", None, "season", None)),
    ("the first half of 2023", False, ("2023", None, "year", "early")),
])
def test_rules(text, future, expected):
    w = normalise(text, PUB, future=future)
    assert w is not None, text
    assert (w.date, w.date_end, w.precision, w.qualifier) == expected
    assert w.text == text


@pytest.mark.parametrize("text", ["20 years", "several months", "for months", "recent years", "in the past year",
                                  "may", "2030", "next month", "the 45-year-old", "", "   ", "Friday the 13th of Foo"])
def test_not_a_past_point_in_time(text):
    assert normalise(text, PUB) is None


def test_ten_years_later_counts_from_the_other_date():
    invaded = normalise("in 1979", PUB)
    later = normalise("10 years later", PUB, anchor=invaded)
    assert (later.date, later.precision) == ("1989", "year")
    days = normalise("two days later", PUB, anchor=normalise("March 3, 2022", PUB))
    assert (days.date, days.precision) == ("2022-03-05", "day")
    assert normalise("10 years later", PUB) is None  # nothing to count from


def test_publication_precision_limits_what_can_be_resolved():
    year_only = parse_published("2021", "year")
    assert normalise("on Friday", year_only) is None              # which Friday of 2021?
    assert normalise("last year", year_only).date == "2020"
    assert normalise("in April", year_only).date == "2021-04"
    assert normalise("October 4, 2024", year_only) is None       # after publication
    assert publication_when(year_only) == When("2021", "publication", start=date(2021, 1, 1))


def test_no_publication_date_means_no_relative_date_and_never_today():
    for text in ("last year", "on Friday", "this month", "yesterday", "in April", "two years ago"):
        assert normalise(text, None) is None, text
    assert normalise("in 2003", None).date == "2003"               # absolute dates need none
    assert publication_when(None) is None
    assert parse_published(None) is None and parse_published("sometime") is None


def test_dateparser_reads_forms_the_rules_do_not():
    w = normalise("the 3rd of March, 2022", PUB)
    assert w is not None and (w.date, w.precision) == ("2022-03-03", "day")


_WORDS = ["in", "on", "since", "until", "last", "this", "next", "early", "late", "mid", "the", "end", "of",
          "year", "years", "month", "week", "ago", "later", "earlier", "Friday", "April", "May", "March", "2019",
          "2003", "1979", "10", "two", "-", "2005-2007", "night", "summer", "1990s", "4", "October", ",",
          "yesterday", "today", "tomorrow", "days", "decade", "between", "and", "2099", "31", "February", "29"]


@st.composite
def expressions(draw):
    if draw(st.booleans()):
        return " ".join(draw(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=5)))
    return draw(st.text(max_size=30))


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=expressions(), day=st.dates(min_value=date(1990, 1, 1), max_value=date(2035, 12, 31)),
       precision=st.sampled_from(["day", "month", "year"]), anchor_year=st.integers(1900, 2030))
def test_never_crashes_and_never_dates_a_past_event_after_publication(text, day, precision, anchor_year):
    pub = parse_published(day.isoformat(), precision)
    anchor = normalise(str(anchor_year), None)
    w = normalise(text, pub, future=False, anchor=anchor)
    if w is not None:
        assert w.start is not None and w.start <= pub.end
        assert w.precision in {"day", "week", "month", "season", "year", "decade"}
        assert w.date == w.date[:len(w.date)] and w.date[:4].isdigit()
        if w.date_end is not None:
            assert w.date_end >= w.date
    assert normalise(text, None) is None or normalise(text, None).start != date.today() or \
        str(date.today().year) in text


@settings(max_examples=150, deadline=None)
@given(text=expressions(), day=st.dates(min_value=date(1990, 1, 1), max_value=date(2035, 12, 31)))
def test_future_events_never_crash(text, day):
    pub = parse_published(day.isoformat())
    w = normalise(text, pub, future=True)
    assert w is None or w.start >= date(1, 1, 1)
    assert pub.end - pub.day == timedelta(0)


def test_headline_and_caption_events_take_a_full_date_they_name():
    from wirecoder.events.dating import side_when

    caption = "Lavrov meets Muttaqi in Moscow, Russia, October 4, 2024. Russian Foreign Ministry/Handout"
    assert side_when(caption, PUB).date == "2024-10-04" and side_when(caption, PUB).precision == "day"
    assert side_when("Russia to remove Taliban from terrorist list", PUB).precision == "publication"
    assert side_when("Russia to remove Taliban from terrorist list", None) is None


@settings(max_examples=300, deadline=None)
@given(text=st.text(max_size=40) | st.lists(st.sampled_from(
    ["at", "least", "more", "than", "hundreds", "of", "tens", "thousands", "a", "dozen", "twenty", "-", "three",
     "1,200", "2.5", "million", "$", "€", "bn", "euros", "some", "up", "to", "and", "0", "999999999999"]),
    max_size=6).map(" ".join))
def test_count_parsers_never_crash(text):
    from wirecoder.events.quantities import parse_count, parse_money

    for parsed in (parse_count(text), (parse_money(text) or (None,))[0]):
        if parsed is not None:
            assert parsed.value >= 0
            assert parsed.value_max is None or parsed.value_max >= parsed.value

"""Property tests: the splitter never loses or duplicates body text; dates never crash."""
from __future__ import annotations

from collections import Counter

from hypothesis import given, settings as hsettings, strategies as st

from wirecoder.ingest.dates import find_date, parse_published
from wirecoder.ingest.text import _classify, split_stories

SENTENCES = [
    "The army said on Monday it had retaken the town after heavy fighting.",
    "Police fired tear gas at protesters in the capital, witnesses said.",
    "“We will not negotiate under fire,” a government spokesman said.",
    "At least 12 people were killed in the attack, according to local officials.",
    "The ministry did not reply to a request for comment.",
]
TITLES = ["Army Retakes Border Town", "Protesters Clash With Police in Capital", "Talks Stall Over Prisoner Swap"]
CAPTIONS = ["Soldiers patrol a street in Gao. Photo: AFP", "Protesters march in Dakar. REUTERS/Staff"]
OTHER = ["TT", "", "", "Read more:", "Published: 3 March 2025 10:00 GMT", "-----", "Advertisement"]

lines = st.lists(st.sampled_from(SENTENCES + TITLES + CAPTIONS + OTHER), min_size=1, max_size=60)


@hsettings(max_examples=300, deadline=None)
@given(lines)
def test_splitter_keeps_every_body_line_once(chosen):
    text = "\n".join(chosen)
    units = _classify(text.split("\n"))
    body_units = Counter(u.text for u in units if u.kind == "body")
    source_lines = Counter(u.text for u in units)
    stories = split_stories(text)
    out = Counter(line for s in stories for line, _ in s.body_lines)
    # every body line lands exactly once; a title-like line may land in a body (a
    # subheading), but no line comes out more often than it went in
    assert all(out[line] == n for line, n in body_units.items())
    assert all(n <= source_lines[line] for line, n in out.items())
    for s in stories:
        assert s.text.strip()


@hsettings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_date_parsing_never_crashes(value):
    parse_published(value)
    found = find_date(value)
    if found:
        iso, precision, (start, end) = found
        assert precision in {"datetime", "day", "month"}
        assert 0 <= start < end <= len(value)

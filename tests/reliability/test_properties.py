"""Property tests (hypothesis): the story splitter never loses or duplicates body text, long
texts cut for parsing join back exactly, and every span the pipeline stores slices exactly
the text it names, whatever the text holds."""
from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import HealthCheck, given, settings as hsettings, strategies as st

from wirecoder.ingest import IngestOptions, build_article
from wirecoder.ingest.raw import RawDoc
from wirecoder.ingest.text import _classify, split_stories
from wirecoder.nlp import split_for_parsing
from wirecoder.records import Article
from wirecoder.settings import Settings

from .corpus import article as generated

# Lines a dump really holds, and arbitrary text: any line may be a title, caption, logo,
# date, byline, boilerplate or body, and the same line may come back (repeated captions).
REAL_LINES = [
    "Army Retakes Border Town", "Protesters Clash With Police in Capital",
    "Soldiers patrol a street in Gao. Photo: AFP", "Protesters march in Dakar. REUTERS/Staff",
    "TT", "AA", "Read more:", "Related stories", "Published: 3 March 2025 10:00 GMT", "March 4, 2025",
    "By Amina Yusuf", "-----", "* * *", "Advertisement", "Share this article", "",
    "The army said on Monday it had retaken the town after heavy fighting.",
    "“We will not negotiate under fire,” a government spokesman said.",
    "At least 12 people were killed in the attack (AFP)",
]
text_line = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"),
                    max_size=80)
lines = st.lists(st.one_of(st.sampled_from(REAL_LINES), text_line), min_size=1, max_size=50)


def _unit_texts(text: str) -> Counter:
    return Counter(u.text for u in _classify(text.split("\n")))


@hsettings(max_examples=400, deadline=None)
@given(lines)
def test_splitter_never_loses_or_duplicates_body_text(chosen):
    text = "\n".join(chosen)
    units = _classify(text.split("\n"))
    stories = split_stories(text)
    body_out = Counter(line for s in stories for line, _ in s.body_lines)
    # every line classed as body lands in a story exactly as often as the input has it
    for line, n in Counter(u.text for u in units if u.kind == "body").items():
        assert body_out[line] == n, line
    # and nothing is made up or used twice: every body line, title, caption and date line of
    # the output is a line of the input, used no more often than the input holds it
    used = body_out + Counter(s.title for s in stories if s.title) + \
        Counter(c for s in stories for c in s.captions) + Counter(d for s in stories for d in s.date_lines)
    available = _unit_texts(text)
    for line, n in used.items():
        assert n <= available[line], line
    for s in stories:
        assert s.has_body and s.text.strip()


@hsettings(max_examples=300, deadline=None)
@given(st.text(st.sampled_from("ab .\n"), max_size=400), st.integers(min_value=8, max_value=60))
def test_texts_cut_for_parsing_join_back_exactly(text, limit):
    pieces = split_for_parsing(text, limit)
    assert "".join(pieces) == text
    assert all(0 < len(p) <= limit for p in pieces)


# Text the NLP stage must survive with offsets intact: RTL and bidi marks, zero-width
# characters, combining accents, emoji, odd spaces, and long texts parsed in pieces.
NOISE = ["\u200f", "\u200e", "\u200b", "\u202b", "\u202c", "e\u0301", "\U0001f1fa\U0001f1e6", "\u00a0",
         "\t", "  ", "\n", "\n\n", "\u0627\u0644\u0642\u0627\u0647\u0631\u0629", "\u05e9\u05dc\u05d5\u05dd",
         "\u4e2d\u56fd", "\u041c\u043e\u0441\u043a\u0432\u0430", "\u2026", "\u201c", "\u201d", "'s", "--", "(", ")"]


@st.composite
def noisy_article(draw) -> str:
    parts: list[str] = []
    for i in draw(st.lists(st.integers(0, 10_000), min_size=1, max_size=4)):
        words = generated(i, seed=3)["text"].split(" ")
        for _ in range(draw(st.integers(0, 4))):
            at = draw(st.integers(0, len(words)))
            words.insert(at, draw(st.sampled_from(NOISE)))
        parts.append(" ".join(words))
    return draw(st.sampled_from(["\n\n", " ", "\n"])).join(parts)


@pytest.fixture(scope="module")
def pipeline():
    from wirecoder.pipeline import Pipeline

    return Pipeline(Settings())


def _check_spans(a: Article) -> None:
    text = a.text
    for m in a.mentions:
        assert 0 <= m.start < m.end <= len(text) and text[m.start:m.end] == m.text
    for e in a.events:
        assert text[e.span[0]:e.span[1]] == e.evidence
        assert text[e.trigger_span[0]:e.trigger_span[1]] == e.trigger
        for span in (e.source_span, e.target_span):
            if span is not None:
                assert 0 <= span[0] < span[1] <= len(text)


@hsettings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                  HealthCheck.too_slow])
@given(noisy_article())
def test_every_span_slices_the_text_it_names(pipeline, raw):
    article = build_article(RawDoc(text=raw, origin="prop"), Settings(), IngestOptions())
    if not isinstance(article, Article):
        return  # only white space: rejected before coding
    [coded] = pipeline.code([article])
    _check_spans(coded)


def test_spans_hold_in_a_long_article_parsed_in_pieces(pipeline):
    from wirecoder.nlp import PARSE_CHUNK_CHARS

    paragraphs, size, i = [], 0, 0
    while size < PARSE_CHUNK_CHARS * 1.3:
        paragraphs.append(generated(i, seed=4)["text"])
        size += len(paragraphs[-1]) + 2
        i += 1
    text = "\n\n".join(paragraphs)
    [coded] = pipeline.code([Article(id="long", text=text)])
    assert coded.doc is None  # dropped after coding
    _check_spans(coded)
    # the pieces were all coded: mentions and events reach the last paragraph
    assert max(m.end for m in coded.mentions) > len(text) - len(paragraphs[-1])
    assert max(e.span[1] for e in coded.events) > PARSE_CHUNK_CHARS

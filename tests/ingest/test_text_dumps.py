"""The story splitter on the seed dump and on our own dump layouts (ground truth written
beside each fixture)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from wirecoder.ingest import read_inputs
from wirecoder.ingest.text import split_stories
from wirecoder.records import Article

from ..conftest import FIXTURES

EXPECTED = sorted((FIXTURES / "dumps").glob("*.expected.json")) + \
    sorted((FIXTURES / "single").glob("*.expected.json"))


def test_seed_splits_into_two_clean_stories(seed_path, settings):
    articles = list(read_inputs([str(seed_path)], settings))
    assert [type(a) for a in articles] == [Article, Article]
    first, second = articles
    assert first.title == "Iran Grows New Loyalist Iraqi Militias"
    assert first.text.startswith("Iran has hand picked")
    assert first.captions == ["Kataib Hezbollah members in iraq. (Asharq Al-Awsat)"]
    assert second.title.startswith("Russia Has Decided 'at Highest Level'")
    assert second.text.startswith("Russia's Foreign Ministry said on Friday")
    assert len(second.captions) == 1 and second.captions[0].endswith("Handout via REUTERS")
    for a in articles:
        lines = [l.strip() for l in a.text.split("\n")]
        assert "TT" not in lines
        assert a.title not in lines
        assert not any(c in lines for c in a.captions)
    # the first story carries no date; the second's caption does
    assert first.published is None and first.published_origin is None
    assert (second.published, second.published_precision, second.published_origin) == \
        ("2024-10-04", "day", "caption")
    # the last paragraph of the first story stays with it, not with the second
    assert first.text.rstrip().endswith("to pierce US armor.")


@pytest.mark.parametrize("expected_path", EXPECTED, ids=lambda p: p.name.split(".")[0])
def test_dump_layouts_split_as_written(expected_path: Path, settings):
    source = expected_path.with_name(expected_path.name.replace(".expected.json", ".txt"))
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    got = list(read_inputs([str(source)], settings))
    assert all(isinstance(a, Article) for a in got)
    assert len(got) == len(expected)
    for want, article in zip(expected, got):
        assert article.title == want["title"]
        assert article.captions == want["captions"]
        assert article.text.startswith(want["body_starts"])
        assert article.text.endswith(want["body_ends"])
        assert (article.published[:10] if article.published else None) == want["published"]
        for caption in article.captions:
            assert caption not in article.text
        assert "Read more" not in article.text


def test_every_body_line_lands_in_exactly_one_story():
    text = (FIXTURES / "dumps" / "caption-after-first-para.txt").read_text(encoding="utf-8")
    stories = split_stories(text)
    body = [line for s in stories for line in s.text.split("\n") if line.strip()]
    assert len(body) == len(set(body))
    for line in body:
        assert line in text


def test_subheading_inside_a_story_does_not_split_it():
    text = (
        "Talks Resume in Doha Between Kinshasa and M23\n\n"
        "Congo's government and M23 rebels resumed talks in Doha on Monday, mediators said.\n\n"
        "What comes next\n\n"
        "Both sides are expected to sign a framework deal within weeks, a Qatari official said.\n"
    )
    stories = split_stories(text)
    assert len(stories) == 1
    assert stories[0].title == "Talks Resume in Doha Between Kinshasa and M23"
    assert "What comes next" in stories[0].text


def test_single_paragraph_without_title():
    stories = split_stories("Police in Nairobi arrested twelve protesters on Tuesday, a police spokesman said.")
    assert len(stories) == 1
    assert stories[0].title is None
    assert stories[0].text.startswith("Police in Nairobi")


def test_separator_lines_split_stories():
    text = (
        "Army Retakes Bridge\n\nThe army said on Monday it had retaken the bridge after heavy fighting.\n"
        "-----\n"
        "Border Crossing Closed\n\nChad closed a border crossing on Tuesday after clashes, officials said.\n"
    )
    stories = split_stories(text)
    assert [s.title for s in stories] == ["Army Retakes Bridge", "Border Crossing Closed"]

"""Session 14: the coder never loops for ever. spaCy makes a new Token object each time a token
is read, so ``tok.head is tok`` is never true, even at the root: a walk up the tree that stops
only there ran on for ever when the root itself was part of the phrase being walked (an
article froze the whole batch). Sentences written for these tests, coded by the real pipeline."""
from __future__ import annotations

import re
import signal
from pathlib import Path

import pytest

from .coding import code

SRC = Path(__file__).resolve().parents[2] / "src" / "wirecoder"


def _within(seconds: int, fn):
    def alarm(signum, frame):  # pragma: no cover - only when the coder hangs
        raise TimeoutError(f"coding took over {seconds} s")
    old = signal.signal(signal.SIGALRM, alarm)
    signal.alarm(seconds)
    try:
        return fn()
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


@pytest.mark.parametrize("text", [
    # a verbless sentence whose root is a person's name, then "both countries"
    "Kyrgyz President Sadyr Japarov, who said both countries had agreed to a ceasefire on Friday.",
    # the same with "both sides" after a named organisation as the root
    "The African Union, whose envoy said both sides had signed the truce in Addis Ababa.",
])
def test_a_sentence_whose_root_is_a_name_is_coded_in_time(pipeline, text):
    article = _within(30, lambda: code(pipeline, text))
    assert article.mentions, "the names were found"
    assert all(e.evidence and e.evidence in text for e in article.events)


def test_the_coder_does_not_compare_tokens_by_identity_at_the_root():
    # the class of bug, not one sentence: no file may test ``x.head is x`` (always false)
    bad = [f"{p.relative_to(SRC)}:{n}" for p in SRC.rglob("*.py")
           for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
           if re.search(r"\b([A-Za-z_][\w.]*)\.head is (not )?\1\b", line)]
    assert bad == []

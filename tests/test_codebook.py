"""The codebook names every event, article, mention and actor field wirecoder outputs."""
from __future__ import annotations

from dataclasses import fields

from wirecoder.records import EVENT_FIELDS, Actor, Article, Mention, Place

from .conftest import ROOT

CODEBOOK = (ROOT / "docs" / "codebook.md").read_text(encoding="utf-8")


def test_every_output_field_is_in_the_codebook():
    names = set(EVENT_FIELDS) | {f.name for cls in (Article, Mention, Actor, Place) for f in fields(cls)}
    names -= {"doc", "side_docs", "id_given", "mentions", "events"}  # in-pipeline only, or the lists themselves
    missing = sorted(n for n in names if f"`{n}`" not in CODEBOOK)
    assert not missing, missing


def test_codebook_names_the_plover_version_and_every_type():
    from wirecoder.events.lexicon import PLOVER_TYPES

    assert "version 2.0" in CODEBOOK
    assert all(f"| {t} |" in CODEBOOK for t in PLOVER_TYPES)
    assert (ROOT / "CITATION.cff").read_text(encoding="utf-8").startswith("cff-version:")


def test_codebook_names_every_export_column():
    from wirecoder.export import CSV_COLUMNS, REVIEW_COLUMNS

    assert [c for c in CSV_COLUMNS + REVIEW_COLUMNS if f"`{c}`" not in CODEBOOK] == []

"""The clustering gold set is what tests/gold/README.md says it is (no pipeline run here;
`wirecoder eval clusters` scores the system on it)."""
from __future__ import annotations

import json
from collections import Counter
from datetime import date

from ..conftest import ROOT

GOLD = ROOT / "tests" / "gold" / "clusters.jsonl"


def test_clusters_gold_shape():
    records = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    by_id = {r["id"]: r for r in records}
    assert len(by_id) == len(records)
    for r in records:
        assert set(r) == {"id", "happening", "source", "published", "title", "text", "syndicated_from"}, r["id"]
        assert r["source"] and r["title"] and len(r["text"]) > 200, r["id"]
        date.fromisoformat(r["published"][:10])
    sizes = Counter(r["happening"] for r in records if r["happening"])
    assert len(sizes) >= 22 and all(2 <= n <= 4 for n in sizes.values()), sizes
    assert sum(1 for r in records if r["happening"] is None) >= 10
    copies = [r for r in records if r["syndicated_from"]]
    assert len(copies) >= 5
    for c in copies:
        original = by_id[c["syndicated_from"]]
        assert original["happening"] == c["happening"] and original["source"] != c["source"]
        assert original["published"][:10] <= c["published"][:10]
    # each happening is told by at least two different outlets
    for h in sizes:
        assert len({r["source"] for r in records if r["happening"] == h}) >= 2, h
    # publication order, as ingest would see a feed
    days = [r["published"][:10] for r in records]
    assert days == sorted(days)

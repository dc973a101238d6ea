"""Cross-article clustering evaluation: does wirecoder count one happening once?

The gold file is JSON Lines, one article per line: ``{"id", "happening", "source",
"published", "title", "text", "syndicated_from"}``; ``happening`` labels the articles that
tell the same happening (null for a one-off). The articles are ingested and coded into a
fresh in-memory store, in file order, exactly as ``wirecoder ingest`` would. Each article's
lead (the events its headline and first two sentences tell) stands for the article; two
articles are predicted to tell the same happening when their leads share a cluster. A
happening counts as one cluster when the main events (the best-told lead event naming a
participant) of all its articles share one. Reported: pairwise precision, recall and F1 over
article pairs, and for each gold happening whether its articles landed in one cluster with
the right number of independent sources (syndicated copies count once).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path
from typing import Any

from ..events.same import UNCOUNTED
from ..records import Article, Event, Rejection
from ..settings import Settings
from .gold import read_jsonl_gold
from .ner import GoldError


@dataclass
class ClusterReport:
    gold: str
    articles: int
    happenings: int
    metrics: dict[str, Any] = field(default_factory=dict)
    per_happening: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"gold": self.gold, "articles": self.articles, "happenings": self.happenings,
                "metrics": self.metrics, "per_happening": self.per_happening}


def main_event(article: Article) -> Event | None:
    """The event an article is about: the best-told of its headline's and its lead's
    (first two sentences') events that name a participant, else the best of them all."""
    events = lead_events(article) or [e for e in article.events if e.modality not in UNCOUNTED]
    named = [e for e in events if e.source is not None or e.target is not None] or events
    return max(named, key=lambda e: (any(ev.get("in") == "title" for ev in e.evidences) and e.span is not None,
                                     e.confidence or 0.0, -(e.span[0] if e.span else 0))) if named else None


def lead_events(article: Article) -> list[Event]:
    """The counted events its headline or first two sentences tell."""
    lead_end = _lead_end(article.text)
    return [e for e in article.events if e.modality not in UNCOUNTED and (
        any(ev.get("in") == "title" for ev in e.evidences) or (e.span is not None and e.span[0] < lead_end))]


def _lead_end(text: str) -> int:
    """Offset where the article's third sentence (roughly) starts."""
    seen, i = 0, 0
    while seen < 2:
        j = min((k for k in (text.find(". ", i), text.find(".\n", i)) if k >= 0), default=-1)
        if j < 0:
            return len(text)
        i, seen = j + 2, seen + 1
    return i


def evaluate_clusters(gold_path: str | Path, settings: Settings) -> ClusterReport:
    from ..ingest import read_inputs
    from ..pipeline import Pipeline
    from ..store import Store

    gold = _read_gold(gold_path)
    labels = {r["id"]: r.get("happening") for r in gold}
    expected_sources = {}
    for r in gold:
        if r.get("happening") and not r.get("syndicated_from"):
            expected_sources[r["happening"]] = expected_sources.get(r["happening"], 0) + 1
    pipeline = Pipeline(settings)
    clusters: dict[str, str | None] = {}
    leads: dict[str, set[str | None]] = {}
    with Store(":memory:", near_duplicate_threshold=settings.near_duplicate_threshold) as store:
        for item in pipeline.run(read_inputs([str(gold_path)], settings)):
            if isinstance(item, Rejection):
                raise GoldError(f"gold article {item}")
            store.write(item)
            leads[item.id] = {e.cluster_id for e in lead_events(item)}
            main = main_event(item)
            clusters[item.id] = main.cluster_id if main else None
        sources = {r["cluster_id"]: r["sources"] for r in store.clusters()}
    tp = fp = fn = 0
    for a, b in combinations(sorted(labels), 2):
        same_gold = labels[a] is not None and labels[a] == labels[b]
        same_pred = bool(leads.get(a, set()) & leads.get(b, set()))
        tp += same_gold and same_pred
        fp += same_pred and not same_gold
        fn += same_gold and not same_pred
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    per = []
    for happening in sorted(expected_sources):
        members = [i for i, h in labels.items() if h == happening]
        found = {clusters.get(i) for i in members}
        one = len(found) == 1 and None not in found
        cid = next(iter(found)) if one else None
        per.append({"happening": happening, "articles": len(members), "clusters": len(found - {None}),
                    "uncoded": sum(clusters.get(i) is None for i in members), "one_cluster": one,
                    "expected_sources": expected_sources[happening],
                    "sources": sources.get(cid) if cid else None,
                    "sources_right": bool(one and sources.get(cid) == expected_sources[happening])})
    report = ClusterReport(str(gold_path), len(labels), len(expected_sources))
    report.metrics = {
        "pairwise_precision": round(p, 3), "pairwise_recall": round(r, 3),
        "pairwise_f1": round(2 * p * r / (p + r), 3) if p + r else 0.0,
        "happenings_in_one_cluster": round(sum(h["one_cluster"] for h in per) / len(per), 3) if per else 0.0,
        "sources_right": round(sum(h["sources_right"] for h in per) / len(per), 3) if per else 0.0,
        "articles_without_main_event": sum(v is None for v in clusters.values()),
    }
    report.per_happening = per
    return report


def _read_gold(path: str | Path) -> list[dict[str, Any]]:
    return read_jsonl_gold(path, _check_article)


def _check_article(where: str, rec: dict[str, Any]) -> None:
    if not rec.get("id") or not rec.get("text"):
        raise GoldError(f"{where}: a clustering gold record needs an id and a text")

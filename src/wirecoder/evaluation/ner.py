"""Mention and actor-resolution evaluation against gold records.

Gold: JSON Lines, each ``{"id", "text", "entities": [{"start", "end", "label", "actor"?}]}``
where ``actor`` is ``{"name", "country", "kind", "sector"}`` (``name`` null for an unnamed
group). Scores: per-label precision, recall and F1, exact (same span and label) and overlap
(overlapping spans with the same label); GPE and LOC also pooled as ``GPE+LOC``; actor
accuracy over gold entities that name an actor. ``baseline=True`` scores bare spaCy entities
from the same model on the same texts.
"""
from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import WirecoderError
from ..records import Actor, Mention
from ..settings import Settings


class GoldError(WirecoderError):
    """A gold file is missing or malformed."""


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def scores(self) -> dict[str, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


@dataclass
class Report:
    system: str
    records: int
    labels: dict[str, dict[str, Any]] = field(default_factory=dict)
    actors: dict[str, Any] | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"system": self.system, "records": self.records, "labels": self.labels, "actors": self.actors}

    def rows(self) -> list[dict[str, Any]]:
        out = []
        for label, s in self.labels.items():
            out.append({"system": self.system, "label": label, "gold": s["gold"],
                        "exact_p": s["exact"]["precision"], "exact_r": s["exact"]["recall"],
                        "exact_f1": s["exact"]["f1"], "overlap_f1": s["overlap"]["f1"]})
        return out


def read_gold(path: str | Path) -> list[dict[str, Any]]:
    records = []
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise GoldError(f"cannot read gold file {path}: {exc.strerror or exc}") from None
    for n, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
            text = rec["text"]
            for e in rec["entities"]:
                if text[e["start"]:e["end"]] != e.get("text", text[e["start"]:e["end"]]):
                    raise ValueError(f"entity {e} does not slice its text")
        except (ValueError, KeyError, TypeError) as exc:
            raise GoldError(f"{path}:{n}: not a gold record ({exc})") from None
        records.append(rec)
    if not records:
        raise GoldError(f"gold file {path} holds no records")
    return records


def _groups(label: str) -> list[str]:
    return [label, "GPE+LOC"] if label in ("GPE", "LOC") else [label]


def score_spans(gold: list[list[dict]], predicted: list[list[dict]], system: str) -> Report:
    labels = sorted({e["label"] for doc in gold for e in doc})
    pooled = labels + (["GPE+LOC"] if {"GPE", "LOC"} & set(labels) else [])
    exact = {l: Counts() for l in pooled}
    overlap = {l: Counts() for l in pooled}
    gold_n: dict[str, int] = defaultdict(int)
    for g_doc, p_doc in zip(gold, predicted):
        for group in pooled:
            g = [(e["start"], e["end"]) for e in g_doc if group in _groups(e["label"])]
            p = [(e["start"], e["end"]) for e in p_doc if group in _groups(e["label"])]
            gold_n[group] += len(g)
            gs, ps = set(g), set(p)
            exact[group].tp += len(gs & ps)
            exact[group].fp += len(ps - gs)
            exact[group].fn += len(gs - ps)
            hit_g = {x for x in g if any(a < x[1] and x[0] < b for a, b in p)}
            hit_p = {y for y in p if any(a < y[1] and y[0] < b for (a, b) in g)}
            overlap[group].tp += len(hit_g)
            overlap[group].fn += len(g) - len(hit_g)
            overlap[group].fp += len(p) - len(hit_p)
    report = Report(system=system, records=len(gold))
    for group in pooled:
        report.labels[group] = {"gold": gold_n[group], "exact": exact[group].scores(),
                                "overlap": overlap[group].scores()}
    return report


def _strip_disambiguator(name: str) -> str:
    return re.sub(r"\s*\([^)]*\)\s*$", "", name).strip()


def actor_matches(pred: Actor | None, gold: dict[str, Any], kb: Any) -> tuple[bool, bool]:
    """(actor correct, country correct) for one gold entity's actor."""
    if pred is None:
        return False, False
    country_ok = (pred.country or None) == (gold.get("country") or None)
    name = gold.get("name")
    if name is None:
        return country_ok and (pred.sector or None) == (gold.get("sector") or None), country_ok
    from ..actors.normalize import fold

    name = _strip_disambiguator(name)
    found = kb.lookup(name)
    if pred.id in {a.id for a in found}:
        return True, country_ok
    if len(found) > 1 or not found:
        # a generic name several actors share ("Ministry of Foreign Affairs"), or a name the
        # knowledge base lacks: the same name, or the same country's actor of that name
        same_name = fold(pred.name) == fold(name)
        return same_name or (country_ok and bool(found) and
                             any(a.country == pred.country and a.id == pred.id for a in found)) or \
            (country_ok and len(found) > 1 and pred.country is not None and
             any(a.country == pred.country for a in found) and not pred.id.startswith(("new:", "generic:"))), country_ok
    return False, country_ok


def evaluate(gold_path: str | Path, settings: Settings, baseline: bool = False) -> list[Report]:
    """Score wirecoder's mention stage (and, with ``baseline``, bare spaCy) on a gold file."""
    from ..actors.kb import kb_sources, load_kb
    from ..actors.mentions import MentionStage
    from ..nlp import load_model

    records = read_gold(gold_path)
    nlp = load_model(settings.model)
    stage = MentionStage(settings)
    kb = load_kb(kb_sources(settings))
    docs = list(nlp.pipe((r["text"] for r in records), batch_size=settings.batch_size))
    gold = [r["entities"] for r in records]
    mentions: list[list[Mention]] = [stage.extract(doc, r.get("published")) for doc, r in zip(docs, records)]
    predicted = [[{"start": m.start, "end": m.end, "label": m.label} for m in ms] for ms in mentions]
    report = score_spans(gold, predicted, "wirecoder")

    total = correct = country = spurious = 0
    by_label: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for g_doc, ms in zip(gold, mentions):
        for e in g_doc:
            if not e.get("actor"):
                continue
            total += 1
            match = next((m for m in ms if m.start == e["start"] and m.end == e["end"]), None) or \
                next((m for m in ms if m.start < e["end"] and e["start"] < m.end and m.actor), None)
            ok, c_ok = actor_matches(match.actor if match else None, e["actor"], kb)
            correct += ok
            country += c_ok
            by_label[e["label"]][0] += ok
            by_label[e["label"]][1] += 1
        gold_spans = {(e["start"], e["end"]) for e in g_doc if not e.get("actor")}
        spurious += sum(1 for m in ms if m.actor and (m.start, m.end) in gold_spans)
    report.actors = {
        "gold_actors": total,
        "accuracy": round(correct / total, 4) if total else 0.0,
        "country_accuracy": round(country / total, 4) if total else 0.0,
        "by_label": {l: round(c / n, 4) for l, (c, n) in sorted(by_label.items())},
        "actor_on_non_actor_span": spurious,
    }
    reports = [report]
    if baseline:
        bare = [[{"start": e.start_char, "end": e.end_char, "label": e.label_} for e in doc.ents] for doc in docs]
        reports.append(score_spans(gold, bare, f"bare spaCy ({settings.model})"))
    return reports

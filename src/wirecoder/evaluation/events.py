"""Event-coding evaluation against gold records.

Two gold formats are read:

- wirecoder's own (JSON Lines): ``{"id", "text", "events": [{"type", "mode"?, "source",
  "target", "trigger"?}]}`` with actors as in the NER gold (``{"name", "country",
  "sector"}``, ``name`` null for an unnamed group); ``"events": []`` marks a negative.
- the PLOVER gold-standard records (a JSON list; ``event`` in the older draft's names, mapped
  DEMAND->REQUEST, DISAPPROVE->ACCUSE, INVESTIGATE->ACCUSE, FIGHT->ASSAULT, YIELD->CONCEDE).

Only asserted, claimed, future and historical events are scored for type and arguments;
negated, hypothetical and denied ones are stored by wirecoder but never counted, as in the gold.
(Leaving historical events out of the scores of gold files that code no background was tried in
session 9 and dropped: see ``tests/gold/README-events-articles.md``.)

When gold events carry ``modality`` and/or ``attribution`` (``tests/gold/attribution.jsonl``),
each such gold event is paired with a predicted event of any modality (same trigger first, else
same type) and the pair is scored: modality accuracy with a confusion table, and attribution
accuracy (see :func:`attribution_matches`). Records may carry ``published`` (ISO date); it is
given to the pipeline as the article's date.
"""
from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..events.lexicon import OLD_TYPES, PLOVER_TYPES
from ..records import Actor, Article, Event
from ..settings import Settings
from .ner import GoldError, actor_matches

#: CAMEO country codes that differ from ISO 3166 alpha-3, as the PLOVER gold records use them
_CAMEO_COUNTRIES = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}
#: CAMEO actor codes of three letters that name no state (IGOs, NGOs, international militarised
#: and religious groups): the record's actor has no country
_CAMEO_NON_STATES = {"IGO", "NGO", "IMG", "ISM", "MNC", "UIS", "REF"}

COUNTED = {"asserted", "claimed", "future", "historical"}
MODALITIES = ("asserted", "claimed", "denied", "negated", "future", "hypothetical", "historical")
MISSED = "(no event)"
BINS = [(0.0, 0.4), (0.4, 0.6), (0.6, 0.8), (0.8, 1.01)]


@dataclass
class EventReport:
    gold: str
    format: str
    records: int
    metrics: dict[str, Any] = field(default_factory=dict)
    per_type: dict[str, dict[str, Any]] = field(default_factory=dict)
    confusion: dict[str, dict[str, int]] = field(default_factory=dict)
    calibration: list[dict[str, Any]] = field(default_factory=list)
    #: gold modality -> predicted modality of the paired event (MISSED when none) -> count
    modality_confusion: dict[str, dict[str, int]] = field(default_factory=dict)
    #: every paired gold event whose modality or attribution the pipeline got wrong
    errors: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        out = {"gold": self.gold, "format": self.format, "records": self.records, "metrics": self.metrics,
               "per_type": self.per_type, "confusion": self.confusion, "calibration": self.calibration}
        if self.modality_confusion or self.errors:
            out["modality_confusion"] = self.modality_confusion
            out["errors"] = self.errors
        return out


def read_event_gold(path: str | Path) -> tuple[str, list[dict[str, Any]]]:
    """(format, records) where each record is {"id", "text", "events": [{"type", "source", "target"}]}."""
    try:
        raw = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise GoldError(f"cannot read gold file {path}: {exc.strerror or exc}") from None
    if raw.lstrip().startswith("["):
        try:
            data = json.loads(raw)
        except ValueError as exc:
            raise GoldError(f"{path}: not valid JSON ({exc})") from None
        records = []
        for rec in data:
            if not isinstance(rec, dict) or not rec.get("text") or rec.get("event") in (None, "DOCUMENT"):
                continue
            etype = OLD_TYPES.get(rec["event"], rec["event"])
            if etype not in PLOVER_TYPES:
                continue

            def actor(v: Any) -> dict[str, Any] | None:
                if not v or not isinstance(v, list):
                    return None
                first = v[0]
                code = first.get("code") or ""
                code = _CAMEO_COUNTRIES.get(code, code)
                return {"name": None, "country": code if len(code) == 3 and code not in _CAMEO_NON_STATES else None,
                        "sector": first.get("sector"), "text": first.get("actorText")}
            records.append({"id": rec.get("id"), "text": rec["text"],
                            "events": [{"type": etype, "source": actor(rec.get("source")),
                                        "target": actor(rec.get("target"))}]})
        if not records:
            raise GoldError(f"{path}: no PLOVER gold records found")
        return "plover", records
    records = []
    for n, line in enumerate(raw.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
            assert isinstance(rec["text"], str) and isinstance(rec["events"], list)
            for e in rec["events"]:
                if e["type"] not in PLOVER_TYPES:
                    raise ValueError(f"unknown type {e['type']!r}")
                if "modality" in e and e["modality"] not in MODALITIES:
                    raise ValueError(f"unknown modality {e['modality']!r}")
                att = e.get("attribution")
                if att is not None and (not isinstance(att, dict) or not isinstance(att.get("text"), str)
                                        or not isinstance(att.get("chain", []), list)):
                    raise ValueError("attribution must be null or {text, actor, chain}")
        except (ValueError, KeyError, TypeError, AssertionError) as exc:
            raise GoldError(f"{path}:{n}: not an event gold record ({exc})") from None
        records.append(rec)
    if not records:
        raise GoldError(f"gold file {path} holds no records")
    return "wirecoder", records


def code_texts(texts: list[str], settings: Settings, published: list[str | None] | None = None,
               counted_only: bool = True, titles: list[str | None] | None = None) -> list[list[Event]]:
    """Run the coding stages on bare sentences or article bodies (no ingest, no store).
    ``published`` gives each text its article date and ``titles`` its headline (coded with
    the body, as for an ingested article); ``counted_only`` drops negated, hypothetical and
    denied events."""
    from ..pipeline import Pipeline

    pipeline = Pipeline(settings)
    dates = published or [None] * len(texts)
    heads = titles or [None] * len(texts)
    articles = [Article(id=f"gold-{i}", text=t, title=h, content_hash="", published=d,
                        published_precision="day" if d else None, published_origin="metadata" if d else None)
                for i, (t, d, h) in enumerate(zip(texts, dates, heads))]
    out: list[list[Event]] = []
    for i in range(0, len(articles), settings.batch_size):
        for a in pipeline.code(articles[i:i + settings.batch_size]):
            out.append([e for e in a.events if e.modality in COUNTED or not counted_only])
    return out


def _counted(gold_event: dict[str, Any]) -> bool:
    return gold_event.get("modality", "asserted") in COUNTED


def _as_actor(d: dict[str, Any] | None) -> Actor | None:
    if not d:
        return None
    return Actor(id=d.get("id") or "", name=d.get("name") or "", country=d.get("country"),
                 kind=d.get("kind"), sector=d.get("sector"))


def reporter_matches(pred: dict[str, Any] | None, gold: dict[str, Any] | None, kb: Any) -> bool:
    """One attributing actor: right when the knowledge base (or the folded name) makes it the
    gold actor, or when country and sector both agree (country known; INS and UAF count as
    REB, the gold's code for every non-state armed group). A gold actor of null
    (an untyped source, "sources said") is right only against a predicted null actor."""
    if gold is None:
        return pred is None
    actor = _as_actor(pred)
    if actor is None:
        return False
    if actor_matches(actor, gold, kb)[0]:
        return True
    return gold.get("country") is not None and actor.country == gold.get("country") and \
        _sector(actor.sector) == _sector(gold.get("sector"))


def _sector(code: str | None) -> str | None:
    # the knowledge base marks some non-state armed groups INS or UAF; the gold codes them all REB
    return "REB" if code in {"INS", "UAF"} else (code or None)


def attribution_matches(pred: dict[str, Any] | None, gold: dict[str, Any] | None, kb: Any) -> bool:
    """Null matches null; otherwise both must attribute, to the same actor
    (:func:`reporter_matches`)."""
    if gold is None or pred is None:
        return gold is None and pred is None
    return reporter_matches(pred.get("actor"), gold.get("actor"), kb)


def chain_matches(pred: dict[str, Any] | None, gold: dict[str, Any] | None, kb: Any) -> bool:
    """The whole chain of reporters, in order, innermost first. Gold chain elements are
    ``{"text", "actor"}`` (the pipeline's shape) or bare actor objects."""
    g_chain = (gold or {}).get("chain") or []
    p_chain = (pred or {}).get("chain") or []
    return len(g_chain) == len(p_chain) and all(
        reporter_matches(p.get("actor"), g.get("actor") if "actor" in g else g, kb) for p, g in zip(p_chain, g_chain))


def _trigger_span(text: str, trigger: str | None) -> tuple[int, int] | None:
    if not trigger:
        return None
    i = text.find(trigger)
    return (i, i + len(trigger)) if i >= 0 else None


def _pair_modal(text: str, gold: list[dict], pred: list[Event]) -> list[tuple[dict, Event | None]]:
    """Pair gold events with predicted events of any modality: an event whose trigger overlaps
    the gold trigger first (same type preferred), else one of the same type."""
    free = list(pred)
    pairs = []
    for g in gold:
        span = _trigger_span(text, g.get("trigger"))

        def overlaps(p: Event) -> bool:
            ts = p.trigger_span
            return bool(span and ts and ts[0] < span[1] and span[0] < ts[1])
        scored = [(2 * overlaps(p) + (p.type == g["type"]), -n, p) for n, p in enumerate(free)]
        scored = [s for s in scored if s[0] > 0]
        if not scored:
            pairs.append((g, None))
            continue
        best = max(scored, key=lambda s: s[:2])[2]
        free.remove(best)
        pairs.append((g, best))
    return pairs


def _best_pairs(gold: list[dict], pred: list[Event], kb: Any) -> list[tuple[dict, Event | None]]:
    """Pair each gold event with a predicted event of the same type, best arguments first."""
    free = list(pred)
    pairs = []
    for g in gold:
        same = [p for p in free if p.type == g["type"]]
        if not same:
            pairs.append((g, None))
            continue

        def score(p: Event) -> int:
            s = int(bool(g.get("source")) and actor_matches(p.source, g["source"], kb)[0])
            t = int(bool(g.get("target")) and actor_matches(p.target, g["target"], kb)[0])
            return s + t
        best = max(same, key=score)
        free.remove(best)
        pairs.append((g, best))
    return pairs


def evaluate_events(gold_path: str | Path, settings: Settings) -> EventReport:
    from ..actors.kb import kb_sources, load_kb

    fmt, records = read_event_gold(gold_path)
    kb = load_kb(kb_sources(settings))
    every = code_texts([r["text"] for r in records], settings,
                       published=[r.get("published") for r in records], counted_only=False,
                       titles=[r.get("title") for r in records])
    predicted = [[e for e in events if e.modality in COUNTED] for events in every]
    report = EventReport(gold=str(gold_path), format=fmt, records=len(records))

    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    args_total = args_right = 0
    args_country = 0
    confusion: dict[str, Counter[str]] = defaultdict(Counter)
    bins = [[0, 0] for _ in BINS]
    top_right = any_right = 0
    negatives = negatives_clean = 0
    for rec, pred in zip(records, predicted):
        gold = [e for e in rec["events"] if _counted(e)]
        g_types = Counter(e["type"] for e in gold)
        p_types = Counter(e.type for e in pred)
        for t in set(g_types) | set(p_types):
            hit = min(g_types[t], p_types[t])
            tp[t] += hit
            fp[t] += p_types[t] - hit
            fn[t] += g_types[t] - hit
        if not gold:
            negatives += 1
            negatives_clean += not pred
        top = max(pred, key=lambda e: e.confidence or 0).type if pred else "NONE"
        if gold:
            confusion[gold[0]["type"]][top] += 1
            top_right += top == gold[0]["type"]
            any_right += gold[0]["type"] in p_types
        remaining = Counter(g_types)
        for e in sorted(pred, key=lambda e: -(e.confidence or 0)):
            right = remaining[e.type] > 0
            remaining[e.type] -= right
            for i, (lo, hi) in enumerate(BINS):
                if lo <= (e.confidence or 0) < hi:
                    bins[i][0] += 1
                    bins[i][1] += right
        for g, p in _best_pairs(gold, pred, kb):
            for role in ("source", "target"):
                if not g.get(role):
                    continue
                args_total += 1
                ok, country_ok = actor_matches(getattr(p, role) if p else None, g[role], kb)
                args_right += ok
                args_country += country_ok

    def prf(t: int, f_p: int, f_n: int) -> dict[str, float]:
        p = t / (t + f_p) if t + f_p else 0.0
        r = t / (t + f_n) if t + f_n else 0.0
        return {"precision": round(p, 4), "recall": round(r, 4),
                "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0}

    for t in PLOVER_TYPES:
        if tp[t] + fp[t] + fn[t]:
            report.per_type[t] = {"gold": tp[t] + fn[t], "predicted": tp[t] + fp[t], **prf(tp[t], fp[t], fn[t])}
    overall = prf(sum(tp.values()), sum(fp.values()), sum(fn.values()))
    positives = sum(1 for r in records if any(_counted(e) for e in r["events"]))
    report.metrics = {
        "type_precision": overall["precision"], "type_recall": overall["recall"], "type_f1": overall["f1"],
        "type_accuracy": round(top_right / positives, 4) if positives else 0.0,
        "type_in_predictions": round(any_right / positives, 4) if positives else 0.0,
        "argument_agreement": round(args_right / args_total, 4) if args_total else 0.0,
        "argument_country_agreement": round(args_country / args_total, 4) if args_total else 0.0,
        "gold_arguments": args_total,
        "negatives": negatives,
        "negatives_without_events": round(negatives_clean / negatives, 4) if negatives else None,
    }
    report.confusion = {g: dict(c) for g, c in sorted(confusion.items())}
    _score_modal(report, records, every, kb)
    report.calibration = [{"confidence": f"{lo:.1f}-{min(hi, 1.0):.1f}", "events": n,
                           "precision": round(r / n, 4) if n else None} for (lo, hi), (n, r) in zip(BINS, bins)]
    return report


def _actor_label(a: dict[str, Any] | None) -> str | None:
    if not a:
        return None
    return a.get("name") or f"({a.get('country') or '-'} {a.get('sector') or '-'})"


def _score_modal(report: EventReport, records: list[dict], every: list[list[Event]], kb: Any) -> None:
    """Modality and attribution on gold events that carry them (paired with any modality)."""
    modal_gold = modal_paired = modal_right = 0
    att_gold = att_paired = att_right = 0
    att_null = att_null_right = att_actor = att_actor_right = 0
    chains = chains_right = 0
    confusion: dict[str, Counter[str]] = defaultdict(Counter)
    for rec, pred in zip(records, every):
        gold = [e for e in rec["events"] if "modality" in e or "attribution" in e]
        for g, p in _pair_modal(rec["text"], gold, pred):
            error: dict[str, Any] = {}
            if "modality" in g:
                modal_gold += 1
                confusion[g["modality"]][p.modality if p else MISSED] += 1
                if p is not None:
                    modal_paired += 1
                    modal_right += p.modality == g["modality"]
                    if p.modality != g["modality"]:
                        error["modality"] = {"gold": g["modality"], "predicted": p.modality}
            if "attribution" in g:
                att_gold += 1
                if p is not None:
                    att_paired += 1
                    ok = attribution_matches(p.attribution, g["attribution"], kb)
                    att_right += ok
                    if g["attribution"] is None:
                        att_null += 1
                        att_null_right += ok
                    else:
                        att_actor += 1
                        att_actor_right += ok
                        if len(g["attribution"].get("chain") or []) >= 2:
                            chains += 1
                            chains_right += chain_matches(p.attribution, g["attribution"], kb)
                    chain_wrong = bool(g["attribution"]) and len(g["attribution"].get("chain") or []) >= 2 and \
                        not chain_matches(p.attribution, g["attribution"], kb)
                    if not ok or chain_wrong:
                        pa = p.attribution
                        error["attribution"] = {
                            "gold": g["attribution"] and {"text": g["attribution"].get("text"),
                                                          "actor": _actor_label(g["attribution"].get("actor"))},
                            "predicted": pa and {"text": pa.get("text"), "actor": _actor_label(pa.get("actor"))}}
                        if chain_wrong:
                            error["attribution"]["gold_chain"] = [c.get("text") for c in g["attribution"]["chain"]]
                            error["attribution"]["predicted_chain"] = [c.get("text") for c in (pa or {}).get("chain") or []]
            if p is None:
                error["missed"] = True
            if error:
                report.errors.append({"id": rec.get("id"), "category": rec.get("category"), "type": g["type"],
                                      "trigger": g.get("trigger"),
                                      "predicted_type": p.type if p else None, **error})
    if not modal_gold and not att_gold:
        return

    def ratio(a: int, b: int) -> float | None:
        return round(a / b, 4) if b else None
    report.metrics.update({
        "modality_gold_events": modal_gold,
        "modality_paired": ratio(modal_paired, modal_gold),
        "modality_accuracy": ratio(modal_right, modal_paired),
        "attribution_gold_events": att_gold,
        "attribution_paired": ratio(att_paired, att_gold),
        "attribution_accuracy": ratio(att_right, att_paired),
        "attribution_accuracy_attributed": ratio(att_actor_right, att_actor),
        "attribution_accuracy_unattributed": ratio(att_null_right, att_null),
        "attribution_chain_accuracy": ratio(chains_right, chains),
    })
    report.modality_confusion = {g: dict(confusion[g]) for g in MODALITIES if g in confusion}

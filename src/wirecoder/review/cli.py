"""``wirecoder review ...``: the analyst's judgements from the command line (thin over
:mod:`wirecoder.review`)."""
from __future__ import annotations

import json
from typing import Any, Callable

import click

from ..cli import _settings, db_option, format_option, friendly
from ..output import emit
from ..settings import Settings
from ..store import Store
from . import (CHANGE_FIELDS, add_alias, change_event, export_gold, judge_event, merge_actors, orphans,
               revert, reviewer, split_actor, write_review_kb)

JUDGEMENT_COLUMNS = ["id", "kind", "field", "status", "author", "created_at", "event_id", "applied_to",
                     "actor_id", "other_actor_id", "old", "new", "note"]


def _who(fn: Callable) -> Callable:
    fn = click.option("--note", default=None, metavar="TEXT", help="Why (kept with the judgement).")(fn)
    fn = click.option("--by", "author", default=None, metavar="NAME",
                      help="Who judges (default: the reviewer setting, else your login name).")(fn)
    return db_option(fn)


def _open(ctx: click.Context, db: str | None) -> tuple[Settings, Store]:
    settings = _settings(ctx, db=db)
    return settings, Store(settings.db, create=False)


def _kb(settings: Settings):
    from ..actors.kb import kb_sources, load_kb

    return load_kb(kb_sources(settings))


def _done(store: Store, jid: int) -> None:
    j = store.judgement_row(jid)
    what = j["kind"] + (f" {j['field']} -> {json.dumps(j['new'], ensure_ascii=False)}" if j["field"] else "")
    where = f"event {j['event_id']}" if j["event_id"] else f"actor {j['actor_id']}"
    if j["kind"] == "revert":
        where = f"judgement {j['reverts']}"
    click.echo(f"judgement {jid}: {what} on {where} by {j['author']} ({j['status']})")


def _kb_written(settings: Settings, store: Store) -> None:
    path = write_review_kb(store, settings)
    if path is not None:
        click.echo(f"knowledge base: {path} updated; `wirecoder recode` codes stored articles with it", err=True)
    else:
        click.echo("knowledge base: no actor judgements in force; review file removed", err=True)


@click.group(name="review")
def review() -> None:
    """Analysts' judgements on events and actors; they survive `wirecoder recode`."""


@review.command(name="correct")
@click.argument("event_id", metavar="EVENT_ID")
@_who
@click.pass_context
@friendly
def review_correct(ctx: click.Context, event_id: str, db: str | None, author: str | None, note: str | None) -> None:
    """Mark an event correct as coded."""
    settings, store = _open(ctx, db)
    with store:
        _done(store, judge_event(store, event_id, "correct", author=reviewer(settings, author), note=note))


@review.command(name="wrong")
@click.argument("event_id", metavar="EVENT_ID")
@_who
@click.pass_context
@friendly
def review_wrong(ctx: click.Context, event_id: str, db: str | None, author: str | None, note: str | None) -> None:
    """Mark an event wrong: it leaves the default event listing (see events --include-wrong)."""
    settings, store = _open(ctx, db)
    with store:
        _done(store, judge_event(store, event_id, "wrong", author=reviewer(settings, author), note=note))


@review.command(name="change")
@click.argument("event_id", metavar="EVENT_ID")
@click.option("--type", "type_", default=None, metavar="TYPE", help="The right PLOVER type.")
@click.option("--mode", default=None, metavar="MODE", help="The right mode ('none' clears it).")
@click.option("--source", default=None, metavar="ACTOR", help="The right source: actor id or name ('none' clears it).")
@click.option("--target", default=None, metavar="ACTOR", help="The right target: actor id or name ('none' clears it).")
@click.option("--date", default=None, metavar="DATE", help="The right event date (YYYY, YYYY-MM or YYYY-MM-DD).")
@click.option("--location", default=None, metavar="PLACE", help="The right place (a state or city name).")
@click.option("--country", default=None, metavar="ISO3", help="With --location: the place's country.")
@_who
@click.pass_context
@friendly
def review_change(ctx: click.Context, event_id: str, type_: str | None, mode: str | None, source: str | None,
                  target: str | None, date: str | None, location: str | None, country: str | None,
                  db: str | None, author: str | None, note: str | None) -> None:
    """Correct an event's type, mode, source, target, date or location; each field given is
    its own judgement."""
    values = {"type": type_, "mode": mode, "source": source, "target": target, "date": date, "location": location}
    if all(v is None for v in values.values()):
        raise click.UsageError("give at least one of " + ", ".join(f"--{f}" for f in CHANGE_FIELDS))
    settings, store = _open(ctx, db)
    with store:
        kb = _kb(settings)
        who = reviewer(settings, author)
        for field in CHANGE_FIELDS:
            if values[field] is not None:
                _done(store, change_event(store, event_id, field, values[field], author=who, kb=kb, note=note,
                                          country=country))


@review.command(name="merge")
@click.argument("actor", metavar="ACTOR")
@click.argument("into", metavar="INTO_ACTOR")
@_who
@click.pass_context
@friendly
def review_merge(ctx: click.Context, actor: str, into: str, db: str | None, author: str | None,
                 note: str | None) -> None:
    """ACTOR is the same as INTO_ACTOR: events show INTO_ACTOR, which gains ACTOR's names in
    your knowledge base."""
    settings, store = _open(ctx, db)
    with store:
        _done(store, merge_actors(store, actor, into, author=reviewer(settings, author), kb=_kb(settings), note=note))
        _kb_written(settings, store)


@review.command(name="split")
@click.argument("actor", metavar="ACTOR")
@click.option("--alias", "names", multiple=True, required=True, metavar="NAME",
              help="A name that belongs to the new actor, not to ACTOR (repeatable).")
@click.option("--name", "new_name", required=True, metavar="NAME", help="The new actor's name.")
@click.option("--id", "new_id", default=None, metavar="ID", help="The new actor's id (default review:<name>).")
@click.option("--kind", default=None, metavar="KIND", help="The new actor's kind (default ACTOR's).")
@click.option("--country", default=None, metavar="ISO3", help="The new actor's country (default ACTOR's).")
@_who
@click.pass_context
@friendly
def review_split(ctx: click.Context, actor: str, names: tuple[str, ...], new_name: str, new_id: str | None,
                 kind: str | None, country: str | None, db: str | None, author: str | None,
                 note: str | None) -> None:
    """ACTOR wrongly stands for two: mentions by the --alias names go to a new actor."""
    settings, store = _open(ctx, db)
    with store:
        _done(store, split_actor(store, actor, list(names), new_name, author=reviewer(settings, author),
                                 kb=_kb(settings), new_id=new_id, kind=kind, country=country, note=note))
        _kb_written(settings, store)


@review.command(name="alias")
@click.argument("actor", metavar="ACTOR")
@click.argument("alias", metavar="ALIAS")
@_who
@click.pass_context
@friendly
def review_alias(ctx: click.Context, actor: str, alias: str, db: str | None, author: str | None,
                 note: str | None) -> None:
    """Give ACTOR another name, written to your knowledge base."""
    settings, store = _open(ctx, db)
    with store:
        _done(store, add_alias(store, actor, alias, author=reviewer(settings, author), kb=_kb(settings), note=note))
        _kb_written(settings, store)


@review.command(name="revert")
@click.argument("judgement_id", metavar="JUDGEMENT_ID", type=int)
@_who
@click.pass_context
@friendly
def review_revert(ctx: click.Context, judgement_id: int, db: str | None, author: str | None,
                  note: str | None) -> None:
    """Take a judgement back; both stay on record."""
    settings, store = _open(ctx, db)
    with store:
        jid = revert(store, judgement_id, author=reviewer(settings, author), note=note)
        _done(store, jid)
        if store.judgement_row(judgement_id)["kind"] in ("merge", "split", "alias"):
            _kb_written(settings, store)


def _rows(rows: list[dict[str, Any]], fmt: str) -> None:
    if fmt == "table":
        rows = [{**r, "old": json.dumps(r["old"], ensure_ascii=False) if r["old"] is not None else None,
                 "new": json.dumps(r["new"], ensure_ascii=False) if r["new"] is not None else None} for r in rows]
    emit(rows, fmt, JUDGEMENT_COLUMNS if fmt in ("table", "csv") else None,
         table_widths={"old": 30, "new": 40, "note": 30, "created_at": 20})


@review.command(name="list")
@db_option
@format_option()
@click.option("--article", "article_id", default=None, metavar="ID", help="Only judgements on this article.")
@click.option("--event", "event_id", default=None, metavar="ID", help="Only judgements on this event.")
@click.option("--actor", "actor_id", default=None, metavar="ID", help="Only judgements on this actor.")
@click.option("--kind", default=None,
              type=click.Choice(["correct", "wrong", "change", "merge", "split", "alias", "revert"]),
              help="Only judgements of this kind.")
@click.option("--status", default=None, type=click.Choice(["in force", "orphaned", "reverted", "actor", "revert"]),
              help="Only judgements that stand so.")
@click.pass_context
@friendly
def review_list(ctx: click.Context, db: str | None, fmt: str, article_id: str | None, event_id: str | None,
                actor_id: str | None, kind: str | None, status: str | None) -> None:
    """Every judgement, oldest first, with where it stands (in force, orphaned, reverted)."""
    settings, store = _open(ctx, db)
    with store:
        rows = [j for j in store.judgement_rows(article_id=article_id, event_id=event_id, kind=kind,
                                                actor_id=actor_id) if status is None or j["status"] == status]
    _rows(rows, fmt)


@review.command(name="orphans")
@db_option
@format_option()
@click.pass_context
@friendly
def review_orphans(ctx: click.Context, db: str | None, fmt: str) -> None:
    """Event judgements that no current event matches any more (its evidence changed on
    recode or re-ingest). They stay on record; judge the new events, or revert these."""
    settings, store = _open(ctx, db)
    with store:
        rows = orphans(store)
    _rows([{**r, "evidence": (r["anchor"] or {}).get("evidence")} for r in rows], fmt)


@review.command(name="export-gold")
@click.argument("file", metavar="FILE")
@db_option
@click.pass_context
@friendly
def review_export_gold(ctx: click.Context, file: str, db: str | None) -> None:
    """Write the reviewed sentences as event gold records that `wirecoder eval events` scores."""
    settings, store = _open(ctx, db)
    with store:
        counts = export_gold(store, file)
    click.echo(f"{file}: {counts['records']} records ({counts['events']} events, {counts['negatives']} negatives); "
               f"{counts['skipped_sentences']} sentences left out (events in them not all reviewed)", err=True)


@review.command(name="write-kb")
@db_option
@click.pass_context
@friendly
def review_write_kb(ctx: click.Context, db: str | None) -> None:
    """Rewrite review.yaml in your knowledge-base folder from the actor judgements in force."""
    settings, store = _open(ctx, db)
    with store:
        _kb_written(settings, store)

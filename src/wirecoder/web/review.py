"""Analysts' judgements over HTTP (a thin layer over :mod:`wirecoder.review`). Reading them
is open; making or reverting one needs the server's write token, like ``POST /api/articles``."""
from __future__ import annotations

from typing import Any, Literal

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field

from ..errors import ReviewError
from ..review import (CHANGE_FIELDS, add_alias, change_event, judge_event, merge_actors, reviewer, revert,
                      split_actor, write_review_kb)
from . import open_store
from .api import _require_token
from .errors import ApiError

router = APIRouter(prefix="/api")


class EventJudgement(BaseModel):
    """Either a verdict, or a field and its right value (null clears it)."""

    verdict: Literal["correct", "wrong"] | None = None
    field: Literal["type", "mode", "source", "target", "date", "location"] | None = None
    value: str | None = Field(None, max_length=300)
    country: str | None = Field(None, max_length=3, description="With field location: the place's country")
    author: str | None = Field(None, max_length=100, description="Who judges (default: the reviewer setting)")
    note: str | None = Field(None, max_length=2000, description="Why")


class ActorJudgement(BaseModel):
    kind: Literal["alias", "merge", "split"]
    alias: str | None = Field(None, max_length=300, description="alias: the new name")
    into: str | None = Field(None, max_length=300, description="merge: the actor this one is the same as")
    names: list[str] = Field([], max_length=50, description="split: the names that belong to the new actor")
    name: str | None = Field(None, max_length=300, description="split: the new actor's name")
    new_id: str | None = Field(None, max_length=300, description="split: the new actor's id")
    actor_kind: str | None = Field(None, max_length=40, description="split: the new actor's kind")
    country: str | None = Field(None, max_length=3, description="split: the new actor's country")
    author: str | None = Field(None, max_length=100)
    note: str | None = Field(None, max_length=2000)


class Revert(BaseModel):
    author: str | None = Field(None, max_length=100)
    note: str | None = Field(None, max_length=2000)


def _kb(settings: Any):
    from ..actors.kb import kb_sources, load_kb

    return load_kb(kb_sources(settings))


def _created(body: dict[str, Any]) -> JSONResponse:
    return JSONResponse(body, status_code=201)


@router.get("/judgements", summary="Analysts' judgements, oldest first, with where each stands")
def list_judgements(request: Request, article: str | None = Query(None, max_length=300),
                    event: str | None = Query(None, max_length=300), actor: str | None = Query(None, max_length=300),
                    kind: str | None = Query(None, max_length=20),
                    status: str | None = Query(None, max_length=20,
                                               description="in force, orphaned, reverted, actor or revert")
                    ) -> dict[str, Any]:
    with open_store(request) as store:
        rows = [j for j in store.judgement_rows(article_id=article, event_id=event, actor_id=actor, kind=kind)
                if status is None or j["status"] == status]
    return {"judgements": rows}


@router.post("/events/{event_id}/judgements", summary="Judge an event: correct, wrong or a corrected field (token)")
def judge(request: Request, event_id: str, body: EventJudgement) -> JSONResponse:
    """`{"verdict": "wrong"}`, or `{"field": "type", "value": "COERCE"}`; `author` and `note`
    are kept with the judgement. Answers the judgement and the event as it now reads."""
    _require_token(request)
    settings = request.app.state.settings
    if (body.verdict is None) == (body.field is None):
        raise ApiError(400, "give either a verdict (correct or wrong) or a field to change", "bad_parameter")
    with request.app.state.write_lock, open_store(request) as store:
        if store.event_row(event_id) is None:
            raise ApiError(404, f"no event {event_id!r}")
        who = reviewer(settings, body.author)
        try:
            if body.verdict is not None:
                jid = judge_event(store, event_id, body.verdict, author=who, note=body.note)
            else:
                jid = change_event(store, event_id, body.field, body.value, author=who, kb=_kb(settings),
                                   note=body.note, country=body.country)
        except ReviewError as exc:
            raise ApiError(400, str(exc), "bad_judgement") from None
        judgement = store.judgement_row(jid)
        event = store.event(judgement["applied_to"] or event_id)
    return _created({"judgement": judgement, "event": event})


@router.post("/actors/{actor_id}/judgements", summary="Judge an actor: alias, merge or split (token)")
def judge_actor(request: Request, actor_id: str, body: ActorJudgement) -> JSONResponse:
    """Answers the judgement and the knowledge-base file (`review.yaml` in kb_dir) it rewrote."""
    _require_token(request)
    settings = request.app.state.settings
    with request.app.state.write_lock, open_store(request) as store:
        who, kb = reviewer(settings, body.author), _kb(settings)
        try:
            if body.kind == "alias":
                jid = add_alias(store, actor_id, body.alias or "", author=who, kb=kb, note=body.note)
            elif body.kind == "merge":
                if not body.into:
                    raise ReviewError("a merge needs `into`: the actor this one is the same as")
                jid = merge_actors(store, actor_id, body.into, author=who, kb=kb, note=body.note)
            else:
                if not body.name:
                    raise ReviewError("a split needs `name`: the new actor's name")
                jid = split_actor(store, actor_id, body.names, body.name, author=who, kb=kb, new_id=body.new_id,
                                  kind=body.actor_kind, country=body.country, note=body.note)
        except ReviewError as exc:
            raise ApiError(400, str(exc), "bad_judgement") from None
        path = write_review_kb(store, settings)
        judgement = store.judgement_row(jid)
    return _created({"judgement": judgement, "kb_file": str(path) if path else None})


@router.post("/judgements/{judgement_id}/revert", summary="Take a judgement back (token)")
def revert_judgement(request: Request, judgement_id: int, body: Revert | None = None) -> JSONResponse:
    _require_token(request)
    settings = request.app.state.settings
    body = body or Revert()
    with request.app.state.write_lock, open_store(request) as store:
        try:
            jid = revert(store, judgement_id, author=reviewer(settings, body.author), note=body.note)
        except ReviewError as exc:
            status = 404 if "no judgement" in str(exc) else 400
            raise ApiError(status, str(exc), None if status == 404 else "bad_judgement") from None
        reverted = store.judgement_row(judgement_id)
        path = write_review_kb(store, settings) if reverted["kind"] in ("alias", "merge", "split") else None
        judgement = store.judgement_row(jid)
    return _created({"judgement": judgement, "reverted": reverted, "kb_file": str(path) if path else None})


__all__ = ["router", "CHANGE_FIELDS"]

"""The JSON API under /api. Every route is a thin layer over the store and ``wirecoder.query``:
the event filters are the CLI's (same names, same checks)."""
from __future__ import annotations

import hmac
import json
import logging
from typing import Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse

from ..errors import QueryError
from ..query import actor_dossier, aggregate_keys, event_filter
from ..records import Rejection
from ..store import EventFilter
from . import open_store
from .errors import ApiError

log = logging.getLogger(__name__)
router = APIRouter(prefix="/api")

MAX_PAGE = 1000


def filters(
    request: Request,
    type: list[str] = Query([], description="PLOVER type (repeatable)"),
    actor: str | None = Query(None, max_length=300, description="Actor name, alias or id (source or target)"),
    country: str | None = Query(None, max_length=3, description="ISO3: event location or either actor's country"),
    since: str | None = Query(None, max_length=10, description="First day (YYYY[-MM[-DD]]), inclusive"),
    until: str | None = Query(None, max_length=10, description="Last day (YYYY[-MM[-DD]]), inclusive"),
    near: str | None = Query(None, max_length=200, description="City name or LAT,LON"),
    km: float | None = Query(None, description="Radius around near, in km (default 50)"),
    modality: list[str] = Query([], description="Modality (repeatable; 'all'); default all but negated and "
                                                "hypothetical"),
    min_confidence: float | None = Query(None, description="Lowest confidence, 0-1"),
    article: str | None = Query(None, max_length=300, description="Only this article's events"),
    cluster: str | None = Query(None, max_length=300, description="Only this cluster's events"),
    located: bool = Query(False, description="Only events with coordinates"),
    reviewed: bool = Query(False, description="Only events an analyst reviewed (correct or corrected)"),
    include_wrong: bool = Query(False, description="Also events an analyst judged wrong (left out by default)"),
) -> EventFilter:
    """The event filters, shared by /api/events, /api/graph and /api/aggregate."""
    return event_filter(types=type, actor=actor, country=country, since=since, until=until, near=near, km=km,
                        modalities=modality, min_confidence=min_confidence, article=article, cluster=cluster,
                        located=located, reviewed=reviewed, include_wrong=include_wrong,
                        settings=request.app.state.settings)


def evidence_marks(event: dict[str, Any]) -> list[dict[str, Any]]:
    """Where source, trigger and target sit in the evidence sentence: [{role, start, end}]
    as offsets into ``evidence`` (spans outside the sentence, or overlapping an earlier one,
    are left out)."""
    span = event.get("span")
    if not span:
        return []
    base, length = span[0], len(event.get("evidence") or "")
    marks = []
    for role in ("source", "trigger", "target"):
        s = event.get(f"{role}_span")
        if s and base <= s[0] < s[1] <= base + length:
            marks.append({"role": role, "start": s[0] - base, "end": s[1] - base})
    marks.sort(key=lambda m: (m["start"], m["end"]))
    kept: list[dict[str, Any]] = []
    for m in marks:
        if not kept or m["start"] >= kept[-1]["end"]:
            kept.append(m)
    return kept


@router.get("/events", summary="Events, filtered, a page at a time")
def list_events(request: Request, flt: EventFilter = Depends(filters),
                limit: int = Query(100, ge=1, le=MAX_PAGE), cursor: str | None = Query(None, max_length=24),
                clusters: bool = Query(False, description="One row per cluster, with its size")) -> JSONResponse:
    """`{"events": [...], "next": cursor-or-null}`; pass `next` back as `cursor` for the next page."""
    with open_store(request) as store:
        page = store.event_page(flt, limit=limit, cursor=cursor, clusters=clusters)
    # the rows are plain JSON values already: serialised directly, without FastAPI's generic
    # encoder, which took as long as the query itself (bench/load.py)
    return JSONResponse({"events": page.rows, "next": page.next})


@router.get("/events/{event_id}", summary="One event with its evidence marks")
def get_event(request: Request, event_id: str) -> dict[str, Any]:
    with open_store(request) as store:
        event = store.event(event_id)
    if event is None:
        raise ApiError(404, f"no event {event_id!r}")
    return {**event, "evidence_marks": evidence_marks(event)}


@router.get("/articles", summary="Stored articles (no text), a page at a time")
def list_articles(request: Request, limit: int = Query(100, ge=1, le=MAX_PAGE),
                  cursor: str | None = Query(None, max_length=24), source: str | None = Query(None, max_length=300),
                  language: str | None = Query(None, max_length=8)) -> dict[str, Any]:
    with open_store(request) as store:
        page = store.article_page(limit=limit, cursor=cursor, source=source, language=language)
    return {"articles": page.rows, "next": page.next}


@router.get("/articles/{article_id}", summary="One article record with its mentions and events")
def get_article(request: Request, article_id: str) -> dict[str, Any]:
    with open_store(request) as store:
        article = store.article(article_id)
    if article is None:
        raise ApiError(404, f"no article {article_id!r}")
    return article.to_dict()


def _require_token(request: Request) -> None:
    token = request.app.state.write_token
    if not token:
        raise ApiError(403, "this server is read-only (start it with --write-token to allow writes)", "read_only")
    given = request.headers.get("authorization", "")
    scheme, _, value = given.partition(" ")
    if scheme.lower() != "bearer" or not value.strip():
        raise ApiError(401, "writes need 'Authorization: Bearer TOKEN'", "unauthorized",
                       headers={"WWW-Authenticate": "Bearer"})
    if not hmac.compare_digest(value.strip().encode("utf-8"), token.encode("utf-8")):
        raise ApiError(403, "the write token is wrong", "forbidden")


@router.post("/articles", summary="Ingest articles (needs the server's write token)", status_code=200)
async def post_articles(request: Request) -> JSONResponse:
    """Body: one JSON article record (`text` required; `id`, `title`, `published`, `source`,
    `url`, `author`, `language`, `captions` optional), a list of them, or `{"articles": [...]}`.
    Each is coded and stored as `wirecoder ingest` would; rejected records are listed."""
    _require_token(request)
    settings = request.app.state.settings
    ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if ctype != "application/json":
        raise ApiError(415, "send the articles as application/json", "unsupported_media_type")
    length = request.headers.get("content-length")
    if length is not None and length.isdigit() and int(length) > settings.max_file_bytes:
        raise ApiError(413, f"body over the limit of {settings.max_file_bytes} bytes (setting max_file_bytes)")
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > settings.max_file_bytes:
            raise ApiError(413, f"body over the limit of {settings.max_file_bytes} bytes (setting max_file_bytes)")
    try:
        json.loads(body)
    except ValueError as exc:
        raise ApiError(400, f"body is not JSON: {exc}", "bad_body") from None
    result = await run_in_threadpool(_ingest, request.app, bytes(body))
    if not result["articles"] and result["rejected"]:
        raise ApiError(400, "no article could be read: " + result["rejected"][0]["reason"], "bad_body",
                       result["rejected"])
    return JSONResponse(result, status_code=201 if result["added"] or result["updated"] else 200)


def _ingest(app: Any, body: bytes) -> dict[str, Any]:
    from ..ingest import IngestOptions, build_article, read_bytes
    from ..pipeline import Pipeline, codable
    from ..store import Store

    settings = app.state.settings
    counts = {"added": 0, "updated": 0, "unchanged": 0}
    rejected: list[dict[str, str]] = []
    ids: list[str] = []
    items = []
    for raw in read_bytes(body, "request", settings, ".json"):
        item = raw if isinstance(raw, Rejection) else build_article(raw, settings, IngestOptions())
        items.append(item)
    with app.state.write_lock:
        if app.state.pipeline is None:
            app.state.pipeline = Pipeline(settings)
        with Store(settings.db, create=False, near_duplicate_threshold=settings.near_duplicate_threshold) as store:
            for item in app.state.pipeline.run(items):
                if isinstance(item, Rejection):
                    rejected.append({"where": item.where, "reason": item.reason})
                    continue
                result = store.write(item, coded=codable(item, settings))
                counts[result.status] += 1
                ids.append(item.id)
    return {**counts, "articles": ids, "rejected": rejected}


@router.delete("/articles/{article_id}", summary="Delete an article with its mentions and events (token)")
def delete_article(request: Request, article_id: str) -> dict[str, Any]:
    _require_token(request)
    with request.app.state.write_lock, open_store(request) as store:
        done = store.delete_article(article_id)
    if done is None:
        raise ApiError(404, f"no article {article_id!r}")
    return {"deleted": done}


@router.get("/actors", summary="Stored actors by name or id, most mentioned first")
def list_actors(request: Request, q: str | None = Query(None, max_length=200),
                limit: int = Query(50, ge=1, le=MAX_PAGE)) -> dict[str, Any]:
    with open_store(request) as store:
        return {"actors": store.find_actors(q, limit=limit)}


@router.get("/actors/{actor_id}", summary="An actor's dossier")
def get_actor(request: Request, actor_id: str, latest: int = Query(10, ge=0, le=100),
              date: str | None = Query(None, max_length=10, description="Roles and listings as of this day")) -> dict[str, Any]:
    from ..query import parse_day

    when = parse_day(date, name="date") if date else None
    with open_store(request) as store:
        dossier = actor_dossier(store, actor_id, settings=request.app.state.settings, when=when, latest=latest)
    if dossier is None:
        raise ApiError(404, f"no actor {actor_id!r} in the knowledge base or the database")
    return dossier


@router.get("/graph", summary="Actor network: nodes and edges aggregated by type and direction")
def graph(request: Request, flt: EventFilter = Depends(filters),
          max_edges: int = Query(500, ge=1, le=5000)) -> dict[str, Any]:
    with open_store(request) as store:
        return store.graph(flt, max_edges=max_edges)


@router.get("/aggregate", summary="Event counts by country, type and day/week/month")
def aggregate(request: Request, flt: EventFilter = Depends(filters),
              by: str = Query("country,type,week", max_length=60,
                              description="Comma-separated: country, type and one of day, week, month")) -> dict[str, Any]:
    keys = aggregate_keys(by)
    with open_store(request) as store:
        return {"by": keys, "counts": store.aggregate(flt, keys)}


@router.get("/search", summary="Full-text search over articles and event evidence")
def search(request: Request, q: str = Query(..., min_length=1, max_length=500),
           limit: int = Query(20, ge=1, le=200)) -> dict[str, Any]:
    with open_store(request) as store:
        return store.search(q, limit=limit)


@router.get("/stats", summary="Counts: articles, languages, duplicates, sources, mentions, actors, events")
def stats(request: Request) -> dict[str, Any]:
    from pathlib import Path

    with open_store(request) as store:
        data = store.stats()
        data["event_types"] = {r["type"]: r["count"] for r in store.aggregate(EventFilter(), ["type"])}
    data["database"] = Path(data["database"]).name  # the file's name, not where it lives
    return data


__all__ = ["router", "filters", "evidence_marks", "QueryError"]

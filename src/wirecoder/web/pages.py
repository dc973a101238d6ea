"""The HTML pages. Each names its JSON twin (``<link rel="alternate">`` and a visible link);
all text goes through Jinja2's autoescaping, the UI's scripts insert text only as text."""
from __future__ import annotations

import functools
from typing import Any

import jinja2
from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse
from urllib.parse import quote

from ..query import actor_dossier
from . import TEMPLATE_DIR, open_store
from .api import evidence_marks
from .errors import ApiError

router = APIRouter(include_in_schema=False)


@functools.lru_cache(maxsize=1)
def _env() -> jinja2.Environment:
    # missing keys render empty: knowledge-base records leave optional fields out
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(TEMPLATE_DIR)), autoescape=True)
    env.filters["segments"] = segments
    env.filters["url"] = lambda v: quote(str(v), safe="")
    return env


def render(name: str, request: Request, **context: Any) -> str:
    return _env().get_template(name).render(request=request, **context)


def segments(event: dict[str, Any]) -> list[tuple[str, str | None]]:
    """The evidence cut into (text, role) pieces; role is source, trigger, target or None."""
    text = event.get("evidence") or ""
    out: list[tuple[str, str | None]] = []
    last = 0
    for m in evidence_marks(event):
        if m["start"] > last:
            out.append((text[last:m["start"]], None))
        out.append((text[m["start"]:m["end"]], m["role"]))
        last = m["end"]
    if last < len(text):
        out.append((text[last:], None))
    return out


@router.get("/", response_class=HTMLResponse)
def index(request: Request) -> HTMLResponse:
    from ..events.lexicon import PLOVER_TYPES
    from ..store.queries import MODALITIES

    return HTMLResponse(render("index.html", request, title="wirecoder", twin="/api/events",
                               types=PLOVER_TYPES, modalities=MODALITIES))


@router.get("/events/{event_id}", response_class=HTMLResponse)
def event_page(request: Request, event_id: str) -> HTMLResponse:
    from ..store.review import CHANGE_FIELDS

    with open_store(request) as store:
        event = store.event(event_id)
        judgements = list(store.judgement_rows(event_id=event_id)) if event is not None else []
    if event is None:
        raise ApiError(404, f"no event {event_id!r}")
    return HTMLResponse(render("event.html", request, title=f"{event['type']} event", event=event,
                               judgements=judgements, fields=CHANGE_FIELDS,
                               twin=f"/api/events/{quote(event_id, safe='')}"))


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article_page(request: Request, article_id: str) -> HTMLResponse:
    from ..store import EventFilter

    with open_store(request) as store:
        article = store.article(article_id)
        if article is None:
            raise ApiError(404, f"no article {article_id!r}")
        events = list(store.iter_events(EventFilter(article_id=article_id, modalities=["all"])))
    return HTMLResponse(render("article.html", request, title=article.title or article.id, article=article,
                               events=events, twin=f"/api/articles/{quote(article_id, safe='')}"))


@router.get("/actors/{actor_id}", response_class=HTMLResponse)
def actor_page(request: Request, actor_id: str) -> HTMLResponse:
    with open_store(request) as store:
        dossier = actor_dossier(store, actor_id, settings=request.app.state.settings)
        judgements = list(store.judgement_rows(actor_id=actor_id))
    if dossier is None:
        raise ApiError(404, f"no actor {actor_id!r} in the knowledge base or the database")
    return HTMLResponse(render("actor.html", request, title=dossier["name"], actor=dossier, judgements=judgements,
                               twin=f"/api/actors/{quote(actor_id, safe='')}"))


@router.get("/docs", response_class=HTMLResponse)
def docs(request: Request) -> HTMLResponse:
    """Swagger UI from the vendored swagger-ui-dist: works with no network."""
    return HTMLResponse(render("docs.html", request, title="wirecoder API", twin="/openapi.json"))

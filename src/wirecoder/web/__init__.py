"""The REST API and the web UI: one FastAPI app over one database.

``create_app(settings)`` builds it; ``wirecoder serve`` runs it with uvicorn. Layout:

- ``api.py``    the JSON endpoints under /api (one router; add routers beside it)
- ``review.py`` analysts' judgements under /api (reading open, writing with the token)
- ``pages.py``  the HTML pages (/, /events/ID, /articles/ID, /actors/ID) and /docs
- ``errors.py`` the one error shape
- ``templates/`` Jinja2 templates (autoescaped); ``static/`` CSS, JS and vendored libraries

Read-only unless started with a write token; every page names its JSON twin in a
``<link rel="alternate" type="application/json">``.
"""
from __future__ import annotations

import threading
from contextlib import asynccontextmanager, contextmanager
from importlib import resources
from pathlib import Path
from typing import Any, AsyncIterator, Iterator

from fastapi import FastAPI, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.staticfiles import StaticFiles

from .. import __version__
from ..settings import Settings
from ..store import Store

__all__ = ["create_app", "STATIC_DIR", "TEMPLATE_DIR"]

WEB_DIR = Path(str(resources.files("wirecoder.web")))
STATIC_DIR = WEB_DIR / "static"
TEMPLATE_DIR = WEB_DIR / "templates"

#: Sent with every response: nothing but this server's own scripts, no framing, no sniffing.
SECURITY_HEADERS = {
    "Content-Security-Policy": ("default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                                "script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; "
                                "form-action 'self'"),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}


def create_app(settings: Settings | None = None, *, write_token: str | None = None) -> FastAPI:
    """The app over ``settings.db``. ``write_token`` enables POST/DELETE /api/articles."""
    settings = settings or Settings.load()
    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        await run_in_threadpool(warm_up, settings)
        yield

    app = FastAPI(
        lifespan=lifespan,
        title="wirecoder",
        version=__version__,
        description="Political and conflict events coded from news articles, each with its evidence. "
                    "Read-only unless the server was started with a write token.",
        docs_url=None, redoc_url=None, openapi_url="/openapi.json",
    )
    app.state.settings = settings
    app.state.write_token = write_token
    app.state.write_lock = threading.Lock()
    app.state.pipeline = None

    from . import api, errors, pages, review

    errors.install(app)

    @app.middleware("http")
    async def _headers(request: Request, call_next: Any):
        response = await call_next(request)
        for k, v in SECURITY_HEADERS.items():
            response.headers.setdefault(k, v)
        return response

    app.include_router(api.router)
    app.include_router(review.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=str(STATIC_DIR)), name="static")
    app.openapi = lambda: _openapi(app)  # type: ignore[method-assign]
    return app


def warm_up(settings: Settings) -> None:
    """Load the knowledge base (actor filters) and the gazetteer (``near``) before the server
    takes requests: loaded lazily, the first requests would wait seconds for them, and
    requests arriving meanwhile would each load their own copy."""
    import logging

    try:
        from ..actors.kb import kb_sources, load_kb
        from ..geo.gazetteer import load_gazetteer

        load_kb(kb_sources(settings))
        load_gazetteer()
    except Exception as exc:  # a broken user KB is reported by the queries that need it
        logging.getLogger(__name__).warning("warm-up incomplete: %s", exc)


ERROR_SCHEMA = {
    "type": "object", "required": ["error"],
    "properties": {"error": {"type": "object", "required": ["status", "code", "message", "details"], "properties": {
        "status": {"type": "integer"}, "code": {"type": "string"}, "message": {"type": "string"},
        "details": {"type": "array", "items": {}}}}},
}


def _openapi(app: FastAPI) -> dict[str, Any]:
    """FastAPI's document, with the errors this server really sends: 400 (not 422) and 404 in
    the one error shape."""
    if app.openapi_schema:
        return app.openapi_schema
    from fastapi.openapi.utils import get_openapi

    schema = get_openapi(title=app.title, version=app.version, description=app.description, routes=app.routes)
    ref = {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
    for path, ops in schema.get("paths", {}).items():
        for op in ops.values():
            responses = op.setdefault("responses", {})
            responses.pop("422", None)
            responses["400"] = {"description": "A bad parameter or body", **ref}
            if "{" in path:
                responses["404"] = {"description": "No such item", **ref}
    components = schema.setdefault("components", {}).setdefault("schemas", {})
    components.pop("HTTPValidationError", None)
    components.pop("ValidationError", None)
    components["Error"] = ERROR_SCHEMA
    app.openapi_schema = schema
    return schema


@contextmanager
def open_store(request: Request) -> Iterator[Store]:
    """A connection for this request, opened and closed in the thread that uses it (SQLite
    connections stay in their thread; sync routes run in a thread pool)."""
    settings: Settings = request.app.state.settings
    store = Store(settings.db, create=False, near_duplicate_threshold=settings.near_duplicate_threshold)
    try:
        yield store
    finally:
        store.close()

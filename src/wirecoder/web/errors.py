"""One error shape for every error the server returns.

``{"error": {"status": 404, "code": "not_found", "message": "...", "details": [...]}}`` —
bad parameters are 400, unknown things 404, writes without the token 401/403, surprises
500 with no traceback. Browsers asking for a page (not /api) get the same facts as HTML.
"""
from __future__ import annotations

import logging
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..errors import NotFound, QueryError, StoreError

log = logging.getLogger(__name__)


class ApiError(Exception):
    """An error with a status, a short code and a message, raised by the routes."""

    def __init__(self, status: int, message: str, code: str | None = None, details: list[Any] | None = None,
                 headers: dict[str, str] | None = None):
        super().__init__(message)
        self.status = status
        self.message = message
        self.code = code or _code(status)
        self.details = details or []
        self.headers = headers


def _code(status: int) -> str:
    try:
        return HTTPStatus(status).phrase.lower().replace(" ", "_").replace("-", "_")
    except ValueError:
        return "error"


def error_body(status: int, message: str, code: str | None = None, details: list[Any] | None = None) -> dict[str, Any]:
    return {"error": {"status": status, "code": code or _code(status), "message": message, "details": details or []}}


def _wants_html(request: Request) -> bool:
    return not request.url.path.startswith("/api") and "text/html" in request.headers.get("accept", "")


def error_response(request: Request, status: int, message: str, code: str | None = None,
                   details: list[Any] | None = None, headers: dict[str, str] | None = None):
    if _wants_html(request):
        from .pages import render

        html = render("error.html", request, status=status, code=code or _code(status), message=message,
                      title=f"{status} {code or _code(status)}")
        return HTMLResponse(html, status_code=status, headers=headers)
    return JSONResponse(error_body(status, message, code, details), status_code=status, headers=headers)


def install(app: FastAPI) -> None:
    """Register the handlers that give every error the one shape."""

    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError):
        return error_response(request, exc.status, exc.message, exc.code, exc.details, exc.headers)

    @app.exception_handler(QueryError)
    async def _query_error(request: Request, exc: QueryError):
        return error_response(request, 400, str(exc), "bad_parameter")

    @app.exception_handler(NotFound)
    async def _not_found(request: Request, exc: NotFound):
        return error_response(request, 404, str(exc), "not_found")

    @app.exception_handler(StoreError)
    async def _store_error(request: Request, exc: StoreError):
        log.error("store error on %s: %s", request.url.path, exc)
        return error_response(request, 503, "the database cannot be read right now", "store_unavailable")

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError):
        details = []
        for e in exc.errors():
            where = ".".join(str(p) for p in e.get("loc", ()) if p not in ("query", "path", "body"))
            details.append({"parameter": where or None, "problem": e.get("msg")})
        first = details[0] if details else {"parameter": None, "problem": "invalid request"}
        message = f"{first['parameter']}: {first['problem']}" if first["parameter"] else str(first["problem"])
        return error_response(request, 400, message, "bad_parameter", details)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException):
        message = exc.detail if isinstance(exc.detail, str) else _code(exc.status_code).replace("_", " ")
        if exc.status_code == 404 and message == "Not Found":
            message = f"no such page or endpoint: {request.url.path}"
        return error_response(request, exc.status_code, message, headers=getattr(exc, "headers", None))

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception):
        log.exception("unexpected error on %s", request.url.path)
        return error_response(request, 500, f"unexpected {type(exc).__name__}; the server log has the details",
                              "internal_error")

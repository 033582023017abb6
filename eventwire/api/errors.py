"""HTTP errors of the API: one JSON shape (:class:`~eventwire.api.models.ErrorBody`), never a traceback.

Every :class:`~eventwire.errors.EventwireError` maps to a status code (:data:`STATUS`); request
validation, undecodable bodies and unexpected exceptions get the same body shape.
"""

from __future__ import annotations

import json
import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..errors import ConfigError, EventwireError, InputError, ProcessingError, StoreError
from .models import ErrorBody
from .security import AuthError, security_headers

log = logging.getLogger("eventwire.api")


class NotFound(EventwireError):
    """No such event or article (HTTP 404)."""


class Busy(EventwireError):
    """The extraction pipeline stayed busy past the wait limit (HTTP 503)."""


# The first class an error is an instance of gives its status code.
STATUS: list[tuple[type[EventwireError], int]] = [
    (AuthError, 401),
    (NotFound, 404),
    (StoreError, 503),
    (Busy, 503),
    (InputError, 422),
    (ConfigError, 422),
    (ProcessingError, 422),
    (EventwireError, 422),
]
# The error answers every route documents; write routes also document 401.
ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorBody, "description": "Request body that is not JSON (malformed, not UTF-8, empty, or "
                                            "not sent as application/json)"},
    413: {"model": ErrorBody, "description": "Request body too large"},
    422: {"model": ErrorBody, "description": "Invalid request or input that is not an article"},
}
WRITE_ERRORS: dict[int | str, dict[str, Any]] = {
    **ERRORS,
    401: {"model": ErrorBody, "description": "Missing or wrong token (when the server has one)"},
}
BODY_METHODS = ("POST", "PUT", "PATCH")


def http_status(exc: EventwireError) -> int:
    for cls, status in STATUS:
        if isinstance(exc, cls):
            return status
    return 422


def error_response(status: int, error: str, hint: str | None = None, detail: Any = None) -> JSONResponse:
    body: dict[str, Any] = {"error": error, "hint": hint}
    if detail is not None:
        body["detail"] = detail
    return JSONResponse(body, status_code=status)


async def body_is_not_json(request: Request) -> bool:
    """True when a request's body cannot be JSON: not declared as JSON, empty, undecodable or malformed."""
    if request.method not in BODY_METHODS:
        return False
    ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if ctype != "application/json" and not ctype.endswith("+json"):
        return True
    body = await request.body()
    try:
        json.loads(body)
    except ValueError:  # includes empty bodies and UnicodeDecodeError
        return True
    return False


def validation_details(exc: RequestValidationError) -> list[dict[str, Any]]:
    """pydantic's validation errors as plain JSON: where, what, which check."""
    return [
        {"loc": [str(p) for p in e.get("loc", ())], "msg": str(e.get("msg", "")), "type": str(e.get("type", ""))}
        for e in exc.errors()
    ]


def validation_hint(detail: list[dict[str, Any]]) -> str:
    """'field.path: message' of the first validation error (the message alone for the body itself)."""
    loc: list[str] = list(detail[0]["loc"]) if detail else []
    msg = str(detail[0]["msg"]) if detail else "invalid request"
    where = ".".join(p for p in loc if p != "body")
    return f"{where}: {msg}" if where else msg


def install_error_handlers(app: FastAPI, page_csp: str) -> None:
    """Answer every error with an :class:`ErrorBody`; ``page_csp`` for the answers the security
    middleware does not see (unexpected exceptions)."""

    @app.exception_handler(EventwireError)
    async def _eventwire_error(request: Request, exc: EventwireError) -> JSONResponse:
        return error_response(http_status(exc), exc.message, exc.hint)

    @app.exception_handler(RequestValidationError)
    async def _validation_error(request: Request, exc: RequestValidationError) -> JSONResponse:
        detail = validation_details(exc)
        if any(list(d["loc"])[:1] == ["body"] for d in detail) and await body_is_not_json(request):
            return error_response(400, "request body is not JSON", "send a JSON object with "
                                  "Content-Type: application/json")
        return error_response(422, "invalid request", validation_hint(detail), detail)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        if exc.status_code == 400 and request.method in BODY_METHODS:  # FastAPI could not decode the body
            return error_response(400, "request body is not JSON", "send UTF-8 JSON")
        return error_response(exc.status_code, str(exc.detail), None)

    @app.exception_handler(Exception)
    async def _internal_error(request: Request, exc: Exception) -> JSONResponse:
        log.exception("internal error on %s %s", request.method, request.url.path)
        response = error_response(500, f"internal error: {type(exc).__name__}", "see the server log")
        response.headers.update(security_headers(request.url.path, page_csp))  # answered outside the middleware
        return response

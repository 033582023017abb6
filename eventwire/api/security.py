"""Request size limits, the Host header check, security headers, and the bearer token that guards
write endpoints."""

from __future__ import annotations

import hmac
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from fastapi import Depends
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from ..errors import EventwireError

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

DEFAULT_MAX_BODY = 4 * 1024 * 1024
LOOPBACK_NAMES = ("127.0.0.1", "localhost", "[::1]")
API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
"""Content-Security-Policy of every response that is not the review page (JSON, exports, errors)."""


class AuthError(EventwireError):
    """A write request without the configured token (HTTP 401)."""


class BodyLimitMiddleware:
    """Answers 413 to a request body larger than ``max_bytes``: by Content-Length up front, and by
    counting what is actually received for chunked uploads that do not declare a length."""

    def __init__(self, app: ASGIApp, max_bytes: int = DEFAULT_MAX_BODY) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        for name, value in scope.get("headers", []):
            if name == b"content-length":
                try:
                    declared = int(value)
                except ValueError:
                    await _too_large(send, "invalid Content-Length header", status=400)
                    return
                if declared > self.max_bytes:
                    await _too_large(send, f"request body is larger than {self.max_bytes:,} bytes")
                    return
        declared_length = any(name == b"content-length" for name, _ in scope.get("headers", []))
        if declared_length:
            await self.app(scope, receive, send)
            return
        # No Content-Length (chunked upload): read the body here, up to the limit, then replay it.
        chunks: list[bytes] = []
        seen = 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                await self.app(scope, _replay([], receive, final=message), send)
                return
            body = message.get("body", b"")
            seen += len(body)
            if seen > self.max_bytes:
                await _too_large(send, f"request body is larger than {self.max_bytes:,} bytes")
                return
            chunks.append(body)
            if not message.get("more_body", False):
                break
        await self.app(scope, _replay(chunks, receive), send)


def _replay(chunks: list[bytes], upstream: Receive, *, final: Message | None = None) -> Receive:
    """A ``receive`` that hands the buffered body over in one message, then defers to the server's
    (which reports the client's disconnect when it happens)."""
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            if final is not None:
                return final
            return {"type": "http.request", "body": b"".join(chunks), "more_body": False}
        return await upstream()

    return replay


async def _too_large(send: Send, message: str, status: int = 413) -> None:
    await _json_error(send, status, message, "send a smaller request")


async def _json_error(send: Send, status: int, message: str, hint: str) -> None:
    import json

    body = json.dumps({"error": message, "hint": hint}).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())],
        }
    )
    await send({"type": "http.response.body", "body": body})


def host_name(value: str) -> str:
    """The host part of a Host header or a name given on the command line: lower case, no port,
    IPv6 addresses in brackets."""
    value = value.strip().lower()
    if value.startswith("["):
        return value[: value.find("]") + 1] if "]" in value else value
    if value.count(":") > 1:  # a bare IPv6 address (command line)
        return f"[{value}]"
    return value.split(":", 1)[0]


class HostCheckMiddleware:
    """Answers 400 to a request whose Host header is not one of ``allowed`` (DNS rebinding: a page on
    another site whose name resolves to this server must not be able to talk to it)."""

    def __init__(self, app: ASGIApp, allowed: list[str]) -> None:
        self.app = app
        self.allowed = frozenset(host_name(h) for h in allowed)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] in ("http", "websocket"):
            given = next((v.decode("latin-1") for k, v in scope.get("headers", []) if k == b"host"), "")
            if host_name(given) not in self.allowed:
                await _json_error(send, 400, "invalid Host header",
                                  "this server answers only to the names it was started for; "
                                  "add one with `eventwire serve --allowed-host NAME`")
                return
        await self.app(scope, receive, send)


def security_headers(path: str, page_csp: str) -> dict[str, str]:
    """The headers every response carries; the review page (``/`` and ``/static/``) gets its own CSP."""
    page = path == "/" or path.startswith("/static/")
    return {
        "Content-Security-Policy": page_csp if page else API_CSP,
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "no-referrer",
        "X-Frame-Options": "DENY",
    }


class SecurityHeadersMiddleware:
    """Adds :func:`security_headers` to every HTTP response that does not set them itself."""

    def __init__(self, app: ASGIApp, page_csp: str) -> None:
        self.app = app
        self.page_csp = page_csp

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        extra = [(k.lower().encode(), v.encode()) for k, v in security_headers(scope.get("path", ""),
                                                                               self.page_csp).items()]

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                present = {k.lower() for k, _ in headers}
                headers += [(k, v) for k, v in extra if k not in present]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_headers)


_bearer = HTTPBearer(auto_error=False, description="Needed on write endpoints when the server has a token")


def token_guard(token: str | None) -> Callable[..., Awaitable[None]]:
    """A FastAPI dependency: passes when no token is configured or the request carries it."""

    async def require_token(creds: HTTPAuthorizationCredentials | None = Depends(_bearer)) -> None:
        check_token(token, creds)

    return require_token


def check_token(token: str | None, creds: HTTPAuthorizationCredentials | None, what: str = "this endpoint") -> None:
    """Raise :class:`AuthError` unless no token is configured or ``creds`` carry it."""
    if not token:
        return
    given = creds.credentials if creds is not None else ""
    if not hmac.compare_digest(given.encode("utf-8", "surrogatepass"), token.encode("utf-8")):
        raise AuthError(
            f"{what} needs the server's token",
            hint="send 'Authorization: Bearer <token>' (the token given to `eventwire serve --token`)",
        )


def bearer() -> HTTPBearer:
    """The optional bearer-credentials dependency (for endpoints that need the token only sometimes)."""
    return _bearer

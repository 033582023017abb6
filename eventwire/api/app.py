"""The FastAPI application: extraction, ingest, events with analyst verdicts, export, review page.

``create_app(options, store_url, token=None)`` builds one app from the routers of
:mod:`~eventwire.api.routes_extract`, :mod:`~eventwire.api.routes_store` and
:mod:`~eventwire.api.routes_meta`, which share one :class:`~eventwire.api.context.AppContext`.
Extraction runs the same pipeline as the CLI and the Python API (one
:class:`~eventwire.options.Options`); the store is the one of ``eventwire.store`` (opened on first
use, so ``POST /extract`` works without a database).
"""

from __future__ import annotations

from typing import Any

from fastapi import Depends, FastAPI

from .. import __version__
from ..errors import ConfigError
from ..options import Options
from .context import AppContext, merge_options
from .errors import Busy, NotFound, body_is_not_json, http_status, install_error_handlers
from .routes_extract import extract_router
from .routes_meta import meta_router, mount_page, static_dir
from .routes_store import (
    EXPORT_FORMATS,
    VERDICT_STATUS,
    ExportFormat,
    PloverType,
    event_filters,
    store_router,
)
from .security import (
    DEFAULT_MAX_BODY,
    BodyLimitMiddleware,
    HostCheckMiddleware,
    SecurityHeadersMiddleware,
    token_guard,
)

__all__ = [
    "EXPORT_FORMATS", "VERDICT_STATUS", "Busy", "ExportFormat", "NotFound", "PloverType", "body_is_not_json",
    "check_tile_url", "create_app", "event_filters", "http_status", "merge_options", "static_dir",
]


def page_csp(tile_origin: str | None) -> str:
    """The review page's Content-Security-Policy: nothing from elsewhere but the map tiles' origin."""
    return (
        "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; "
        f"img-src 'self' data:{' ' + tile_origin if tile_origin else ''}; "
        "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
    )


def _add_middleware(app: FastAPI, csp: str, max_body_bytes: int, cors_origins: list[str] | None,
                    allowed_hosts: list[str] | None) -> None:
    app.add_middleware(BodyLimitMiddleware, max_bytes=max_body_bytes)
    if cors_origins:
        from fastapi.middleware.cors import CORSMiddleware

        app.add_middleware(CORSMiddleware, allow_origins=cors_origins, allow_methods=["*"],
                           allow_headers=["Authorization", "Content-Type"])
    if allowed_hosts is not None:
        app.add_middleware(HostCheckMiddleware, allowed=allowed_hosts)
    app.add_middleware(SecurityHeadersMiddleware, page_csp=csp)  # outermost: every answer has them


def create_app(
    options: Options | None = None,
    store_url: str | None = None,
    token: str | None = None,
    *,
    store: Any | None = None,
    max_body_bytes: int = DEFAULT_MAX_BODY,
    cors_origins: list[str] | None = None,
    tile_url: str | None = None,
    tile_attribution: str | None = None,
    allow_private_urls: bool | None = None,
    allowed_hosts: list[str] | None = None,
) -> FastAPI:
    """Build the HTTP API and review page.

    ``store_url`` is a SQLAlchemy URL (``None``: the default SQLite store); ``store`` an already open
    :class:`eventwire.store.Store` to use instead. With ``token`` set, write endpoints need
    ``Authorization: Bearer <token>``. CORS is off unless ``cors_origins`` lists origins.
    ``tile_url`` (``https://host/{z}/{x}/{y}.png``) puts raster tiles under the review page's map;
    without it the page loads nothing from anywhere else (its Content-Security-Policy says so).
    ``allow_private_urls`` lets ``url`` fetches reach loopback and private addresses (None:
    ``EVENTWIRE_ALLOW_PRIVATE_URLS``; see :mod:`eventwire.netfetch`). ``allowed_hosts`` lists the
    Host header names answered (others get 400, against DNS rebinding); ``None`` answers any, for
    embedding behind a server that checks them (``eventwire serve`` always sets it).
    """
    ctx = AppContext(options or Options(), token=token, store_url=store_url, store=store,
                     allow_private_urls=allow_private_urls, tile_url=tile_url, tile_attribution=tile_attribution)
    csp = page_csp(check_tile_url(tile_url) if tile_url else None)
    app = FastAPI(
        title="eventwire",
        version=__version__,
        description="News articles to structured, source-attributed event data, and the analyst review page.",
        docs_url=None,  # Swagger UI would load its assets from a CDN; the OpenAPI JSON is served.
        redoc_url=None,
    )
    _add_middleware(app, csp, max_body_bytes, cors_origins, allowed_hosts)
    app.router.on_shutdown.append(ctx.close_store)
    app.state.get_store = ctx.get_store
    app.state.options = ctx.options
    install_error_handlers(app, csp)
    app.include_router(extract_router(ctx))
    app.include_router(store_router(ctx, [Depends(token_guard(token))]))
    app.include_router(meta_router(ctx))
    mount_page(app)
    return app


def check_tile_url(url: str) -> str:
    """The origin of an XYZ tile URL template; ``ConfigError`` unless it is http(s) with {z}, {x}, {y}."""
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc or not all(k in url for k in ("{z}", "{x}", "{y}")):
        raise ConfigError(f"invalid tile URL {url!r}", hint="e.g. https://tile.example.org/{z}/{x}/{y}.png")
    if any(c in parts.netloc for c in " ;'\""):
        raise ConfigError(f"invalid tile URL {url!r}")
    return f"{parts.scheme}://{parts.netloc}"

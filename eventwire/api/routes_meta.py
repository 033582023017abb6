"""What the review page needs to know about the server, liveness, and the review page itself."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from fastapi import APIRouter, FastAPI
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles

from .. import __version__
from ..schema import PLOVER_TYPES
from .context import AppContext
from .models import Health, Meta, TileSource
from .routes_store import EXPORT_FORMATS


def static_dir() -> Path:
    """The built review page shipped inside the package."""
    return Path(str(resources.files("eventwire"))) / "web" / "static"


def meta_router(ctx: AppContext) -> APIRouter:
    router = APIRouter()

    @router.get("/meta", response_model=Meta, tags=["meta"],
                summary="What the review page needs to know about this server")
    def meta() -> Meta:
        tiles = TileSource(url=ctx.tile_url, attribution=ctx.tile_attribution or "") if ctx.tile_url else None
        return Meta(version=__version__, plover_types=list(PLOVER_TYPES), token_required=bool(ctx.token),
                    export_formats=list(EXPORT_FORMATS), tiles=tiles)

    @router.get("/health", response_model=Health, tags=["meta"], summary="Liveness")
    def health() -> Health:
        return Health(status="ok")

    return router


def mount_page(app: FastAPI) -> None:
    """Serve the review page at ``/`` and its assets under ``/static`` (when the page is built)."""
    static = static_dir()
    if not (static / "index.html").exists():
        return
    app.mount("/static", StaticFiles(directory=static), name="static")

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(static / "index.html", headers={"Cache-Control": "no-cache"})

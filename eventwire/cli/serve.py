"""``eventwire serve``: the HTTP API and the analyst review page."""

from __future__ import annotations

import os
import sys
from typing import Annotated

import typer

from ..errors import ConfigError
from ..options import Options


def register(app: typer.Typer) -> None:
    @app.command()
    def serve(
        host: Annotated[str, typer.Option(help="Address to listen on (loopback by default)")] = "127.0.0.1",
        port: Annotated[int, typer.Option(help="TCP port", min=0, max=65535)] = 8000,
        db: Annotated[str | None, typer.Option("--db", help="Store URL (default: SQLite in the data dir)")] = None,
        token: Annotated[
            str | None,
            typer.Option(help="Token that write endpoints require (Bearer); also read from EVENTWIRE_TOKEN"),
        ] = None,
        model: Annotated[str | None, typer.Option("--model", help="spaCy pipeline name or path")] = None,
        max_body_mb: Annotated[float, typer.Option(help="Largest request body accepted, in MB")] = 4.0,
        cors_origin: Annotated[
            list[str] | None, typer.Option(help="Allow cross-origin requests from this origin (repeatable)")
        ] = None,
        tiles: Annotated[
            str | None,
            typer.Option(help="XYZ raster tile URL for the map background, e.g. https://tile.example.org/{z}/{x}/{y}.png "
                              "(default: none; the page then loads nothing from elsewhere)"),
        ] = None,
        tiles_attribution: Annotated[str | None, typer.Option(help="Attribution text shown with the tiles")] = None,
    ) -> None:
        """Serve the HTTP API (OpenAPI at /openapi.json) and the review page at http://HOST:PORT/."""
        import uvicorn

        from ..api import create_app
        from ..store import Store

        token = token or os.environ.get("EVENTWIRE_TOKEN") or None
        if host not in ("127.0.0.1", "localhost", "::1") and not token:
            print(
                f"warning: listening on {host} without --token: anyone who can reach it can write to the store",
                file=sys.stderr,
            )
        if max_body_mb <= 0:
            raise ConfigError("--max-body-mb must be positive")
        store = Store(db)  # fail now, with a clear error, if the database cannot be opened
        application = create_app(Options.from_mapping({"model": model}), db, token, store=store,
                                 max_body_bytes=int(max_body_mb * 1024 * 1024), cors_origins=cors_origin,
                                 tile_url=tiles, tile_attribution=tiles_attribution)
        shown = f"[{host}]" if ":" in host else host
        print(f"eventwire: review page at http://{shown}:{port}/  (API: /openapi.json)", file=sys.stderr)
        try:
            uvicorn.run(application, host=host, port=port, log_level="warning")
        finally:
            store.close()

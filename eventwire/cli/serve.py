"""``eventwire serve``: the HTTP API and the analyst review page."""

from __future__ import annotations

import errno
import ipaddress
import os
import socket
import sys
from typing import Annotated

import typer

from ..errors import ConfigError
from ..options import Options
from .extract import AllowPrivateOpt, LexiconsOpt, use_lexicons

WILDCARD_HOSTS = ("0.0.0.0", "::", "")


def _address(host: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    try:
        return ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return None


def is_loopback_host(host: str) -> bool:
    """``localhost`` or a loopback address; any other name counts as not loopback."""
    ip = _address(host)
    return host.lower() == "localhost" or (ip is not None and ip.is_loopback)


def allowed_host_names(host: str, extra: list[str]) -> list[str] | None:
    """The Host header names the server answers: the bound address, the loopback names when it is
    reachable on loopback, and ``extra``; ``None`` (no check) when ``extra`` has ``*``."""
    if "*" in extra:
        return None
    names = [host, *extra]
    ip = _address(host)
    if is_loopback_host(host) or host in WILDCARD_HOSTS or (ip is not None and ip.is_unspecified):
        names += ["127.0.0.1", "localhost", "[::1]"]
    return names


def listen_socket(host: str, port: int) -> socket.socket:
    """A listening TCP socket on ``host:port``; ``ConfigError`` (exit 3) when it cannot be had."""
    shown = f"[{host}]" if ":" in host else host
    sock = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host.strip("[]"), port))
        sock.listen(2048)
    except OSError as exc:
        sock.close()
        if exc.errno == errno.EADDRINUSE:
            raise ConfigError(f"cannot listen on {shown}:{port}: the port is already in use",
                              hint="choose another --port or stop the program using it") from None
        raise ConfigError(f"cannot listen on {shown}:{port}: {exc.strerror or exc}") from None
    return sock


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
        allowed_host: Annotated[
            list[str] | None,
            typer.Option(help="Also answer requests for this Host name, e.g. a proxy's public name (repeatable; "
                              "'*' turns the Host check off)"),
        ] = None,
        insecure_no_token: Annotated[
            bool, typer.Option("--insecure-no-token", help="Listen on a non-loopback address without a token")
        ] = False,
        allow_private_urls: AllowPrivateOpt = False,
        lexicons: LexiconsOpt = None,
    ) -> None:
        """Serve the HTTP API (OpenAPI at /openapi.json) and the review page at http://HOST:PORT/."""
        use_lexicons(lexicons)
        import uvicorn

        from ..api import create_app
        from ..store import Store

        token = token or os.environ.get("EVENTWIRE_TOKEN") or None
        if not is_loopback_host(host) and not token:
            if not insecure_no_token:
                raise ConfigError(f"refusing to listen on {host} without --token: anyone who can reach it could "
                                  "write to the store", hint="give --token (or EVENTWIRE_TOKEN), or --insecure-no-token")
            print(f"warning: listening on {host} without --token: anyone who can reach it can write to the store",
                  file=sys.stderr)
        if max_body_mb <= 0:
            raise ConfigError("--max-body-mb must be positive")
        hosts = allowed_host_names(host, allowed_host or [])
        store = Store(db)  # fail now, with a clear error, if the database cannot be opened
        try:
            sock = listen_socket(host, port)  # a taken port: one line, exit 3
        except BaseException:
            store.close()
            raise
        application = create_app(Options.from_mapping({"model": model}), db, token, store=store,
                                 max_body_bytes=int(max_body_mb * 1024 * 1024), cors_origins=cors_origin,
                                 tile_url=tiles, tile_attribution=tiles_attribution,
                                 allow_private_urls=allow_private_urls or None, allowed_hosts=hosts)
        shown = f"[{host}]" if ":" in host else host
        bound = sock.getsockname()[1]
        print(f"eventwire: review page at http://{shown}:{bound}/  (API: /openapi.json)", file=sys.stderr)
        if host in WILDCARD_HOSTS and not allowed_host:
            print("eventwire: answering only to Host 127.0.0.1, localhost and [::1]; add the names clients use "
                  "with --allowed-host", file=sys.stderr)
        try:
            uvicorn.Server(uvicorn.Config(application, log_level="warning")).run(sockets=[sock])
        finally:
            sock.close()
            store.close()

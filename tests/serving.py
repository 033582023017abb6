"""Run `eventwire serve` as a real process on a free loopback port, for server tests."""

from __future__ import annotations

import contextlib
import socket
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field

import httpx

from .conftest import ROOT


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class ServeProcess:
    base: str
    port: int
    output: list[str] = field(default_factory=list)
    """The server's combined stdout/stderr, filled in when the process has stopped."""


# What `eventwire serve` prints once its socket listens (eventwire/cli/serve.py).
READY_LINE = "eventwire: review page at "


@contextlib.contextmanager
def serve_process(db_url: str, *args: str, ready_s: float = 90) -> Iterator[ServeProcess]:
    """Start `eventwire serve --db URL ARGS…`, wait until it says it listens and answers /health, stop it
    on exit. ``ready_s`` bounds the read of that first answer (an I/O timeout, not a measure of speed)."""
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "eventwire", "serve", "--port", str(port), "--db", db_url, *args],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    server = ServeProcess(f"http://127.0.0.1:{port}", port)
    started: list[str] = []
    try:
        assert proc.stdout is not None
        # The server says so once its socket listens; the output ends instead if it exits first.
        for line in proc.stdout:
            started.append(line)
            if line.startswith(READY_LINE):
                break
        else:
            raise AssertionError("eventwire serve exited before listening:\n" + "".join(started))
        # a listening socket holds the request in its backlog until the application answers
        health = httpx.get(f"{server.base}/health", timeout=ready_s)
        assert health.status_code == 200, "".join(started)
        yield server
    finally:
        proc.terminate()
        out, _ = proc.communicate(timeout=30)
        server.output.append("".join(started) + out)

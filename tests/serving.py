"""Run `eventwire serve` as a real process on a free loopback port, for server tests."""

from __future__ import annotations

import contextlib
import socket
import subprocess
import sys
import time
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


@contextlib.contextmanager
def serve_process(db_url: str, *args: str, ready_s: float = 90) -> Iterator[ServeProcess]:
    """Start `eventwire serve --db URL ARGS…`, wait for /health, stop it on exit."""
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "eventwire", "serve", "--port", str(port), "--db", db_url, *args],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    server = ServeProcess(f"http://127.0.0.1:{port}", port)
    try:
        deadline = time.monotonic() + ready_s
        while True:
            try:
                if httpx.get(f"{server.base}/health", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert proc.poll() is None, proc.stdout.read() if proc.stdout else ""
            assert time.monotonic() < deadline, f"eventwire serve did not answer in {ready_s:g} s"
            time.sleep(0.3)
        yield server
    finally:
        proc.terminate()
        out, _ = proc.communicate(timeout=30)
        server.output.append(out)

"""The per-article time limit holds in the HTTP server's worker threads too."""

from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient

from eventwire.api import create_app
from eventwire.options import Options

from .conftest import EXAMPLES


def test_extract_time_limit_enforced_in_server_threads(tmp_path: Path) -> None:
    app = create_app(Options(), f"sqlite:///{tmp_path / 'store.sqlite'}")
    text = (EXAMPLES / "kherson-grain-convoy.txt").read_text(encoding="utf-8")
    with TestClient(app) as client:
        slow = client.post("/extract", json={"text": text, "options": {"time_limit_s": 0.001}})
        assert slow.status_code == 422
        assert "time limit" in slow.json()["error"]
        ok = client.post("/extract", json={"text": text})
        assert ok.status_code == 200

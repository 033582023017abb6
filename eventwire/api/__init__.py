"""The eventwire HTTP API (FastAPI) and the analyst review page it serves."""

from __future__ import annotations

from .app import create_app, static_dir

__all__ = ["create_app", "static_dir"]

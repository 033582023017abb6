"""Offline gazetteer: GeoNames places with admin hierarchy in one indexed SQLite file.

``open_gazetteer(options)`` returns the lookup object, building the file from installed packages on
first use (``build.build_from_packages``); ``geonames.import_geonames`` replaces it with a full
GeoNames dump.
"""

from __future__ import annotations

import sys
import threading
from pathlib import Path

from ..options import Options
from .store import SCHEMA_VERSION, Candidate, Gazetteer, PlaceRow

__all__ = ["Candidate", "Gazetteer", "PlaceRow", "ensure_gazetteer", "open_gazetteer"]

_OPEN: dict[Path, Gazetteer] = {}
_LOCK = threading.Lock()


def ensure_gazetteer(path: Path) -> Path:
    """The gazetteer file at ``path``, built from installed packages if it is missing or outdated."""
    from .build import build_from_packages

    if path.exists():
        try:
            found = Gazetteer(path).schema_version
            # A file from a newer eventwire is kept (a long-running older process must not downgrade it).
            if found.isdigit() and int(found) >= int(SCHEMA_VERSION):
                return path
        except Exception:  # an unreadable or foreign file is rebuilt
            pass
        print(f"eventwire: gazetteer at {path} is outdated; rebuilding", file=sys.stderr)
    return build_from_packages(path)


def open_gazetteer(options: Options | None = None) -> Gazetteer:
    """The (cached) gazetteer of these options, built on first use."""
    path = (options or Options()).gazetteer_path()
    with _LOCK:
        gaz = _OPEN.get(path)
        if gaz is None:
            gaz = Gazetteer(ensure_gazetteer(path))
            _OPEN[path] = gaz
        return gaz


def forget(path: Path) -> None:
    """Drop a cached handle (after the file was rebuilt or replaced)."""
    with _LOCK:
        _OPEN.pop(path, None)

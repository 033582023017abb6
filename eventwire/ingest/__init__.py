"""Ingest: turn what analysts have (files, directories, JSON/JSONL dumps, URLs, RSS/Atom feeds,
standard input) into :class:`~eventwire.document.ArticleInput` items, and run them into a store.

``iter_items(sources, ReadOptions(...))`` yields :class:`IngestItem`: a stable ``key`` (URL, external
id or path), the ``input`` when it could be read, or the ``error`` reason when it could not. Reading
never raises for one bad item; the runner (:func:`eventwire.ingest.runner.ingest`) records the
reason as a failure and goes on.
"""

from __future__ import annotations

from .items import IngestItem, ReadOptions
from .sources import iter_items

__all__ = ["IngestItem", "ReadOptions", "iter_items"]

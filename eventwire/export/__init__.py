"""Exports of stored events (cross-article clusters with their mentions and source articles).

Every writer takes an iterable of event dicts as returned by :meth:`eventwire.store.Store.get_event`
and a file handle, and returns how many events it wrote. Fields eventwire does not know are left
blank (``""`` in CSV/TSV, ``null`` in JSON), never guessed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import IO, Any

from ..errors import InputError
from . import acled, gdelt, geojson, parquet, plover

Writer = Callable[[Iterable[dict[str, Any]], IO[Any]], int]

FORMATS: dict[str, Writer] = {
    "plover-jsonl": plover.write,
    "acled-csv": acled.write,
    "geojson": geojson.write,
    "parquet": parquet.write,
    "gdelt-tsv": gdelt.write,
}
BINARY_FORMATS = frozenset({"parquet"})
EXTENSIONS = {"plover-jsonl": ".jsonl", "acled-csv": ".csv", "geojson": ".geojson", "parquet": ".parquet",
              "gdelt-tsv": ".tsv"}


def write_events(fmt: str, events: Iterable[dict[str, Any]], fh: IO[Any]) -> int:
    try:
        writer = FORMATS[fmt]
    except KeyError:
        raise InputError(f"unknown export format {fmt!r}", hint=f"one of {', '.join(FORMATS)}") from None
    return writer(events, fh)

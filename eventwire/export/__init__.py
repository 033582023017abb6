"""Exports of stored events (cross-article clusters with their mentions and source articles).

Every writer takes an iterable of event dicts as returned by :meth:`eventwire.store.Store.get_event`
and a file handle, and returns how many events it wrote. Fields eventwire does not know are left
blank (``""`` in CSV/TSV, ``null`` in JSON), never guessed. Format options (keyword arguments):
``acled-csv``: ``all_events`` (also events with no ACLED type); ``gdelt-tsv``: ``header`` (GDELT's files have
none); ``geojson``: ``report`` (called with a line saying how many unlocated events were left out).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import IO, Any

from ..errors import InputError
from . import acled, gdelt, geojson, parquet, plover

Writer = Callable[..., int]

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


OPTIONS: dict[str, frozenset[str]] = {"acled-csv": frozenset({"all_events"}), "gdelt-tsv": frozenset({"header"}),
                                      "geojson": frozenset({"report"})}


def write_events(fmt: str, events: Iterable[dict[str, Any]], fh: IO[Any], **options: Any) -> int:
    """Write ``events`` as ``fmt``; options a format does not take are ignored (so one call serves every format)."""
    try:
        writer = FORMATS[fmt]
    except KeyError:
        raise InputError(f"unknown export format {fmt!r}", hint=f"one of {', '.join(FORMATS)}") from None
    known = OPTIONS.get(fmt, frozenset())
    return writer(events, fh, **{k: v for k, v in options.items() if k in known and v is not None})

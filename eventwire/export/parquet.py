"""Parquet: one row per event, list columns for actors, sources and articles."""

from __future__ import annotations

from collections.abc import Iterable
from typing import IO, Any

import pyarrow as pa
import pyarrow.parquet as pq

from .common import source_urls

SCHEMA = pa.schema([
    ("id", pa.string()), ("type", pa.string()), ("status", pa.string()), ("date", pa.string()),
    ("place", pa.string()), ("country", pa.string()), ("admin1", pa.string()),
    ("lat", pa.float64()), ("lon", pa.float64()),
    ("actors", pa.list_(pa.string())), ("recipients", pa.list_(pa.string())),
    ("n_articles", pa.int32()), ("n_mentions", pa.int32()), ("confidence", pa.float64()),
    ("fatalities", pa.int32()), ("evidence", pa.string()),
    ("sources", pa.list_(pa.string())), ("article_ids", pa.list_(pa.string())), ("urls", pa.list_(pa.string())),
])


def write(events: Iterable[dict[str, Any]], fh: IO[Any]) -> int:
    cols: dict[str, list[Any]] = {name: [] for name in SCHEMA.names}
    for ev in events:
        for name in SCHEMA.names:
            if name == "urls":
                cols[name].append(source_urls(ev))
            elif name == "article_ids":
                cols[name].append([a["id"] for a in ev.get("articles", [])])
            else:
                cols[name].append(ev.get(name))
    table = pa.Table.from_pydict(cols, schema=SCHEMA)
    pq.write_table(table, fh)
    return table.num_rows

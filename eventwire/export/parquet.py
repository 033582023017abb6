"""Parquet: one row per event, list columns for actors, sources and articles, dates typed as dates, and a WKB
``geometry`` column described by GeoParquet 1.0 metadata (null for events without coordinates), so geopandas,
DuckDB spatial and GDAL read it as a point layer."""

from __future__ import annotations

import datetime as dt
import json
import struct
from collections.abc import Iterable
from typing import IO, Any

import pyarrow as pa
import pyarrow.parquet as pq

from .common import according_to, geo_precision, source_urls, time_precision

ENTITY = pa.struct([("name", pa.string()), ("code", pa.string()), ("sector", pa.string())])
SCHEMA = pa.schema([
    ("id", pa.string()), ("type", pa.string()), ("status", pa.string()),
    ("date", pa.date32()), ("date_min", pa.date32()), ("date_max", pa.date32()),
    ("time_precision", pa.int8()),
    ("place", pa.string()), ("country", pa.string()), ("admin1", pa.string()),
    ("lat", pa.float64()), ("lon", pa.float64()), ("geo_precision", pa.int8()),
    ("actors", pa.list_(pa.string())), ("recipients", pa.list_(pa.string())),
    ("according_to", ENTITY),
    ("n_articles", pa.int32()), ("n_mentions", pa.int32()), ("confidence", pa.float64()),
    ("fatalities", pa.int32()), ("evidence", pa.string()),
    ("sources", pa.list_(pa.string())), ("article_ids", pa.list_(pa.string())), ("urls", pa.list_(pa.string())),
    ("geometry", pa.binary()),
])
DATES = ("date", "date_min", "date_max")


def wkb_point(lon: float, lat: float) -> bytes:
    """An ISO WKB point, little-endian."""
    return struct.pack("<BIdd", 1, 1, lon, lat)


def _value(ev: dict[str, Any], name: str) -> Any:
    if name in DATES:
        return dt.date.fromisoformat(ev[name]) if ev.get(name) else None
    if name == "urls":
        return source_urls(ev)
    if name == "article_ids":
        return [a["id"] for a in ev.get("articles", [])]
    if name == "according_to":
        return according_to(ev)
    if name == "geo_precision":
        return geo_precision(ev)
    if name == "time_precision":
        return time_precision(ev)
    if name == "geometry":
        return None if ev.get("lat") is None or ev.get("lon") is None else wkb_point(ev["lon"], ev["lat"])
    return ev.get(name)


def geo_metadata(lons: list[float], lats: list[float]) -> dict[str, Any]:
    col: dict[str, Any] = {"encoding": "WKB", "geometry_types": ["Point"] if lons else []}
    if lons:
        col["bbox"] = [min(lons), min(lats), max(lons), max(lats)]
    return {"version": "1.0.0", "primary_column": "geometry", "columns": {"geometry": col}}


def write(events: Iterable[dict[str, Any]], fh: IO[Any]) -> int:
    cols: dict[str, list[Any]] = {name: [] for name in SCHEMA.names}
    for ev in events:
        for name in SCHEMA.names:
            cols[name].append(_value(ev, name))
    located = [(lo, la) for lo, la in zip(cols["lon"], cols["lat"], strict=True) if lo is not None and la is not None]
    meta = geo_metadata([p[0] for p in located], [p[1] for p in located])
    table = pa.Table.from_pydict(cols, schema=SCHEMA.with_metadata({"geo": json.dumps(meta)}))
    pq.write_table(table, fh)
    return table.num_rows

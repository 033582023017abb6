"""GeoJSON FeatureCollection: one Point feature per located event. Unlocated events are left out; the writer
reports how many through ``report`` (the command line prints it on stderr). ``geo_precision`` says how much a
point means: 1 a town, 2 a district or other area, 3 a province or country centroid (not a place on the map)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from typing import IO, Any

from .common import according_to, geo_precision, time_precision


def feature(ev: dict[str, Any]) -> dict[str, Any] | None:
    if ev.get("lat") is None or ev.get("lon") is None:
        return None
    props = {k: ev.get(k) for k in ("id", "type", "status", "date", "date_min", "date_max", "place", "country",
                                    "admin1", "n_articles", "n_mentions", "confidence", "fatalities", "evidence")}
    props["according_to"] = according_to(ev)
    props["geo_precision"] = geo_precision(ev)
    props["time_precision"] = time_precision(ev)
    props["actors"] = "; ".join(ev.get("actors") or [])
    props["recipients"] = "; ".join(ev.get("recipients") or [])
    props["sources"] = "; ".join(ev.get("sources") or [])
    props["article_ids"] = [a["id"] for a in ev.get("articles", [])]
    return {"type": "Feature", "id": ev["id"],
            "geometry": {"type": "Point", "coordinates": [round(ev["lon"], 6), round(ev["lat"], 6)]},
            "properties": props}


def write(events: Iterable[dict[str, Any]], fh: IO[Any], *, report: Callable[[str], None] | None = None) -> int:
    fh.write('{"type": "FeatureCollection", "features": [')
    n = skipped = 0
    for ev in events:
        f = feature(ev)
        if f is None:
            skipped += 1
            continue
        fh.write(("," if n else "") + "\n" + json.dumps(f, ensure_ascii=False))
        n += 1
    fh.write("\n]}\n")
    if report is not None and skipped:
        report(f"geojson: left out {skipped} event{'s' if skipped != 1 else ''} with no coordinates")
    return n

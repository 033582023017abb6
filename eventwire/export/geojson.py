"""GeoJSON FeatureCollection: one Point feature per located event (unlocated events are left out)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import IO, Any


def feature(ev: dict[str, Any]) -> dict[str, Any] | None:
    if ev.get("lat") is None or ev.get("lon") is None:
        return None
    props = {k: ev.get(k) for k in ("id", "type", "status", "date", "place", "country", "admin1",
                                    "n_articles", "n_mentions", "confidence", "fatalities", "evidence")}
    props["actors"] = "; ".join(ev.get("actors") or [])
    props["recipients"] = "; ".join(ev.get("recipients") or [])
    props["sources"] = "; ".join(ev.get("sources") or [])
    props["article_ids"] = [a["id"] for a in ev.get("articles", [])]
    return {"type": "Feature", "id": ev["id"],
            "geometry": {"type": "Point", "coordinates": [round(ev["lon"], 6), round(ev["lat"], 6)]},
            "properties": props}


def write(events: Iterable[dict[str, Any]], fh: IO[Any]) -> int:
    fh.write('{"type": "FeatureCollection", "features": [')
    n = 0
    for ev in events:
        f = feature(ev)
        if f is None:
            continue
        fh.write(("," if n else "") + "\n" + json.dumps(f, ensure_ascii=False))
        n += 1
    fh.write("\n]}\n")
    return n

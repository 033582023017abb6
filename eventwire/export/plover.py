"""PLOVER JSONL: one event record per line in the field names of the PLOVER manual's JSON table (``id, date,
enddate, actor, recipient, event, event_loc, event_text, quad_code, event_scale, mode, context, text, language``)
with entity objects ``{code, sector, entity_text}`` and the manual's location object (Mordecai-style fields
from eventwire's GeoNames gazetteer). The auxiliary modes (historical, future, hypothetical, negated) are in
``context``. eventwire's own fields sit beside them, as the manual allows: ``status``, ``according_to``,
``time_precision`` / ``geo_precision`` (ACLED's 1-3 scales), counts, and per report the evidence offsets.
The JSON Schema is ``docs/schema/plover-event.schema.json``."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import IO, Any

from ..events.cameo import QUAD_INDEX, QUAD_OF_TYPE
from . import codebooks
from .common import (
    MODALITY,
    according_to,
    actor_entries,
    geo_precision,
    mention_events,
    most_common,
    place_detail,
    time_precision,
)

SCHEMA_ID = "https://eventwire.dev/schema/plover-event.schema.json"
# The manual's location ``resolution``: 5 sub-city, 4 city, 3 district, 2 province, 1 country.
RESOLUTION = {"populated_place": 4, "admin2": 3, "admin1": 2, "region": 2, "country": 1}
FEATURE_CLASS = {"populated_place": "P", "admin2": "A", "admin1": "A", "country": "A", "region": "L"}


def entity(a: dict[str, Any]) -> dict[str, Any]:
    """A PLOVER entity object: ``code`` is the actor's country (ISO 3166-1 alpha-3), ``sector`` its sector."""
    return {"code": a.get("country") or a.get("code") or None, "sector": a.get("sector") or None,
            "entity_text": a.get("name") or ""}


def event_loc(ev: dict[str, Any]) -> dict[str, Any] | None:
    if not ev.get("place") and ev.get("lat") is None:
        return None
    p = place_detail(ev)
    feature = most_common([m.get("place_feature") for m in ev.get("mentions", [])
                           if m.get("place") == ev.get("place") and m.get("place_feature")])
    return {
        "extracted_place": ev.get("place"),
        "resolved_place": ev.get("place"),
        "geonameid": p.get("geonameid"),
        "lat": ev.get("lat"),
        "lon": ev.get("lon"),
        "city": ev.get("place") if feature == "populated_place" else None,
        "district": p.get("admin2"),
        "province": ev.get("admin1"),
        "country": codebooks.acled_country(ev.get("country")) or None,
        "country_code": ev.get("country"),
        "feature_class": FEATURE_CLASS.get(feature or ""),
        "resolution": RESOLUTION.get(feature or ""),
        "geo_precision": geo_precision(ev),
    }


def record(ev: dict[str, Any]) -> dict[str, Any]:
    mentions = mention_events(ev)
    modes = list(dict.fromkeys(m for e in mentions for m in e.get("mode", [])))
    contexts = list(dict.fromkeys(c for e in mentions for c in e.get("context", [])))
    modality = MODALITY.get(ev.get("status") or "")
    if modality and modality not in contexts:
        contexts.append(modality)
    counts = [e.get("counts") or {} for e in mentions]
    triggers = list(dict.fromkeys((e.get("trigger") or {}).get("text") for e in mentions))
    cameo = most_common([e.get("cameo") for e in mentions])
    quad = most_common([e.get("quad_class") for e in mentions]) or QUAD_OF_TYPE.get(ev["type"])

    def top(key: str) -> int | None:
        vals = [c[key] for c in counts if c.get(key) is not None]
        return max(vals) if vals else None

    who = according_to(ev)
    return {
        "id": ev["id"],
        "date": ev.get("date"),
        "enddate": ev.get("date_max") if ev.get("date_max") and ev.get("date_max") != ev.get("date") else None,
        "actor": [entity(a) for a in actor_entries(ev, "actors")],
        "recipient": [entity(a) for a in actor_entries(ev, "recipients")],
        "event": [ev["type"]],
        "event_loc": event_loc(ev),
        "event_text": [t for t in triggers if t],
        "quad_code": QUAD_INDEX.get(quad) if quad else None,
        "event_scale": codebooks.goldstein(cameo),
        "mode": modes,
        "context": contexts,
        "text": ev.get("evidence") or "",
        "language": "en",
        "status": ev.get("status"),
        "according_to": entity(who) if who else None,
        "time_precision": time_precision(ev),
        "geo_precision": geo_precision(ev),
        "dead": top("fatalities"),
        "injured": top("injured"),
        "arrested": top("arrested"),
        "size": top("size"),
        "n_articles": ev.get("n_articles", 0),
        "n_mentions": ev.get("n_mentions", 0),
        "reports": [
            {"article_id": m["article_id"], "status": m.get("status"),
             "according_to": entity(m["according_to"]) if m.get("according_to") else None,
             "evidence_start": m["evidence"]["start"], "evidence_end": m["evidence"]["end"]}
            for m in ev.get("mentions", [])
        ],
        "articles": [
            {"id": a["id"], "publication": a.get("source"), "url": a.get("url"), "published": a.get("published")}
            for a in ev.get("articles", [])
        ],
    }


def write(events: Iterable[dict[str, Any]], fh: IO[Any]) -> int:
    n = 0
    for ev in events:
        fh.write(json.dumps(record(ev), ensure_ascii=False) + "\n")
        n += 1
    return n

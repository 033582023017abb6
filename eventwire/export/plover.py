"""PLOVER JSONL: one PLOVER event record per line (field names of the PLOVER gold standard records:
``id, date, event, mode, context, source, target, eventText, text, eventLoc, dead, injured, size,
language, publication``) plus eventwire's ``status``, ``articles`` and counts. The JSON Schema is
``docs/schema/plover-event.schema.json``."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import IO, Any

from .common import actor_entries, iso2, mention_events, most_common

SCHEMA_ID = "https://eventwire.dev/schema/plover-event.schema.json"


def _actors(entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out = []
    for a in entries:
        item: dict[str, Any] = {"actorText": a["name"]}
        if a.get("country"):
            item["code"] = a["country"]
        if a.get("sector"):
            item["sector"] = a["sector"]
        out.append(item)
    return out


def record(ev: dict[str, Any]) -> dict[str, Any]:
    mentions = mention_events(ev)
    modes = list(dict.fromkeys(m for e in mentions for m in e.get("mode", [])))
    contexts = list(dict.fromkeys(c for e in mentions for c in e.get("context", [])))
    counts = [e.get("counts") or {} for e in mentions]
    trigger = most_common([(e.get("trigger") or {}).get("text") for e in mentions])
    loc: dict[str, Any] | None = None
    if ev.get("place") or ev.get("lat") is not None:
        loc = {"name": ev.get("place"), "country code": iso2(ev.get("country")) or None,
               "admin1": ev.get("admin1"), "lat": ev.get("lat"), "lon": ev.get("lon")}
    dead = [c["fatalities"] for c in counts if c.get("fatalities") is not None]
    injured = [c["injured"] for c in counts if c.get("injured") is not None]
    size = [c["size"] for c in counts if c.get("size") is not None]
    return {
        "id": ev["id"],
        "date": ev.get("date"),
        "event": ev["type"],
        "mode": modes,
        "context": contexts,
        "source": _actors(actor_entries(ev, "actors")),
        "target": _actors(actor_entries(ev, "recipients")),
        "eventText": trigger,
        "text": ev.get("evidence") or "",
        "eventLoc": loc,
        "dead": max(dead) if dead else None,
        "injured": max(injured) if injured else None,
        "size": max(size) if size else None,
        "language": "en",
        "publication": list(ev.get("sources") or []),
        "status": ev.get("status"),
        "n_articles": ev.get("n_articles", 0),
        "n_mentions": ev.get("n_mentions", 0),
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

"""ACLED-style CSV: exactly ACLED's columns, blanks where eventwire does not know the value."""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterable
from typing import IO, Any

from .common import actor_entries, country_name, date_precision, iso_numeric, mention_events, most_common

COLUMNS: tuple[str, ...] = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
    "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude",
    "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
)

# ACLED disorder type of each ACLED event type.
DISORDER = {
    "Battles": "Political violence",
    "Explosions/Remote violence": "Political violence",
    "Violence against civilians": "Political violence",
    "Protests": "Demonstrations",
    "Riots": "Political violence; Demonstrations",
    "Strategic developments": "Strategic developments",
}
# ACLED actor-type ("inter") codes from eventwire sector codes; other sectors are left blank.
INTER = {"MIL": 1, "GOV": 1, "POL": 1, "COP": 1, "REB": 2, "INS": 2, "MLT": 3, "PRT": 6, "CVL": 7}
# ACLED time precision: 1 day, 2 week (or within a few days), 3 month or coarser.
PRECISION = {"day": 1, "week": 2, "publication": 2, "month": 3, "season": 3, "quarter": 3, "year": 3,
             "decade": 3, "century": 3}
VIOLENT = {"Battles", "Explosions/Remote violence", "Violence against civilians", "Riots"}


def _inter(entries: list[dict[str, Any]]) -> int | None:
    for e in entries:
        code = INTER.get((e.get("sector") or "").upper())
        if code:
            return code
    return None


def row(ev: dict[str, Any]) -> dict[str, str]:
    acled = [e.get("acled") or {} for e in mention_events(ev)]
    event_type = most_common([a.get("event_type") for a in acled]) or ""
    sub_event_type = most_common([a.get("sub_event_type") for a in acled if a.get("event_type") == event_type]) or ""
    a1, a2 = actor_entries(ev, "actors"), actor_entries(ev, "recipients")
    i1, i2 = _inter(a1), _inter(a2)
    interaction = ""
    if i1 and i2:
        interaction = str(10 * min(i1, i2) + max(i1, i2))
    elif i1 or i2:
        interaction = str(10 * (i1 or i2 or 0))
    prec = PRECISION.get(date_precision(ev) or "")
    stamp = ""
    if ev.get("updated_at"):
        stamp = str(int(dt.datetime.fromisoformat(ev["updated_at"].replace("Z", "+00:00")).timestamp()))
    return {
        "event_id_cnty": ev["id"],
        "event_date": ev.get("date") or "",
        "year": (ev.get("date") or "")[:4],
        "time_precision": str(prec) if prec and ev.get("date") else "",
        "disorder_type": DISORDER.get(event_type, ""),
        "event_type": event_type,
        "sub_event_type": sub_event_type,
        "actor1": a1[0]["name"] if a1 else "",
        "assoc_actor_1": "; ".join(a["name"] for a in a1[1:]),
        "inter1": str(i1 or ""),
        "actor2": a2[0]["name"] if a2 else "",
        "assoc_actor_2": "; ".join(a["name"] for a in a2[1:]),
        "inter2": str(i2 or ""),
        "interaction": interaction,
        "civilian_targeting": "Civilian targeting" if i2 == 7 and event_type in VIOLENT else "",
        "iso": iso_numeric(ev.get("country")),
        "region": "",
        "country": country_name(ev.get("country")),
        "admin1": ev.get("admin1") or "",
        "admin2": most_common([(e.get("place") or {}).get("admin2") for e in mention_events(ev)]) or "",
        "admin3": "",
        "location": ev.get("place") or "",
        "latitude": "" if ev.get("lat") is None else f"{ev['lat']:.4f}",
        "longitude": "" if ev.get("lon") is None else f"{ev['lon']:.4f}",
        "geo_precision": "",
        "source": "; ".join(ev.get("sources") or []),
        "source_scale": "",
        "notes": ev.get("evidence") or "",
        "fatalities": "" if ev.get("fatalities") is None else str(ev["fatalities"]),
        "tags": "",
        "timestamp": stamp,
    }


def write(events: Iterable[dict[str, Any]], fh: IO[Any]) -> int:
    w = csv.DictWriter(fh, fieldnames=list(COLUMNS), lineterminator="\n")
    w.writeheader()
    n = 0
    for ev in events:
        w.writerow(row(ev))
        n += 1
    return n

"""ACLED-style CSV: exactly ACLED's 31 columns, filled as the ACLED codebook fills them where eventwire knows
the value. Only events with an ACLED event type are written unless ``all_events`` is set (the others then have
blank ACLED types). Codebook tables (inter codes, country names, regions) live in ``eventwire/data/export/``."""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterable
from typing import IO, Any

from . import codebooks
from .common import (
    ATTRIBUTED,
    according_to,
    actor_entries,
    geo_precision,
    iso_numeric,
    mention_events,
    most_common,
    place_detail,
    time_precision,
)

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
POLITICAL_VIOLENCE = {"Battles", "Explosions/Remote violence", "Violence against civilians"}
VIOLENT = POLITICAL_VIOLENCE | {"Riots"}
ARMED_INTER = {1, 2, 3, 4, 8}  # actors that are not demonstrators or civilians
# ACLED's generic actor names (with the country in brackets) where a report names no actor.
UNIDENTIFIED = {"Protests": ("Protesters", 6), "Riots": ("Rioters", 5)}
UNIDENTIFIED_ARMED = ("Unidentified Armed Group", 3)


def _inter(entries: list[dict[str, Any]], *, any_entry: bool = False) -> int | None:
    """Inter code of the first (named) actor, or with ``any_entry`` of the first actor that has a sector (actor 2
    is often a group named several ways: "two drivers; aid workers")."""
    for e in entries[: None if any_entry else 1]:
        code = codebooks.inter_of_sector(e.get("sector"))
        if code:
            return code
    return None


def _named(base: str, iso3: str | None) -> str:
    country = codebooks.acled_country(iso3)
    return f"{base} ({country})" if country else base


def _actor1(event_type: str, entries: list[dict[str, Any]], iso3: str | None) -> tuple[str, int | None]:
    """Actor 1 and its inter code: demonstrators are 6 / 5 by the event, unnamed actors get ACLED's generic name."""
    code = _inter(entries)
    if entries:
        if event_type in UNIDENTIFIED and code not in ARMED_INTER:
            code = UNIDENTIFIED[event_type][1]
        return entries[0]["name"], code
    if event_type in UNIDENTIFIED:
        base, code = UNIDENTIFIED[event_type]
        return _named(base, iso3), code
    if event_type in POLITICAL_VIOLENCE:
        return _named(UNIDENTIFIED_ARMED[0], iso3), UNIDENTIFIED_ARMED[1]
    return "", None


def _actor2(event_type: str, entries: list[dict[str, Any]], iso3: str | None) -> tuple[str, int | None]:
    if event_type == "Violence against civilians":  # ACLED's actor 2 of violence against civilians: civilians
        return (entries[0]["name"], _inter(entries, any_entry=True) or 7) if entries else (_named("Civilians", iso3), 7)
    if entries:
        return entries[0]["name"], _inter(entries, any_entry=True)
    return "", None


def interaction(i1: int | None, i2: int | None) -> str:
    """ACLED interaction: both inter codes, lower first (17); a sole actor 1 gives its code and 0 (60)."""
    if i1 is None:
        return ""
    if i2 is None:
        return f"{i1}0"
    return f"{min(i1, i2)}{max(i1, i2)}"


def notes(ev: dict[str, Any]) -> str:
    text = ev.get("evidence") or ""
    if ev.get("status") not in ATTRIBUTED:
        return text
    who = according_to(ev)
    said = f"According to {who['name']}" if who else "According to an unnamed source"
    return f"{text} [{said}; status: {ev['status']}.]".strip()


def tags(ev: dict[str, Any], event_type: str) -> str:
    if event_type not in ("Protests", "Riots"):
        return ""
    sizes = [((e.get("counts") or {}).get("size_text") or (e.get("counts") or {}).get("size"))
             for e in mention_events(ev)]
    size = most_common(sizes)
    return f"crowd size={size}" if size else "crowd size=no report"


def row(ev: dict[str, Any]) -> dict[str, str]:
    acled = [e.get("acled") or {} for e in mention_events(ev)]
    event_type = most_common([a.get("event_type") for a in acled]) or ""
    sub_event_type = most_common([a.get("sub_event_type") for a in acled if a.get("event_type") == event_type]) or ""
    iso3 = ev.get("country")
    a1, a2 = actor_entries(ev, "actors"), actor_entries(ev, "recipients")
    if event_type in UNIDENTIFIED and _inter(a1) in ARMED_INTER:
        a1, a2 = a2, a1  # ACLED: the demonstrators are actor 1 of a protest or riot, the force acting on them actor 2
    actor1, i1 = _actor1(event_type, a1, iso3)
    actor2, i2 = _actor2(event_type, a2, iso3)
    tprec, gprec = time_precision(ev), geo_precision(ev)
    stamp = ""
    if ev.get("updated_at"):
        stamp = str(int(dt.datetime.fromisoformat(ev["updated_at"].replace("Z", "+00:00")).timestamp()))
    return {
        "event_id_cnty": ev["id"],
        "event_date": ev.get("date") or "",
        "year": (ev.get("date") or "")[:4],
        "time_precision": str(tprec or ""),
        "disorder_type": DISORDER.get(event_type, ""),
        "event_type": event_type,
        "sub_event_type": sub_event_type,
        "actor1": actor1,
        "assoc_actor_1": "; ".join(a["name"] for a in a1[1:]),
        "inter1": str(i1 or ""),
        "actor2": actor2,
        "assoc_actor_2": "; ".join(a["name"] for a in a2[1:]),
        "inter2": str(i2 or ""),
        "interaction": interaction(i1, i2),
        "civilian_targeting": "Civilian targeting" if i2 == 7 and event_type in VIOLENT else "",
        "iso": iso_numeric(iso3),
        "region": codebooks.acled_region(iso3),
        "country": codebooks.acled_country(iso3),
        "admin1": ev.get("admin1") or "",
        "admin2": place_detail(ev).get("admin2") or "",
        "admin3": "",
        "location": ev.get("place") or "",
        "latitude": "" if ev.get("lat") is None else f"{ev['lat']:.4f}",
        "longitude": "" if ev.get("lon") is None else f"{ev['lon']:.4f}",
        "geo_precision": str(gprec or ""),
        "source": "; ".join(ev.get("sources") or []),
        "source_scale": "",  # needs a publisher-scale table eventwire does not have
        "notes": notes(ev),
        "fatalities": str(ev.get("fatalities") or 0),
        "tags": tags(ev, event_type),
        "timestamp": stamp,
    }


def write(events: Iterable[dict[str, Any]], fh: IO[Any], *, all_events: bool = False) -> int:
    """Write ACLED rows; events with no ACLED event type are skipped unless ``all_events``."""
    w = csv.DictWriter(fh, fieldnames=list(COLUMNS), lineterminator="\n")
    w.writeheader()
    n = 0
    for ev in events:
        r = row(ev)
        if not r["event_type"] and not all_events:
            continue
        w.writerow(r)
        n += 1
    return n

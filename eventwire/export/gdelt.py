"""GDELT 2.0 event table TSV (61 columns, with a header line). Codes eventwire does not produce
(Goldstein scale, tone, FIPS geo country codes, GDELT feature ids) are left blank."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import IO, Any

from .common import actor_entries, mention_events, most_common, source_urls

_ACTOR = ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
          "Type1Code", "Type2Code", "Type3Code")
_GEO = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")
COLUMNS: tuple[str, ...] = (
    ("GlobalEventID", "Day", "MonthYear", "Year", "FractionDate")
    + tuple(f"Actor1{c}" for c in _ACTOR) + tuple(f"Actor2{c}" for c in _ACTOR)
    + ("IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
       "NumMentions", "NumSources", "NumArticles", "AvgTone")
    + tuple(f"Actor1Geo_{c}" for c in _GEO) + tuple(f"Actor2Geo_{c}" for c in _GEO)
    + tuple(f"ActionGeo_{c}" for c in _GEO) + ("DATEADDED", "SOURCEURL")
)
QUAD = {"verbal_cooperation": "1", "material_cooperation": "2", "verbal_conflict": "3", "material_conflict": "4"}


def _clean(value: object) -> str:
    return "" if value is None else str(value).replace("\t", " ").replace("\n", " ").replace("\r", " ")


def _actor(entries: list[dict[str, Any]]) -> list[str]:
    if not entries:
        return [""] * len(_ACTOR)
    a = entries[0]
    code = (a.get("country") or "") + (a.get("sector") or "")
    return [code, a["name"].upper(), a.get("country") or "", "", "", "", "", a.get("sector") or "", "", ""]


def row(ev: dict[str, Any]) -> list[str]:
    date = ev.get("date")
    day = month = year = frac = ""
    if date:
        d = dt.date.fromisoformat(date)
        day, month, year = d.strftime("%Y%m%d"), d.strftime("%Y%m"), str(d.year)
        frac = f"{d.year + (d.timetuple().tm_yday - 1) / 365:.4f}"
    cameo = most_common([e.get("cameo") for e in mention_events(ev)]) or ""
    quad = QUAD.get(most_common([e.get("quad_class") for e in mention_events(ev)]) or "", "")
    geo = ["", ev.get("place") or "", "", "", "", ev.get("lat"), ev.get("lon"), ""]
    if ev.get("lat") is None:
        geo[5] = geo[6] = ""
    added = ""
    if ev.get("first_seen"):
        added = dt.datetime.fromisoformat(ev["first_seen"].replace("Z", "+00:00")).strftime("%Y%m%d%H%M%S")
    urls = source_urls(ev)
    values: list[Any] = [int(ev["id"][2:14], 16) if ev["id"].startswith("e-") else ev["id"], day, month, year, frac]
    values += _actor(actor_entries(ev, "actors")) + _actor(actor_entries(ev, "recipients"))
    values += ["1", cameo, cameo[:3], cameo[:2], quad, "", ev.get("n_mentions", 0), len(ev.get("sources") or []),
               ev.get("n_articles", 0), ""]
    values += [""] * len(_GEO) + [""] * len(_GEO) + geo + [added, urls[0] if urls else ""]
    return [_clean(v) for v in values]


def write(events: Iterable[dict[str, Any]], fh: IO[Any]) -> int:
    fh.write("\t".join(COLUMNS) + "\n")
    n = 0
    for ev in events:
        fh.write("\t".join(row(ev)) + "\n")
        n += 1
    return n

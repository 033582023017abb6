"""GDELT 2.0 event table TSV: 61 tab-separated columns and, like GDELT's files, no header line unless
``header`` is set. Goldstein scale from the CAMEO table and FIPS 10-4 country codes come from
``eventwire/data/export/``; tone, ADM1 codes (FIPS admin codes) and actor ethnic/religion codes are left blank.
``ActionGeo_FeatureID`` holds the GeoNames id of a town (eventwire's gazetteer is GeoNames, not GNS), the FIPS
code of a country, as GDELT does for country-level places."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import IO, Any

from ..events.cameo import QUAD_OF_TYPE
from . import codebooks
from .common import actor_entries, mention_events, most_common, place_detail, source_urls

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
# GDELT geo types: 1 country, 2 US state, 3 US city, 4 world city, 5 world state (ADM1).
GEO_TYPE = {"country": 1, "admin1": 5, "region": 5}


def cameo3(code: str) -> str:
    """GDELT's EventCode: a 2-digit root code ("12") is written as its 3-digit base code ("120")."""
    return code + "0" if len(code) == 2 else code


def _action_geo(ev: dict[str, Any]) -> list[Any]:
    if ev.get("lat") is None or ev.get("lon") is None:
        return ["", ev.get("place") or "", codebooks.fips(ev.get("country")), "", "", "", "", ""]
    feature = most_common([m.get("place_feature") for m in ev.get("mentions", [])
                           if m.get("place") == ev.get("place") and m.get("place_feature")])
    usa = (ev.get("country") or "") == "USA"
    geo_type = GEO_TYPE.get(feature or "", 3 if usa else 4)
    if geo_type == 5 and usa:
        geo_type = 2
    fips = codebooks.fips(ev.get("country"))
    name = ", ".join(x for x in dict.fromkeys([ev.get("place"), ev.get("admin1"),
                                               codebooks.acled_country(ev.get("country"))]) if x)
    gid = place_detail(ev).get("geonameid")
    feature_id = fips if geo_type == 1 else (gid if gid is not None else "")
    return [geo_type, name, fips, fips if geo_type == 1 else "", "", round(ev["lat"], 4), round(ev["lon"], 4),
            feature_id]


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
    cameo = cameo3(most_common([e.get("cameo") for e in mention_events(ev)]) or "")
    goldstein = codebooks.goldstein(cameo)
    quad = QUAD.get(most_common([e.get("quad_class") for e in mention_events(ev)]) or QUAD_OF_TYPE.get(ev["type"], ""), "")
    geo = _action_geo(ev)
    added = ""
    if ev.get("first_seen"):
        added = dt.datetime.fromisoformat(ev["first_seen"].replace("Z", "+00:00")).strftime("%Y%m%d%H%M%S")
    urls = source_urls(ev)
    values: list[Any] = [int(ev["id"][2:14], 16) if ev["id"].startswith("e-") else ev["id"], day, month, year, frac]
    values += _actor(actor_entries(ev, "actors")) + _actor(actor_entries(ev, "recipients"))
    values += ["1", cameo, cameo[:3], cameo[:2], quad, "" if goldstein is None else goldstein, ev.get("n_mentions", 0), len(ev.get("sources") or []),
               ev.get("n_articles", 0), ""]
    values += [""] * len(_GEO) + [""] * len(_GEO) + geo + [added, urls[0] if urls else ""]
    return [_clean(v) for v in values]


def write(events: Iterable[dict[str, Any]], fh: IO[Any], *, header: bool = False) -> int:
    """Write GDELT rows; a header line of GDELT's column names only when ``header`` is set."""
    if header:
        fh.write("\t".join(COLUMNS) + "\n")
    n = 0
    for ev in events:
        fh.write("\t".join(row(ev)) + "\n")
        n += 1
    return n

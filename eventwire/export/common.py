"""Small pure helpers shared by the export writers."""

from __future__ import annotations

from collections import Counter
from functools import lru_cache
from typing import Any

import pycountry


@lru_cache(maxsize=512)
def country(iso3: str | None) -> Any:
    if not iso3:
        return None
    try:
        return pycountry.countries.get(alpha_3=iso3.upper())
    except (KeyError, LookupError):
        return None


def country_name(iso3: str | None) -> str:
    c = country(iso3)
    return str(getattr(c, "common_name", None) or getattr(c, "name", "")) if c else ""


def iso_numeric(iso3: str | None) -> str:
    c = country(iso3)
    return str(int(c.numeric)) if c and getattr(c, "numeric", None) else ""


def iso2(iso3: str | None) -> str:
    c = country(iso3)
    return str(c.alpha_2) if c else ""


def mention_events(ev: dict[str, Any]) -> list[dict[str, Any]]:
    return [m["event"] for m in ev.get("mentions", [])]


def most_common(values: list[Any]) -> Any:
    vals = [v for v in values if v not in (None, "", [])]
    if not vals:
        return None
    counts = Counter(vals)
    return max(vals, key=lambda v: (counts[v], -vals.index(v)))


def actor_entries(ev: dict[str, Any], role: str) -> list[dict[str, Any]]:
    """Distinct actors (``role`` = 'actors' or 'recipients') over all mentions, most reported first."""
    seen: dict[str, dict[str, Any]] = {}
    counts: Counter[str] = Counter()
    for e in mention_events(ev):
        for a in e.get(role, []):
            name = a.get("name")
            if not name:
                continue
            counts[name] += 1
            cur = seen.setdefault(name, {"name": name, "country": None, "sector": None})
            cur["country"] = cur["country"] or a.get("country")
            cur["sector"] = cur["sector"] or a.get("sector")
    if not seen:  # fall back to the event summary
        return [{"name": n, "country": None, "sector": None} for n in ev.get(role, [])]
    order = list(seen)
    return [seen[n] for n in sorted(order, key=lambda n: (-counts[n], order.index(n)))]


def date_precision(ev: dict[str, Any]) -> str | None:
    return most_common([(e.get("date") or {}).get("precision") for e in mention_events(ev)])


def source_urls(ev: dict[str, Any]) -> list[str]:
    return [a["url"] for a in ev.get("articles", []) if a.get("url")]


# ACLED's 1-3 precision scales, used in every export.
# time: 1 the day is known, 2 the week (or a date a few days off), 3 the month or coarser.
TIME_PRECISION = {"day": 1, "week": 2, "publication": 2, "month": 3, "season": 3, "quarter": 3, "year": 3,
                  "decade": 3, "century": 3}
# geo: 1 a town or village, 2 a part of a region (district, other named area), 3 a province or larger.
GEO_PRECISION = {"populated_place": 1, "admin2": 2, "other": 2, "admin1": 3, "region": 3, "country": 3}
# Event status -> PLOVER auxiliary mode in ``context`` (the manual's historical / future / hypothetical /
# negated); denied events are reported as not having happened by whoever they are attributed to.
MODALITY = {"historical": "historical", "future": "future", "hypothetical": "hypothetical", "denied": "negated"}
ATTRIBUTED = ("claimed", "disputed", "denied")


def time_precision(ev: dict[str, Any]) -> int | None:
    if not ev.get("date"):
        return None
    return TIME_PRECISION.get(date_precision(ev) or "")


def geo_precision(ev: dict[str, Any]) -> int | None:
    """ACLED geo precision of the event's place: from the gazetteer feature of the mention that gave it."""
    if ev.get("lat") is None and not ev.get("place"):
        return None
    # The extractor's own precision (a place taken from the dateline or the article's focus is at least 2).
    precs = [((m.get("event") or {}).get("place") or {}).get("precision") for m in ev.get("mentions", [])
             if m.get("place") == ev.get("place")]
    known = [int(p) for p in precs if isinstance(p, int)]
    if known:
        return min(known)
    feats = [m.get("place_feature") for m in ev.get("mentions", [])
             if m.get("place") == ev.get("place") and m.get("place_feature")]
    feature = most_common(feats)
    if feature is None:
        return 2 if ev.get("lat") is not None else 3
    return GEO_PRECISION.get(feature, 2)


def according_to(ev: dict[str, Any]) -> dict[str, Any] | None:
    """Who the event is attributed to: the most cited source among the mentions that share the event's status
    (for a disputed event, the reports that say it happened), falling back to any mention, as
    ``{name, code, sector}``; None when no report names one. Every report's own source is in its mention."""
    mentions = ev.get("mentions", [])
    same = [m for m in mentions if m.get("status") == ev.get("status")]
    claims = [m for m in mentions if m.get("status") != "denied"] if ev.get("status") == "disputed" else []
    for pool in (same, claims, mentions):
        srcs = [m["according_to"] for m in pool if m.get("according_to")]
        name = most_common([s["name"] for s in srcs])
        if name:
            same = [s for s in srcs if s["name"] == name]
            return {"name": name, "code": most_common([s.get("code") for s in same]),
                    "sector": most_common([s.get("sector") for s in same])}
    return None


def place_detail(ev: dict[str, Any]) -> dict[str, Any]:
    """The mention-level place of the event's place (admin2, geonameid, the text it was read from)."""
    for e in mention_events(ev):
        p = e.get("place") or {}
        if p.get("name") and p.get("name") == ev.get("place"):
            return p
    return {}

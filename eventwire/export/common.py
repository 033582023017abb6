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

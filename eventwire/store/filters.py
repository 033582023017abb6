"""Event query filters shared by the CLI, the HTTP API and exports."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, and_, exists, or_, select

from ..errors import InputError
from ..schema import PLOVER_TYPES
from ..textutil import check_query_text, normalize_date
from .tables import events, mentions

STATUSES = ("asserted", "claimed", "disputed", "denied", "hypothetical", "future", "historical")


@dataclass(frozen=True)
class EventFilter:
    type: str | None = None
    actor: str | None = None
    country: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    bbox: tuple[float, float, float, float] | None = None
    """(min_lon, min_lat, max_lon, max_lat)"""
    status: str | None = None
    article_id: str | None = None

    @classmethod
    def from_mapping(cls, values: Mapping[str, Any] | EventFilter | None) -> EventFilter:
        if values is None:
            return cls()
        if isinstance(values, EventFilter):
            return values
        known = {f.name for f in dataclasses.fields(cls)}
        unknown = sorted(set(values) - known)
        if unknown:
            raise InputError(f"unknown event filter(s): {', '.join(unknown)}", hint=f"known: {', '.join(sorted(known))}")
        clean = {k: v for k, v in values.items() if v not in (None, "")}
        for name, value in clean.items():
            if isinstance(value, str):
                check_query_text(value, what=f"filter {name!r}")
        if "type" in clean:
            t = str(clean["type"]).upper()
            if t not in PLOVER_TYPES:
                raise InputError(f"unknown event type {clean['type']!r}", hint="use a PLOVER type, e.g. ASSAULT")
            clean["type"] = t
        if "status" in clean and clean["status"] not in STATUSES:
            raise InputError(f"unknown status {clean['status']!r}", hint=f"one of {', '.join(STATUSES)}")
        if "country" in clean:
            c = str(clean["country"]).upper()
            if len(c) != 3 or not c.isalpha():
                raise InputError(f"country must be an ISO 3166-1 alpha-3 code, not {clean['country']!r}")
            clean["country"] = c
        for name in ("date_from", "date_to"):
            if name in clean:
                clean[name] = normalize_date(clean[name], what=name.replace("_", " "))
        if "bbox" in clean:
            clean["bbox"] = parse_bbox(clean["bbox"])
        return cls(**clean)

    def clauses(self) -> list[ColumnElement[bool]]:
        out: list[ColumnElement[bool]] = []
        if self.type:
            out.append(events.c.type == self.type)
        if self.status:
            out.append(events.c.status == self.status)
        if self.country:
            out.append(events.c.country == self.country)
        if self.date_from:
            out.append(events.c.date >= self.date_from)
        if self.date_to:
            out.append(events.c.date <= self.date_to)
        if self.bbox:
            min_lon, min_lat, max_lon, max_lat = self.bbox
            out.append(and_(events.c.lat.between(min_lat, max_lat), events.c.lon.between(min_lon, max_lon)))
        if self.actor:
            # '%' and '_' in the name are literal characters, not LIKE wildcards.
            literal = self.actor.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            pattern = f"%{literal}%"
            out.append(
                or_(events.c.actors.ilike(pattern, escape="\\"), events.c.recipients.ilike(pattern, escape="\\"),
                    exists(select(mentions.c.id).where(
                        mentions.c.event_id == events.c.id,
                        or_(mentions.c.actors.ilike(pattern, escape="\\"),
                            mentions.c.recipients.ilike(pattern, escape="\\")))))
            )
        if self.article_id:
            out.append(exists(select(mentions.c.id).where(
                mentions.c.event_id == events.c.id, mentions.c.article_id == self.article_id)))
        return out


def parse_bbox(value: object) -> tuple[float, float, float, float]:
    """'min_lon,min_lat,max_lon,max_lat' (or a 4-sequence) → floats, validated."""
    parts = value.split(",") if isinstance(value, str) else list(value)  # type: ignore[call-overload]
    try:
        nums = tuple(float(p) for p in parts)
    except (TypeError, ValueError):
        raise InputError(f"invalid bbox {value!r}", hint="min_lon,min_lat,max_lon,max_lat") from None
    if len(nums) != 4:
        raise InputError(f"invalid bbox {value!r}", hint="min_lon,min_lat,max_lon,max_lat")
    min_lon, min_lat, max_lon, max_lat = nums
    if not (-180 <= min_lon <= max_lon <= 180 and -90 <= min_lat <= max_lat <= 90):
        raise InputError(f"invalid bbox {value!r}", hint="min_lon,min_lat,max_lon,max_lat within the globe")
    return min_lon, min_lat, max_lon, max_lat

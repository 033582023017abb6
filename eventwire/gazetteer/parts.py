"""``direction-part``: "southern Wisconsin", "north-west Pakistan", "central Italy" name a part of a country or
first-level region, not its centre. The part's point is where the region's own towns lie in that direction:
the median of the third of its gazetteer towns that lie farthest that way (latitude and longitude scaled to the
region's spread). "central X" keeps X's own point."""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

# direction word -> (north-south sign, east-west sign)
DIRECTIONS: dict[str, tuple[int, int]] = {
    "north": (1, 0), "northern": (1, 0), "south": (-1, 0), "southern": (-1, 0),
    "east": (0, 1), "eastern": (0, 1), "west": (0, -1), "western": (0, -1),
    "northeast": (1, 1), "northeastern": (1, 1), "northwest": (1, -1), "northwestern": (1, -1),
    "southeast": (-1, 1), "southeastern": (-1, 1), "southwest": (-1, -1), "southwestern": (-1, -1),
}  # fmt: skip
PART_KEY = "part@"
"""A place's reasons key (followed by a mention's start) holding "direction:lat,lon" of that mention's part."""
MIN_TOWNS = 12
"""A region with fewer gazetteer towns keeps its centre."""
PART_SHARE = 1 / 3


def direction_of(words: Sequence[str]) -> str | None:
    """The direction the words right before a name give ("southern", "north - west", "south-eastern"),
    normalised ("northwest"), or None."""
    joined = "".join(w.lower() for w in words if w not in ("-", "–")).replace("-", "")
    return joined if joined in DIRECTIONS else None


def part_point(points: Sequence[tuple[float, float]], direction: str) -> tuple[float, float] | None:
    """The point of the ``direction`` part of a region whose towns lie at ``points``."""
    if direction not in DIRECTIONS or len(points) < MIN_TOWNS:
        return None
    lats = [p[0] for p in points]
    lons = [p[1] for p in points]
    lat0, lon0 = statistics.median(lats), statistics.median(lons)
    ns, ew = DIRECTIONS[direction]
    s_lat = statistics.pstdev(lats) or 1.0
    s_lon = statistics.pstdev(lons) or 1.0
    ranked = sorted(points, key=lambda p: -(ns * (p[0] - lat0) / s_lat + ew * (p[1] - lon0) / s_lon))
    part = ranked[: max(1, int(len(ranked) * PART_SHARE))]
    return round(statistics.median(p[0] for p in part), 4), round(statistics.median(p[1] for p in part), 4)


def direction_before(doc: Doc, i: int) -> str | None:
    """The direction the words right before token ``i`` give: one word ("southern", "northwest",
    "north-west") or a hyphenated pair split by the tokenizer ("north - western")."""
    if i >= 3 and doc[i - 2].text in ("-", "–"):
        found = direction_of([t.text for t in doc[i - 3 : i]])
        if found is not None:
            return found
    return direction_of([doc[i - 1].text]) if i >= 1 else None


def part_of(reasons: dict[str, str], start: int | None) -> tuple[str, float, float] | None:
    """The (direction, lat, lon) a place's reasons record for its mention at ``start``."""
    if start is None:
        return None
    value = reasons.get(f"{PART_KEY}{start}")
    if not value:
        return None
    direction, _, point = value.partition(":")
    lat, _, lon = point.partition(",")
    try:
        return direction, float(lat), float(lon)
    except ValueError:
        return None

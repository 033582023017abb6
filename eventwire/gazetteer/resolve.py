"""Toponym resolution: pick one gazetteer entry per recognised mention.

Each candidate gets a score from prior evidence (population, feature level, national capital, how it
is named) and from the article: cue words ("province"), a qualifier ("Alexandria, La."), the
dateline, the countries, admin1 and admin2 regions the other names of the article could lie in or
resolve to, and their distance. Priors first, then rounds over the context those choices define (each
pick updated as soon as it is made). One sense per discourse: mentions with the same name share a
resolution unless a qualifier says otherwise.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from ..geo import haversine_km
from .names import name_key
from .recognize import Mention
from .store import NAME_ALTERNATE, NAME_DEMONYM, NAME_SHORT, Candidate, PlaceRow

# Weights, tuned on the LGL and TR-News training splits (articles whose index % 5 != 0).
ROUNDS = 3
POP_W = 1.0
CAPITAL_BONUS = 3.0
COUNTRY_W = 6.0
ADMIN1_W = 6.0
NEAR_50 = 2.0
NEAR_150 = 0.5
QUALIFIER_IN = 6.0
QUALIFIER_OUT = -2.0
CUE_MATCH = 3.0
CUE_MISMATCH = -1.0
BARE_ADMIN2 = -1.5
SUPPORT_A1 = 4.0
"""Weight of the share of the article's other names that could lie in a candidate's admin1 region."""
SUPPORT_CC = 0.0
"""Weight of the share of the article's other names that could lie in a candidate's country."""
SUPPORT_TOP = 5
SUPPORT_A2 = 10.0
"""Weight of the share of the article's other names that could lie in (or be) a candidate's admin2
region: "Paris" and "Henry County" agree on Paris, Tennessee, in Henry County, Tennessee."""
SUPPORT_A2_TOP = 40
SHORT_BARE: float | None = 2.0
"""Penalty of a region's short name used without its cue word ("DeKalb" for DeKalb County)."""
NESTED_SHARE = 0.1
"""A region named like a city holding at least this share of its population is taken as the city."""
FEATURE_PRIOR = {"country": 4.0, "region": 3.0, "admin1": 2.0, "admin2": 0.5, "populated_place": 0.0, "other": 0.0}
KIND_PENALTY = {0: 0.0, 1: 0.1, NAME_ALTERNATE: 3.0, NAME_SHORT: 1.0, NAME_DEMONYM: 0.5}


@dataclass(frozen=True)
class Resolution:
    place: PlaceRow
    confidence: float
    score: float


def _contains(region: PlaceRow, place: PlaceRow) -> bool:
    if region.feature == "country":
        return place.country == region.country and place.id != region.id
    if region.feature == "admin1":
        return place.cc == region.cc and place.admin1_code == region.admin1_code and place.id != region.id
    if region.feature == "admin2":
        return place.feature == "populated_place" and place.cc == region.cc and place.admin2 == region.admin2
    return False


def prior(c: Candidate, capitals: frozenset[str], nested_city: bool) -> float:
    p = c.place
    s = POP_W * math.log10(p.population + 10) + FEATURE_PRIOR.get(p.feature, 0.0) - KIND_PENALTY.get(c.name_kind, 1.5)
    if p.id in capitals:
        s += CAPITAL_BONUS
    if nested_city and p.feature in ("admin1", "admin2"):
        # "Kabul", "New York": a region named after its main city is usually the city.
        s -= FEATURE_PRIOR[p.feature] + 1.0
    return s


def _nested_city(cands: Sequence[Candidate]) -> bool:
    regions = [c.place for c in cands if c.place.feature in ("admin1", "admin2") and c.name_kind <= 1]
    cities = [c.place for c in cands if c.place.feature == "populated_place" and c.name_kind <= 1]
    return any(_contains(r, p) and p.population >= NESTED_SHARE * r.population for r in regions for p in cities)


def _cue_bonus(m: Mention, p: PlaceRow) -> float:
    if m.cue is None:
        # A bare name is rarely a second-level division ("Cambridge" is the city, not the district).
        return BARE_ADMIN2 if p.feature == "admin2" and name_key(p.name) == m.key else 0.0
    if m.cue == p.feature:
        return CUE_MATCH
    if m.cue == "admin1" and p.feature == "admin2":
        return CUE_MATCH / 3
    return CUE_MISMATCH


def resolve(
    mentions: Sequence[Mention],
    capitals: frozenset[str],
    *,
    country_hint: str | None = None,
) -> list[Resolution | None]:
    """One resolution (or None) per mention, in order."""
    nested = [_nested_city(m.candidates) for m in mentions]

    def base(i: int, c: Candidate) -> float:
        m = mentions[i]
        if c.name_kind == NAME_SHORT and m.cue is None:
            # "DeKalb" for DeKalb County: possible in local news, but only when the context says so.
            if SHORT_BARE is None:
                return -math.inf
            return prior(c, capitals, nested[i]) - SHORT_BARE
        return prior(c, capitals, nested[i]) + _cue_bonus(m, c.place)

    # Pass 1: priors only.
    first: list[PlaceRow | None] = []
    for i, m in enumerate(mentions):
        best = max(m.candidates, key=lambda c: base(i, c), default=None)
        first.append(best.place if best is not None and base(i, best) > -math.inf else None)

    # Qualifiers restrict their head: "Alexandria, La." is in Louisiana.
    def qualified(i: int, c: Candidate) -> float:
        q = mentions[i].qualifier
        if q is None or first[q] is None:
            return 0.0
        region = first[q]
        assert region is not None
        return QUALIFIER_IN if _contains(region, c.place) else QUALIFIER_OUT

    # Context from the previous round's picks, by name, so repeating a name does not vote for itself.
    def context(
        picks: Sequence[tuple[PlaceRow, float] | None], exclude_key: str
    ) -> tuple[dict[str, float], dict[tuple[str, str], float], list[PlaceRow]]:
        countries: dict[str, float] = defaultdict(float)
        admin1s: dict[tuple[str, str], float] = defaultdict(float)
        points: list[PlaceRow] = []
        seen: set[str] = set()
        for m, pick in zip(mentions, picks, strict=True):
            if pick is None or m.key == exclude_key or m.key in seen:
                continue
            p, conf = pick
            seen.add(m.key)
            weight = (2.0 if (m.dateline or p.feature == "country") else 1.0) * (0.5 + conf)
            if p.country:
                countries[p.country] += weight
            if p.cc and p.admin1_code and p.feature != "country":
                admin1s[(p.cc, p.admin1_code)] += weight * (2 if p.feature == "admin1" else 1)
            if p.feature in ("populated_place", "admin2") and all(p.id != x.id for x in points):
                points.append(p)
        if country_hint:
            countries[country_hint] += 2.0 + sum(countries.values())
        return countries, admin1s, points

    def round_(picks: list[tuple[PlaceRow, float] | None]) -> list[Resolution | None]:
        """One pass over the mentions; each pick is updated as soon as it is made (Gauss-Seidel), so
        two names cannot keep swapping to agree with each other's previous choice."""
        cache: dict[str, tuple[dict[str, float], dict[tuple[str, str], float], list[PlaceRow]]] = {}
        out: list[Resolution | None] = []
        memo: dict[tuple[object, ...], Resolution | None] = {}
        for i, m in enumerate(mentions):
            if not m.candidates or first[i] is None:
                out.append(None)
                continue
            region = first[m.qualifier] if m.qualifier is not None else None
            sig = (m.key, m.cue, nested[i], region.id if region is not None else None)
            if sig in memo:  # the same name in the same role scores the same
                out.append(memo[sig])
                continue
            if m.key not in cache:
                cache[m.key] = context(picks, m.key)
            countries, admin1s, points = cache[m.key]
            n_c = sum(countries.values()) or 1.0
            n_a = sum(admin1s.values()) or 1.0
            scored: list[tuple[float, Candidate]] = []
            for c in m.candidates:
                s = base(i, c)
                if s == -math.inf:
                    continue
                p = c.place
                s += qualified(i, c) + support(m.key, p)
                if p.country:
                    s += COUNTRY_W * countries.get(p.country, 0.0) / n_c
                if p.cc and p.admin1_code and p.feature != "country":
                    s += ADMIN1_W * admin1s.get((p.cc, p.admin1_code), 0.0) / n_a
                if p.feature in ("populated_place", "admin2"):
                    near = min(
                        (haversine_km(p.lat, p.lon, q.lat, q.lon) for q in points if q.id != p.id), default=math.inf
                    )
                    if near < 50:
                        s += NEAR_50
                    elif near < 150:
                        s += NEAR_150
                scored.append((s, c))
            if not scored:
                memo[sig] = None
                out.append(None)
                continue
            scored.sort(key=lambda x: (-x[0], x[1].place.id))
            top = scored[0][0]
            z = sum(math.exp(min(0.0, s - top)) for s, _ in scored[:10])
            res = Resolution(scored[0][1].place, round(1.0 / z, 3), top)
            memo[sig] = res
            out.append(res)
            old = picks[i]
            picks[i] = (res.place, res.confidence)
            if old is None or old[0].id != res.place.id:
                cache.clear()
                memo.clear()
        return out

    # What the other names of the article could be: admin1 regions and countries of their candidates.
    key_a1: dict[str, set[tuple[str | None, str | None]]] = {}
    key_cc: dict[str, set[str | None]] = {}
    key_a2: dict[str, set[tuple[str | None, str | None, str]]] = {}
    for m in mentions:
        if m.key in key_a1 or not m.candidates:
            continue
        top = [c.place for c in m.candidates if c.name_kind <= NAME_ALTERNATE][:SUPPORT_TOP]
        key_a1[m.key] = {(p.cc, p.admin1_code) for p in top if p.feature != "country"} | {
            (p.cc, p.admin1_code) for p in top if p.feature == "admin1"
        }
        key_cc[m.key] = {p.cc for p in top}
        key_a2[m.key] = {
            (c.place.cc, c.place.admin1_code, name_key(c.place.admin2))
            for c in m.candidates[:SUPPORT_A2_TOP]
            if c.name_kind <= NAME_ALTERNATE and c.place.admin2 and c.place.feature in ("admin2", "populated_place")
        }

    def support(key: str, p: PlaceRow) -> float:
        others = [k for k in key_a1 if k != key]
        if not others:
            return 0.0
        s = 0.0
        if SUPPORT_A1 and p.feature != "country" and p.admin1_code:
            s += SUPPORT_A1 * sum((p.cc, p.admin1_code) in key_a1[k] for k in others) / len(others)
        if SUPPORT_CC and p.cc:
            s += SUPPORT_CC * sum(p.cc in key_cc[k] for k in others) / len(others)
        if SUPPORT_A2 and p.admin2 and p.feature in ("admin2", "populated_place"):
            a2 = (p.cc, p.admin1_code, name_key(p.admin2))
            s += SUPPORT_A2 * sum(a2 in key_a2[k] for k in others) / len(others)
        return s

    picks: list[tuple[PlaceRow, float] | None] = [(p, 0.5) if p is not None else None for p in first]
    out: list[Resolution | None] = []
    for _ in range(ROUNDS):
        out = round_(picks)
        picks = [(r.place, r.confidence) if r is not None else None for r in out]

    # One sense per discourse: unqualified repeats follow the best-scored resolution of their name.
    best_by_key: dict[str, tuple[bool, float, Resolution]] = {}
    for m, r in zip(mentions, out, strict=True):
        if r is not None:
            rank = (m.qualifier is not None, r.score)
            if m.key not in best_by_key or rank > best_by_key[m.key][:2]:
                best_by_key[m.key] = (*rank, r)
    chosen = {k: v[2] for k, v in best_by_key.items()}
    return [
        chosen.get(m.key, r) if r is not None and m.qualifier is None else r
        for m, r in zip(mentions, out, strict=True)
    ]

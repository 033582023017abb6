"""Toponym resolution: pick one gazetteer entry per recognised mention.

Each candidate is described by a vector of features (:data:`FEATURES`): prior evidence (population,
feature level, national capital, how it is named), cue words ("province"), a qualifier ("Alexandria,
La."), the dateline, the countries, admin1 and admin2 regions the other names of the article could
lie in or resolve to, and their distance. Its score is a weighted sum of them: the weights are a
ranker learned across corpora (``eventwire/data/places/ranker.json``, trained by
``benchmarks/train_place_ranker.py``) or the hand-tuned :data:`HAND_WEIGHTS`. Priors first, then
rounds over the context those choices define (each pick updated as soon as it is made). One sense per
discourse: mentions with the same name share a resolution unless a qualifier says otherwise.
"""

from __future__ import annotations

import json
import math
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from ..errors import DataError
from ..geo import haversine_km
from .names import name_key
from .recognize import Mention
from .store import NAME_ALTERNATE, NAME_ASCII, NAME_DEMONYM, NAME_SHORT, Candidate, PlaceRow

ROUNDS = 3
SUPPORT_TOP = 5
SUPPORT_A2_TOP = 40
SUPPORT_NEAR_KM = 30.0
NESTED_SHARE = 0.1
"""A region named like a city holding at least this share of its population is taken as the city."""
CAPITAL_NAMED_SHARE = 0.5
"""``named-country-capital`` holds for a country named, but less than the article's other places: a story's
own country needs no help ("Washington" beside Alabama and Iowa is the state)."""

PRIOR_FEATURES = (
    "log_pop", "f_country", "f_region", "f_admin1", "f_admin2", "k_ascii", "k_alternate", "k_short",
    "k_demonym", "capital", "nested_admin1", "nested_admin2", "short_bare", "cue_match", "cue_a1_for_a2",
    "cue_mismatch", "bare_admin2", "name_exact", "top_pop",
)  # fmt: skip
CONTEXT_FEATURES = (
    "qualifier_in", "qualifier_out", "support_a1", "support_a2", "support_near", "support_cc", "country_share",
    "admin1_share", "near50", "near150", "near_log", "dateline_cc", "country_named", "admin1_named",
    "capital_named",
)  # fmt: skip
FEATURES = PRIOR_FEATURES + CONTEXT_FEATURES
"""What the ranker sees of a candidate. ``support_*``: the share of the article's other names that
could lie in the candidate's admin1 / country / admin2 ("Paris" and "Henry County" agree on Paris,
Tennessee); ``support_near`` (``support-near``): for a town or district the gazetteer gives no admin2, the share of
the other names whose first ``SUPPORT_TOP`` entries lie within ``SUPPORT_NEAR_KM`` of it ("Edmonton" and
"Enfield" agree on the neighbouring towns of north London, not a Kentucky village and a Connecticut town); ``*_share``: the weighted share of the other names' current picks in its country / admin1;
``near_log``: log10 of the distance to the nearest other picked place, scaled to [0, 1];
``dateline_cc``: the dateline's pick is in its country; ``*_named``: the article names its country /
admin1 region itself; ``capital_named``: ``named-country-capital``, an unqualified name that is the national
capital of a country the article names itself, though less than its other places ("in France ... Paris" is
Paris, France, though a Kentucky dateline and Georgetown, Ky. lie next to Paris, Ky.)."""

HAND_WEIGHTS: dict[str, float] = {
    "log_pop": 1.0, "f_country": 4.0, "f_region": 3.0, "f_admin1": 2.0, "f_admin2": 0.5,
    "k_ascii": -0.1, "k_alternate": -3.0, "k_short": -1.0, "k_demonym": -0.5, "capital": 3.0,
    "nested_admin1": -3.0, "nested_admin2": -1.5, "short_bare": -2.0, "cue_match": 3.0, "cue_a1_for_a2": 1.0,
    "cue_mismatch": -1.0, "bare_admin2": -1.5, "qualifier_in": 6.0, "qualifier_out": -2.0,
    "support_a1": 4.0, "support_a2": 10.0, "support_near": 6.0, "country_share": 6.0, "admin1_share": 6.0, "near50": 2.0,
    "near150": 0.5, "capital_named": 8.0,
}  # fmt: skip
"""The weights tuned by hand on the LGL and TR-News training splits (absent features weigh 0)."""


@dataclass(frozen=True)
class Resolution:
    place: PlaceRow
    confidence: float
    score: float


Trace = Callable[[int, Sequence[tuple[Candidate, tuple[float, ...]]]], None]
"""Called in the last round with a mention's index and each candidate's feature vector (training)."""


@lru_cache(maxsize=1)
def learned_weights() -> dict[str, float] | None:
    """The shipped learned ranker's weights, or None when the package has none."""
    path = resources.files("eventwire").joinpath("data", "places", "ranker.json")
    if not path.is_file():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return {k: float(data["weights"][k]) for k in data["weights"]}
    except (ValueError, KeyError, TypeError) as exc:
        raise DataError(f"unreadable place ranker {path}: {exc}") from exc


def default_weights() -> Mapping[str, float]:
    return learned_weights() or HAND_WEIGHTS


def _contains(region: PlaceRow, place: PlaceRow) -> bool:
    if region.feature == "country":
        return place.country == region.country and place.id != region.id
    if region.feature == "admin1":
        return place.cc == region.cc and place.admin1_code == region.admin1_code and place.id != region.id
    if region.feature == "admin2":
        return place.feature == "populated_place" and place.cc == region.cc and place.admin2 == region.admin2
    return False


def _within(p: PlaceRow, lat: float, lon: float) -> bool:
    """``support-near``: a point within ``SUPPORT_NEAR_KM`` of ``p`` (a cheap box test first)."""
    if abs(p.lat - lat) > 0.5 or abs(p.lon - lon) > 0.5 / max(0.1, math.cos(math.radians(p.lat))):
        return False
    return haversine_km(p.lat, p.lon, lat, lon) <= SUPPORT_NEAR_KM


def _nested_city(cands: Sequence[Candidate]) -> bool:
    regions = [c.place for c in cands if c.place.feature in ("admin1", "admin2") and c.name_kind <= 1]
    cities = [c.place for c in cands if c.place.feature == "populated_place" and c.name_kind <= 1]
    return any(_contains(r, p) and p.population >= NESTED_SHARE * r.population for r in regions for p in cities)


_FEATURE_SLOT = {"country": "f_country", "region": "f_region", "admin1": "f_admin1", "admin2": "f_admin2"}
_KIND_SLOT = {NAME_ASCII: "k_ascii", NAME_ALTERNATE: "k_alternate", NAME_SHORT: "k_short", NAME_DEMONYM: "k_demonym"}


def prior_features(m: Mention, c: Candidate, capitals: frozenset[str], nested: bool, top_pop: int) -> dict[str, float]:
    """Features of a candidate from the gazetteer and the mention alone."""
    p = c.place
    f: dict[str, float] = {"log_pop": math.log10(p.population + 10)}
    if p.feature in _FEATURE_SLOT:
        f[_FEATURE_SLOT[p.feature]] = 1.0
    if c.name_kind in _KIND_SLOT:
        f[_KIND_SLOT[c.name_kind]] = 1.0
    if p.id in capitals:
        f["capital"] = 1.0
    if nested and p.feature in ("admin1", "admin2"):
        f["nested_" + p.feature] = 1.0  # "Kabul", "New York": a region named after its main city is the city
    if name_key(p.name) == m.key:
        f["name_exact"] = 1.0
    if p.population >= top_pop:
        f["top_pop"] = 1.0
    if c.name_kind == NAME_SHORT and m.cue is None:
        f["short_bare"] = 1.0  # "DeKalb" for DeKalb County: only when the context says so
    elif m.cue is None:
        if p.feature == "admin2" and name_key(p.name) == m.key:
            f["bare_admin2"] = 1.0  # "Cambridge" is the city, not the district
    elif m.cue == p.feature:
        f["cue_match"] = 1.0
    elif m.cue == "admin1" and p.feature == "admin2":
        f["cue_a1_for_a2"] = 1.0
    else:
        f["cue_mismatch"] = 1.0
    return f


@dataclass
class _Context:
    countries: dict[str, float]
    admin1s: dict[tuple[str, str], float]
    points: list[PlaceRow]
    named_cc: set[str]
    named_a1: set[tuple[str, str]]
    dateline_cc: str | None


class _Resolver:
    def __init__(
        self,
        mentions: Sequence[Mention],
        capitals: frozenset[str],
        weights: Mapping[str, float],
        country_hint: str | None,
    ) -> None:
        self.mentions = mentions
        self.capitals = capitals
        self.w = tuple(float(weights.get(k, 0.0)) for k in FEATURES)
        self.country_hint = country_hint
        self.nested = [_nested_city(m.candidates) for m in mentions]
        self.top_pop = [max((c.place.population for c in m.candidates), default=0) for m in mentions]
        self._prior: dict[tuple[int, int], dict[str, float]] = {}
        self._support_sets()
        self.first = [self._first_pick(i) for i in range(len(mentions))]

    def prior(self, i: int, j: int) -> dict[str, float]:
        hit = self._prior.get((i, j))
        if hit is None:
            c = self.mentions[i].candidates[j]
            hit = prior_features(self.mentions[i], c, self.capitals, self.nested[i], self.top_pop[i])
            self._prior[(i, j)] = hit
        return hit

    def score(self, f: Mapping[str, float]) -> float:
        return sum(w * f.get(k, 0.0) for k, w in zip(FEATURES, self.w, strict=True) if w)

    def _first_pick(self, i: int) -> PlaceRow | None:
        """Pass 1: priors only."""
        cands = self.mentions[i].candidates
        if not cands:
            return None
        j = max(range(len(cands)), key=lambda j: self.score(self.prior(i, j)))
        return cands[j].place

    def _support_sets(self) -> None:
        """What the other names of the article could be: admin1 regions, countries, admin2 regions."""
        self.key_a1: dict[str, set[tuple[str | None, str | None]]] = {}
        self.key_cc: dict[str, set[str | None]] = {}
        self.key_a2: dict[str, set[tuple[str | None, str | None, str]]] = {}
        self.key_pts: dict[str, list[tuple[float, float]]] = {}
        self._near: dict[tuple[str, str], float] = {}
        for m in self.mentions:
            if m.key in self.key_a1 or not m.candidates:
                continue
            top = [c.place for c in m.candidates if c.name_kind <= NAME_ALTERNATE][:SUPPORT_TOP]
            self.key_a1[m.key] = {(p.cc, p.admin1_code) for p in top if p.feature != "country"}
            self.key_cc[m.key] = {p.cc for p in top}
            self.key_a2[m.key] = {
                (c.place.cc, c.place.admin1_code, name_key(c.place.admin2))
                for c in m.candidates[:SUPPORT_A2_TOP]
                if c.name_kind <= NAME_ALTERNATE and c.place.admin2 and c.place.feature in ("admin2", "populated_place")
            }
            self.key_pts[m.key] = [
                (c.place.lat, c.place.lon) for c in m.candidates[:SUPPORT_TOP]
                if c.name_kind <= NAME_ALTERNATE and c.place.feature in ("admin2", "populated_place")
            ]

    def support(self, key: str, p: PlaceRow, f: dict[str, float]) -> None:
        others = [k for k in self.key_a1 if k != key]
        if not others:
            return
        n = len(others)
        if p.feature != "country" and p.admin1_code:
            f["support_a1"] = sum((p.cc, p.admin1_code) in self.key_a1[k] for k in others) / n
        if p.cc:
            f["support_cc"] = sum(p.cc in self.key_cc[k] for k in others) / n
        if p.admin2 and p.feature in ("admin2", "populated_place"):
            a2 = (p.cc, p.admin1_code, name_key(p.admin2))
            f["support_a2"] = sum(a2 in self.key_a2[k] for k in others) / n
        if p.feature in ("admin2", "populated_place") and not p.admin2:  # support-near (the same for every round)
            near = self._near.get((key, p.id))
            if near is None:
                near = sum(any(_within(p, la, lo) for la, lo in self.key_pts[k]) for k in others) / n
                self._near[(key, p.id)] = near
            f["support_near"] = near

    def context(self, picks: Sequence[tuple[PlaceRow, float] | None], exclude_key: str) -> _Context:
        """Context from the current picks, by name, so repeating a name does not vote for itself."""
        ctx = _Context(defaultdict(float), defaultdict(float), [], set(), set(), None)
        seen: set[str] = set()
        for m, pick in zip(self.mentions, picks, strict=True):
            if pick is None or m.key == exclude_key or m.key in seen:
                continue
            p, conf = pick
            seen.add(m.key)
            weight = (2.0 if (m.dateline or p.feature == "country") else 1.0) * (0.5 + conf)
            if p.country:
                ctx.countries[p.country] += weight
            if m.dateline and ctx.dateline_cc is None:
                ctx.dateline_cc = p.country
            if p.feature == "country" and p.country:
                ctx.named_cc.add(p.country)
            if p.feature == "admin1" and p.cc and p.admin1_code:
                ctx.named_a1.add((p.cc, p.admin1_code))
            if p.cc and p.admin1_code and p.feature != "country":
                ctx.admin1s[(p.cc, p.admin1_code)] += weight * (2 if p.feature == "admin1" else 1)
            if p.feature in ("populated_place", "admin2") and all(p.id != x.id for x in ctx.points):
                ctx.points.append(p)
        if self.country_hint:
            ctx.countries[self.country_hint] += 2.0 + sum(ctx.countries.values())
        return ctx

    def features(self, i: int, j: int, ctx: _Context) -> dict[str, float]:
        m = self.mentions[i]
        p = m.candidates[j].place
        f = dict(self.prior(i, j))
        q = m.qualifier
        if q is not None and self.first[q] is not None:
            region = self.first[q]
            assert region is not None
            f["qualifier_in" if _contains(region, p) else "qualifier_out"] = 1.0
        self.support(m.key, p, f)
        n_c = sum(ctx.countries.values()) or 1.0
        n_a = sum(ctx.admin1s.values()) or 1.0
        if p.country:
            f["country_share"] = ctx.countries.get(p.country, 0.0) / n_c
            if p.country == ctx.dateline_cc:
                f["dateline_cc"] = 1.0
            if p.country in ctx.named_cc and p.feature != "country":
                f["country_named"] = 1.0
                if p.id in self.capitals and q is None and f["country_share"] < CAPITAL_NAMED_SHARE:
                    f["capital_named"] = 1.0
        if p.cc and p.admin1_code and p.feature != "country":
            f["admin1_share"] = ctx.admin1s.get((p.cc, p.admin1_code), 0.0) / n_a
            if (p.cc, p.admin1_code) in ctx.named_a1 and p.feature != "admin1":
                f["admin1_named"] = 1.0
        near = math.inf
        if p.feature in ("populated_place", "admin2"):
            near = min((haversine_km(p.lat, p.lon, x.lat, x.lon) for x in ctx.points if x.id != p.id), default=near)
            if near < 50:
                f["near50"] = 1.0
            elif near < 150:
                f["near150"] = 1.0
        f["near_log"] = min(math.log10(1.0 + near), 4.0) / 4.0 if near < math.inf else 1.0
        return f

    def round_(self, picks: list[tuple[PlaceRow, float] | None], trace: Trace | None) -> list[Resolution | None]:
        """One pass over the mentions; each pick is updated as soon as it is made (Gauss-Seidel), so
        two names cannot keep swapping to agree with each other's previous choice."""
        cache: dict[str, _Context] = {}
        out: list[Resolution | None] = []
        memo: dict[tuple[object, ...], tuple[Resolution | None, list[tuple[Candidate, tuple[float, ...]]]]] = {}
        for i, m in enumerate(self.mentions):
            if not m.candidates or self.first[i] is None:
                out.append(None)
                continue
            region = self.first[m.qualifier] if m.qualifier is not None else None
            sig = (m.key, m.cue, self.nested[i], region.id if region is not None else None)
            if sig in memo:  # the same name in the same role scores the same
                res, vectors = memo[sig]
                out.append(res)
                if trace is not None:
                    trace(i, vectors)
                continue
            if m.key not in cache:
                cache[m.key] = self.context(picks, m.key)
            ctx = cache[m.key]
            scored: list[tuple[float, Candidate]] = []
            vectors = []
            for j, c in enumerate(m.candidates):
                f = self.features(i, j, ctx)
                scored.append((self.score(f), c))
                if trace is not None:
                    vectors.append((c, tuple(f.get(k, 0.0) for k in FEATURES)))
            if trace is not None:
                trace(i, vectors)
            scored.sort(key=lambda x: (-x[0], x[1].place.id))
            top = scored[0][0]
            z = sum(math.exp(min(0.0, s - top)) for s, _ in scored[:10])
            res = Resolution(scored[0][1].place, round(1.0 / z, 3), top)
            memo[sig] = (res, vectors)
            out.append(res)
            old = picks[i]
            picks[i] = (res.place, res.confidence)
            if old is None or old[0].id != res.place.id:
                cache.clear()
                memo.clear()
        return out


def resolve(
    mentions: Sequence[Mention],
    capitals: frozenset[str],
    *,
    country_hint: str | None = None,
    weights: Mapping[str, float] | None = None,
    trace: Trace | None = None,
) -> list[Resolution | None]:
    """One resolution (or None) per mention, in order. ``weights``: feature weights (default: the
    shipped learned ranker, else :data:`HAND_WEIGHTS`); ``trace`` receives the last round's
    candidate feature vectors."""
    r = _Resolver(mentions, capitals, weights if weights is not None else default_weights(), country_hint)
    picks: list[tuple[PlaceRow, float] | None] = [(p, 0.5) if p is not None else None for p in r.first]
    out: list[Resolution | None] = []
    for k in range(ROUNDS):
        out = r.round_(picks, trace if k == ROUNDS - 1 else None)
        picks = [(x.place, x.confidence) if x is not None else None for x in out]

    # One sense per discourse: unqualified repeats follow the best-scored resolution of their name.
    best_by_key: dict[str, tuple[bool, float, Resolution]] = {}
    for m, x in zip(mentions, out, strict=True):
        if x is not None:
            rank = (m.qualifier is not None, x.score)
            if m.key not in best_by_key or rank > best_by_key[m.key][:2]:
                best_by_key[m.key] = (*rank, x)
    chosen = {k: v[2] for k, v in best_by_key.items()}
    final = [
        chosen.get(m.key, x) if x is not None and m.qualifier is None else x
        for m, x in zip(mentions, out, strict=True)
    ]
    return _world_capitals(mentions, final, capitals)


WORLD_CAPITAL_POP = 1_000_000
"""``world-capital``: a national capital at least this populous ..."""
WORLD_CAPITAL_SHARE = 0.02
"""... beats a namesake with less than this share of its population that nothing in the article supports."""


def _world_capitals(
    mentions: Sequence[Mention], out: list[Resolution | None], capitals: frozenset[str]
) -> list[Resolution | None]:
    """``world-capital``: an unqualified name resolved to a small town ("Attacks in *Paris* this month" as
    Paris, Texas, in a story of American politics) is the great national capital of that name ("Paris",
    France) when no other name of the article lies in the town's first-level region nor names it: a story's
    own country alone does not make "Paris" a town in Texas."""
    fixed = list(out)
    for k, (m, x) in enumerate(zip(mentions, out, strict=True)):
        if x is None or m.qualifier is not None or m.cue is not None or x.place.feature != "populated_place":
            continue
        capital = next(
            (c.place for c in m.candidates if c.place.id in capitals and c.place.population >= WORLD_CAPITAL_POP), None
        )
        if capital is None or capital.id == x.place.id or x.place.population >= WORLD_CAPITAL_SHARE * capital.population:
            continue
        others = [y for j, y in enumerate(out) if y is not None and j != k and mentions[j].key != m.key]
        if any((y.place.cc, y.place.admin1_code) == (x.place.cc, x.place.admin1_code) for y in others):
            continue  # "Paris ... Henry County, Tenn.": the town stands
        fixed[k] = Resolution(capital, x.confidence, x.score)
    return fixed

"""Stage ``places``: recognise toponyms and resolve them offline to the gazetteer.

Writes one :class:`~eventwire.schema.Place` per distinct resolved location with all its mentions,
and ``doc.slots.place_mentions``: ``(start, end, place_id)`` for every mention, sorted by start,
for stages that link events to places by offsets. Country demonyms ("Egyptian", "Afghan") are not
places; they are listed apart, labelled, in ``doc.slots.demonym_mentions``: ``(start, end,
gazetteer id of the country)``, sorted (the country need not be among the document's places).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import ClassVar

from ..document import Document
from ..gazetteer import Gazetteer, open_gazetteer
from ..gazetteer.parts import PART_KEY, direction_before, part_point
from ..gazetteer.recognize import (
    Mention,
    accept,
    dictionary_words,
    find_demonyms,
    find_mentions,
    lower_case_common,
    not_place_keys,
)
from ..gazetteer.resolve import Resolution, resolve
from ..nlp import load_nlp
from ..options import Options
from ..pipeline import register_stage
from ..schema import Place, Span

MIN_POP = 5000
"""Population above which a capitalised gazetteer name counts as a place without further cues."""


_LIST_SEP = re.compile(r"^(?:,\s*|\s+and\s+|\s+or\s+|,\s*and\s+|,\s*or\s+|\s*/\s*)$")


def geoparse(
    d: Document,
    gaz: Gazetteer,
    country_hint: str | None = None,
    common_words: frozenset[str] = frozenset(),
    not_places: frozenset[str] | None = None,
    lower_common: frozenset[str] | None = None,
    adjectives: frozenset[str] = frozenset(),
) -> list[Place]:
    """Places of one parsed document (pure apart from the gazetteer lookups); also fills the cache."""
    assert d.doc is not None and d.article is not None
    art = d.article
    headline = (art.title_span.start, art.title_span.end) if art.title_span else None
    dateline = (art.dateline_span.start, art.dateline_span.end) if art.dateline_span else None
    found = find_mentions(
        d.doc,
        gaz,
        headline=headline,
        dateline=dateline,
        min_pop=MIN_POP,
        common_words=common_words,
        not_places=not_place_keys() if not_places is None else not_places,
        lower_common=lower_common,
        adjectives=adjectives,
    )
    if dateline and not any(m.dateline for m in found) and art.dateline_span is not None:
        sp = art.dateline_span
        cands = gaz.lookup(sp.text)
        if cands:
            from ..gazetteer.names import name_key

            found.append(Mention(sp.start, sp.end, sp.text, name_key(sp.text), cands, dateline=True))
            found.sort(key=lambda m: m.start)

    # Body first, so headline words can be confirmed by the body.
    accepted_keys: set[str] = set()
    keep: list[Mention] = []
    org_tails = _organisation_tails(d)
    for m in sorted(found, key=lambda m: (m.headline, m.start)):
        if m.ner == "ORG" and m.cue is None and m.key in org_tails:
            m.reasons.append("org-short-name: the short name of an organisation the article names in full")
            continue
        if accept(m, accepted_keys, MIN_POP):
            keep.append(m)
            accepted_keys.add(m.key)
    # A second look at names rejected before a later mention confirmed them (one sense per discourse),
    # and at members of a list with an accepted place ("Butler, Clark and Hamilton counties").
    kept = set(map(id, keep))
    for m in found:
        if id(m) not in kept and not m.reasons and m.key in accepted_keys and m.ner in (None, "ORG"):
            keep.append(m)
            kept.add(id(m))
    changed = True
    while changed:
        changed = False
        for a, b in zip(found, found[1:], strict=False):
            if (id(a) in kept) == (id(b) in kept) or not _LIST_SEP.match(d.text[a.end : b.start]):
                continue
            other = b if id(a) in kept else a
            if other.candidates and not other.headline and not any(
                r.startswith(("inside", "a person", "common word", "used as")) for r in other.reasons
            ):
                keep.append(other)
                kept.add(id(other))
                changed = True
    keep.sort(key=lambda m: m.start)
    for m in keep:
        if m.qualifier is not None:
            target = found[m.qualifier]
            m.qualifier = keep.index(target) if target in keep else None
    resolutions = resolve(keep, gaz.capitals, country_hint=country_hint)
    taken = {t for m in keep for t in range(m.tok_start, m.tok_end) if m.tok_start >= 0}
    demonyms = find_demonyms(d.doc, gaz, taken)
    d.slots.demonym_mentions = [(s, e, c.place.id) for s, e, c in demonyms]
    d.slots.demonym_countries = [c.place.country or "" for _, _, c in demonyms]
    places = _places(d, keep, resolutions, gaz.capitals)
    _direction_parts(d, keep, resolutions, places, gaz)
    return places


DIRECTION_FEATURES = frozenset({"country", "admin1"})


def _direction_parts(
    d: Document, mentions: Sequence[Mention], resolutions: Sequence[Resolution | None], places: list[Place], gaz: Gazetteer
) -> None:
    """``direction-part`` (:mod:`..gazetteer.parts`): a country or first-level region named with a direction
    word right before it ("southern Wisconsin") records the point of that part among its reasons, under
    ``part@`` and the mention's start ("southern:42.96,-88.64"), for the events set at that mention."""
    assert d.doc is not None
    by_id = {p.id: p for p in places}
    for m, r in zip(mentions, resolutions, strict=True):
        if r is None or r.place.feature not in DIRECTION_FEATURES or m.tok_start <= 0 or not r.place.cc:
            continue
        direction = direction_before(d.doc, m.tok_start)
        place = by_id.get(r.place.id)
        if direction is None or place is None:
            continue
        admin1 = r.place.admin1_code if r.place.feature == "admin1" else None
        point = part_point(gaz.member_points(r.place.cc, admin1), direction)
        if point is not None:
            place.reasons[f"{PART_KEY}{m.start}"] = f"{direction}:{point[0]},{point[1]}"


def _organisation_tails(d: Document) -> frozenset[str]:
    """``org-short-name``: the last word of an organisation's name of two words or more ("the Washington
    *Post*", "the Kansas City *Star*"); the same word tagged ORG alone ("according to the *Post*") is that
    organisation, not a town of that name ("the University *of Georgia*" ends in a place)."""
    from ..gazetteer.names import name_key

    assert d.doc is not None
    return frozenset(
        name_key(e[-1].text) for e in d.doc.ents
        if e.label_ == "ORG" and len(e) > 1 and e[-1].is_alpha and e[-1].text[:1].isupper() and e[-2].lower_ != "of"
    )


def _places(
    d: Document, mentions: Sequence[Mention], resolutions: Sequence[Resolution | None], capitals: frozenset[str] = frozenset()
) -> list[Place]:
    by_id: dict[str, Place] = {}
    cache: list[tuple[int, int, str]] = []
    unresolved: dict[str, Place] = {}
    for m, r in zip(mentions, resolutions, strict=True):
        span = Span(start=m.start, end=m.end, text=d.text[m.start : m.end])
        if r is None:
            pid = "p-unresolved-" + m.key.replace(" ", "_")
            place = unresolved.get(pid)
            if place is None:
                place = Place(
                    id=pid, name=m.text, country=None, reasons={"geonameid": "no gazetteer entry for this name"}
                )
                unresolved[pid] = place
            place.mentions.append(span)
            cache.append((m.start, m.end, pid))
            continue
        p = r.place
        place = by_id.get(p.id)
        if place is None:
            place = Place(
                id=p.id,
                name=p.name,
                lat=p.lat,
                lon=p.lon,
                country=p.country,
                admin1=p.admin1 if p.feature != "country" else None,
                admin2=p.admin2,
                geonameid=p.geonameid,
                feature=p.feature,  # type: ignore[arg-type]
                confidence=r.confidence,
            )
            if p.id in capitals:
                place.reasons["capital"] = "the national capital of its country"
            if p.geonameid is None:
                place.reasons["geonameid"] = "region derived from its member places; no GeoNames id in the gazetteer"
            by_id[p.id] = place
        place.confidence = max(place.confidence, r.confidence)
        place.mentions.append(span)
        cache.append((m.start, m.end, p.id))
    d.slots.place_mentions = sorted(cache)
    return sorted([*by_id.values(), *unresolved.values()], key=lambda p: p.mentions[0].start)


class PlacesStage:
    name: ClassVar[str] = "places"
    reads: ClassVar[tuple[str, ...]] = ("doc",)
    writes: ClassVar[tuple[str, ...]] = ("places",)

    def __init__(self, options: Options) -> None:
        self.options = options
        self.gazetteer = open_gazetteer(options)
        nlp = load_nlp(options.model)
        self.common_words = dictionary_words(nlp)
        self.lower_common = lower_case_common(nlp)
        self.adjectives = dictionary_words(nlp, ("adj",))

    def __call__(self, docs: Sequence[Document]) -> None:
        for d in docs:
            if d.error is not None or d.doc is None:
                continue
            d.places = geoparse(
                d,
                self.gazetteer,
                self.options.country_hint,
                self.common_words,
                lower_common=self.lower_common,
                adjectives=self.adjectives,
            )


@register_stage("places")
def _factory(options: Options) -> PlacesStage:
    return PlacesStage(options)

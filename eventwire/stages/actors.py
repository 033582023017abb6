"""Stage ``actors``: canonical actors with country, sectors and within-article coreference.

Contract (relied on by the events stage):

- ``doc.actors``: :class:`~eventwire.schema.Actor` objects, ids ``act-1``, ``act-2`` … in order of
  first mention; ``name`` canonical ("Ahmad Massoud", "Taliban", "Taliban official",
  "aide to Ahmad Massoud"); ``kind`` person | organization | group | country | role; ``country``
  ISO-3 or None (``reasons["country"]`` says why, or that it was inferred from the article's main
  country); ``sector`` the primary PLOVER/CAMEO-style code and ``sectors`` all of them (GOV, MIL,
  COP, JUD, LEG, PTY, REB, INS, OPP, CVL, MED, EDU, BUS, NGO, IGO, REL, REF, LAB, CRM, SPY);
  ``mentions`` every name, pronoun and description resolved to the actor (offsets into the
  original text).
- ``doc.slots.actor_at``: ``dict[int, str]`` token index → actor id for every token inside a
  resolved mention; nested mentions map to the innermost actor ("Taliban" in "A Taliban official"
  → Taliban, "official" → the official).
- ``doc.slots.actor_affiliation``: ``dict[str, str]`` actor id → the actor it belongs to
  ("Taliban official" → Taliban, "aide to Ahmad Massoud" → Ahmad Massoud).
- ``doc.slots.actor_mentions``: ``list[(token start, token end, actor id, source)]``.

When the places stage ran first, its place mentions are not taken for organisations or persons
(NER often labels a valley or a province as ORG), and their countries lend a country to the actors
they modify ("Darfur rebels" → SDN, "rebels in Baghlan" → AFG).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from ..actors.resolve import resolve_actors
from ..document import Document
from ..options import Options
from ..pipeline import register_stage


def _place_tokens(d: Document) -> tuple[set[tuple[int, int]], dict[int, str]]:
    """Token ranges of resolved place mentions, and token → the place's ISO-3 country."""
    spans: set[tuple[int, int]] = set()
    country: dict[int, str] = {}
    if d.doc is None:
        return spans, country
    for place in d.places:
        for m in place.mentions:
            span = d.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            spans.add((span.start, span.end))
            if place.country:
                for i in range(span.start, span.end):
                    country[i] = place.country
    return spans, country


class ActorsStage:
    name: ClassVar[str] = "actors"
    reads: ClassVar[tuple[str, ...]] = ("doc",)
    writes: ClassVar[tuple[str, ...]] = ("actors",)

    def __init__(self, options: Options) -> None:
        self.options = options

    def __call__(self, docs: Sequence[Document]) -> None:
        for d in docs:
            if d.error is not None or d.doc is None:
                continue
            try:
                spans, country = _place_tokens(d)
                published = d.article.published if d.article is not None else d.input.published
                result = resolve_actors(d.doc, d.text, spans, country, published)
            except (ValueError, IndexError, KeyError) as exc:  # a parse the rules did not expect
                # actors are one layer of the record: keep the article, say what was lost
                d.actors = []
                d.warnings.append(f"actors: resolution failed ({type(exc).__name__}: {exc}); no actors extracted")
                continue
            d.actors = result.actors
            d.slots.actor_at = result.actor_at
            d.slots.actor_affiliation = result.affiliation
            d.slots.actor_mentions = result.mentions


@register_stage("actors")
def _factory(options: Options) -> ActorsStage:
    return ActorsStage(options)

"""The working object that flows through the pipeline: one per article.

Stages read and write named slots (see ``SLOTS``); :meth:`Document.to_record` turns the finished
document into the public :class:`~eventwire.schema.Record`.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .errors import EventwireError
from .schema import Actor, Article, Event, Place, Quote, Record, Span, TimeExpr

if TYPE_CHECKING:
    from spacy.tokens import Doc

SLOTS = ("input", "article", "analysis_text", "doc", "actors", "places", "times", "quotes", "events")


@dataclass
class ArticleInput:
    """What a caller hands in: the text and whatever metadata it knows."""

    text: str
    published: str | None = None
    source: str | None = None
    url: str | None = None
    title: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)

    @property
    def content_hash(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8", "surrogatepass")).hexdigest()


@dataclass
class Slots:
    """Working data one stage leaves for later ones (not serialised); one typed field per product.

    Every field starts empty, so a reader whose producer did not run (a shorter ``--stages``) sees
    "nothing found"."""

    place_mentions: list[tuple[int, int, str]] = field(default_factory=list)
    """places: ``(start, end, place_id)`` character offsets of every place mention, sorted by start."""
    demonym_mentions: list[tuple[int, int, str]] = field(default_factory=list)
    """places: ``(start, end, place_id)`` of demonyms ("Kenyan"), listed apart from the places."""
    demonym_countries: list[str] = field(default_factory=list)
    """places: the ISO 3166-1 alpha-3 country of each demonym mention, in the same order."""
    actor_at: dict[int, str] = field(default_factory=dict)
    """actors: token index → actor id for every token inside a resolved mention (innermost wins)."""
    actor_affiliation: dict[str, str] = field(default_factory=dict)
    """actors: actor id → id of the actor it belongs to ("Taliban official" → Taliban)."""
    actor_mentions: list[tuple[int, int, str, str]] = field(default_factory=list)
    """actors: ``(token start, token end, actor id, mention source)`` for every resolved mention."""
    event_sentence_scores: dict[int, dict[str, dict[str, float]]] = field(default_factory=dict)
    """events: sentence start character → classifier name → label → probability."""
    actor_index: dict[str, Actor] | None = None
    """events: actor id → :class:`Actor` of ``Document.actors``, built on first use by the events stage."""


@dataclass
class Document:
    input: ArticleInput
    article: Article | None = None
    analysis_text: str | None = None
    """The original text with boilerplate blanked out (same length, so offsets are shared)."""
    doc: Doc | None = None
    actors: list[Actor] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    times: list[TimeExpr] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    error: EventwireError | None = None
    """Set by the stage that failed on this document; later stages skip it."""
    slots: Slots = field(default_factory=Slots)
    """Working data shared between stages (mention → actor maps, place mentions...); not serialised."""

    @property
    def text(self) -> str:
        return self.input.text

    def span(self, start: int, end: int) -> Span:
        """A :class:`Span` over the original text."""
        return Span(start=start, end=end, text=self.input.text[start:end])

    def to_record(self) -> Record:
        if self.error is not None:
            raise self.error
        if self.article is None:
            raise RuntimeError("document was not read: run the 'read' stage first")
        return Record(
            article=self.article,
            actors=self.actors,
            places=self.places,
            times=self.times,
            quotes=self.quotes,
            events=self.events,
            warnings=self.warnings,
        )

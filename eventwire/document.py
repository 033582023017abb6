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
    cache: dict[str, Any] = field(default_factory=dict)
    """Scratch space shared between stages (e.g. mention → actor maps); not serialised."""

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

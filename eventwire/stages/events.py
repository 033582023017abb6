"""Stage ``events``: PLOVER events with actors, place, date, status, source, counts and
compatibility codes (see :mod:`eventwire.events.extract`)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from ..document import Document
from ..events.classifier import load_model
from ..events.extract import extract_events
from ..events.lexicon import lexicon
from ..events.neural import load_heads
from ..options import Options
from ..pipeline import register_stage


class EventsStage:
    name: ClassVar[str] = "events"
    reads: ClassVar[tuple[str, ...]] = ("doc", "actors", "places", "times", "quotes")
    writes: ClassVar[tuple[str, ...]] = ("events",)

    def __init__(self, options: Options) -> None:
        self.options = options
        self.lexicon = lexicon()  # loaded (and checked) now; each call reads the overlay then in force
        # Load the stored sentence classifiers once, at construction.
        load_model("quad")
        load_model("police")
        self.heads = load_heads(options.event_encoder, options.encoder_runtime)
        if self.heads is not None:
            self.heads.threshold(options.event_keep)  # a missing operating point fails now, not per article

    def __call__(self, docs: Sequence[Document]) -> None:
        for d in docs:
            if d.error is not None:
                continue
            if d.doc is None:
                d.events = []
                continue
            events = extract_events(d, lexicon(), heads=self.heads, keep=self.options.event_keep)
            d.events = [e for e in events if e.confidence >= self.options.min_confidence]


@register_stage("events")
def _factory(options: Options) -> EventsStage:
    return EventsStage(options)

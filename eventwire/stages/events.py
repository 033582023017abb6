"""Stage ``events``: placeholder that writes an empty list; the full stage lands with its issue."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from ..document import Document
from ..options import Options
from ..pipeline import register_stage


class EventsStage:
    name: ClassVar[str] = "events"
    reads: ClassVar[tuple[str, ...]] = ("doc", "actors", "places", "times", "quotes")
    writes: ClassVar[tuple[str, ...]] = ("events",)

    def __init__(self, options: Options) -> None:
        self.options = options

    def __call__(self, docs: Sequence[Document]) -> None:
        for d in docs:
            if d.error is None:
                d.events = []


@register_stage("events")
def _factory(options: Options) -> EventsStage:
    return EventsStage(options)

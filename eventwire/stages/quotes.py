"""Stage ``quotes``: placeholder that writes an empty list; the full stage lands with its issue."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from ..document import Document
from ..options import Options
from ..pipeline import register_stage


class QuotesStage:
    name: ClassVar[str] = "quotes"
    reads: ClassVar[tuple[str, ...]] = ("doc", "actors")
    writes: ClassVar[tuple[str, ...]] = ("quotes",)

    def __init__(self, options: Options) -> None:
        self.options = options

    def __call__(self, docs: Sequence[Document]) -> None:
        for d in docs:
            if d.error is None:
                d.quotes = []


@register_stage("quotes")
def _factory(options: Options) -> QuotesStage:
    return QuotesStage(options)

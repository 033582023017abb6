"""Stage ``times``: placeholder that writes an empty list; the full stage lands with its issue."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from ..document import Document
from ..options import Options
from ..pipeline import register_stage


class TimesStage:
    name: ClassVar[str] = "times"
    reads: ClassVar[tuple[str, ...]] = ("doc",)
    writes: ClassVar[tuple[str, ...]] = ("times",)

    def __init__(self, options: Options) -> None:
        self.options = options

    def __call__(self, docs: Sequence[Document]) -> None:
        for d in docs:
            if d.error is None:
                d.times = []


@register_stage("times")
def _factory(options: Options) -> TimesStage:
    return TimesStage(options)

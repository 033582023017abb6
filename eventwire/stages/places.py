"""Stage ``places``: placeholder that writes an empty list; the full stage lands with its issue."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from ..document import Document
from ..options import Options
from ..pipeline import register_stage


class PlacesStage:
    name: ClassVar[str] = "places"
    reads: ClassVar[tuple[str, ...]] = ("doc",)
    writes: ClassVar[tuple[str, ...]] = ("places",)

    def __init__(self, options: Options) -> None:
        self.options = options

    def __call__(self, docs: Sequence[Document]) -> None:
        for d in docs:
            if d.error is None:
                d.places = []


@register_stage("places")
def _factory(options: Options) -> PlacesStage:
    return PlacesStage(options)

"""Stage ``times``: time expressions normalised against the publication date (TimeML values).

See :mod:`eventwire.timex` for the grammar and normaliser. The anchor is
``article.published`` (from metadata, a date line or the dateline); without one, relative
expressions are kept with an empty value and a reason.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from ..document import Document
from ..options import Options
from ..pipeline import register_stage
from ..textutil import is_lower_cased, restore_date_case
from ..timex import find_times


class TimesStage:
    name: ClassVar[str] = "times"
    reads: ClassVar[tuple[str, ...]] = ("doc",)
    writes: ClassVar[tuple[str, ...]] = ("times",)

    def __init__(self, options: Options) -> None:
        self.options = options

    def __call__(self, docs: Sequence[Document]) -> None:
        for d in docs:
            if d.error is not None:
                continue
            text = d.analysis_text if d.analysis_text is not None else d.text
            if is_lower_cased(text) or not any(c.isupper() for c in text[:2000]):
                # a lower-cased copy; a short one ("on friday, police arrested six men.") has no capital at all
                text = restore_date_case(text)
            published = d.article.published if d.article is not None else d.input.published
            try:
                found = find_times(text, published, d.doc)
            except (ValueError, IndexError, KeyError, AssertionError) as exc:
                # A grammar bug must not lose the article: keep it without times and say so.
                d.warnings.append(f"times: skipped after an internal error ({type(exc).__name__}: {exc})")
                d.times = []
                continue
            original = d.text
            d.times = [t.model_copy(update={"text": original[t.start : t.end]}) for t in found]


@register_stage("times")
def _factory(options: Options) -> TimesStage:
    return TimesStage(options)

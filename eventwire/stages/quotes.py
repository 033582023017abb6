"""Stage ``quotes``: direct, indirect and mixed quotes with cue, resolved speaker and channel.

The work is done by :func:`eventwire.quotes.find_quotes` (re-exported here with
:func:`eventwire.quotes.quote_at`, which tells which quote, if any, contains a character offset).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from ..document import Document
from ..errors import ProcessingError
from ..options import Options
from ..pipeline import register_stage
from ..quotes import find_quotes, quote_at
from ..quotes.neural import load_encoder

__all__ = ["QuotesStage", "find_quotes", "quote_at"]


class QuotesStage:
    name: ClassVar[str] = "quotes"
    reads: ClassVar[tuple[str, ...]] = ("doc", "actors")
    writes: ClassVar[tuple[str, ...]] = ("quotes",)

    def __init__(self, options: Options) -> None:
        self.options = options
        self.encoder = load_encoder(options.quote_encoder, options.encoder_runtime) if options.quote_model else None

    def __call__(self, docs: Sequence[Document]) -> None:
        for d in docs:
            if d.error is not None:
                continue
            if d.doc is None:
                raise ProcessingError("internal error: the quotes stage needs the parse")
            d.quotes = find_quotes(
                d.doc,
                d.actors,
                text=d.text,
                model="default" if self.options.quote_model else None,
                encoder=self.encoder,
                headline=(d.article.title_span.start, d.article.title_span.end) if d.article and d.article.title_span else None,
            )


@register_stage("quotes")
def _factory(options: Options) -> QuotesStage:
    return QuotesStage(options)

"""eventwire: news articles to structured, source-attributed event data.

>>> import eventwire
>>> record = eventwire.extract(text, published="2021-08-23", source="Reuters")
>>> [(e.type, e.status) for e in record.events]
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from .document import ArticleInput
from .errors import ConfigError, DataError, EventwireError, InputError, ProcessingError, StoreError
from .options import Options
from .pipeline import Pipeline, get_pipeline
from .schema import Record

__version__ = "0.1.0"

__all__ = [
    "ArticleInput",
    "ConfigError",
    "DataError",
    "EventwireError",
    "InputError",
    "Options",
    "Pipeline",
    "ProcessingError",
    "Record",
    "StoreError",
    "extract",
    "extract_many",
]


def _options(options: Options | None, overrides: dict[str, Any]) -> Options:
    if options is None:
        return Options.from_mapping(overrides)
    return options.replace(**overrides) if overrides else options


def extract(
    text: str,
    *,
    published: str | None = None,
    source: str | None = None,
    url: str | None = None,
    title: str | None = None,
    options: Options | None = None,
    **option_overrides: Any,
) -> Record:
    """Extract one article. Raises :class:`InputError` for text that is not an article."""
    pipeline = get_pipeline(_options(options, option_overrides))
    return pipeline(ArticleInput(text=text, published=published, source=source, url=url, title=title))


def extract_many(
    items: Iterable[ArticleInput | str], *, options: Options | None = None, **option_overrides: Any
) -> Iterator[Record]:
    """Extract a stream of articles in batches (``nlp.pipe``); records come back in input order. Items are
    :class:`ArticleInput` or, as with spaCy's ``nlp.pipe``, plain strings of article text."""
    inputs = (ArticleInput(text=x) if isinstance(x, str) else x for x in items)
    return get_pipeline(_options(options, option_overrides)).run(inputs)

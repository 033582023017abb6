"""What the routes of one app share: its options and token, the store (opened on first use), the
locks that serialise extraction and store writes, and the steps from a request to records."""

from __future__ import annotations

import dataclasses
import logging
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from ..document import ArticleInput
from ..errors import ConfigError, EventwireError, ProcessingError
from ..options import Options
from ..pipeline import get_pipeline
from ..schema import Record
from ..textutil import clean_field, normalize_date
from .errors import Busy
from .fetch import fetch_article
from .models import ArticleIn, HttpOptions

log = logging.getLogger("eventwire.api")


def merge_options(base: Options, requested: HttpOptions | None) -> Options:
    """The server's options with a request's per-call changes (validated like every Options)."""
    if requested is None:
        return base
    changes = requested.model_dump(exclude_none=True)
    if "stages" in changes:
        changes["stages"] = tuple(changes["stages"])
    try:
        Options.from_mapping(changes)  # same key and value checks as the CLI and Python API
        return dataclasses.replace(base, **changes)
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"invalid options: {exc}") from None


@dataclass
class AppContext:
    """One app's shared state. ``store`` given: used as is (and never closed here); otherwise the
    store at ``store_url`` is opened on first use and closed at shutdown."""

    options: Options
    token: str | None = None
    store_url: str | None = None
    store: Any | None = None
    allow_private_urls: bool | None = None
    tile_url: str | None = None
    tile_attribution: str | None = None
    _opened: Any | None = field(default=None, init=False, repr=False)
    _state_lock: threading.Lock = field(default_factory=threading.Lock, init=False, repr=False)
    _pipeline_lock: threading.Lock = field(default_factory=threading.Lock, init=False, repr=False)
    write_lock: threading.Lock = field(default_factory=threading.Lock, init=False, repr=False)
    """Serialises writes to the store (runs, records, verdicts)."""

    def __post_init__(self) -> None:
        self._opened = self.store

    def get_store(self) -> Any:
        with self._state_lock:
            if self._opened is None:
                from ..store import Store

                self._opened = Store(self.store_url)
            return self._opened

    def close_store(self) -> None:
        if self.store is None and self._opened is not None:
            self._opened.close()
            self._opened = None

    def to_input(self, item: ArticleIn) -> ArticleInput:
        """A request's article as pipeline input: its text, or the page fetched from its URL."""
        published = normalize_date(item.published) if item.published else None
        # NUL and other controls in metadata are dropped here: PostgreSQL text cannot hold NUL.
        source, title = (clean_field(v) if v is not None else None for v in (item.source, item.title))
        if item.text is not None:
            url = clean_field(item.url) if item.url is not None else None
            return ArticleInput(text=item.text, published=published, source=source, url=url, title=title)
        assert item.url is not None
        return fetch_article(item.url, published=published, source=source, title=title,
                             allow_private=self.allow_private_urls)

    def run_pipeline(
        self, inputs: list[ArticleInput], opts: Options
    ) -> Iterator[tuple[ArticleInput, Record | EventwireError]]:
        """Extract ``inputs`` (one extraction at a time): each input with its record or its error."""
        pipeline = get_pipeline(opts)
        wait_s = max(30.0, opts.time_limit_s)
        if not self._pipeline_lock.acquire(timeout=wait_s):
            raise Busy(f"the extraction pipeline is busy (waited {wait_s:g} s)", hint="retry later")
        try:
            docs = list(pipeline.run_documents(inputs))
        except EventwireError:
            raise
        except Exception as exc:  # a stage failed on this input: report it, keep the server up
            log.exception("pipeline failure")
            raise ProcessingError(f"extraction failed: {type(exc).__name__}: {exc}",
                                  hint="this is a bug in eventwire; the server log has details") from None
        finally:
            self._pipeline_lock.release()
        for given, doc in zip(inputs, docs, strict=True):
            if doc.error is not None:
                yield given, doc.error
            else:
                yield given, doc.to_record()

"""The ingest item and the options of the readers."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..document import ArticleInput
from ..textutil import clean_field, unstorable

TEXT_FIELDS = ("text", "doc_text", "full_text", "body", "content", "article")
ID_FIELDS = ("id", "doc_id", "uuid", "guid", "article_id")
DATE_FIELDS = ("published", "date", "publish_date", "pubdate", "published_at", "datetime")
TITLE_FIELDS = ("title", "headline")
URL_FIELDS = ("url", "link", "source_url")
SOURCE_FIELDS = ("source", "publisher", "site", "sitename", "outlet")


@dataclass(frozen=True)
class ReadOptions:
    """How to read sources. ``*_field`` names override the usual field names of JSON records."""

    text_field: str | None = None
    id_field: str | None = None
    date_field: str | None = None
    title_field: str | None = None
    url_field: str | None = None
    source_field: str | None = None
    meta: Path | None = None
    """A JSON/JSONL file of metadata records joined to the input records by id."""
    published: str | None = None
    """Publication date for items that carry none."""
    source: str | None = None
    """Publisher name for items that carry none."""
    max_chars: int = 2_000_000
    timeout_s: float = 20.0
    follow_feeds: bool = True
    allow_private_urls: bool | None = None
    """Fetch URLs on loopback/private/link-local addresses too (None: ``EVENTWIRE_ALLOW_PRIVATE_URLS``)."""
    max_fetch_bytes: int = 16 * 1024 * 1024
    """Largest page or feed downloaded; counted as it arrives."""
    user_agent: str = "eventwire/0.1 (+https://eventwire.dev)"
    suffixes: tuple[str, ...] = (".txt", ".text", ".md", ".html", ".htm", ".json", ".jsonl", ".ndjson",
                                 ".xml", ".rss", ".atom")


@dataclass
class IngestItem:
    key: str
    """Stable identity of the item (URL, '<file>#<id>', path): a changed text under the same key
    replaces the stored article."""
    input: ArticleInput | None = None
    error: str | None = None
    kind: str = "input"
    """Failure kind: input (unreadable/empty), fetch (network), parse (bad JSON/feed)."""
    extra: dict[str, object] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.input is not None and self.error is None

    def cleaned(self) -> IngestItem:
        """This item fit for every store: its key, reason and metadata strings pass through
        :func:`~eventwire.textutil.clean_field` (NUL, other C0 controls, lone surrogates); a text that
        still holds NUL or a lone surrogate makes the item a failure of its own."""
        self.key = clean_field(self.key)
        if self.error is not None:
            self.error = clean_field(self.error)
        inp = self.input
        if inp is None:
            return self
        inp.title, inp.source, inp.url = (clean_field(v) if isinstance(v, str) else v
                                          for v in (inp.title, inp.source, inp.url))
        inp.meta = {k: clean_field(v) if isinstance(v, str) else v for k, v in inp.meta.items()}
        if unstorable(inp.text):
            self.input, self.error, self.kind = None, "text contains NUL characters or invalid code points", "input"
        return self

"""URLs (httpx + trafilatura) and RSS/Atom feeds (feedparser, following each item's link).

Every download (a URL, a feed, each feed item's link) goes through :func:`eventwire.netfetch.fetch`:
non-public addresses are refused unless ``ReadOptions.allow_private_urls``, and bodies are counted
up to ``ReadOptions.max_fetch_bytes``."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import feedparser
import httpx

from ..document import ArticleInput
from ..errors import EventwireError
from ..netfetch import fetch, make_client
from ..textutil import check_text, decode_bytes, normalize_date
from .items import IngestItem, ReadOptions

FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/feed+json")


def html_to_input(html: str | bytes, url: str | None, opts: ReadOptions) -> ArticleInput:
    """Main text, title, date, author and site of an HTML page (trafilatura). Raises InputError."""
    import trafilatura

    from ..errors import InputError

    doc: Any = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                           include_tables=False)
    if doc is None:
        raise InputError("no article text found in the page")
    data = doc if isinstance(doc, dict) else doc.as_dict()
    body = (data.get("text") or "").strip()
    if not body:
        raise InputError("no article text found in the page")
    title = (data.get("title") or "").strip() or None
    # Keep the headline as the first line, as wire copy has it; the reader recognises it.
    text = f"{title}\n\n{body}\n" if title and not body.startswith(title) else body + "\n"
    check_text(text, name="page text", max_chars=opts.max_chars)
    try:
        published = normalize_date(data.get("date")) or normalize_date(opts.published)
    except EventwireError:
        published = normalize_date(opts.published)
    meta = {k: data.get(k) for k in ("author", "sitename", "hostname") if data.get(k)}
    source = data.get("sitename") or data.get("hostname") or opts.source
    return ArticleInput(text=text, published=published, source=source, url=url, title=title, meta=meta)


def _client(opts: ReadOptions) -> httpx.Client:
    return make_client(allow_private=opts.allow_private_urls, timeout_s=opts.timeout_s, user_agent=opts.user_agent)


def _page_text(body: bytes, content_type: str, url: str) -> str:
    """A text/plain body decoded by its declared charset, else as any text file is."""
    charset = re.search(r"charset=[\"']?([\w.:-]+)", content_type)
    if charset:
        try:
            return body.decode(charset.group(1), errors="replace")
        except LookupError:
            pass
    return decode_bytes(body, name=url)


def _is_feed(content_type: str, body: bytes) -> bool:
    if any(t in content_type for t in FEED_TYPES):
        return True
    head = body[:600].lstrip().lower()
    return head.startswith(b"<?xml") and (b"<rss" in head or b"<feed" in head or b"<rdf" in head) or \
        head.startswith(b"<rss") or head.startswith(b"<feed")


def iter_url(url: str, opts: ReadOptions, client: httpx.Client | None = None) -> Iterator[IngestItem]:
    own = client is None
    c = client or _client(opts)
    try:
        try:
            page = fetch(url, c, max_bytes=opts.max_fetch_bytes, total_s=4 * opts.timeout_s)
        except EventwireError as exc:
            yield IngestItem(url, error=exc.message, kind="fetch")
            return
        ctype = page.content_type
        if _is_feed(ctype, page.body):
            yield from iter_feed(page.body, page.url, opts, c)
            return
        if "text/plain" in ctype:
            try:
                text = _page_text(page.body, ctype, url)
                check_text(text, name=url, max_chars=opts.max_chars)
            except EventwireError as exc:
                yield IngestItem(url, error=exc.message, kind="input")
                return
            yield IngestItem(url, input=ArticleInput(text=text, published=normalize_date(opts.published),
                                                     source=opts.source, url=page.url))
            return
        try:
            yield IngestItem(url, input=html_to_input(page.body, page.url, opts))
        except EventwireError as exc:
            yield IngestItem(url, error=exc.message, kind="input")
    finally:
        if own:
            c.close()


_CHARREF = re.compile(rb"&#(?:[xX]([0-9a-fA-F]{1,16})|([0-9]{1,20}));")


def _valid_charrefs(content: bytes | str) -> bytes | str:
    """Numeric character references outside Unicode (or to surrogates, or NUL) become U+FFFD:
    feedparser raises ValueError/UnicodeEncodeError on them instead of reading the feed."""

    def fix(m: re.Match[bytes]) -> bytes:
        value = int(m.group(1), 16) if m.group(1) else int(m.group(2))
        return b"&#xFFFD;" if value == 0 or value > 0x10FFFF or 0xD800 <= value <= 0xDFFF else m.group(0)

    if isinstance(content, str):
        return _CHARREF.sub(fix, content.encode("utf-8", "surrogatepass")).decode("utf-8", "surrogatepass")
    return _CHARREF.sub(fix, content)


def iter_feed(content: bytes | str, feed_url: str, opts: ReadOptions,
              client: httpx.Client | None = None) -> Iterator[IngestItem]:
    """Every item of an RSS/Atom feed: the linked page when ``follow_feeds``, else the item's text."""
    try:
        parsed = feedparser.parse(_valid_charrefs(content))
    except Exception as exc:  # noqa: BLE001 - feedparser bugs on hostile input: one failed item, not a crash
        yield IngestItem(feed_url, error=f"not a readable feed: {type(exc).__name__}: {exc}", kind="parse")
        return
    if parsed.bozo and not parsed.entries:
        yield IngestItem(feed_url, error=f"not a readable feed: {parsed.get('bozo_exception')}", kind="parse")
        return
    feed_title = parsed.feed.get("title") or opts.source
    own = client is None and opts.follow_feeds
    c = client or (_client(opts) if opts.follow_feeds else None)
    try:
        for i, entry in enumerate(parsed.entries, 1):
            link = entry.get("link")
            key = link or f"{feed_url}#{entry.get('id') or i}"
            published = None
            for attr in ("published", "updated"):
                if entry.get(attr):
                    try:
                        published = normalize_date(entry.get(attr)[:10] if entry.get(f"{attr}_parsed") is None
                                                   else "{:04d}-{:02d}-{:02d}".format(*entry.get(f"{attr}_parsed")[:3]))
                    except EventwireError:
                        published = None
                    break
            if link and c is not None:
                items = list(iter_url(link, opts, c))
                for it in items:
                    if it.input is not None:
                        it.input.published = it.input.published or published or normalize_date(opts.published)
                        it.input.source = feed_title or it.input.source
                        it.input.title = it.input.title or entry.get("title")
                    yield it
                continue
            summary = entry.get("summary") or ""
            contents = entry.get("content") or []
            html = contents[0].get("value") if contents else summary
            if not html:
                yield IngestItem(key, error="feed item has neither a link to follow nor text", kind="input")
                continue
            try:
                inp = html_to_input(f"<html><body><h1>{entry.get('title', '')}</h1><article>{html}</article>"
                                    "</body></html>", link, opts)
            except EventwireError as exc:
                yield IngestItem(key, error=exc.message, kind="input")
                continue
            inp.published = published or normalize_date(opts.published)
            inp.source = feed_title
            yield IngestItem(key, input=inp)
    finally:
        if own and c is not None:
            c.close()

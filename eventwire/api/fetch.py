"""Fetching an article from a URL for the HTTP API: httpx for the page, trafilatura for the text."""

from __future__ import annotations

from ..document import ArticleInput
from ..errors import InputError
from ..netfetch import fetch, make_client

MAX_PAGE_BYTES = 8 * 1024 * 1024
TIMEOUT_S = 15.0


def _web_page(url: str, content_type: str) -> None:
    if content_type and not any(t in content_type for t in ("html", "text", "xml")):
        raise InputError(f"{url}: not a web page ({content_type})")


def download(url: str, *, allow_private: bool | None = None, timeout: float = TIMEOUT_S,
             max_bytes: int = MAX_PAGE_BYTES) -> tuple[bytes, str]:
    """The page body and its final URL; ``InputError`` for anything that is not a readable page, and
    for pages on non-public addresses unless ``allow_private`` (see :mod:`eventwire.netfetch`)."""
    with make_client(allow_private=allow_private, timeout_s=timeout) as client:
        page = fetch(url, client, max_bytes=max_bytes, total_s=4 * timeout, accept=_web_page)
    return page.body, page.url


def article_from_html(html: bytes | str, url: str, *, published: str | None = None, source: str | None = None,
                      title: str | None = None) -> ArticleInput:
    """Main text, title, date and site of a news page; caller-given metadata wins."""
    import trafilatura

    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                      include_tables=False)
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or not text.strip():
        raise InputError(f"{url}: no article text found on the page")
    page_title = getattr(doc, "title", None)
    if page_title and not text.lstrip().startswith(page_title):
        text = f"{page_title}\n{text}"
    return ArticleInput(
        text=text,
        published=published or getattr(doc, "date", None),
        source=source or getattr(doc, "sitename", None) or getattr(doc, "hostname", None),
        url=url,
        title=title or page_title,
    )


def fetch_article(url: str, *, published: str | None = None, source: str | None = None,
                  title: str | None = None, allow_private: bool | None = None) -> ArticleInput:
    body, final_url = download(url, allow_private=allow_private)
    return article_from_html(body, final_url, published=published, source=source, title=title)

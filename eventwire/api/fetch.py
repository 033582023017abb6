"""Fetching an article from a URL for the HTTP API: httpx for the page, trafilatura for the text."""

from __future__ import annotations

import httpx

from ..document import ArticleInput
from ..errors import InputError

MAX_PAGE_BYTES = 8 * 1024 * 1024
TIMEOUT_S = 15.0
USER_AGENT = "eventwire/0.1 (+https://eventwire.dev)"


def download(url: str, *, timeout: float = TIMEOUT_S, max_bytes: int = MAX_PAGE_BYTES) -> tuple[bytes, str]:
    """The page body and its final URL; ``InputError`` for anything that is not a readable page."""
    try:
        with (
            httpx.Client(follow_redirects=True, timeout=timeout, headers={"User-Agent": USER_AGENT}) as client,
            client.stream("GET", url) as resp,
        ):
            if resp.status_code >= 400:
                raise InputError(f"{url}: the server answered HTTP {resp.status_code}")
            ctype = resp.headers.get("content-type", "")
            if ctype and not any(t in ctype for t in ("html", "text", "xml")):
                raise InputError(f"{url}: not a web page ({ctype})")
            chunks: list[bytes] = []
            size = 0
            for chunk in resp.iter_bytes():
                size += len(chunk)
                if size > max_bytes:
                    raise InputError(f"{url}: page is larger than {max_bytes:,} bytes")
                chunks.append(chunk)
            return b"".join(chunks), str(resp.url)
    except httpx.InvalidURL as exc:
        raise InputError(f"{url}: invalid URL ({exc})") from None
    except httpx.TimeoutException:
        raise InputError(f"{url}: timed out after {timeout:g} s") from None
    except httpx.HTTPError as exc:
        raise InputError(f"{url}: cannot fetch ({type(exc).__name__}: {exc})") from None


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
                  title: str | None = None) -> ArticleInput:
    body, final_url = download(url)
    return article_from_html(body, final_url, published=published, source=source, title=title)

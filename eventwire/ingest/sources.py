"""Dispatch each source string to its reader: '-', URL, directory, or file by suffix."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from ..document import ArticleInput
from ..errors import EventwireError
from ..io import read_path_bytes, read_stdin_bytes
from ..textutil import check_text, decode_bytes, normalize_date
from .items import IngestItem, ReadOptions
from .records import iter_json_file, load_meta
from .web import html_to_input, iter_feed, iter_url


def iter_items(sources: Iterable[str], opts: ReadOptions | None = None) -> Iterator[IngestItem]:
    """Every article of every source, in order; unreadable ones carry their reason in ``error``."""
    opts = opts or ReadOptions()
    meta = load_meta(opts.meta, opts) if opts.meta else None
    for src in sources:
        if src == "-":
            yield _stdin_item(opts)
        elif src.startswith(("http://", "https://")):
            yield from iter_url(src, opts)
        else:
            path = Path(src)
            if path.is_dir():
                for child in sorted(p for p in path.rglob("*") if p.is_file()):
                    if child.suffix.lower() in opts.suffixes and not any(
                            part.startswith(".") for part in child.relative_to(path).parts):
                        yield from _file_items(child, opts, meta)
            elif path.exists():
                yield from _file_items(path, opts, meta)
            else:
                yield IngestItem(str(path), error=f"{src}: no such file or directory", kind="input")


def count_items(sources: Iterable[str], opts: ReadOptions | None = None) -> int | None:
    """How many items :func:`iter_items` will yield, when that is known without reading the articles:
    files, directories, JSON Lines dumps (one item per non-blank line) and '-'; None when any source is a URL,
    a feed or a JSON document whose length needs parsing."""
    opts = opts or ReadOptions()
    total = 0
    for src in sources:
        if src == "-":
            total += 1
            continue
        if src.startswith(("http://", "https://")):
            return None
        path = Path(src)
        files = [path]
        if path.is_dir():
            files = [p for p in sorted(path.rglob("*")) if p.is_file() and p.suffix.lower() in opts.suffixes
                     and not any(part.startswith(".") for part in p.relative_to(path).parts)]
        for f in files:
            n = _count_file(f)
            if n is None:
                return None
            total += n
    return total


def _count_file(path: Path) -> int | None:
    suffix = path.suffix.lower()
    if suffix in (".json", ".xml", ".rss", ".atom"):
        return None
    if suffix in (".jsonl", ".ndjson"):
        try:
            if not path.is_file():
                return 1  # a fifo or device: read (or refused) as one item, never counted ahead
            with path.open("rb") as fh:
                return sum(1 for line in fh if line.strip())
        except OSError:
            return 1
    return 1


def _stdin_item(opts: ReadOptions) -> IngestItem:
    try:
        text = decode_bytes(read_stdin_bytes(), name="<stdin>")
        check_text(text, name="<stdin>", max_chars=opts.max_chars)
        return IngestItem("<stdin>", input=ArticleInput(text=text, published=normalize_date(opts.published),
                                                        source=opts.source))
    except EventwireError as exc:
        return IngestItem("<stdin>", error=exc.message, kind="input")


def _file_items(path: Path, opts: ReadOptions, meta: dict | None) -> Iterator[IngestItem]:
    key = str(path.resolve())
    suffix = path.suffix.lower()
    try:
        if suffix in (".json", ".jsonl", ".ndjson"):
            yield from iter_json_file(path, opts, meta)
            return
        data = read_path_bytes(path)
        if suffix in (".xml", ".rss", ".atom"):
            yield from iter_feed(data, key, opts)
            return
        if suffix in (".html", ".htm"):
            inp = html_to_input(data, None, opts)
            inp.source = inp.source or opts.source
            yield IngestItem(key, input=inp)
            return
        text = decode_bytes(data, name=str(path))
        check_text(text, name=str(path), max_chars=opts.max_chars)
        yield IngestItem(key, input=ArticleInput(text=text, published=normalize_date(opts.published),
                                                 source=opts.source))
    except EventwireError as exc:
        yield IngestItem(key, error=exc.message, kind="input")
    except OSError as exc:
        yield IngestItem(key, error=f"{path}: cannot read ({exc.strerror or exc})", kind="input")

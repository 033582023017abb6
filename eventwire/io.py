"""Reading article inputs from files and standard input (I/O at the edge)."""

from __future__ import annotations

import sys
from pathlib import Path

from .document import ArticleInput
from .errors import InputError
from .textutil import check_text, decode_bytes, normalize_date

MAX_FILE_BYTES = 64 * 1024 * 1024


def read_bytes(path: str) -> tuple[bytes, str]:
    if path == "-":
        return sys.stdin.buffer.read(), "<stdin>"
    p = Path(path)
    if not p.exists():
        raise InputError(f"{path}: no such file")
    if p.is_dir():
        raise InputError(f"{path}: is a directory", hint="use `eventwire ingest` for directories")
    try:
        size = p.stat().st_size
        if size > MAX_FILE_BYTES:
            raise InputError(f"{path}: file is too large ({size:,} bytes; the limit is {MAX_FILE_BYTES:,})")
        return p.read_bytes(), path
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None


def read_input(
    path: str,
    *,
    published: str | None = None,
    source: str | None = None,
    max_chars: int | None = None,
) -> ArticleInput:
    data, name = read_bytes(path)
    text = decode_bytes(data, name=name)
    check_text(text, name=name, max_chars=max_chars)
    return ArticleInput(text=text, published=normalize_date(published), source=source)

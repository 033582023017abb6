"""Reading article inputs from files and standard input (I/O at the edge).

Every read is counted: at most ``MAX_FILE_BYTES + 1`` bytes are read from a file, a fifo or standard
input, whatever ``st_size`` says (0 for devices and pipes), and more than the limit is refused. Only
regular files, fifos/pipes (``<(command)``) and standard input are read; devices, directories and
sockets are refused before they are opened.
"""

from __future__ import annotations

import errno
import fcntl
import os
import stat
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from .document import ArticleInput
from .errors import InputError
from .textutil import check_text, decode_bytes, normalize_date

MAX_FILE_BYTES = 64 * 1024 * 1024
_CHUNK = 1 << 20


def read_capped(fh: BinaryIO | int, name: str, limit: int = MAX_FILE_BYTES) -> bytes:
    """All of ``fh`` (a binary file or a descriptor) if it holds at most ``limit`` bytes, else
    ``InputError`` "too large" after reading ``limit + 1`` bytes at most."""
    chunks: list[bytes] = []
    got = 0
    while got <= limit:
        want = min(_CHUNK, limit + 1 - got)
        chunk = os.read(fh, want) if isinstance(fh, int) else fh.read(want)
        if not chunk:
            break
        chunks.append(chunk)
        got += len(chunk)
    if got > limit:
        raise InputError(f"{name} is too large (more than {limit:,} bytes)")
    return b"".join(chunks)


def _kind(mode: int) -> str | None:
    """Why a file of this mode is not read, or None when it is (regular file, fifo/pipe)."""
    if stat.S_ISREG(mode) or stat.S_ISFIFO(mode):
        return None
    if stat.S_ISDIR(mode):
        return "is a directory"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "is a device, not a file"
    if stat.S_ISSOCK(mode):
        return "is a socket, not a file"
    return "is not a regular file"


def open_path(path: str | Path) -> BinaryIO:
    """A binary file object on a regular file or a fifo (see the module docstring); ``InputError`` for
    anything else. A fifo is opened without waiting for a writer: one with no writer reads as empty
    instead of hanging."""
    name = str(path)
    try:
        why = _kind(os.stat(path).st_mode)
        if why is not None:
            raise InputError(f"{name}: {why}",
                             hint="use `eventwire ingest` for directories" if why == "is a directory" else None)
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        raise InputError(f"{name}: no such file") from None
    except PermissionError:
        raise InputError(f"{name}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{name}: cannot read ({exc.strerror or exc})") from None
    try:
        why = _kind(os.fstat(fd).st_mode)  # the file opened may not be the one stat-ed
        if why is not None:
            raise InputError(f"{name}: {why}")
        # Blocking reads from here on: a pipe with a writer waits for its data; with none, read() is EOF.
        fcntl.fcntl(fd, fcntl.F_SETFL, fcntl.fcntl(fd, fcntl.F_GETFL) & ~os.O_NONBLOCK)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_path_bytes(path: str | Path, limit: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of a regular file or a fifo, counted: ``InputError`` "too large" past ``limit``."""
    name = str(path)
    with open_path(path) as fh:
        try:
            size = os.fstat(fh.fileno()).st_size
            if stat.S_ISREG(os.fstat(fh.fileno()).st_mode) and size > limit:
                raise InputError(f"{name}: file is too large ({size:,} bytes; the limit is {limit:,})")
            return read_capped(fh, name, limit)
        except OSError as exc:
            if exc.errno == errno.EISDIR:
                raise InputError(f"{name}: is a directory") from None
            raise InputError(f"{name}: cannot read ({exc.strerror or exc})") from None


def read_lines(path: str | Path, limit: int = MAX_FILE_BYTES) -> Iterator[tuple[int, bytes | None]]:
    """(line number, line) for every line of a regular file or fifo, streamed (no limit on the file);
    a line longer than ``limit`` bytes is read past in bounded chunks and given as ``None``."""
    name = str(path)
    with open_path(path) as fh:
        try:
            n = 0
            while raw := fh.readline(limit + 1):
                n += 1
                if len(raw) > limit and not raw.endswith(b"\n"):
                    while (rest := fh.readline(_CHUNK)) and not rest.endswith(b"\n"):
                        pass
                    yield n, None
                    continue
                yield n, raw
        except OSError as exc:
            raise InputError(f"{name}: cannot read ({exc.strerror or exc})") from None


def read_stdin_bytes(limit: int = MAX_FILE_BYTES) -> bytes:
    return read_capped(sys.stdin.buffer, "<stdin>", limit)


def read_bytes(path: str) -> tuple[bytes, str]:
    if path == "-":
        return read_stdin_bytes(), "<stdin>"
    return read_path_bytes(path), path


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

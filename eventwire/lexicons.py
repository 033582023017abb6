"""One loader for the domain data files under ``eventwire/data/``, with a user overlay.

Every word list, dictionary and table that is domain knowledge lives in ``eventwire/data/`` as JSON or
tab-separated text (``docs/lexicons.md`` describes each file). A user adds to or overrides them without
editing the package: ``EVENTWIRE_LEXICONS=DIR`` (or ``--lexicons DIR`` on the commands that extract)
names a directory holding files with the same names and formats. A file is looked up in the overlay as
``DIR/<path under data/>`` (``DIR/actors/named.tsv``) and else as ``DIR/<file name>`` (``DIR/named.tsv``).

- JSON: a key whose value is a list adds the overlay's items to the built-in list; a key whose value is
  an object adds or replaces the object's keys; any other key replaces the built-in value.
- TSV: a row whose key (its first column, lower-cased, unless the reader says otherwise) matches a
  built-in row replaces that row in place; other rows are added at the end. A row ``-KEY`` removes the
  built-in row with that key.

Loaded tables are cached per overlay directory (:func:`overlay_key`), so switching the variable (a test,
a server handling two configurations) switches the tables; the files themselves are read once.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator
from collections.abc import Set as AbstractSet
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Generic, TypeVar

from .errors import ConfigError, DataError

ENV_VAR = "EVENTWIRE_LEXICONS"


_ENVIRON_DATA: dict[Any, Any] | None = getattr(os.environ, "_data", None)
"""CPython's dict behind ``os.environ`` (kept up to date by its writes): one dict lookup instead of
the mapping's encode-and-copy, which matters because every word-list lookup asks for the overlay."""
_ENV_KEY = os.environ.encodekey(ENV_VAR) if hasattr(os.environ, "encodekey") else ENV_VAR


def overlay_key() -> str | None:
    """The overlay directory in force (``$EVENTWIRE_LEXICONS``), or None: the cache key of every table."""
    if _ENVIRON_DATA is not None:
        raw = _ENVIRON_DATA.get(_ENV_KEY)
        return os.environ.decodevalue(raw) or None if raw is not None else None  # type: ignore[attr-defined]
    return os.environ.get(ENV_VAR) or None


def overlay_file(relpath: str, overlay: str | None = None) -> Path | None:
    """The overlay's file for the data file ``relpath`` (``"actors/named.tsv"``), if there is one."""
    root = overlay if overlay is not None else overlay_key()
    if not root:
        return None
    base = Path(root)
    if not base.is_dir():
        raise ConfigError(f"{ENV_VAR}={root}: not a directory", hint="point it at a folder of lexicon files")
    for path in (base / relpath, base / Path(relpath).name):
        if path.is_file():
            return path
    return None


def read_data_text(relpath: str) -> str:
    """The text of the packaged data file ``eventwire/data/<relpath>``."""
    try:
        return resources.files("eventwire").joinpath(f"data/{relpath}").read_text("utf-8")
    except (FileNotFoundError, UnicodeDecodeError) as exc:  # pragma: no cover - packaging error
        raise DataError(f"eventwire/data/{relpath} is missing or broken: {exc}", hint="reinstall eventwire") from exc


# --------------------------------------------------------------------------------------------
# JSON


def merge_overlay(base: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    """``base`` with ``extra``'s entries added: lists extend, objects update, other values replace."""
    out = dict(base)
    for key, value in extra.items():
        if isinstance(value, list) and isinstance(out.get(key), list):
            out[key] = [*out[key], *value]
        elif isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = {**out[key], **value}
        else:
            out[key] = value
    return out


def _json_object(text: str, where: str) -> dict[str, Any]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise DataError(f"{where}: not a JSON lexicon ({exc})") from None
    if not isinstance(data, dict):
        raise DataError(f"{where}: a JSON lexicon must be an object")
    return data


def _overlay_text(relpath: str, what: str) -> tuple[Path, str] | None:
    """The overlay's file for ``relpath`` and its text, if there is one; ``DataError`` ("PATH: WHAT (why)")
    when it cannot be read."""
    path = overlay_file(relpath)
    if path is None:
        return None
    try:
        return path, path.read_text("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DataError(f"{path}: {what} ({exc})") from None


def load_data_json(relpath: str) -> dict[str, Any]:
    """A packaged JSON data file with the overlay's file of the same name merged in (not cached)."""
    data = _json_object(read_data_text(relpath), f"eventwire/data/{relpath}")
    found = _overlay_text(relpath, "not a JSON lexicon overlay")
    if found is not None:
        path, text = found
        data = merge_overlay(data, _json_object(text, str(path)))
    return dict(data)


@lru_cache(maxsize=32)
def _cached_json(relpath: str, overlay: str | None) -> dict[str, Any]:
    return load_data_json(relpath)


def data_json(relpath: str) -> dict[str, Any]:
    """:func:`load_data_json`, cached per overlay directory (do not mutate the result)."""
    return _cached_json(relpath, overlay_key())


# --------------------------------------------------------------------------------------------
# TSV


def word_list(raw: dict[str, Any], name: str) -> frozenset[str]:
    """The lower-cased words of the list ``name`` in a loaded data file (empty when absent)."""
    return frozenset(str(x).lower() for x in raw.get(name, []))


def word_table(raw: dict[str, Any], name: str, upper_keys: bool = False) -> dict[str, frozenset[str]]:
    """A table of lower-cased word lists keyed by a lemma (or, ``upper_keys``, by an event type)."""
    return {
        (str(k).upper() if upper_keys else str(k).lower()): frozenset(str(x).lower() for x in v)
        for k, v in raw.get(name, {}).items()
    }


_D = TypeVar("_D")


def word_lists(cls: type[_D], raw: dict[str, Any], **special: Any) -> _D:
    """A frozen dataclass of word lists read from ``raw`` by field name: a ``frozenset[str]`` field is
    :func:`word_list`, a ``dict[str, frozenset[str]]`` one :func:`word_table`; any other field needs its
    value in ``special`` (so adding a list is one field and one data key)."""
    import dataclasses

    values: dict[str, Any] = {}
    for f in dataclasses.fields(cls):  # type: ignore[arg-type]
        if f.name in special:
            values[f.name] = special[f.name]
        elif f.type == "frozenset[str]":
            values[f.name] = word_list(raw, f.name)
        elif f.type == "dict[str, frozenset[str]]":
            values[f.name] = word_table(raw, f.name)
        else:
            raise TypeError(f"{cls.__name__}.{f.name} ({f.type}) needs an explicit loader")
    return cls(**values)


def parse_tsv(text: str, where: str) -> list[list[str]]:
    """Rows of a tab-separated lexicon: ``#`` lines and blank lines skipped, cells stripped."""
    rows = []
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = [c.strip() for c in line.split("\t")]
        if not cols[0]:
            raise DataError(f"{where}:{lineno}: empty key")
        rows.append(cols)
    return rows


def _row_key(cols: list[str]) -> str:
    return cols[0].lower()


def merge_rows(
    base: list[list[str]], extra: list[list[str]], key: Callable[[list[str]], str] = _row_key
) -> list[list[str]]:
    """``base`` with ``extra``'s rows: same key replaces in place, new keys appended, ``-KEY`` removes."""
    out = list(base)
    index = {key(cols): i for i, cols in enumerate(out)}
    removed: set[int] = set()
    for cols in extra:
        if cols[0].startswith("-") and len(cols[0]) > 1 and not any(cols[1:]):
            k = key([cols[0][1:], *cols[1:]])
            if k in index:
                removed.add(index[k])
            continue
        k = key(cols)
        if k in index:
            out[index[k]] = cols
            removed.discard(index[k])
        else:
            index[k] = len(out)
            out.append(cols)
    return [cols for i, cols in enumerate(out) if i not in removed]


def load_data_tsv(relpath: str, key: Callable[[list[str]], str] = _row_key, optional: bool = False) -> list[list[str]]:
    """Rows of a packaged TSV data file with the overlay's rows merged in (:func:`merge_rows`).

    ``optional``: the package need not ship the file (an overlay-only table); no rows then.
    """
    try:
        rows = parse_tsv(read_data_text(relpath), f"eventwire/data/{relpath}")
    except DataError:
        if not optional:
            raise
        rows = []
    found = _overlay_text(relpath, "not a lexicon file")
    if found is not None:
        path, text = found
        rows = merge_rows(rows, parse_tsv(text, str(path)), key)
    return rows


# --------------------------------------------------------------------------------------------
# word lists as live sets


@lru_cache(maxsize=64)
def _words(relpath: str, name: str, overlay: str | None) -> frozenset[str]:
    raw = _cached_json(relpath, overlay).get(name)
    if not isinstance(raw, list):
        raise DataError(f"eventwire/data/{relpath}: {name!r} must be a list of words")
    return frozenset(str(x).lower() for x in raw)


T = TypeVar("T")

_TABLES_GENERATION = [0]
"""Bumped by :func:`clear_caches`: a word list's kept set (``LiveSet._current``) is stale after it."""


@lru_cache(maxsize=64)
def _pairs(relpath: str, name: str, overlay: str | None) -> frozenset[tuple[str, str]]:
    """A list of two-word entries (``"call for"``) as lower-case pairs."""
    out = set()
    for item in _words(relpath, name, overlay):
        first, _, second = item.partition(" ")
        if not second or " " in second:
            raise DataError(f"eventwire/data/{relpath}: {name!r} entry {item!r} must be two words")
        out.add((first, second))
    return frozenset(out)


class LiveSet(AbstractSet[T], Generic[T]):
    """A word list of a JSON data file, read through the overlay in force at each use.

    Module constants (``SPEECH_VERBS``) stay constants to the code that uses them while a change of
    ``$EVENTWIRE_LEXICONS`` still reaches them; ``|``, ``-`` and ``&`` give live combinations (a
    membership test of a combination tests its parts; nothing is copied).
    """

    __slots__ = ("_get", "_memo", "_op", "_parts", "_tables", "label")

    def __init__(
        self,
        get: Callable[[], AbstractSet[T]] | None,
        label: str,
        op: str = "",
        parts: tuple[AbstractSet[Any], AbstractSet[Any]] | None = None,
        tables: bool = False,
    ) -> None:
        self._get = get
        self._op = op
        self._parts = parts
        self.label = label
        self._tables = tables
        """Whether ``get`` reads nothing but the data tables through the overlay in force (a word list
        of a data file): then the set it gave is kept until the overlay or the tables change."""
        self._memo: tuple[Any, int, AbstractSet[T]] | None = None

    def _current(self) -> AbstractSet[T]:
        """The set ``get`` gives now; for a table's word list, the one kept while the overlay variable
        and the table caches (:func:`clear_caches`) are unchanged (one dict look-up instead of the
        overlay key's decoding and the table cache's call: most of a word-list test's cost)."""
        assert self._get is not None
        if not self._tables:
            return self._get()
        raw = _ENVIRON_DATA.get(_ENV_KEY) if _ENVIRON_DATA is not None else os.environ.get(ENV_VAR)
        memo = self._memo
        if memo is not None and memo[1] == _TABLES_GENERATION[0] and memo[0] == raw:
            return memo[2]
        words = self._get()
        self._memo = (raw, _TABLES_GENERATION[0], words)
        return words

    @staticmethod
    def from_json(relpath: str, name: str) -> LiveSet[str]:
        """The word list ``name`` of the JSON data file ``relpath`` (lower-cased)."""
        return LiveSet(lambda: _words(relpath, name, overlay_key()), f"{relpath}:{name}", tables=True)

    @staticmethod
    def pairs_from_json(relpath: str, name: str) -> LiveSet[tuple[str, str]]:
        """The two-word entries ``name`` of ``relpath`` as ``(first, second)`` pairs."""
        return LiveSet(lambda: _pairs(relpath, name, overlay_key()), f"{relpath}:{name}", tables=True)

    @staticmethod
    def derived(get: Callable[[], AbstractSet[T]], label: str) -> LiveSet[T]:
        """A set computed from other live sets (recomputed at each use: keep ``get`` cheap or cached)."""
        return LiveSet(get, label)

    @property
    def words(self) -> frozenset[T]:
        """The words now in force."""
        if self._get is not None:
            return frozenset(self._current())
        assert self._parts is not None
        a, b = (frozenset(p) for p in self._parts)
        return a | b if self._op == "|" else a - b if self._op == "-" else a & b

    def __contains__(self, item: object) -> bool:
        if self._get is not None:
            return item in self._current()
        assert self._parts is not None
        a, b = self._parts
        if self._op == "|":
            return item in a or item in b
        if self._op == "-":
            return item in a and item not in b
        return item in a and item in b

    def __iter__(self) -> Iterator[T]:
        return iter(self.words)

    def __len__(self) -> int:
        return len(self.words)

    def __or__(self, other: AbstractSet[Any]) -> LiveSet[T]:  # type: ignore[override]
        return LiveSet(None, "", "|", (self, other))

    def __ror__(self, other: AbstractSet[Any]) -> LiveSet[T]:  # type: ignore[override]
        return LiveSet(None, "", "|", (other, self))

    def __sub__(self, other: AbstractSet[Any]) -> LiveSet[T]:
        return LiveSet(None, "", "-", (self, other))

    def __and__(self, other: AbstractSet[Any]) -> LiveSet[T]:
        return LiveSet(None, "", "&", (self, other))

    def __repr__(self) -> str:
        if self._parts is None:
            return f"LiveSet({self.label})"
        a, b = self._parts
        return f"({_name(a)} {self._op} {_name(b)})"


WordSet = LiveSet[str]


def _name(words: AbstractSet[Any]) -> str:
    return repr(words) if isinstance(words, LiveSet) else f"<{len(words)} words>"


def tables_state() -> tuple[Any, int]:
    """What every word list now depends on: the overlay variable's raw value and the table caches'
    generation (:func:`clear_caches`). A memo of word-list tests is good while this is unchanged."""
    raw = _ENVIRON_DATA.get(_ENV_KEY) if _ENVIRON_DATA is not None else os.environ.get(ENV_VAR)
    return raw, _TABLES_GENERATION[0]


def clear_caches() -> None:
    """Forget every loaded table (after editing an overlay file in place)."""
    _TABLES_GENERATION[0] += 1
    _cached_json.cache_clear()
    _words.cache_clear()
    _pairs.cache_clear()

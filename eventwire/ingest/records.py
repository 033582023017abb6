"""JSON and JSONL records (text + metadata) → ingest items."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from ..document import ArticleInput
from ..errors import DataError, EventwireError
from ..io import MAX_FILE_BYTES, read_lines, read_path_bytes
from ..textutil import check_text, normalize_date
from .items import (
    DATE_FIELDS,
    ID_FIELDS,
    SOURCE_FIELDS,
    TEXT_FIELDS,
    TITLE_FIELDS,
    URL_FIELDS,
    IngestItem,
    ReadOptions,
)


def pick(obj: Mapping[str, Any], explicit: str | None, candidates: Iterable[str]) -> Any:
    if explicit:
        return obj.get(explicit)
    for name in candidates:
        value = obj.get(name)
        if value not in (None, ""):
            return value
    return None


def json_objects(path: Path) -> Iterator[tuple[int, dict[str, Any] | None, str | None]]:
    """(line or index number, object, error) for every record of a JSON array/object or JSONL file.
    A JSON file is read whole with the counted limit of :func:`eventwire.io.read_path_bytes`; a JSONL
    file is streamed, each line up to the same limit. Raises ``InputError`` for what cannot be read."""
    if path.suffix.lower() == ".json":
        try:
            parsed = json.loads(read_path_bytes(path).decode("utf-8-sig"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            yield 0, None, f"not valid JSON: {exc}"
            return
        items = parsed if isinstance(parsed, list) else [parsed]
        for i, obj in enumerate(items, 1):
            yield (i, obj, None) if isinstance(obj, dict) else (i, None, "record is not a JSON object")
        return
    for n, raw in read_lines(path):
        if raw is None:
            yield n, None, f"line {n}: longer than {MAX_FILE_BYTES:,} bytes"
            continue
        if not raw.strip():
            continue
        try:
            obj = json.loads(raw.decode("utf-8-sig"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            yield n, None, f"line {n}: not valid JSON: {exc}"
            continue
        yield (n, obj, None) if isinstance(obj, dict) else (n, None, f"line {n}: not a JSON object")


def load_meta(path: Path, opts: ReadOptions) -> dict[str, dict[str, Any]]:
    """Metadata records by id (the id field of ``opts`` or the usual names)."""
    if not path.exists():
        raise DataError(f"{path}: no such metadata file")
    out: dict[str, dict[str, Any]] = {}
    try:
        records = list(json_objects(path))
    except EventwireError as exc:
        raise DataError(exc.message) from None
    for _n, obj, err in records:
        if err or obj is None:
            raise DataError(f"{path}: {err}")
        ident = pick(obj, opts.id_field, ID_FIELDS)
        if ident is not None:
            out[str(ident)] = obj
    return out


def item_from_object(obj: Mapping[str, Any], key: str, opts: ReadOptions,
                     meta: Mapping[str, Mapping[str, Any]] | None = None) -> IngestItem:
    ident = pick(obj, opts.id_field, ID_FIELDS)
    merged: dict[str, Any] = dict(obj)
    if meta and ident is not None and str(ident) in meta:
        for k, v in meta[str(ident)].items():
            merged.setdefault(k, v)
    text = pick(merged, opts.text_field, TEXT_FIELDS)
    url = pick(merged, opts.url_field, URL_FIELDS)
    item_key = str(url) if url else (f"{key}#{ident}" if ident is not None else key)
    if not isinstance(text, str):
        field_name = opts.text_field or "/".join(TEXT_FIELDS[:3])
        return IngestItem(item_key, error=f"no text field ({field_name})", kind="input")
    try:
        check_text(text, name="text", max_chars=opts.max_chars)
        published = normalize_date(pick(merged, opts.date_field, DATE_FIELDS) or opts.published)
    except EventwireError as exc:
        return IngestItem(item_key, error=exc.message, kind="input")
    source = pick(merged, opts.source_field, SOURCE_FIELDS) or opts.source
    title = pick(merged, opts.title_field, TITLE_FIELDS)
    extra = {"id": ident} if ident is not None else {}
    return IngestItem(item_key, input=ArticleInput(
        text=text, published=published, source=str(source) if source else None,
        url=str(url) if url else None, title=str(title) if title else None, meta=extra))


def iter_json_file(path: Path, opts: ReadOptions,
                   meta: Mapping[str, Mapping[str, Any]] | None = None) -> Iterator[IngestItem]:
    base = str(path.resolve())
    for n, obj, err in json_objects(path):
        if err or obj is None:
            yield IngestItem(f"{base}#{n}", error=err, kind="parse")
        else:
            yield item_from_object(obj, f"{base}#{n}", opts, meta)

"""Invariant checks over records: every evidence offset slices the original text exactly."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .schema import Record


def _walk(node: Any, path: str) -> Iterator[tuple[str, dict[str, Any]]]:
    if isinstance(node, dict):
        yield path, node
        for key, value in node.items():
            yield from _walk(value, f"{path}.{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _walk(value, f"{path}[{i}]")


def offset_errors(record: Record | dict[str, Any]) -> list[str]:
    """Problems with evidence offsets: spans outside the text, or whose ``text`` differs from the slice.

    Checks every object that has integer ``start`` and ``end`` (and ``text`` when present)."""
    data = record.model_dump() if isinstance(record, Record) else record
    text = data["article"]["text"]
    errors: list[str] = []
    for path, obj in _walk(data, "$"):
        start, end = obj.get("start"), obj.get("end")
        if not isinstance(start, int) or not isinstance(end, int):
            continue
        if not 0 <= start <= end <= len(text):
            errors.append(f"{path}: span {start}:{end} outside the text (length {len(text)})")
            continue
        if path.startswith("$.article") and path.endswith(".article"):
            continue
        snippet = obj.get("text")
        if isinstance(snippet, str) and text[start:end] != snippet:
            errors.append(f"{path}: text {snippet!r} != text[{start}:{end}] {text[start:end]!r}")
    return errors

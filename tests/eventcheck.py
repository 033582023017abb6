"""Lookups over extracted events shared by the events test modules."""

from __future__ import annotations

from eventwire.schema import Event, Record


def find(record: Record, typ: str, trigger: str | None = None) -> list[Event]:
    """Events of type ``typ`` (whose trigger contains ``trigger``, if given)."""
    return [
        e for e in record.events
        if e.type == typ and (trigger is None or (e.trigger is not None and trigger.lower() in e.trigger.text.lower()))
    ]


def names(actors) -> str:  # noqa: ANN001
    """Actor names joined by " | ", lower-cased (for substring checks)."""
    return " | ".join(a.name for a in actors).lower()

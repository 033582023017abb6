"""Lookups over extracted events shared by the events test modules."""

from __future__ import annotations

from collections.abc import Callable

import eventwire
from eventwire.schema import Event, Record


def rules_on(published: str | None) -> Callable[..., Record]:
    """A ``run(text, published=...)`` for rule tests: the rules alone (``event_encoder="none"``; the event
    head is tested in test_event_heads.py), with ``published`` as the default publication date."""

    def run(text: str, published: str | None = published) -> Record:
        return eventwire.extract(text, published=published, event_encoder="none")

    return run


def find(record: Record, typ: str, trigger: str | None = None) -> list[Event]:
    """Events of type ``typ`` (whose trigger contains ``trigger``, if given)."""
    return [
        e for e in record.events
        if e.type == typ and (trigger is None or (e.trigger is not None and trigger.lower() in e.trigger.text.lower()))
    ]


def find_in(record: Record, typ: str, word: str) -> list[Event]:
    """Events of type ``typ`` whose evidence sentence contains ``word`` (case-sensitive)."""
    return [e for e in record.events if e.type == typ and word in e.evidence.text]


def names(actors) -> str:  # noqa: ANN001
    """Actor names joined by " | ", lower-cased (for substring checks)."""
    return " | ".join(a.name for a in actors).lower()

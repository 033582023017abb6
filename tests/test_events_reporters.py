"""The party that reports an attack told with no doer is its source, not its actor (self-report only when
the reporter tells its own act)."""

from __future__ import annotations

import pytest

import eventwire

from .eventcheck import find, names


def run(text: str, published: str = "2025-06-04") -> eventwire.Record:
    # the rules alone (event_encoder="none"): the event head is tested in test_event_heads.py
    return eventwire.extract(text, published=published, event_encoder="none")


@pytest.mark.parametrize("text,source", [
    ("Four people were killed in an attack on a bus near Velm on Monday, officials said.", "officials"),
    ("Two guards were wounded in a shooting at the gate of the Velm mine on Monday, the company said.", "company"),
])
def test_an_attack_told_with_no_doer_is_not_done_by_its_reporter(text: str, source: str) -> None:
    [ev] = find(run(text), "ASSAULT")
    assert source not in names(ev.actors)
    assert ev.source is not None and source in ev.source.name.lower()


def test_a_reporter_telling_its_own_attack_stays_its_actor() -> None:
    [ev] = find(run("The rebels said they shelled an army base near Velm on Monday."), "ASSAULT")
    assert "rebels" in names(ev.actors)


def test_a_reflexive_pronoun_is_no_recipient() -> None:
    # "blew himself up": the bomber is the actor, not also a target
    r = run("A suicide bomber blew himself up at a market in Orsk, killing 12 people, police said.")
    assert all("himself" not in names(e.recipients) for e in r.events)
    assert any("people" in names(e.recipients) for e in find(r, "ASSAULT"))

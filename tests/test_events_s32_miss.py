"""Stop 32, helper miss: events an analyst codes that the rules did not output (recall of event
detection); each rule on self-written sentences through the real pipeline, rules alone."""

from __future__ import annotations

import eventwire

from .eventcheck import find, names


def run(text: str, published: str = "2011-05-12") -> eventwire.Record:
    # the rules alone (event_encoder="none"): the event head is tested in test_event_heads.py
    return eventwire.extract(text, published=published, event_encoder="none")


def test_ruling_out_is_a_rejection() -> None:
    rec = run("Interior Minister Hal Brenner on Monday ruled out talks with the rebel commanders in Ostrava.")
    rej = find(rec, "REJECT")
    assert rej and "brenner" in names(rej[0].actors)


def test_lambasting_is_a_criticism() -> None:
    rec = run("Opposition leader Mara Quist on Sunday lambasted the governor for the delays in paying teachers.")
    acc = find(rec, "ACCUSE")
    assert acc and "quist" in names(acc[0].actors)
    assert "governor" in names(acc[0].recipients)


def test_flaying_and_castigating_are_criticisms() -> None:
    rec = run(
        "The chamber of commerce flayed the state government over the new levy on traders. "
        "Senator Dana Holt castigated the ministry for its handling of the floods."
    )
    assert len(find(rec, "ACCUSE")) == 2

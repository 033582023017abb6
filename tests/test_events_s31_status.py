"""Stop 31, helper status: events an analyst would not keep (habits, negated effort) and status errors
(a realised past ability read as a possibility). Self-written sentences; the rules alone."""

from __future__ import annotations

import eventwire
from eventwire.options import Options
from eventwire.schema import Event


def run(text: str, published: str = "2024-05-15") -> eventwire.Record:
    # the rules alone (event_encoder="none"): the event head is tested in test_event_heads.py
    return eventwire.extract(text, published=published, options=Options(event_encoder="none"))


def find(r: eventwire.Record, typ: str) -> list[Event]:
    return [e for e in r.events if e.type == typ]


def test_a_habit_in_the_present_tense_is_no_event() -> None:
    """habitual: a frequency adverb on a present-tense clause states a habit, no happening."""
    assert not find(run("Police in Varnholt often arrest students who gather near the ministry."), "COERCE")
    assert not find(run("Soldiers in the north of Keldor regularly shoot at smugglers crossing the river."), "ASSAULT")
    # the same adverb in the past tense is left to the other rules
    assert find(run("Police in Varnholt often arrested students near the ministry last spring."), "COERCE")
    # a plain report stays
    assert find(run("Police in Varnholt arrested twelve students near the ministry on Tuesday."), "COERCE")


def test_scant_effort_negates_the_act_it_governs() -> None:
    """scant-effort: 'made little effort to deploy' is no asserted deployment; 'a little effort' is some."""
    [ev] = find(run("The Varnholt government made little effort to deploy troops to the border with Keldor."), "MOBILIZE")
    assert ev.status == "denied"
    [ev] = find(run("The Varnholt government made a little effort to deploy troops to the border with Keldor."), "MOBILIZE")
    assert ev.status == "asserted"


def test_could_with_finally_is_a_realised_act() -> None:
    """realised-could: 'could finally be deployed' is a past ability realised, not a possibility."""
    [ev] = find(run("After two weeks of delay, the troops could finally be deployed to Keldor on Monday."), "MOBILIZE")
    assert ev.status == "asserted"
    [ev] = find(run("Officials said the troops could be deployed to Keldor."), "MOBILIZE")
    assert ev.status == "hypothetical"

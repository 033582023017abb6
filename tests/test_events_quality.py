"""Events quality on fresh wire-story wording (issue 6 follow-up): denials, instruments as actors,
headlines, pronoun actors, ongoing vs historical. Every sentence here is written for these tests."""

from __future__ import annotations

import eventwire
from eventwire.schema import Event, Record


def run(text: str, published: str | None = "2024-05-02") -> Record:
    return eventwire.extract(text, published=published)


def find(record: Record, typ: str, trigger: str | None = None) -> list[Event]:
    return [
        e for e in record.events
        if e.type == typ and (trigger is None or (e.trigger is not None and trigger.lower() in e.trigger.text.lower()))
    ]


def names(actors) -> str:  # noqa: ANN001
    return " | ".join(a.name for a in actors).lower()


# 1. denials -----------------------------------------------------------------------------------


def test_denial_verb_makes_the_event_denied_by_the_denier_and_disputes_the_claim() -> None:
    r = run(
        "An army officer said rebels had ambushed a patrol near the bridge. "
        "A rebel commander denied that his men had attacked the patrol."
    )
    [claim] = find(r, "ASSAULT", "ambushed")
    [denied] = find(r, "ASSAULT", "attacked")
    assert denied.status == "denied"
    assert denied.source is not None and "commander" in denied.source.name.lower()
    assert not denied.actors and "actors" in denied.reasons
    assert claim.status == "disputed"


def test_rejected_claims_and_dismissed_reports_are_denials() -> None:
    r = run("The interior ministry rejected claims that its police had beaten protesters in the capital.")
    [e] = find(r, "ASSAULT", "beaten")
    assert e.status == "denied"
    assert e.source is not None and "ministry" in e.source.name.lower()
    r = run("A navy spokeswoman dismissed reports of clashes along the coast.")
    [e] = find(r, "ASSAULT", "clashes")
    assert e.status == "denied"


def test_reported_negation_is_denied_but_rejecting_a_proposal_is_not_a_denial() -> None:
    r = run("A police spokesman said the officers had not fired at the crowd.")
    [e] = find(r, "ASSAULT", "fired")
    assert e.status == "denied"
    assert e.source is not None and "spokesman" in e.source.name.lower()
    r = run("The militia denied carrying out the bombing of the market.")
    [e] = find(r, "ASSAULT", "bombing")
    assert e.status == "denied" and "militia" not in names(e.actors)
    r = run("Troops stormed the compound on Monday and the general later rejected calls for a ceasefire.")
    [e] = find(r, "ASSAULT", "stormed")
    assert e.status == "asserted"

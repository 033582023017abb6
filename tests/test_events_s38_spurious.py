"""Stop 38, helper spurious: extras and wrong types (acts told as a possibility, contests with a person,
proposals and praise). Self-written sentences; the rules alone."""

from __future__ import annotations

import eventwire
from eventwire.schema import Event

from .eventcheck import rules_on

run = rules_on("2024-05-15")


def find(r: eventwire.Record, typ: str) -> list[Event]:
    return [e for e in r.events if e.type == typ]


def test_an_act_told_as_a_possibility_did_not_happen() -> None:
    """modal-act: could / might / can / would (no future of a past announcement) tell a possibility."""
    r = run("Keldor legislators might support a higher fuel tax next year, the Dunmore governor said.")
    assert not find(r, "SUPPORT")
    r = run("Mara Velloway said the Keldor highway commissioner could refuse the Dunmore toll plan.")
    assert not find(r, "REJECT")
    r = run("With such a narrow margin, Tobin Reyes could have requested a recount in Keldor.")
    assert not find(r, "REQUEST")
    r = run("Would the Keldor strikes make the Dunmore militia less eager to attack villagers?")
    assert not find(r, "ASSAULT")


def test_a_possible_threat_and_an_announced_act_stay() -> None:
    """modal-act: a threat keeps its modal; 'said he would meet' is the future of the announcement."""
    r = run("The Keldor army said on Monday it would attack Dunmore if the Varnholt militia crossed the river.")
    assert find(r, "THREATEN")
    r = run("The Keldor mayor said on Monday he would meet the Varnholt governor on Friday.")
    assert find(r, "CONSULT")
    r = run("The Keldor mayor met the Varnholt governor on Monday.")
    assert find(r, "CONSULT")

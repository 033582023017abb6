"""Stop 33, helper spur: spurious events an analyst would drop (self-written sentences)."""

from __future__ import annotations

from .eventcheck import find_in as find
from .eventcheck import rules_on

run = rules_on("2024-05-15")


def test_a_rate_phrase_on_a_present_clause_is_a_habit() -> None:
    """frequency: "meets once a year", "meet every week to discuss" state a habit, no happening."""
    assert not find(run("The review board meets once a year in Geneva."), "CONSULT", "meets")
    assert not run("Ministers meet every week to discuss the budget.").events
    assert not find(run("The council meets twice per week in Oslo."), "CONSULT", "meets")


def test_a_rate_phrase_on_a_will_clause_is_a_schedule() -> None:
    r = run("The crisis group will now meet twice a day, the commissioner said on Monday.")
    assert not find(r, "CONSULT", "meet")


def test_a_past_or_dated_meeting_with_a_rate_is_kept() -> None:
    """A past clause keeps its event ("met three times a month"), and so does a plain future meeting."""
    assert find(run("The two leaders met three times a month in Paris."), "CONSULT", "met")
    assert find(run("Ministers will meet on Tuesday in Oslo."), "CONSULT", "meet")
    assert find(run("Police arrested two men in Tulsa on Monday."), "COERCE", "arrested")


def test_a_plain_present_provision_is_a_standing_service() -> None:
    """generic-provision: "colleges provide tutoring", "the province provides a route" are no delivery."""
    assert not find(run("The teacher said colleges provide tutoring centers for their freshmen."), "AID", "provide")
    assert not find(run("The province provides a main route for smugglers between the two countries."), "AID", "provides")


def test_a_past_or_future_provision_is_kept() -> None:
    assert find(run("The United States provided food aid to Haiti on Monday."), "AID", "provided")
    assert find(run("The agency will provide tents to the refugees in Darfur."), "AID", "provide")


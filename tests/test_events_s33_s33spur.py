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


def test_a_struggle_to_do_something_is_a_difficulty() -> None:
    """figurative-noun (difficulty_nouns): "the struggle to raise money" is no violence."""
    assert not find(run("A sign of a weak candidate is the struggle to raise money in Iowa."), "ASSAULT", "struggle")
    assert find(run("The rebels' armed struggle against the government continued in Jaffna."), "ASSAULT", "struggle")


def test_a_win_by_a_margin_or_in_a_fronted_contest_is_no_beating() -> None:
    """word-sense (contest_verbs): a margin ("51 percent to 36 percent", "by 10 points") or a contest word
    fronted before the verb ("In the 2014 primary, ...") makes 'beat' a win, no violence."""
    assert not run("In the 2014 primary, Walsh beat her 51 percent to 36 percent.").events
    assert not find(run("Ortega beat Lind by 10 points in Nevada on Saturday."), "ASSAULT", "beat")
    assert find(run("In the village, soldiers beat three farmers on Monday."), "ASSAULT", "beat")


def test_a_vehicle_striking_a_vehicle_is_a_road_collision() -> None:
    """vehicle-collision: a car driven by someone that struck a pickup truck is no assault."""
    r = run("A red Buick driven by a local man was heading east and struck the pickup truck, the deputy said.")
    assert not find(r, "ASSAULT", "struck")
    assert find(run("Rebels attacked the bus near Kandahar on Monday."), "ASSAULT", "attacked")


def test_a_clash_during_a_hearing_is_a_verbal_clash() -> None:
    """verbal-attack: 'clash' told in a hearing is a criticism, no assault; a street clash stays one."""
    r = run("Senator Ames clashed with the minister during the Senate hearing on Monday.")
    assert not find(r, "ASSAULT", "clashed") and find(r, "ACCUSE", "clashed")
    assert find(run("Protesters clashed with police in Cairo on Friday."), "ASSAULT", "clashed")


def test_a_vow_to_win_a_contest_is_no_commitment() -> None:
    """contest-vow: "the team vowed to defend their title" is no AGREE; a vow to free prisoners is one."""
    assert not find(run("The Rovers vowed to defend their title next season."), "AGREE", "vowed")
    assert find(run("The president promised to release the prisoners in Lima."), "AGREE", "promised")

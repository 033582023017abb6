"""Stop 33, helper s33verb: verbal events (criticism, requests, rejections, support) from triggers the
lexicon lacked (self-written sentences)."""

from __future__ import annotations

from .eventcheck import find, find_in, names, rules_on

run = rules_on("2024-05-15")


def test_blasting_a_party_or_a_policy_is_criticism() -> None:
    """verbal-target rule: "blasted" a senator or a system is an ACCUSE."""
    r = run("Governor Ann Holt blasted Senator Tom Reyes on Monday. Reyes later blasted the new voting system.")
    assert find(r, "ACCUSE", "blasted")
    assert "tom reyes" in names(find(r, "ACCUSE", "blasted")[0].recipients)
    assert len(find(r, "ACCUSE", "blasted")) == 2


def test_blasting_a_hole_is_no_criticism() -> None:
    r = run("Workers blasted a hole in the rock near the quarry on Monday.")
    assert not find(r, "ACCUSE")


def test_mocking_and_chiding_are_criticism() -> None:
    r = run("Mayor Lena Park mocked the governor on Tuesday. Senator Ray Dunn chided the mayor for her remarks.")
    assert find(r, "ACCUSE", "mocked")
    assert find(r, "ACCUSE", "chided")


def test_taking_aim_at_a_rival_is_criticism() -> None:
    r = run("Senator Ray Dunn took aim at Governor Ann Holt in a speech on Tuesday.")
    assert find_in(r, "ACCUSE", "took aim")


def test_a_call_for_a_resignation_is_a_request() -> None:
    r = run("Senator Ray Dunn renewed calls for the resignation of the interior minister on Monday.")
    assert find(r, "REQUEST", "call")


def test_a_phone_call_is_no_request() -> None:
    r = run("The minister took a phone call from his daughter at dinner.")
    assert not find(r, "REQUEST")


def test_calling_a_party_a_charlatan_is_an_accusation_not_a_request() -> None:
    """pejorative-naming rule: any pejorative as the object predicate of "call" makes an ACCUSE, and the
    "for" of its reason is no request."""
    r = run("Doctor Sam Hill has been called a charlatan by other physicians for selling fake cures.")
    assert find(r, "ACCUSE", "called")
    assert not find(r, "REQUEST")


def test_brushing_off_a_report_is_a_rejection() -> None:
    r = run("Senator Ray Dunn brushed off the report on Tuesday.")
    assert find(r, "REJECT", "brushed")


def test_applauding_a_decision_is_support() -> None:
    r = run("The union applauded the court's decision on Friday.")
    assert find(r, "SUPPORT", "applauded")



def test_saying_a_party_cheated_is_an_accusation() -> None:
    """A pejorative verb said of a party by someone else ("the mayor said his rival cheated") accuses it."""
    r = run("Mayor Lena Park said Senator Ray Dunn cheated in the debate on Monday.")
    assert find(r, "ACCUSE", "cheated")


def test_repudiating_a_statement_is_a_rejection() -> None:
    r = run("Senator Ray Dunn repudiated the governor's statement on Tuesday.")
    assert find(r, "REJECT", "repudiated")

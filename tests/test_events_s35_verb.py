"""Stop 35, helper s35verb: verbal events (ACCUSE, REJECT, AGREE, SUPPORT) that were mistyped or over-coded,
and their negation (self-written sentences)."""

from __future__ import annotations

from .eventcheck import find, rules_on

run = rules_on("2024-05-15")


def test_not_always_agreeing_is_no_refusal() -> None:
    """partial negation: "we did not always agree" tells of past disagreements in general, no refusal."""
    r = run('"The truth is that we did not always agree, but I liked her," Governor Tom Reyes said on Monday.')
    assert not find(r, "REJECT")
    assert not find(r, "AGREE")


def test_a_plain_refusal_to_agree_is_still_a_reject() -> None:
    r = run("The union did not agree to the new contract on Monday.")
    assert find(r, "REJECT", "agree")


def test_a_decision_not_to_recommend_charges_is_no_accusation() -> None:
    """governed negation: "decided not to recommend indicting X": the negated 'recommend' governs the
    charge, so no charge was made."""
    r = run("The FBI decided not to recommend indicting Senator Ann Holt on Tuesday.")
    assert not [e for e in find(r, "ACCUSE") if e.status == "asserted"]

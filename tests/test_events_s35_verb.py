"""Stop 35, helper s35verb: verbal events (ACCUSE, REJECT, AGREE, SUPPORT) that were mistyped or over-coded,
and their negation (self-written sentences)."""

from __future__ import annotations

from .eventcheck import find, find_in, names, rules_on

run = rules_on("2024-05-15")


def test_not_always_agreeing_is_no_refusal() -> None:
    """partial negation: "we did not always agree" tells of past disagreements in general, no refusal."""
    r = run('"The truth is that we did not always agree, but I liked her," Governor Tom Reyes said on Monday.')
    assert not find(r, "REJECT")
    assert not find(r, "AGREE")


def test_a_plain_refusal_to_agree_is_still_a_reject() -> None:
    r = run("The union did not agree to the new contract on Monday.")
    assert find(r, "REJECT", "agree")


def test_expressed_displeasure_is_an_accusation() -> None:
    """express/voice+displeasure (disapproval, dismay): a party's disapproval of another's act is ACCUSE."""
    r = run("The allies of the ruling coalition have expressed their displeasure at the government's new tax plan.")
    found = find_in(r, "ACCUSE", "displeasure")
    assert found
    assert "allies" in names(found[0].actors)


def test_committing_a_slur_or_time_is_no_pledge() -> None:
    """commit with an object of a wrong or an allotted amount is no pledge (AGREE): "committing a deliberate
    slur", "committed a huge amount of time to others"."""
    r = run(
        "Senator Ann Holt said the film's makers are committing a deliberate slur. The volunteers have "
        "committed a huge amount of time to other people."
    )
    assert not find(r, "AGREE")


def test_committing_to_a_ceasefire_is_still_a_pledge() -> None:
    r = run("The rebel army committed itself to a ceasefire on Monday.")
    assert find(r, "AGREE", "committed")


def test_backing_away_is_no_support() -> None:
    """back+away / back+off / back+out: retreating from a position is no SUPPORT."""
    r = run("The mayor backed away from the stadium plan on Monday. The council backed off its demand for new taxes.")
    assert not find(r, "SUPPORT")


def test_defying_explanation_is_no_rejection() -> None:
    """defy with "explanation", "logic", "belief": an idiom, no party defies another."""
    r = run('"This announcement defies explanation," Senator Ann Holt said. The figures defy logic.')
    assert not find(r, "REJECT")


def test_a_prescribed_criticism_is_no_accusation() -> None:
    """prescribed-act: "it is important for citizens to criticise the mayor" prescribes an act; none happened."""
    r = run('"It is important for citizens to criticise the mayor," Senator Ann Holt said on Monday.')
    assert not find(r, "ACCUSE")


def test_a_decision_not_to_recommend_charges_is_no_accusation() -> None:
    """governed negation: "decided not to recommend indicting X": the negated 'recommend' governs the
    charge, so no charge was made."""
    r = run("The FBI decided not to recommend indicting Senator Ann Holt on Tuesday.")
    assert not [e for e in find(r, "ACCUSE") if e.status == "asserted"]


def test_a_criticism_that_happened_is_still_an_accusation() -> None:
    """"it was inappropriate for X to criticize Y" presupposes the criticism: kept."""
    r = run("Senator Ann Holt criticized the mayor for the budget cuts on Monday.")
    assert find(r, "ACCUSE", "criticized")


def test_taking_issue_with_a_plan_is_an_accusation() -> None:
    """take+issue: "took issue with the board's budget" is a party's disapproval (ACCUSE)."""
    r = run("Several parents took issue with the school board over the budget cuts on Monday.")
    found = find_in(r, "ACCUSE", "took issue")
    assert found
    assert "parents" in names(found[0].actors)


def test_a_warning_of_what_someone_should_do_is_advice() -> None:
    """advice-warning: "warned that the mayor should resist overreacting" advises: REQUEST, no THREATEN."""
    r = run("Senator Ann Holt warned on Monday that the mayor should resist overreacting to the strike.")
    assert not find(r, "THREATEN")
    found = find(r, "REQUEST", "warned")
    assert found
    assert "mayor" in names(found[0].recipients)


def test_a_warning_of_consequences_stays_a_threat() -> None:
    r = run("The army warned the rebels of serious consequences on Monday.")
    assert find(r, "THREATEN", "warned")

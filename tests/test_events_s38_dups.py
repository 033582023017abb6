"""Stop 38, helper dups: which mentions are one happening (self-written sentences)."""

from __future__ import annotations

from .eventcheck import find, names, rules_on

run = rules_on("2024-05-16")


def test_a_statement_told_again_by_the_same_verb_is_one() -> None:
    """restated-word: "X apologized to a passenger" / "X says it apologized for the mistake": one apology."""
    r = run(
        "Northway Airlines has apologized to a passenger after her luggage was sent to Oslo instead of Lisbon. "
        "The airline says it apologized for the mistake and is reviewing its procedures."
    )
    evs = find(r, "CONCEDE")
    assert len(evs) == 1, [(e.type, names(e.actors), names(e.recipients)) for e in evs]
    assert "passenger" in names(evs[0].recipients)


def test_the_same_verb_to_two_parties_stays_two_statements() -> None:
    """restated-word needs one mention with no other party: criticising the governor and the mayor is twice."""
    r = run("Senator Ruiz criticized the governor over the budget on Monday. Ruiz also criticized the mayor for the delays.")
    assert len(find(r, "ACCUSE")) == 2, [(e.type, names(e.recipients)) for e in r.events]


def test_an_also_request_is_one_more_request() -> None:
    """restated-word: "the chamber *also* requested ..." tells a second request, not the first again."""
    r = run(
        "The chamber of commerce requested a delay in tax payments on Monday. "
        "The chamber also requested lower interest rates for its members."
    )
    assert len(find(r, "REQUEST")) == 2, [(e.type, names(e.actors), names(e.recipients)) for e in r.events]


def test_a_sentence_opened_by_earlier_turns_to_another_happening() -> None:
    """sentence-apart: "Earlier, police fired rubber bullets at protesters in a nearby village" is another firing."""
    r = run(
        "Police fired tear gas to disperse a crowd in the northern town on Friday. "
        "Earlier, police fired rubber bullets at protesters in a nearby village."
    )
    assert len(find(r, "ASSAULT")) == 2, [(e.type, names(e.recipients)) for e in r.events]


def test_meanwhile_with_a_back_reference_stays_one_happening() -> None:
    """sentence-apart gives way to a back-reference: "Meanwhile, the attack left four soldiers dead"."""
    r = run("Rebels attacked an army post near the border on Sunday. Meanwhile, the attack left four soldiers dead.")
    assert len(find(r, "ASSAULT")) == 1, [(e.type, names(e.actors), names(e.recipients)) for e in r.events]


def test_earlier_this_week_is_a_date_not_another_happening() -> None:
    """sentence-apart does not read "Earlier this week" (a date); week-holds-day: the week and its Tuesday agree."""
    r = run("Earlier this week, police arrested a man over the fire. The man was arrested at his home on Tuesday.")
    evs = find(r, "COERCE")
    assert len(evs) == 1, [(e.type, names(e.recipients), e.date) for e in evs]
    assert evs[0].date is not None and evs[0].date.value == "2024-05-14", evs[0].date


def test_two_more_people_killed_is_another_killing() -> None:
    """distinct-party: "two *more* people were killed" elsewhere are more victims, another happening."""
    r = run(
        "Two people were killed in a bomb blast in the market on Sunday. "
        "Officials said two more people were killed in the southern district."
    )
    assert len(find(r, "ASSAULT")) == 2, [(e.type, names(e.recipients)) for e in r.events]


def test_more_than_a_number_marks_no_other_party() -> None:
    """distinct-party: "more than 20 people were injured" counts the victims of the happening told."""
    r = run("Two people were killed in a bomb blast in the market on Sunday. Officials said more than 20 people were injured.")
    assert len(find(r, "ASSAULT")) == 1, [(e.type, names(e.recipients)) for e in r.events]


def test_a_definite_ordinal_picks_one_of_the_victims_told() -> None:
    """distinct-party: "the third person injured in the blast" is one of the three, not a fourth victim."""
    r = run("Three people were injured in a blast at the market on Sunday. The third person injured in the blast was a shop owner.")
    assert len(find(r, "ASSAULT")) == 1, [(e.type, names(e.recipients)) for e in r.events]


def test_another_defendant_is_another_charge() -> None:
    """distinct-party: "a second officer was charged" is one more charge."""
    r = run("A police officer was charged with theft on Monday. A second officer was charged with theft on Tuesday.")
    assert len(find(r, "ACCUSE")) == 2, [(e.type, names(e.recipients)) for e in r.events]


def test_nobody_hurt_does_not_take_the_blast_with_it() -> None:
    """nobody-hurt-apart: "no one was injured" merged into the blast would drop the blast with it."""
    r = run("Two small bombs exploded in the main market on Thursday. However, no one was injured, police said.")
    assert len(find(r, "ASSAULT")) == 1, [(e.type, names(e.recipients)) for e in r.events]

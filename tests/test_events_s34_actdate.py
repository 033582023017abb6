"""Stop 34, helper actdate: who an event's actor is and when it happened (self-written sentences)."""

from __future__ import annotations

from .eventcheck import find_in, rules_on

run = rules_on("2024-05-18")


def test_a_past_act_far_from_the_report_s_one_day_is_on_that_day() -> None:
    """story-day: the report names one day (Thursday, two days before publication); an act told in the
    simple past five sentences later, with no day of its own, is on that day, not the publication day."""
    r = run(
        "Police in Dallas arrested four men on Thursday after a robbery at a jewelry store. The men were taken "
        "to the county jail. Officers said the suspects had fled in a stolen car. The store's owner thanked the "
        "officers. A neighbor said the street was quiet now. Later, about 50 residents marched to city hall and "
        "demanded more patrols.",
    )
    [march] = find_in(r, "PROTEST", "marched")
    assert march.date is not None and march.date.value == "2024-05-16"


def test_two_days_named_leave_a_far_act_undated() -> None:
    """story-day needs one day only: with Tuesday and Thursday both named, a far act keeps the default."""
    r = run(
        "Police in Dallas arrested four men on Thursday after a robbery at a jewelry store. The store had been "
        "robbed on Tuesday as well. Officers said the suspects had fled in a stolen car. The store's owner thanked "
        "the officers. A neighbor said the street was quiet now. Later, about 50 residents marched to city hall "
        "and demanded more patrols.",
    )
    [march] = find_in(r, "PROTEST", "marched")
    assert march.date is not None and march.date.value not in ("2024-05-16", "2024-05-14")


def test_the_senator_is_the_one_person_titled_senator() -> None:
    """title-description: "the senator" and "the GOP nominee" are the one person the story titled so, not a
    bare role word nor the party."""
    r = run(
        "Sen. Tom Bell of Ohio spoke to voters in Columbus on Friday. The senator criticized Governor Ann Cole "
        "for the budget cuts. Bell, the GOP nominee for governor, has led in the polls. On Monday, the GOP nominee "
        "accused the state treasurer of lying.",
    )
    [criticism] = find_in(r, "ACCUSE", "criticized")
    assert [a.name for a in criticism.actors] == ["Tom Bell"]
    [accusation] = find_in(r, "ACCUSE", "lying")
    assert [a.name for a in accusation.actors] == ["Tom Bell"]


def test_two_senators_leave_the_senator_unresolved() -> None:
    """title-description wants one titled person: with two senators named, "the senator" joins neither."""
    r = run(
        "Sen. Tom Bell and Sen. Ann Cole spoke to voters in Columbus on Friday. The senator criticized the "
        "governor for the budget cuts.",
    )
    [criticism] = find_in(r, "ACCUSE", "criticized")
    assert "Tom Bell" not in [a.name for a in criticism.actors] and "Ann Cole" not in [a.name for a in criticism.actors]


def test_a_former_governor_is_not_the_governor() -> None:
    """title-description reads a past title ("the former governor", ``former_words``) as none: "the governor"
    is the one sitting governor named."""
    r = run(
        "Gov. Chris Lane spoke in Trenton on Monday. Ann Cole, the former governor, said she would vote for "
        "the challenger. On Tuesday, the governor accused Cole of lying about the state budget.",
    )
    [accusation] = find_in(r, "ACCUSE", "lying")
    assert [a.name for a in accusation.actors] == ["Chris Lane"]


def test_the_republican_is_the_one_person_titled_republican() -> None:
    """party-member-description: "the Republican" is the person the story called a Republican, not a party."""
    r = run(
        "Republican Ann Cole spoke to voters in Columbus on Friday. On Monday, the Republican accused Governor Tom "
        "Bell of lying about the budget.",
    )
    [accusation] = find_in(r, "ACCUSE", "lying")
    assert [a.name for a in accusation.actors] == ["Ann Cole"]

"""Stop 32, helper actdate: event dates and actors seen wrong on unseen articles (self-written sentences)."""

from __future__ import annotations

from .eventcheck import find_in as find
from .eventcheck import rules_on

run = rules_on("2024-05-15")



def test_a_date_in_a_who_clause_on_the_subject_does_not_date_the_main_act() -> None:
    """relative-clause-date: "Senator Ann Cole, who lost to Mark Bell last year in her bid for governor,
    criticized ..." — last year is the defeat's, not the criticism's."""
    r = run(
        "Speaking to reporters in Fresno, Senator Ann Cole, who lost to Mark Bell last year in her bid for "
        "governor, criticized the mayor for cutting police funds.",
        published="2024-05-15",
    )
    [ev] = find(r, "ACCUSE", "criticized")
    assert ev.date is not None and not ev.date.value.startswith("2023")


def test_the_main_clause_date_does_not_date_an_act_in_a_who_clause() -> None:
    """relative-clause-date: "Bell, who resigned as state treasurer to run for governor, opened his campaign
    Saturday" — Saturday is the opening's, not the resignation's."""
    r = run(
        "Mark Bell, who resigned as state treasurer to run for governor, opened his campaign in Fresno "
        "Saturday by promising to create jobs.",
        published="2024-05-15",
    )
    evs = [e for e in r.events if "resigned" in e.evidence.text and e.type == "CONCEDE"]
    for ev in evs:
        assert ev.date is None or ev.date.value != "2024-05-11"


def test_a_past_perfect_act_takes_no_date_from_the_clause_above_it() -> None:
    """past-perfect-date: "On Monday, Cole criticized Bell because he had attacked ..." — Monday is the
    criticism's; the attack lies before it."""
    r = run(
        "On Monday, Senator Ann Cole criticized Mark Bell in Fresno because he had attacked a reporter outside "
        "the city hall.",
        published="2024-05-15",
    )
    [ev] = find(r, "ASSAULT", "attacked")
    assert ev.date is not None and ev.date.value != "2024-05-13"


def test_a_past_perfect_act_with_a_day_of_its_own_takes_no_narrative_day() -> None:
    """past-perfect-date: a sentence in the past perfect that names its own past day keeps that day, not the
    narrative day of the sentence before (tests/test_events_s39_dates.py has the case where a clause keeps the
    sentence's day from the act: "no incident on Saturday, adding curfew had been lifted"). (Stop 39:
    without a day of its own a past perfect takes the narrative day, as the dev gold codes scene-setting past
    perfects: "hundreds had gathered outside", "three boys had sustained stab injuries".)"""
    r = run(
        "Police in Fresno arrested Mark Bell on Monday. Bell had attacked a reporter outside the city hall on "
        "Tuesday, police said.",
        published="2024-05-15",
    )
    [arrest] = find(r, "COERCE", "arrested")
    assert arrest.date is not None and arrest.date.value == "2024-05-13"
    for ev in find(r, "ASSAULT", "had attacked"):
        assert ev.date is not None and ev.date.value != "2024-05-13"


def test_a_meeting_held_on_a_day_dates_what_was_done_at_it() -> None:
    """noun-clause-date: "in an emergency meeting held on sunday, the members condemned ..." — the
    condemnation took place in that meeting, so it takes the meeting's day."""
    r = run(
        "meanwhile, in an emergency meeting of the traders association held on sunday in surat, the members "
        "condemned the attacks on shops in the old city.",
        published="2002-03-05",
    )
    [ev] = find(r, "ACCUSE", "condemned")
    assert ev.date is not None and ev.date.value == "2002-03-03"


def test_a_clause_held_on_a_day_about_another_noun_still_does_not_date_the_trigger() -> None:
    r = run(
        "The prime minister also ordered all students and activists arrested over the past week in Fresno to be "
        "freed.",
        published="2024-05-15",
    )
    evs = [e for e in r.events if e.type == "RETREAT" and "freed" in e.evidence.text]
    for ev in evs:
        assert ev.date is not None and ev.date.value != "2024-W19"


def test_he_in_a_lower_cased_text_stands_for_the_named_subject_before() -> None:
    """lower-case-antecedent: in a lower-cased copy "naidu" may be tagged an organisation; "he" in the next
    sentence still stands for him."""
    r = run(
        "hyderabad: the chief minister on saturday said the centre was duty-bound to protect the disputed site. "
        "naidu appealed to the trade unions to postpone their strike. "
        "he appealed to political groups to cut across party lines.",
        published="2002-03-02",
    )
    [ev] = find(r, "REQUEST", "political groups")
    assert [a.name for a in ev.actors] != ["he"]
    assert "naidu" in [a.name for a in ev.actors]


def test_an_acronym_in_a_lower_cased_text_is_no_antecedent_of_he() -> None:
    r = run(
        "ahmedabad: the vhp on saturday said the temple would be built. "
        "he appealed to political groups to cut across party lines.",
        published="2002-03-02",
    )
    for ev in find(r, "REQUEST", "political groups"):
        assert "vhp" not in [a.name for a in ev.actors]


def test_a_date_in_the_asked_for_act_does_not_date_the_appeal() -> None:
    """content-clause-date: "appealed to the union to postpone its strike from may 20" — May 20 is the
    strike's; the appeal is undated (the publication default)."""
    r = run(
        "Mayor Ann Cole appealed to the transit union in Fresno to postpone its strike from May 20.",
        published="2024-05-15",
    )
    [ev] = find(r, "REQUEST", "appealed")
    assert ev.date is not None and ev.date.value != "2024-05-20"

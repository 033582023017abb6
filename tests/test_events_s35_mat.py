"""Stop 35, helper mat: material events that are mistyped or given the wrong doer (self-written sentences)."""

from __future__ import annotations

from .eventcheck import find, names, rules_on

run = rules_on("2024-05-15")


def test_the_force_that_quelled_a_riot_did_not_riot() -> None:
    """observer: a riot that is the object of a verb of stopping it ('police *curbed* the riots') was not
    rioted by the verb's subject."""
    r = run("The police curbed the riots in Lucknow within hours on Monday.")
    assert all("police" not in names(e.actors) for e in find(r, "PROTEST"))


def test_a_scholar_who_studied_riots_did_not_riot() -> None:
    r = run("The professor studied riots in Lucknow for ten years.")
    assert all("professor" not in names(e.actors) for e in find(r, "PROTEST"))


def test_troops_who_repelled_an_attack_are_not_its_attackers() -> None:
    r = run("Government troops repelled an attack on the base near Kunduz on Monday.")
    assert all("troops" not in names(e.actors) for e in find(r, "ASSAULT"))


def test_rioters_who_staged_a_riot_still_rioted() -> None:
    r = run("Hundreds of students staged a protest outside the parliament in Nairobi on Monday.")
    [hit] = find(r, "PROTEST")
    assert "students" in names(hit.actors)


def test_demonstrated_that_is_showing_no_protest() -> None:
    """fact-clause: 'the violence has *demonstrated that* security collapsed' shows a fact: no PROTEST."""
    r = run("The killings in the city have demonstrated that security has collapsed, the minister said.")
    assert not find(r, "PROTEST")


def test_students_who_demonstrated_protested() -> None:
    r = run("Students demonstrated outside the courthouse in Nairobi on Monday.")
    assert find(r, "PROTEST")



def test_a_letter_released_frees_no_one() -> None:
    """release-object: 'a letter to Senate colleagues released Monday' publishes a letter: no RETREAT, though
    the parse hangs the participle on the colleagues."""
    r = run("In a letter to Senate colleagues released Monday, Senator Ann Lee criticized the deal.")
    assert not find(r, "RETREAT")


def test_released_it_to_a_newspaper_frees_no_one() -> None:
    r = run(
        "A television network first published the cellphone video Friday afternoon, and attorneys for the "
        "family released it to The Denver Post and other media outlets."
    )
    assert not find(r, "RETREAT")


def test_released_hostages_and_prisoners_stay_releases() -> None:
    r = run("The rebels released two hostages in Kabul on Monday. Israel released 500 prisoners on Tuesday.")
    assert len(find(r, "RETREAT")) == 2


def test_a_temblor_that_struck_is_no_strike() -> None:
    """natural-cause: 'the temblor struck' is an earthquake, no labour strike (PROTEST) nor attack."""
    r = run("A small temblor struck near Gilroy at 2:44 a.m. and registered a magnitude 2.2.")
    assert not find(r, "PROTEST") and not find(r, "ASSAULT")

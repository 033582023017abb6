"""Stop 34, helper s34mat: material events the rules missed (self-written sentences)."""

from __future__ import annotations

from .eventcheck import find, names, rules_on

run = rules_on("2024-05-15")


def test_a_conviction_is_a_sanction() -> None:
    r = run("Seven men were convicted on Friday of affray after the street fight in Bristol.")
    [hit] = find(r, "SANCTION", "convicted")
    assert "men" in names(hit.recipients)


def test_expropriation_is_a_seizure() -> None:
    r = run("The utility expropriated the home of a farmer near Fort Keldor last week.")
    [hit] = find(r, "COERCE", "expropriated")
    assert "utility" in names(hit.actors)


def test_a_person_also_detained_is_another_detention() -> None:
    """distinct-happening ('also' on the verb): 'the secretary, who was also detained' is one more detention."""
    r = run("Police arrested Omar Rafiq, the president of the committee, in Keldor on Saturday. "
            "Karim Lodhi, the general secretary of the committee, who was also detained, said the arrests were illegal.")
    assert len(find(r, "COERCE")) == 2


def test_a_detention_told_twice_is_one() -> None:
    r = run("Police arrested Omar Rafiq in Keldor on Saturday. Rafiq was detained under the security act, police said.")
    assert len(find(r, "COERCE")) == 1


def test_arrests_counted_apart_are_two() -> None:
    """counted-apart: a batch of 40 and a total of 150 held are two happenings."""
    r = run("About 40 people were arrested in connection with the riot in Keldor on Monday, police said. "
            "In all, 150 people have been arrested in connection with the violence in the city, the commissioner said.")
    assert len(find(r, "COERCE")) == 2


def test_an_age_after_a_name_is_no_count_of_people_held() -> None:
    """age-apposition: 'sanjay rana, 22, was arrested' holds one man aged 22, not 22 people."""
    r = run("Police arrested Omar Rafiq in Keldor on Saturday. His cousin Karim Lodhi, 22, was arrested on Sunday.")
    assert all(e.counts is None or e.counts.arrested != 22 for e in find(r, "COERCE"))


def test_a_conviction_in_a_condition_is_no_sanction() -> None:
    r = run("The man faces up to 20 years in prison if convicted of the robbery in Keldor.")
    assert not [e for e in find(r, "SANCTION") if e.status == "asserted"]


def test_an_expropriation_ruled_out_is_none() -> None:
    r = run("The new government said on Monday it would not expropriate any farms in the province.")
    assert not [e for e in find(r, "COERCE") if e.status == "asserted"]

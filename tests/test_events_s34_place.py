"""Stop 34, helper place: which names are places, and which place an event gets (self-written sentences)."""

from __future__ import annotations

from .eventcheck import find_in as find
from .eventcheck import rules_on

run = rules_on("2024-05-15")


def _place_names(r) -> set[str]:  # noqa: ANN001
    return {p.name for p in r.places}


def test_the_surname_of_a_person_named_in_full_is_no_place_after_a_preposition() -> None:
    """named-person-surname: "Hillary Clinton ... In Clinton's speech" and "Across Clinton's career" are the
    person, not Clinton, Maryland; the events stay unplaced or take the story's place."""
    r = run(
        "Hillary Clinton spoke on Monday. Trump's attacks on Clinton grew. Voters in Ohio flocked to Clinton "
        "rallies. Trump mocked Clinton supporters. In Clinton's speech, she attacked the plan. Across Clinton's "
        "career, she fought the banks.",
    )
    assert "Clinton" not in _place_names(r)
    assert all(e.place is None or e.place.name != "Clinton" for e in r.events)


def test_a_possessive_person_name_after_in_is_no_place() -> None:
    """possessive: "in Jackson's view" — the preposition governs "view", not the name spaCy tags PERSON."""
    r = run("The council rejected the plan on Monday. In Jackson's view, the council erred. Police arrested two men.")
    assert "Jackson" not in _place_names(r)


def test_a_town_qualified_by_its_state_stays_a_place_though_a_person_shares_the_name() -> None:
    r = run("Bill Clinton spoke on Monday. Police arrested two men in Clinton, Iowa, on Tuesday.")
    [arrest] = find(r, "COERCE", "arrested")
    assert arrest.place is not None and arrest.place.name == "Clinton"


def test_a_possessive_place_before_its_district_stays_a_place() -> None:
    """"in Giza's Haram district" tagged PERSON is still the town: a capital or a place word follows."""
    r = run("Two bombs killed six police officers in Giza's Haram district on Friday.")
    assert "Giza" in _place_names(r)

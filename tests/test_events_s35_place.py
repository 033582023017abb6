"""Stop 35, helper place: which names are places, and which place an event gets (self-written sentences)."""

from __future__ import annotations

from .eventcheck import find_in as find
from .eventcheck import rules_on

run = rules_on("2024-05-15")


def _place_names(r) -> set[str]:  # noqa: ANN001
    return {p.name for p in r.places}


def test_an_adjective_inside_an_organisation_name_is_no_place() -> None:
    """organisation-adjective: "Federal" in "Federal Bureau of Investigation" is no Federal District (Brazil);
    the arrest takes the dateline's place."""
    r = run("WASHINGTON - Agents of the Federal Bureau of Investigation arrested two men on Tuesday.")
    assert "Federal District" not in _place_names(r)
    [arrest] = find(r, "COERCE", "arrested")
    assert arrest.place is not None and arrest.place.name == "Washington"
    r = run("Officers of the Federal Police arrested two men on Tuesday.")
    assert "Federal District" not in _place_names(r)


def test_an_adjective_opening_a_sentence_is_no_region_it_shortens() -> None:
    """adjective-short-name: "Federal officials ... said" is no Federal District (Brazil) nor Federal (Entre
    Rios); the meeting stays in Chappaqua."""
    r = run("Federal officials met investigators in Chappaqua, N.Y., on Monday.")
    assert not {"Federal District", "Federal"} & _place_names(r)
    [meet] = find(r, "CONSULT", "met")
    assert meet.place is not None and meet.place.name == "Chappaqua"


def test_a_place_naming_an_organisation_stays_a_place() -> None:
    """The place an institution serves is kept: "Kabul University", "Athens Police Department"."""
    r = run("Gunmen attacked Kabul University on Monday, killing 20 students.")
    assert "Kabul" in _place_names(r)
    r = run("Officers of the Athens Police Department arrested two men on Monday.")
    assert "Athens" in _place_names(r)


def test_the_capital_of_a_named_country_wins_over_a_nearby_namesake() -> None:
    """named-country-capital: a Kentucky story that names France puts "Paris" in France, though its dateline
    and Georgetown lie next to Paris, Kentucky; a county of Paris, Ky. and a qualifier keep Kentucky."""
    r = run(
        "GEORGETOWN, Ky. - A doctor from Georgetown is in France on a family trip. A gunman opened fire on "
        "police in Paris on Thursday night. The family will return to Kentucky next week."
    )
    [attack] = find(r, "ASSAULT", "opened")
    assert attack.place is not None and attack.place.country == "FRA"
    r = run(
        "LEXINGTON, Ky. - Police arrested a man in Paris on Tuesday after a shooting in Bourbon County. "
        "The suspect had traveled to France last year."
    )
    [arrest] = find(r, "COERCE", "arrested")
    assert arrest.place is not None and arrest.place.country == "USA"


def test_the_subject_of_a_deal_is_no_place_of_the_story() -> None:
    """topic-place-apart: "the Iran deal" names the deal's party, not where the criticism or the vote was."""
    r = run(
        "Israel criticised the Iran deal on Monday. Netanyahu said the Iran deal was a mistake. "
        "Senators rejected the Iran deal on Tuesday."
    )
    assert all(e.place is None or e.place.name != "Iran" for e in r.events)
    r = run("WASHINGTON - Senators rejected the Iran nuclear deal on Tuesday.")
    [rej] = find(r, "REJECT", "rejected")
    assert rej.place is not None and rej.place.name == "Washington"

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


def test_a_place_after_a_request_verb_is_where_the_asked_thing_is() -> None:
    """asked-thing-place: "sought a ban on the programme at the land in Ayodhya" was sought in the dateline's
    town, not in Ayodhya; the asker's own place still sets it."""
    r = run("LUCKNOW: The action committee on Sunday sought a ban on the march programme at the disputed land in Ayodhya.")
    [req] = find(r, "REQUEST", "sought")
    assert req.place is not None and req.place.name == "Lucknow"
    r = run("Protesters in Tulsa demanded the release of the detained workers on Monday.")
    [req] = find(r, "REQUEST", "demanded")
    assert req.place is not None and req.place.name == "Tulsa"


def test_a_place_in_a_demanding_clause_is_no_setting_of_the_protest() -> None:
    r = run(
        "LUCKNOW: Earlier, hundreds of activists staged a protest outside the assembly building demanding the "
        "transfer of the disputed land at Ayodhya to the trust.",
    )
    [protest] = find(r, "PROTEST", "protest")
    assert protest.place is not None and protest.place.name == "Lucknow"


def test_the_country_a_verbal_event_is_addressed_to_is_not_its_setting() -> None:
    """addressee-country-apart: "lashed out at Turkey" was said in Moscow (the dateline), not in Turkey; an
    attack on a base in Turkey and a meeting in Turkey keep it."""
    r = run("MOSCOW - President Vladimir Putin on Thursday lashed out at Turkey for shooting down a Russian bomber.")
    [acc] = find(r, "ACCUSE", "lashed")
    assert acc.place is not None and acc.place.name == "Moscow"
    r = run("MOSCOW - Rebels attacked a base in Turkey on Thursday. The foreign minister met officials in Turkey.")
    [attack] = find(r, "ASSAULT", "attacked")
    assert attack.place is not None and attack.place.name == "Turkey"
    [meet] = find(r, "CONSULT", "met")
    assert meet.place is not None and meet.place.name == "Turkey"

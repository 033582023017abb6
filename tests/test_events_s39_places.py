"""Stop 39, helper places: which names are places and where events happen (self-written sentences)."""

from __future__ import annotations

from .eventcheck import rules_on

run = rules_on("2024-05-15")


def _names(r) -> set[str]:  # type: ignore[no-untyped-def]
    return {p.name for p in r.places}


def test_a_newspaper_short_name_is_no_town() -> None:
    """common-word-name: "according to the Post" (a dictionary word, no context) is no small town called Post."""
    r = run("The senator denied the report on Tuesday, according to the Post. His aides declined to comment.")
    assert "Post" not in _names(r)
    r = run("“There has been a constant drip of declarations,” the judge said, according to the Post.")
    assert "Post" not in _names(r)


def test_a_prominent_common_word_town_stays() -> None:
    """common-word-name: a dictionary word that is a big town ("Mobile") still counts when told as a setting."""
    r = run("Police arrested two men in Mobile on Tuesday after a robbery at a gas station.")
    assert "Mobile" in _names(r)


def test_a_common_word_before_an_institution_word_is_its_name() -> None:
    """inner-org-word: "Las Vegas Metro Police" and "Pleasant Lane School" name an organisation, not a town Metro
    or a county Lane."""
    r = run(
        "The crash is under investigation by the Las Vegas Metro Police Traffic Detail, officers said. "
        "The prize went to a pupil at Pleasant Lane School."
    )
    assert not _names(r) & {"Metro", "Rochelle", "Lane County"}


def test_a_town_police_department_keeps_its_town() -> None:
    """jurisdiction: "Roanoke Police Department" is named after its town, "DuPage Sheriff" after its county
    (a county's short name: the institution word is its cue)."""
    r = run("The Roanoke Police Department arrested a man on Tuesday after a shooting downtown.")
    assert "Roanoke" in _names(r)
    r = run("DuPage Sheriff John Zaruba is warning residents about two recent scams, officials said.")
    assert "DuPage County" in _names(r)


def test_a_party_word_is_no_place_by_an_alternate_name() -> None:
    """alternate-only: "Democrat" tagged NORP after "around" is the party, though a town was once called so."""
    r = run("The scandals swirling around Democrat presidential nominee Jane Doe grew on Tuesday.")
    assert not any(p.name == "Sumiton" for p in r.places)


def test_a_university_named_by_an_alternate_name_is_no_town() -> None:
    """alternate-only: "Duke University" is no mention of a town that once had that name."""
    r = run("A study by economists at Duke University found the tax cut emissions, the minister said.")
    assert "Erwin" not in _names(r)


def test_a_school_named_after_a_person_is_no_town() -> None:
    """inner-org-word: "Matthew Arnold School" names a person (a town Arnold, of some 38,000, is not prominent
    enough to open the name from inside); "Eastern Kentucky University" keeps its state."""
    r = run("Pupils at Matthew Arnold School in Botley won a prize for their business plan on Tuesday.")
    assert "Arnold" not in _names(r)
    r = run("Flood spoke to a crowd at Eastern Kentucky University on Wednesday evening.")
    assert "Kentucky" in _names(r)

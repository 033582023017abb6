"""Stop 36, helper place: where an event happened and the toponyms behind it (self-written sentences)."""

from __future__ import annotations

from .eventcheck import find_in as find
from .eventcheck import rules_on

run = rules_on("2024-05-15")


def test_a_dateline_town_opened_by_an_article_word_is_one_name() -> None:
    """name-article-opener: "LA CROSSE, Wis. —" is the town La Crosse, not "LA" (Louisiana) and a stray word;
    the unplaced event of the dateline story is set there."""
    r = run("Mayor hits back.\nLA CROSSE, Wis. — The mayor on Thursday blamed the newspaper for the row over taxes.")
    [hit] = find(r, "ACCUSE", "blamed")
    assert hit.place is not None and hit.place.name == "La Crosse"
    assert hit.place.admin1 == "Wisconsin"


def test_a_name_the_gazetteer_does_not_know_and_no_setting_is_no_place() -> None:
    """unknown-name-apart: "her stance on Brexit" is no place; the dateline's town is the event's place."""
    r = run("Senator swipes at rival.\nDENVER (AP) — Senator Jane Roe on Monday criticised the governor's stance on Brexit.")
    [hit] = find(r, "ACCUSE", "stance")
    assert hit.place is not None and hit.place.name == "Denver"


def test_a_name_the_gazetteer_does_not_know_told_as_a_setting_stays() -> None:
    """unknown-name-apart keeps a name told as a setting: "in Zorbatka" is where the arrest was."""
    r = run("Police arrested two men in Zorbatka on Monday.")
    [arrest] = find(r, "COERCE", "arrested")
    assert arrest.place is not None and arrest.place.name == "Zorbatka"


def test_a_street_the_gazetteer_does_not_know_stays_the_place() -> None:
    """unknown-name-apart keeps a street ("on Avalon Boulevard"): its last word says it is a place."""
    r = run("Two men were shot on Avalon Boulevard on Thursday.")
    [hit] = find(r, "ASSAULT", "shot")
    assert hit.place is not None and hit.place.name == "Avalon Boulevard"

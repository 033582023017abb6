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


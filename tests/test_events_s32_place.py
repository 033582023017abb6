"""Stop 32, helper place: which place an event gets, and how precise it is (self-written sentences)."""

from __future__ import annotations

from .eventcheck import find_in as find
from .eventcheck import rules_on

run = rules_on("2024-05-15")



def test_the_places_of_the_happening_an_event_took_place_in_are_its_setting() -> None:
    """setting-happening-place: "punched a man during a rally in Tulsa" happened in Tulsa, though the
    rally is another trigger whose phrase holds the place."""
    r = run(
        "The governor spoke in Denver on Monday. Last week, a 60-year-old man punched a student during a rally "
        "in Tulsa, Oklahoma.",
    )
    [hit] = find(r, "ASSAULT", "punched")
    assert hit.place is not None and hit.place.name == "Tulsa"


def test_a_town_inside_the_province_named_first_is_the_finer_place() -> None:
    """finer-sentence-place: the province the actor belongs to gives way to the town inside it where it
    happened, at precision 2 when the event was only near it (vicinity-precision)."""
    r = run("Police in Ontario arrested the driver when his truck left the highway near the town of Kingston.")
    [arrest] = find(r, "COERCE", "arrested")
    assert arrest.place is not None and arrest.place.name == "Kingston"
    assert arrest.place.precision == 2


def test_a_town_in_the_sentence_keeps_precision_one() -> None:
    r = run("Police arrested two men in Tulsa on Monday.")
    [arrest] = find(r, "COERCE", "arrested")
    assert arrest.place is not None and arrest.place.name == "Tulsa" and arrest.place.precision == 1


def test_an_office_s_jurisdiction_is_no_story_place() -> None:
    """jurisdiction-apart: "Oregon Governor Tom Reyes" and "the Oregon governor" say whom he governs; a
    story with no other place leaves its unplaced events unplaced rather than set them in Oregon."""
    r = run(
        "Oregon Governor Tom Reyes endorsed Senator Ana Bell for president on Tuesday. Bell thanked him and "
        "urged voters to back her. The Oregon governor later criticized her rival.",
    )
    assert r.events
    assert all(e.place is None or e.place.name != "Oregon" for e in r.events)


def test_an_abbreviated_title_and_an_office_holder_s_of_place_are_jurisdictions() -> None:
    r = run("Rep. Ann Lee of Maryland said she would sue the agency. The mayor dismissed Nevada Gov. Tim Sand as weak.")
    assert r.events
    assert all(e.place is None or e.place.name not in ("Maryland", "Nevada") for e in r.events)


def test_a_place_only_come_from_is_no_story_place() -> None:
    """passing-place: "hired nurses from Canada", "recruited from Canada" do not make the story Canadian."""
    r = run(
        "Nurses at a hospital in Leeds went on strike on Monday. The hospital had hired staff from Canada. "
        "Most doctors were also recruited from Canada. The union accused managers of ignoring the nurses.",
    )
    [acc] = find(r, "ACCUSE", "accused")
    assert acc.place is not None and acc.place.name == "Leeds"


def test_a_definite_happening_is_where_it_was_first_told() -> None:
    """earlier-happening-place: "complained during Friday's press conference" is where the press conference
    was told to be."""
    r = run(
        "The parents' group is based in Denver and met in Denver last month. On Friday, the parents held a tense "
        "press conference outside the courthouse in Tulsa. Later, a mother complained during Friday's press "
        "conference that the mayor had ignored her.",
    )
    [acc] = find(r, "ACCUSE", "complained")
    assert acc.place is not None and acc.place.name == "Tulsa"

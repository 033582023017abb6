"""Stop 33, helper dp: the date and place of events whose type and sentence are right (self-written
sentences)."""

from __future__ import annotations

from .eventcheck import find_in as find
from .eventcheck import rules_on

run = rules_on("2024-05-17")  # a Friday


def test_earlier_this_week_is_a_day_of_the_week_before_publication() -> None:
    """week-day: "earlier this week" in a Friday story is a day between Monday and Friday, precision week."""
    r = run("Earlier this week, the mayor of Tulsa accused the police chief of lying to the council.")
    [hit] = find(r, "ACCUSE", "accused")
    assert hit.date is not None and hit.date.precision == "week"
    assert "2024-05-13" <= hit.date.value <= "2024-05-17"


def test_last_week_is_the_middle_of_the_previous_week() -> None:
    r = run("Last week, police arrested two men in Tulsa.")
    [hit] = find(r, "COERCE", "arrested")
    assert hit.date is not None and hit.date.precision == "week"
    assert hit.date.value == "2024-05-09"



def test_where_a_victim_came_from_is_not_where_the_attack_was() -> None:
    """origin-apart: "a woman visiting from Canada" says where she came from; the shooting is at the
    dateline's place when its sentence names no other."""
    r = run("AMMAN, Jordan (AP) — A woman visiting from Canada was shot dead on Sunday, police said.")
    [hit] = find(r, "ASSAULT", "shot")
    assert hit.place is not None and hit.place.name == "Amman"


def test_the_trigger_s_own_origin_still_sets_it() -> None:
    """origin-apart leaves a noun's "from" phrase, which the parse may have taken from the trigger."""
    r = run("Militants fired rockets from Gaza City on Monday, the army said.")
    [hit] = find(r, "ASSAULT", "fired")
    assert hit.place is not None and hit.place.name.startswith("Gaza")


def test_a_place_in_a_demand_s_content_is_not_where_it_was_made() -> None:
    """content-clause-place: "demanded that the government take over the land at Ayodhya" was demanded at
    the dateline's place; Ayodhya is where the land is."""
    r = run(
        "HYDERABAD, India — The rationalist association on Monday demanded that the central government take "
        "over the disputed land at Ayodhya and declare it a neutral zone."
    )
    [hit] = find(r, "REQUEST", "demanded")
    assert hit.place is not None and hit.place.name == "Hyderabad"

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

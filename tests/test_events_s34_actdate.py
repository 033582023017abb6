"""Stop 34, helper actdate: who an event's actor is and when it happened (self-written sentences)."""

from __future__ import annotations

from .eventcheck import find_in, rules_on

run = rules_on("2024-05-18")


def test_a_past_act_far_from_the_report_s_one_day_is_on_that_day() -> None:
    """story-day: the report names one day (Thursday, two days before publication); an act told in the
    simple past five sentences later, with no day of its own, is on that day, not the publication day."""
    r = run(
        "Police in Dallas arrested four men on Thursday after a robbery at a jewelry store. The men were taken "
        "to the county jail. Officers said the suspects had fled in a stolen car. The store's owner thanked the "
        "officers. A neighbor said the street was quiet now. Later, about 50 residents marched to city hall and "
        "demanded more patrols.",
    )
    [march] = find_in(r, "PROTEST", "marched")
    assert march.date is not None and march.date.value == "2024-05-16"


def test_two_days_named_leave_a_far_act_undated() -> None:
    """story-day needs one day only: with Tuesday and Thursday both named, a far act keeps the default."""
    r = run(
        "Police in Dallas arrested four men on Thursday after a robbery at a jewelry store. The store had been "
        "robbed on Tuesday as well. Officers said the suspects had fled in a stolen car. The store's owner thanked "
        "the officers. A neighbor said the street was quiet now. Later, about 50 residents marched to city hall "
        "and demanded more patrols.",
    )
    [march] = find_in(r, "PROTEST", "marched")
    assert march.date is not None and march.date.value not in ("2024-05-16", "2024-05-14")

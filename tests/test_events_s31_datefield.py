"""Stop 31, helper datefield: event dates and actors seen wrong on unseen articles (self-written sentences)."""

from __future__ import annotations

from .eventcheck import find_in as find
from .eventcheck import rules_on

run = rules_on("2024-05-15")



def test_an_intention_in_a_past_temporal_clause_is_no_future_date() -> None:
    """narrated-intent: "as he prepared to speak on Tuesday, ..." is the Tuesday before publication (a
    Wednesday), not the next one; "a day earlier" then counts back from that Tuesday."""
    r = run(
        "As Mayor Oren Talbot prepared to speak to supporters in Fresno on Tuesday, a teenager outside the hall "
        "was punched by another man, police said. A day earlier, four protesters were arrested after they "
        "refused to leave the lobby of a hotel.",
        published="2024-05-15",
    )
    [hit] = find(r, "ASSAULT", "punched")
    assert hit.date is not None and hit.date.value == "2024-05-14"
    [arrest] = find(r, "COERCE", "arrested")
    assert arrest.date is not None and arrest.date.value == "2024-05-13"


def test_an_intention_outside_a_temporal_clause_still_looks_ahead() -> None:
    r = run("The union said it planned to strike at the Fresno plant on Friday.", published="2024-05-15")
    times = [t for t in r.times if t.text == "Friday"]
    assert times and times[0].value == "2024-05-17"


def test_a_weekday_before_a_clock_time_dates_it() -> None:
    """ "friday noon" in lower-cased text is Friday's noon, not noon on the publication day."""
    r = run(
        "surat: the police arrested eleven men on friday noon after a mob set fire to a shop in the old city. "
        "the men were produced before a magistrate later in the day.",
        published="2002-03-03",
    )
    [ev] = find(r, "COERCE", "arrested")
    assert ev.date is not None and ev.date.value.startswith("2002-03-01")


def test_a_short_lower_cased_text_still_names_its_weekday() -> None:
    r = run("on friday, the police arrested six men in the city.", published="2002-03-03")
    [ev] = find(r, "COERCE", "arrested")
    assert ev.date is not None and ev.date.value == "2002-03-01"


def test_a_date_in_a_clause_told_as_done_before_does_not_date_the_trigger() -> None:
    """noun-clause-date: "ordered all journalists detained over the past week to be freed": the past week
    is the detentions', the release order is the publication day's."""
    r = run(
        "The prime minister also ordered all students and opposition activists arrested over the past week to be "
        "freed immediately.",
        published="2024-05-15",
    )
    [ev] = find(r, "RETREAT", "freed")
    assert ev.date is not None and not ev.date.value.startswith("2024-W")


def test_a_where_clause_in_the_simple_past_still_dates_its_sentence() -> None:
    r = run(
        "baroda: curfew was clamped in chhota udaipur town, where police on thursday opened fire to disperse "
        "a stone-pelting mob.",
        published="2002-03-15",
    )
    [ev] = find(r, "COERCE", "curfew")
    assert ev.date is not None and ev.date.value == "2002-03-14"


def test_a_dateline_and_its_dash_are_no_part_of_the_actor_name() -> None:
    """dateline-in-name: "FRESNO - Oren Talbot ..." tagged as one entity: the actor is Oren Talbot."""
    r = run(
        "FRESNO - Oren Talbot accused the city council of wasting public money on Tuesday. "
        "Later, Oren Talbot told reporters that Talbot would not resign.",
        published="2024-05-15",
    )
    [ev] = find(r, "ACCUSE", "accused")
    assert [a.name for a in ev.actors] == ["Oren Talbot"]
    assert not any("FRESNO" in a.name or a.name.startswith("-") for a in r.actors)


def test_he_in_an_adverbial_clause_is_the_private_person_subject_of_its_main_clause() -> None:
    """clause-subject: "a 64-year-old man was charged ... after he punched a protester": the man punched,
    not the mayor named a sentence before."""
    r = run(
        "Mayor Oren Talbot spoke at a rally in Fresno on Tuesday. In another incident this month, a 64-year-old "
        "man was charged with assault and disorderly conduct after he punched a protester during a rally in Fresno.",
        published="2024-05-15",
    )
    [ev] = find(r, "ASSAULT", "punched")
    assert [a.name for a in ev.actors] == ["a 64-year-old man"]
    r = run(
        "Mayor Oren Talbot spoke at a rally in Fresno on Tuesday. A woman was detained after he punched a protester.",
        published="2024-05-15",
    )
    [ev] = find(r, "ASSAULT", "punched")
    assert "woman" not in " ".join(a.name for a in ev.actors)

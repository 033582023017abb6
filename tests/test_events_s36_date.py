"""Stop 36, helper date: which date and status an event gets (self-written sentences)."""

from __future__ import annotations

from .eventcheck import find, find_in, rules_on

run = rules_on("2024-05-15")


def test_an_undated_act_goes_on_with_the_past_story_of_the_sentence_before() -> None:
    """past-narrative-date: "The mayor criticized the council in March 2021. She accused its members of
    wasting money." The accusation carries on the 2021 story: it is dated March 2021 and historical."""
    r = run(
        "The city council approved a new budget on Tuesday. The mayor criticized the council in March 2021. "
        "She accused its members of wasting money on consultants.",
    )
    [acc] = find(r, "ACCUSE", "accused")
    assert acc.date is not None and acc.date.value == "2021-03"
    assert acc.status == "historical"


def test_a_date_inside_a_clause_about_something_else_sets_no_past_story() -> None:
    """past-narrative-date: the sentence before must be set at its date in its main clause; "a man who was
    jailed in 2019" dates only the jailing."""
    r = run(
        "Police on Monday questioned a man who was jailed in 2019 for fraud. Officers arrested his brother at "
        "the scene.",
    )
    [arrest] = find(r, "COERCE", "arrested")
    assert arrest.date is not None and not arrest.date.value.startswith("2019")


def test_a_clause_about_a_dated_happening_takes_its_date() -> None:
    """dated-happening-clause: "the 2015 train bombing, which killed 12 people": the killing is 2015's, a
    historical event, not the day of the hearing."""
    r = run("On Monday a court heard new evidence about the 2015 train bombing, which killed 12 people in Leeds.")
    kills = find_in(r, "ASSAULT", "killed")
    assert kills
    assert all(k.date is not None and k.date.value == "2015" and k.status == "historical" for k in kills)


def test_a_date_on_the_object_of_a_verb_and_object_trigger_is_the_event_s() -> None:
    """phrasal-object-date: "filed a 2019 fraud lawsuit" dates the filing (file+lawsuit) to 2019."""
    r = run("The attacks began soon after a former student filed a 2019 fraud lawsuit against the college.")
    [suit] = find(r, "ACCUSE", "filed")
    assert suit.date is not None and suit.date.value == "2019"
    assert suit.status == "historical"


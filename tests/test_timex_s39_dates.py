"""Stop 39, helper dates: the time stage (self-written sentences)."""

from __future__ import annotations

from eventwire.textutil import is_lower_cased

from .eventcheck import rules_on

run = rules_on("2024-05-18")  # a Saturday



def test_mis_decoded_capitals_leave_a_lower_cased_copy_lower_cased() -> None:
    """lower-case-mojibake: "Â" and "Ã" of mis-decoded UTF-8 are no writer's capitals."""
    text = "pune: the police on friday arrested six men after a clash near the market. " * 3
    assert is_lower_cased(text + "related:Â Â Â Â Â Â Â Ã Ã Ã Ã")
    assert not is_lower_cased("Pune: The Police on Friday arrested Six Men after a clash near the Market. " * 3)



def test_a_lower_cased_copy_with_mis_decoded_capitals_still_reads_its_dates() -> None:
    """lower-case-mojibake: the weekday and month names of such a copy are found (restore_date_case)."""
    r = run(
        "pune: the mayor on friday condemned the april 30 attack on a bus in the old city. "
        "related stories:Â riots in punеÂ curfew liftedÂ peace marchÂ talks heldÂ traders closeÂ schools shutÂ "
        "police alertÂ Â Â Â",
    )
    values = {t.text: t.value for t in r.times}
    assert values.get("friday") == "2024-05-17"
    assert values.get("april 30") == "2024-04-30"



def test_a_weekday_in_a_present_clause_is_the_one_named_before() -> None:
    """weekday-same-story: "will be held Friday ... On Friday, the moon is full" is the coming Friday both times;
    a weekday in a past clause is still the one before publication."""
    r = run("The star party will be held Friday in the park. On Friday, the moon is in its first quarter. "
            "The club met on Friday last week.", published="2024-05-14")
    values = [t.value for t in r.times if t.text == "Friday"]
    assert values[:2] == ["2024-05-17", "2024-05-17"]
    r = run("Police arrested two men on Friday. On Friday, the market is closed.", published="2024-05-14")
    assert [t.value for t in r.times if t.text == "Friday"] == ["2024-05-10", "2024-05-10"]
    r = run("On Friday, the market is closed.", published="2024-05-14")
    assert [t.value for t in r.times if t.text == "Friday"] == ["2024-05-10"]

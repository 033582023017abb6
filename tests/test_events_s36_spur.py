"""Stop 36, helper spur: spurious events and wrong types (self-written sentences, invented names)."""

from __future__ import annotations

from .eventcheck import find, rules_on

run = rules_on("2024-05-15")


def test_an_attack_made_by_an_ad_or_a_speech_is_a_criticism() -> None:
    """verbal-attack, medium-subject: an ad, a speech or a letter that attacks a candidate is criticism."""
    for text in (
        "The group bought time for a new ad that attacks Senator Ada Brill over her votes on trade.",
        "A television commercial attacking Governor Tobin Reyes ran in Dunmore on Monday.",
    ):
        r = run(text)
        assert not find(r, "ASSAULT"), text


def test_an_attack_that_portrays_its_target_as_something_is_a_criticism() -> None:
    """verbal-attack, as-portrayal: 'attacked Reyes as a puppet of the banks' characterises him."""
    r = run("Senator Ada Brill attacked Governor Tobin Reyes as a puppet of the big banks on Tuesday.")
    assert not find(r, "ASSAULT")
    assert find(r, "ACCUSE", "attacked")


def test_a_retort_posted_on_a_medium_named_by_the_governing_verb_is_a_criticism() -> None:
    """verbal-attack, governing medium: 'took to Twitter to fire back at' the columnist is a retort."""
    r = run("Governor Tobin Reyes took to Twitter on Monday to fire back at the columnist Ada Brill.")
    assert not find(r, "ASSAULT")


def test_a_physical_attack_on_a_person_stays_an_assault() -> None:
    r = run("Gunmen attacked Governor Tobin Reyes as he left his office in Dunmore on Monday, killing a guard.")
    assert find(r, "ASSAULT")
    r = run("Soldiers took to the hills on Monday to fire back at the rebels.")
    assert find(r, "ASSAULT")


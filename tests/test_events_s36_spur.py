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


def test_fighting_for_a_cause_or_a_prize_of_a_vote_is_no_violence() -> None:
    """figurative-for-verb: 'fighting for justice', 'fought hard for the nomination' are no assault."""
    for text in (
        "Senator Ada Brill is fighting for justice for the families of the miners.",
        "Governor Tobin Reyes fought hard for every vote in the northern counties.",
        "Brill and Reyes are locked in a battle for second place in the state.",
        "Ada Brill beat out Tobin Reyes for the nomination in March.",
    ):
        assert not find(run(text), "ASSAULT"), text


def test_fighting_for_a_cause_that_kills_stays_violence() -> None:
    r = run("Rebels fought government troops for control of the town on Monday.")
    assert find(r, "ASSAULT")
    r = run("Rebels fighting for independence shot two soldiers dead near Dunmore on Monday.")
    assert find(r, "ASSAULT")


def test_offering_thoughts_or_ammunition_to_critics_is_no_commitment() -> None:
    """non_event_arguments: 'offered their thoughts and prayers', 'offered fresh ammunition' are no AGREE."""
    for text in (
        "Republicans offered their thoughts and prayers to the victims on Monday.",
        "The party offered fresh ammunition to critics of the law.",
    ):
        assert not find(run(text), "AGREE"), text
    assert find(run("The rebels offered a ceasefire to the government on Monday."), "AGREE")


def test_a_politicians_attacks_on_a_rival_are_criticism() -> None:
    """rival-attack: a named person's attacks on a named person are a criticism, no assault."""
    r = run(
        "Senator Ada Brill and Governor Tobin Reyes met voters on Monday. "
        "Brill has stepped up her attacks on Reyes in recent weeks."
    )
    assert not find(r, "ASSAULT")
    assert find(r, "ACCUSE", "attacks")
    r = run("Governor Tobin Reyes spoke on Monday. The gang's attack on Reyes left him with a broken arm.")
    assert find(r, "ASSAULT")


def test_providing_information_or_details_is_no_aid() -> None:
    """non_event_arguments 'provide': information, updates, details or an explanation are no AID."""
    for text in (
        "The sheriff said his office would provide more information as it becomes available.",
        "Her parents were not able to provide many details about the crash.",
    ):
        assert not find(run(text), "AID"), text
    assert find(run("The Red Cross provided food and blankets to the flood victims on Monday."), "AID")

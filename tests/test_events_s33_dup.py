"""Stop 33, helper dup: the mentions of one happening become one event; each rule on self-written sentences
through the real pipeline (the rules alone)."""

from __future__ import annotations

from .eventcheck import find, names, rules_on

run = rules_on("2011-06-20")


def test_a_singular_and_a_plural_victim_noun_are_one_party() -> None:
    # same-head-party in any number: "one policeman" / "four policemen" link the headline and the lede
    rec = run(
        "Envoy Condemns Mine Attack that Killed One Policeman. "
        "A police car with four policemen exploded on a mine near the border on Monday."
    )
    assert len(find(rec, "ASSAULT")) == 1


def test_an_origin_place_is_not_the_scene_when_the_sentence_names_one() -> None:
    # origin-apart: "a nurse visiting from Canada" says where the victim came from; the attacks were in Jordan
    rec = run(
        "Gunmen carried out two attacks in central Jordan on Sunday, killing three policemen and a nurse visiting from Canada, officials said."
    )
    assaults = find(rec, "ASSAULT")
    assert len(assaults) == 1
    assert assaults[0].place is not None and assaults[0].place.country != "CA"


def test_a_charge_told_again_by_a_pronoun_is_one_charge() -> None:
    # inferred-actor-open and open-pronoun-party: the charge's conventional agent is no second prosecutor,
    # and "they" names no other defendants
    rec = run(
        "On Friday the county district attorney indicted Mark Dollan and two other men. "
        "They are charged with 40 counts of fraud."
    )
    charges = find(rec, "ACCUSE")
    assert len(charges) == 1
    # named-over-open: the district attorney who indicted, not the conventional agent of 'charged'
    assert "attorney" in names(charges[0].actors) and "police" not in names(charges[0].actors)


def test_a_pronoun_victim_links_a_later_mention_of_the_same_act() -> None:
    # open-pronoun-party: "they were deported" and "about 300 pilgrims have been deported" tell one deportation
    rec = run(
        "They were deported immediately to the district headquarters. "
        "So far, about 300 pilgrims have been deported."
    )
    deported = [e for e in find(rec, "COERCE") if "deport" in (e.trigger.text.lower() if e.trigger else "")]
    assert len(deported) == 1
    assert "pilgrims" in names(deported[0].recipients)


def test_two_charges_against_two_named_people_stay_two() -> None:
    # re-reported-charge still tells two defendants apart
    rec = run(
        "Tom Hale was charged with burglary on Monday. "
        "Ann Rusk was also charged with failing to appear in court."
    )
    assert len(find(rec, "ACCUSE")) == 2


def test_the_merged_event_keeps_the_finest_date_of_its_mentions() -> None:
    # finest-mention-date: "in March" and "on March 14" of one attack: March 14
    rec = run(
        "Rebels attacked an army post in Kunar province in March, officials said. "
        "The attack on the army post took place on March 14, the officials said."
    )
    assaults = find(rec, "ASSAULT")
    assert len(assaults) == 1
    assert assaults[0].date is not None and assaults[0].date.value == "2011-03-14"


def test_a_similar_ban_is_another_ban() -> None:
    # distinct-happening on the mention's own noun: "a similar ban" is an earlier, other ban
    rec = run(
        "The district administration banned the entry of politicians into the town on Sunday. "
        "Earlier it had imposed a similar ban on traders."
    )
    assert len(find(rec, "COERCE")) == 2


def test_two_defendants_charged_with_one_offence_are_one_charge() -> None:
    # same-offence-charge: "X and Y are charged with murder" / "Z, who also is charged with murder"
    rec = run(
        "Deputies said Ann Rusk and Tom Hale are charged with murder in the death of a farmer. "
        "Deputies continued to search for Carl Imes, 28, who also is charged with murder."
    )
    charges = find(rec, "ACCUSE")
    assert len(charges) == 1
    assert "imes" in names(charges[0].recipients) and "rusk" in names(charges[0].recipients)


def test_home_towns_do_not_tell_two_charges_apart() -> None:
    # home-place-open: "of Gaston" and "of Lexington" are where the accused live, not two scenes
    rec = run(
        "Ann Rusk, 19, of Gaston, and Tom Hale, 29, of Columbia, are charged with murder in the death of a farmer, deputies said. "
        "Deputies continued to search for Carl Imes, 28, of Lexington, who also is charged with murder."
    )
    charges = find(rec, "ACCUSE")
    assert len(charges) == 1
    assert names(charges[0].actors) == "deputies"

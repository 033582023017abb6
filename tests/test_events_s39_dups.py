"""Stop 39, helper dups: which mentions are one happening (self-written sentences, the rules alone)."""

from __future__ import annotations

from .eventcheck import find, names, rules_on

run = rules_on("2024-05-16")


def _show(evs: list) -> list:
    return [(e.type, names(e.actors), names(e.recipients), e.place.name if e.place else None) for e in evs]


def test_a_country_naming_the_victim_is_no_place_of_its_own() -> None:
    """party-place-open: "Norway's consul" says whose the consul is; the shooting told again "in Lisbon" is
    the same shooting, and it is in Lisbon."""
    r = run(
        "A gunman shot Norway's consul on Tuesday outside a hotel. "
        "The shooting in Lisbon, the Portuguese capital, shocked diplomats across Europe."
    )
    evs = find(r, "ASSAULT")
    assert len(evs) == 1, _show(evs)
    assert evs[0].place is not None and evs[0].place.name == "Lisbon", _show(evs)


def test_a_country_naming_the_source_is_no_place_of_its_own() -> None:
    """party-place-open: "the U.S. military confirmed the attack" is the attack the story told in Kabul."""
    r = run(
        "A suicide bomber killed nine people at a checkpoint in Kabul on Tuesday. "
        "The U.S. military confirmed the attack but said seven people were killed."
    )
    evs = find(r, "ASSAULT")
    assert len(evs) == 1, _show(evs)
    assert evs[0].place is not None and evs[0].place.name == "Kabul", _show(evs)


def test_a_place_the_party_phrase_gives_by_a_preposition_still_tells_apart() -> None:
    """A mob *in* a town says where it was: police firing on a mob in two towns is two happenings."""
    r = run(
        "Police opened fire on a stone-throwing mob in Nadiad on Tuesday. "
        "Police also fired on a mob in Anand on Tuesday, officials said."
    )
    evs = find(r, "ASSAULT")
    assert len(evs) == 2, _show(evs)


def test_victims_also_wounded_are_of_the_attack_told() -> None:
    """added-victims: "40 people also were wounded" counts more victims of the bombing, not another attack."""
    r = run(
        "A car bomb exploded near a bus station in Mosul on Monday, killing 12 people, police said. "
        "Hospital officials said 40 people also were wounded."
    )
    evs = find(r, "ASSAULT")
    assert len(evs) == 1, _show(evs)


def test_an_act_with_its_doer_told_with_also_is_one_more() -> None:
    """added-victims is only for a harm with no doer: "soldiers also shot two farmers" is another act."""
    r = run(
        "Rebels attacked an army post near Kindu on Monday, killing three soldiers. "
        "Soldiers also shot two farmers at a roadblock near Kindu on Monday."
    )
    evs = find(r, "ASSAULT")
    assert len(evs) == 2, _show(evs)

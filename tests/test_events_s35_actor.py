"""Stop 35, helper s35actor: who an event's actor is and when it happened (self-written sentences)."""

from __future__ import annotations

from .eventcheck import find_in, rules_on

run = rules_on("2024-05-16")


def test_a_surname_that_is_also_a_dictionary_group_is_the_person_named_before() -> None:
    """surname-as-dictionary-name: a one-word name the actor dictionary knows as an organisation or group
    ("Wagner", the Wagner Group) told after a person whose surname it is ("Rep. Joseph F. Wagner") is that
    person, not the group."""
    r = run(
        "Rep. Joseph F. Wagner, the co-chairman of the transportation committee, spoke in Boston on Tuesday. "
        "Wagner said he will ask board members to restore the tolls.",
    )
    [ask] = find_in(r, "REQUEST", "ask board members")
    assert [a.name for a in ask.actors] == ["Joseph F. Wagner"], [a.name for a in ask.actors]
    assert "Wagner Group" not in [a.name for a in r.actors]


def test_a_dictionary_group_with_no_person_of_that_surname_stays_the_group() -> None:
    """surname-as-dictionary-name needs a person of that surname named before: "Wagner" alone is the group."""
    r = run("Wagner fighters attacked a village in Mali on Tuesday, officials said.")
    assert "Wagner Group" in [a.name for a in r.actors], [a.name for a in r.actors]


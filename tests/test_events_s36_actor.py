"""Stop 36, helper actor: who did an event (self-written sentences)."""

from __future__ import annotations

from .eventcheck import find, names, rules_on

run = rules_on("2024-05-15")


def test_a_casualty_verb_takes_the_doer_of_the_violence_noun_it_happened_in() -> None:
    """casualty-agent: "people were killed in *police* firing": the police fired; the dead are the targets."""
    r = run("At least twelve people were killed in police firing in the town on Friday.")
    [hit] = find(r, "ASSAULT")
    assert "police" in names(hit.actors)
    assert "people" in names(hit.recipients)


def test_a_casualty_verb_in_a_militant_attack_is_by_the_militants() -> None:
    r = run("Four soldiers were killed in a militant attack on an army post on Tuesday.")
    [hit] = find(r, "ASSAULT")
    assert "militant" in names(hit.actors)


def test_a_mob_modifying_an_attack_noun_is_its_doer() -> None:
    """doer-modifiers: "a *mob* attack" is by a mob (an armed-sector or crowd role noun as modifier)."""
    r = run("Three schoolboys sustained stab injuries in a mob attack near the market on Sunday.")
    [hit] = find(r, "ASSAULT")
    assert "mob" in names(hit.actors)


def test_a_victim_role_modifying_a_violence_noun_is_no_doer() -> None:
    """Only doer roles count: "a child abuse case" names the victim, not who abused."""
    r = run("Two men were injured in a knife attack outside a bar in Leeds on Friday.")
    for hit in find(r, "ASSAULT"):
        assert "knife" not in names(hit.actors)


def test_a_chain_of_the_same_pronoun_goes_back_to_the_named_speaker() -> None:
    """pronoun-chain: "Mishra said … He alleged … He also condemned X": the second "he" has no party in the
    sentence before it, whose subject is again "he"; both stand for Mishra."""
    r = run(  # a text all in lower case, where the actors stage leaves the pronouns unresolved
        "party leader ramesh mishra addressed supporters in lucknow on monday. he alleged that the "
        "opposition was spreading rumours. he also condemned the opposition for the violence in the city."
    )
    [hit] = find(r, "ACCUSE", "condemned")
    assert "mishra" in names(hit.actors)

"""Stop 35, helper recip: the party acted upon (whom), read from self-written sentences."""

from __future__ import annotations

from .eventcheck import find, names, rules_on

run = rules_on("2024-05-15")


def test_the_object_noun_of_a_verb_key_is_the_act_not_its_target() -> None:
    """key-noun-object: "took *a swipe* at the mayor": the swipe is the criticism itself; the one it is
    aimed at is the mayor."""
    r = run("Senator Ann Lee took a swipe at the mayor on Monday.")
    [hit] = find(r, "ACCUSE")
    assert "mayor" in names(hit.recipients)


def test_a_relative_clause_on_a_description_is_about_the_named_person() -> None:
    """description-antecedent: "X, president of the committee, who was arrested": X was arrested, not
    the committee the description names."""
    r = run(
        "the court rejected the bail plea of mohammed yunus, president of the city traders committee, "
        "who was arrested on saturday."
    )
    [arrest] = find(r, "COERCE", "arrested")
    assert "yunus" in names(arrest.recipients)
    assert "committee" not in names(arrest.recipients)


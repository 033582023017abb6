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


def test_a_demanded_ban_is_aimed_at_the_party_it_names() -> None:
    """demanded-act-target: "called for a ban on refugees", "called for a crackdown on the militias": the
    demand names the party to be acted upon."""
    r = run("The mayor called for a ban on refugees entering the city.")
    [ask] = find(r, "REQUEST")
    assert "refugees" in names(ask.recipients)
    r = run("The governor called for a crackdown on the militias.")
    [ask] = find(r, "REQUEST")
    assert "militias" in names(ask.recipients)


def test_a_conjoined_verb_s_shared_subject_undergoes_the_charges() -> None:
    """shared-subject-undergoer: "Tom Reyes is wanted in Ohio and faces charges of fraud": the subject
    shared with the first verb faces the charges; he is charged, he does not charge."""
    r = run("Tom Reyes is now the subject of a warrant and faces charges of fraud and theft.")
    [charge] = find(r, "ACCUSE")
    assert "reyes" in names(charge.recipients)
    assert "reyes" not in names(charge.actors)


def test_a_denial_of_claims_read_as_a_clause_answers_the_claimant() -> None:
    """claim-read-as-verb: "denies US claims that Russia hacked …" (parsed with "claims" a verb of "US")
    is a denial answered to the United States."""
    r = run("The Kremlin denies US claims that Russia hacked official emails.")
    [deny] = find(r, "REJECT", "denies")
    assert names(deny.recipients) in ("us", "united states")

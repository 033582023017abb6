"""Stop 36, helper recip: the party acted upon (whom), read from self-written sentences."""

from __future__ import annotations

from .eventcheck import find, names, rules_on

run = rules_on("2024-05-15")


def test_a_surname_with_an_apostrophe_is_the_person_named_before() -> None:
    """apostrophe-surname: "Brian O’Connor … O’Connor was arrested; he was charged": the bare surname the
    tagger missed is the person named before, and the "he" of the next clause stands for him, not for the
    officer of the sentence before."""
    text = (
        "Police were called to the home of Brian O’Connor, 29, on Sunday. Officer Edwin Kosinski ordered the man "
        "to back away, and Kosinski subdued him. O’Connor was placed under arrest; he was charged with breach of peace."
    )
    [charge] = find(run(text), "ACCUSE", "charged")
    assert "connor" in names(charge.recipients)
    assert "kosinski" not in names(charge.recipients)
    [charge] = find(run(text.replace("’", "'")), "ACCUSE", "charged")
    assert "connor" in names(charge.recipients)


def test_a_name_told_with_an_age_is_a_person() -> None:
    """aged-name: "acquitted Hugo Ernesto Lopez, 34," (a name the tagger may take for a title): a name
    told with its age is a person, so "Lopez" and the "He" after it stand for him, not for the attorney
    named in a by-phrase."""
    text = (
        "A jury acquitted Hugo Ernesto Lopez, 34, on Friday. Lopez was cleared of all counts. He was represented "
        "by attorney Michael York. He was charged with two counts last year."
    )
    [charge] = find(run(text), "ACCUSE", "charged")
    assert "lopez" in names(charge.recipients)
    assert "york" not in names(charge.recipients)


def test_a_clause_before_a_semicolon_is_not_what_is_demanded() -> None:
    """semicolon-clause: "Lee calls for new spending; Reyes calls for tax cuts" (the first clause parsed as
    the content of the second "calls"): a clause closed by a semicolon before the demand is a parallel
    statement, not the demanded clause, so its subject is not the party the demand is addressed to."""
    r = run("Senator Ann Lee calls for $1 trillion in new spending; Governor Tom Reyes calls for $275 billion.")
    [ask] = [e for e in find(r, "REQUEST") if "reyes" in names(e.actors)]
    assert "lee" not in names(ask.recipients)
    r = run("The minister must resign, the protesters demanded on Monday.")
    [ask] = find(r, "REQUEST")
    assert "minister" in names(ask.recipients)

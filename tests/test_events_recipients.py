"""Recipients of events (issue 17): who an event is done to."""

from __future__ import annotations

import eventwire

from .eventcheck import find, names


def run(text: str) -> eventwire.Record:
    # the rules alone (event_encoder="none"): the event head is tested in test_event_heads.py
    return eventwire.extract(text, published="2021-06-10", event_encoder="none")


def test_possessive_pronoun_of_an_undergone_noun_names_its_antecedent() -> None:
    """possessive-antecedent: "freed after *his* arrest": the clause's subject was arrested."""
    rec = run("The teacher was released on bail two days after his arrest by the local police.")
    arrest = find(rec, "COERCE", "arrest")
    assert arrest and "teacher" in names(arrest[0].recipients)
    rec = run("The two nurses were freed a month after their detention by soldiers at the border.")
    held = find(rec, "COERCE", "detention")
    assert held and "nurses" in names(held[0].recipients)



def test_accused_is_the_phrase_between_the_verb_and_of() -> None:
    """accused-before-of: a lower-case name the parse splits is still the accused, whole."""
    rec = run("the party leader accused the rashtriya swayamsevak sangh of inciting the riots in the town.")
    acc = find(rec, "ACCUSE", "accused")
    assert acc and names(acc[0].recipients) == "rashtriya swayamsevak sangh"
    rec = run("The union leader accused the national investigation agency of harassing its members.")
    acc = find(rec, "ACCUSE", "accused")
    assert acc and names(acc[0].recipients) == "national investigation agency"


def test_accusing_verb_without_object_accuses_its_clause_subject() -> None:
    """alleged-subject: "alleged that *the governor* misused funds": the governor is accused."""
    rec = run("The senator alleged that the governor had misused state funds.")
    acc = find(rec, "ACCUSE")
    assert acc and "governor" in names(acc[0].recipients) and "senator" in names(acc[0].actors)
    rec = run("The mayor accused the contractor of fraud.")  # an object stays the accused
    acc = find(rec, "ACCUSE")
    assert acc and names(acc[0].recipients) == "contractor"


def test_a_statement_about_a_possessed_thing_is_about_its_owner() -> None:
    """possessed-thing: 'struck down Ohio's voting procedure', 'criticized the commissioner's conduct': the
    owner is the party the statement is about, named without the possessive ending."""
    rej = find(run("A federal judge struck down Ohio's voting procedure on Friday."), "REJECT")
    assert rej and names(rej[0].recipients) == "ohio"
    acc = find(run("The mayor criticized the police commissioner's conduct during the flood."), "ACCUSE")
    assert acc and "commissioner" in names(acc[0].recipients) and "conduct" not in names(acc[0].recipients)


def test_an_amount_a_setting_or_an_occasion_is_no_recipient() -> None:
    """recipients-are-parties (non_party_heads): what is provided, funded, seized or praised ('operating
    costs', 'a safe environment', 'several items', 'the fundraiser') is no party to the event."""
    for text, typ, thing in [
        ("The county foundation paid general operating costs for the clinic on Monday.", "AID", "costs"),
        ("The Rotary Club will provide a safe environment on Main Street.", "AID", "environment"),
        ("Deputies seized several items from the garage on Friday.", "COERCE", "items"),
        ("The mayor praised Saturday's fundraiser at the firehouse.", "SUPPORT", "fundraiser"),
    ]:
        for ev in find(run(text), typ):
            assert thing not in names(ev.recipients), (text, names(ev.recipients))

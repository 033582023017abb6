"""Stop 32, helper recip: recipients (the "whom") seen missing or wrong on unseen articles (self-written
sentences)."""

from __future__ import annotations

from .eventcheck import find, names, rules_on

run = rules_on("2021-06-10")


def test_an_event_noun_sent_to_a_party_is_addressed_to_it() -> None:
    """verb-addressee: an event noun that is the object of a verb with an indirect object ("sent a request
    *to the labour minister*", "issued a warning *to the rebels*", "handed *the envoy* an ultimatum",
    "passed along *to the minister* a request") is addressed to that party."""
    for text, typ, party in [
        ("The union sent a request to the labour minister on Monday.", "REQUEST", "labour minister"),
        ("The general issued a warning to the rebels on Monday.", "THREATEN", "rebels"),
        ("The aide passed along to the minister a request for a favor from the donor.", "REQUEST", "minister"),
        ("The general handed the envoy an ultimatum on Monday.", "THREATEN", "envoy"),
        ("The general handed the envoy and his aide an ultimatum on Monday.", "THREATEN", "aide"),
    ]:
        evs = find(run(text), typ)
        assert evs and any(party in names(ev.recipients) for ev in evs), (text, [names(e.recipients) for e in evs])


def test_an_event_noun_with_its_own_target_keeps_it() -> None:
    """verb-addressee reads the verb only when the noun names no target of its own: "made an appeal to the
    protesters" keeps the protesters."""
    evs = find(run("The mayor made an appeal to the protesters on Monday."), "REQUEST")
    assert evs and names(evs[0].recipients) == "protesters", [names(e.recipients) for e in evs]


def test_a_time_is_no_recipient() -> None:
    """time-not-recipient: a recipient phrase headed by a time the timex stage found ("the bombings of
    *Sept.11*, 2001") or by a time noun ("on the first *anniversary* of 9/11") tells when, not
    to whom; the target named beside it stays."""
    for text, typ, time_word, party in [
        ("The bombings of Sept.11, 2001 changed the harbour town for ever.", "ASSAULT", "sept", None),
        ("The attacks on two police posts in Kelmor, on the first anniversary of 9/11, shocked the town.",
         "ASSAULT", "anniversary", "police posts"),
    ]:
        evs = find(run(text), typ)
        assert evs, text
        for ev in evs:
            assert time_word not in names(ev.recipients), (text, names(ev.recipients))
        if party is not None:
            assert any(party in names(ev.recipients) for ev in evs), (text, [names(e.recipients) for e in evs])


def test_an_object_pronoun_is_not_its_own_clause_subject() -> None:
    """bound-object-pronoun: "asked *her*" cannot be the asker asking himself; where the mentions made the
    pronoun the actor's own, it stands for the nearest fitting object before it ("sent the petition to the
    district judge, asking *him*"), else the pronoun itself stays the recipient."""
    for text, party in [
        ("The lawyers sent the petition to the district judge on Monday, asking him to free the men.", "district judge"),
        ("Mr. Lott phoned Ms. Reed on Monday and asked her to call the donor at once.", "reed"),
    ]:
        evs = find(run(text), "REQUEST")
        assert evs and any(party in names(ev.recipients) for ev in evs), (text, [names(e.recipients) for e in evs])
    evs = find(run("The governor met the union leader on Monday. The governor urged him to end the strike."), "REQUEST")
    assert evs and all(ev.recipients for ev in evs), [names(e.recipients) for e in evs]
    assert all("governor" not in names(ev.recipients) for ev in evs), [names(e.recipients) for e in evs]


def test_a_charge_of_an_offence_against_a_party_is_against_it() -> None:
    """charge-against: "allegations of bias *against the governor*", "brought charges of fraud *against the
    former mayor*": the party the charged offence is against is the event noun's target."""
    for text, party in [
        ("The opposition made allegations of political bias against the governor in May.", "governor"),
        ("Prosecutors brought charges of fraud against the former mayor on Monday.", "former mayor"),
    ]:
        evs = find(run(text), "ACCUSE")
        assert evs and any(party in names(ev.recipients) for ev in evs), (text, [names(e.recipients) for e in evs])

"""Stop 34, helper s34verb: missed verbal events (recall) from directive verbs and light-verb phrases the
lexicon lacked (self-written sentences)."""

from __future__ import annotations

from .eventcheck import find, find_in, names, rules_on

run = rules_on("2024-05-15")


def test_telling_a_party_to_act_is_a_request() -> None:
    """tell+*xcomp: "told its customers to return the jars" directs them: a REQUEST."""
    r = run("The Acme Dairy company told all of its customers to return the milk jars on Monday.")
    found = find(r, "REQUEST", "told")
    assert found
    assert "customers" in names(found[0].recipients)


def test_ordering_a_party_to_act_is_a_request() -> None:
    """order+*xcomp: "ordered the minister to halt the project"."""
    r = run("Senator Tom Reyes ordered the interior minister to halt the dam project.")
    found = find(r, "REQUEST", "ordered")
    assert found
    assert "minister" in names(found[0].recipients)


def test_advised_by_an_agency_to_act_is_a_request() -> None:
    """advise+*xcomp, passive with its agent: the agency advises, the advised are the recipients."""
    r = run("Pregnant travellers have been advised by the Health Ministry to postpone their trips.")
    found = find(r, "REQUEST", "advised")
    assert found
    assert "health ministry" in names(found[0].actors)


def test_telling_or_ordering_without_a_to_clause_is_no_request() -> None:
    """Reported speech ("told reporters that ...") and an ordered thing ("ordered a new trial") are no
    directive; a passive with no agent ("was told to see a doctor") names no one who asked."""
    r = run(
        "Senator Tom Reyes told reporters that the talks had failed. The judge ordered a new trial on "
        "Monday. The singer was told to see a doctor."
    )
    assert not find(r, "REQUEST", "told")
    assert not find(r, "REQUEST", "ordered")


def test_extending_or_pledging_support_is_support() -> None:
    """extend+support, pledge+support: a party's backing of another (pledge alone stays a promise)."""
    r = run(
        "Party chief Ram Das has extended support to the farmers' union. Two delegates pledged their "
        "support to Senator Ann Holt on Friday."
    )
    assert find_in(r, "SUPPORT", "extended support")
    pledged = find_in(r, "SUPPORT", "pledged")
    assert pledged
    assert "ann holt" in names(pledged[0].recipients)


def test_condolences_are_support() -> None:
    """express/offer/convey+condolence: sympathy with a party is SUPPORT."""
    r = run("The interior minister expressed condolences to the families of the victims on Sunday.")
    found = find_in(r, "SUPPORT", "condolences")
    assert found
    assert "families" in names(found[0].recipients)


def test_reservations_are_a_rejection() -> None:
    """express/voice+reservation: "expressed strong reservations about any talks" is a REJECT."""
    r = run("Israel expressed strong reservations about any negotiations with Iran on Tuesday.")
    assert find_in(r, "REJECT", "reservations")


def test_support_and_condolence_without_the_light_verb_are_no_event() -> None:
    """The bare nouns stay no trigger: "support for the plan grew", "a book of condolences"."""
    r = run("Support for the plan grew among voters in March. A book of condolences lay in the hall.")
    assert not find(r, "SUPPORT")



def test_an_agentless_accusation_of_a_named_party_is_kept() -> None:
    """accused-party: "Senator Holt was accused of ..." codes an ACCUSE against Holt, accuser unnamed."""
    r = run("Senator Ann Holt was also accused of breaking the debate rules on Tuesday.")
    found = find(r, "ACCUSE", "accused")
    assert found
    assert "ann holt" in names(found[0].recipients)
    assert not found[0].actors


def test_an_agentless_accusation_of_no_named_party_stays_dropped() -> None:
    """A pronoun, a common noun or an abstract subject names no accused party (in crime news "the three are
    accused of killing" restates the charge); a request by no one stays dropped."""
    r = run(
        "He was accused of breaking the rules. The plan was criticised as too costly. The residents were asked "
        "to leave. A man held in the county jail is accused of stabbing a guard."
    )
    assert not find(r, "ACCUSE")
    assert not find(r, "REQUEST")


def test_signing_or_striking_an_agreement_is_agree() -> None:
    """sign+agreement / sign+treaty / strike+deal: signing or striking an agreement is AGREE (the gold's
    convention and PLOVER's), no SUPPORT."""
    r = run(
        "The Acme company signed a five-year agreement to lease the old depot. The two governments signed a "
        "border treaty on Monday. The mayor struck a deal with the unions on Friday."
    )
    assert find_in(r, "AGREE", "five-year agreement")
    assert find_in(r, "AGREE", "treaty")
    assert find_in(r, "AGREE", "struck a deal")
    assert not find(r, "SUPPORT")


def test_signing_a_bill_into_law_is_no_agreement() -> None:
    r = run("The governor signed the budget bill into law on Friday.")
    assert not find(r, "AGREE")

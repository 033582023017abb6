"""Stop 39, helper recip: actors and recipients of events (self-written sentences)."""

from __future__ import annotations

from .eventcheck import find, names, rules_on

run = rules_on("2024-05-16")


def _all(r) -> list[tuple[str, str, str]]:  # noqa: ANN001
    return [(e.type, names(e.actors), names(e.recipients)) for e in r.events]


# place-of-name ---------------------------------------------------------------------------------------


def test_a_place_after_of_ends_an_organisation_name() -> None:
    """place-of-name: "the Steelworkers of America" keeps its place; no name ends in "of"."""
    r = run("The United Steelworkers of America endorsed Mr. Brown in March.")
    [ev] = find(r, "SUPPORT")
    assert "steelworkers of america" in names(ev.actors), _all(r)


def test_a_bank_of_a_country_keeps_its_country() -> None:
    r = run("The Bank of England criticized the government on Monday.")
    [ev] = find(r, "ACCUSE")
    assert "bank of england" in names(ev.actors), _all(r)


# then-conjunct ---------------------------------------------------------------------------------------


def test_a_then_clause_shares_the_subject() -> None:
    """then-conjunct: "the gang robbed the bank, then shot a guard": the gang shot."""
    r = run("The gang robbed the bank on Monday, then shot a guard.")
    evs = [e for e in find(r, "ASSAULT") if "guard" in names(e.recipients)]
    assert evs and all("gang" in names(e.actors) for e in evs), _all(r)


def test_a_then_clause_in_a_reported_clause_shares_its_subject() -> None:
    r = run("Police believe Tom Reyes robbed the store, then kidnapped a clerk.")
    evs = [e for e in find(r, "ASSAULT") if "clerk" in names(e.recipients)]
    assert evs and all("reyes" in names(e.actors) for e in evs), _all(r)


def test_a_verb_with_its_own_subject_keeps_it() -> None:
    r = run("The gang robbed the bank on Monday, then police shot a guard.")
    evs = [e for e in find(r, "ASSAULT") if "guard" in names(e.recipients)]
    assert evs and all("police" in names(e.actors) for e in evs), _all(r)


# shared-object ---------------------------------------------------------------------------------------


def test_arrested_and_charged_shares_the_object() -> None:
    """shared-object: "police arrested and charged two men": the men were arrested, not the police."""
    r = run("Police arrested and charged two men on Monday.")
    [ev] = find(r, "COERCE")
    assert "men" in names(ev.recipients) and "police" not in names(ev.recipients), _all(r)
    assert "police" in names(ev.actors), _all(r)


def test_a_headline_legal_step_still_befalls_its_subject() -> None:
    r = run("Man arrested for assault.")
    [ev] = find(r, "COERCE")
    assert "man" in names(ev.recipients), _all(r)


# aimed-participle ------------------------------------------------------------------------------------


def test_an_insult_aimed_at_a_party_targets_it() -> None:
    """aimed-participle: "an insult aimed at Cruz" is against Cruz."""
    r = run("A woman in the crowd shouted an insult aimed at Cruz.")
    [ev] = find(r, "ACCUSE")
    assert "cruz" in names(ev.recipients), _all(r)


def test_a_participle_with_a_thing_names_no_target() -> None:
    r = run("The senator shouted an insult aimed at the new budget.")
    assert all("budget" not in names(e.recipients) for e in find(r, "ACCUSE")), _all(r)


# stranded-preposition --------------------------------------------------------------------------------


def test_met_with_and_prayed_over_shares_the_object() -> None:
    """stranded-preposition: "met with and prayed over Trump": the meeting was with Trump."""
    r = run("Thirty pastors met with and prayed over Trump in New York.")
    [ev] = find(r, "CONSULT")
    assert "trump" in names(ev.recipients), _all(r)


def test_met_with_an_object_keeps_it() -> None:
    r = run("Thirty pastors met with the mayor and prayed over the city.")
    [ev] = find(r, "CONSULT")
    assert "mayor" in names(ev.recipients), _all(r)


# asked-agent -----------------------------------------------------------------------------------------


def test_a_body_asked_to_act_is_a_party_whatever_its_head() -> None:
    """asked-agent: "asked the house to order an inquiry": the house is asked, a party."""
    r = run("The legislator asked the house to order an independent inquiry into the charges.")
    [ev] = find(r, "REQUEST")
    assert "house" in names(ev.recipients), _all(r)


def test_a_house_that_is_burnt_stays_no_party_of_a_request() -> None:
    r = run("The legislator asked for a report on the house.")
    assert all("house" not in names(e.recipients) for e in find(r, "REQUEST")), _all(r)


def test_an_asked_pronoun_of_speech_stays_unresolved() -> None:
    """asked-agent does not bring back a generic "you" or a reporter's "us" (unresolved-person)."""
    r = run('"Tonight, I ask you to vote for her," the mayor said.')
    assert all(names(e.recipients) not in ("you",) for e in find(r, "REQUEST")), _all(r)


def test_a_stranded_with_beats_a_later_place_phrase() -> None:
    """stranded-preposition: the shared object wins over a place phrase of the second verb."""
    r = run("He was among the pastors who met with and prayed over Trump in September at the hotel in Dallas.")
    evs = find(r, "CONSULT")
    assert evs and all("trump" in names(e.recipients) for e in evs), _all(r)


# cleft-subject ---------------------------------------------------------------------------------------


def test_a_cleft_names_the_doer() -> None:
    """cleft-subject: "it was the governor that withdrew the guard": the governor withdrew it."""
    r = run("The senator said it was Governor Tom Reyes that withdrew the troops from the border.")
    [ev] = find(r, "RETREAT")
    assert "reyes" in names(ev.actors), _all(r)


def test_a_relative_that_on_a_noun_is_no_cleft() -> None:
    r = run("The man that attacked the guard fled on Monday.")
    [ev] = find(r, "ASSAULT")
    assert "man" in names(ev.actors), _all(r)

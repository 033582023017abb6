"""Stop 34, helper recip: to whom an event is done (self-written sentences)."""

from __future__ import annotations

from .eventcheck import find, names, rules_on

run = rules_on("2024-05-15")


def test_a_meeting_held_with_a_partner_after_a_time_phrase_meets_the_partner() -> None:
    """support-verb-partner: "held a meeting in the morning *with X*": the 'with' phrase the parse hangs on
    the support verb (after a time phrase) names whom the meeting is with."""
    r = run("The governor held a private meeting in the afternoon with Prime Minister Ana Costa.")
    [meet] = find(r, "CONSULT", "meeting")
    assert "costa" in names(meet.recipients)


def test_a_meeting_held_in_a_season_with_companies_meets_the_companies() -> None:
    r = run("The founder held meetings in the spring of 2019 with several foreign clothing companies.")
    [meet] = find(r, "CONSULT", "meetings")
    assert "companies" in names(meet.recipients)


def test_support_thrown_behind_a_candidate_is_for_the_candidate() -> None:
    """key-preposition: "threw his support *behind* X" backs X."""
    r = run("The Iowa governor threw his support behind Senator Ana Reyes on Tuesday.")
    [back] = find(r, "SUPPORT")
    assert "reyes" in names(back.recipients)


def test_rallying_behind_a_leader_backs_the_leader() -> None:
    r = run("Party leaders quickly rallied behind Mayor Tom Okafor after the vote.")
    [back] = find(r, "SUPPORT", "rallied")
    assert "okafor" in names(back.recipients)


def test_calls_for_a_state_to_act_are_made_of_that_state() -> None:
    """for-clause on an event noun: "reiterated calls *for Peru to hand over* the files" asks Peru."""
    r = run("The monitoring mission reiterated calls for Peru to hand over the border files.")
    [ask] = find(r, "REQUEST")
    assert "peru" in names(ask.recipients)


def test_charges_filed_against_a_person_accuse_that_person() -> None:
    """charge-against: "charges of neglect *were filed against* X": the 'against' object of the verb."""
    r = run("Additional charges of neglect were filed against Dana Whitcomb on March 16.")
    [charge] = find(r, "ACCUSE")
    assert "whitcomb" in names(charge.recipients)


def test_a_complaint_about_a_state_s_policy_is_against_that_state() -> None:
    """key-preposition (complain about) with owner-of-the-thing: "complained about *Canada's* backing of
    the rebels" accuses Canada."""
    r = run("The foreign minister complained bitterly about Canada's backing of the rebels.")
    [acc] = find(r, "ACCUSE", "complained")
    assert "canada" in names(acc.recipients)


def test_a_description_in_apposition_does_not_replace_the_person_arrested() -> None:
    """appositive-description: in lower-case copy, "arrested ramesh and his brother, *residents of* a
    colony" arrested ramesh and his brother, not "residents"."""
    r = run("the city police arrested ramesh and his brother, residents of the canal colony, on sunday.")
    [arrest] = find(r, "COERCE", "arrested")
    assert "ramesh" in names(arrest.recipients)
    assert "residents" not in names(arrest.recipients)


def test_the_office_a_campaign_is_for_is_no_party() -> None:
    """office-sought: "not ready to support *Okafor's* campaign for president" withholds support from
    Okafor; "president" is the office sought."""
    r = run("The speaker said he was not ready to support Okafor's campaign for president.")
    events = find(r, "REJECT") + find(r, "SUPPORT")
    assert events
    assert all("president" not in names(e.recipients) for e in events)
    assert any("okafor" in names(e.recipients) for e in events)



def test_a_place_named_before_a_thing_does_not_make_the_thing_a_party() -> None:
    """place-of-a-thing: "negotiated *the Cyprus* peace accord": a place names the accord, which is still no
    party to talk with."""
    r = run("Hale, the former envoy who negotiated the Cyprus peace accord, spoke in Boston on Monday.")
    assert all("accord" not in names(e.recipients) for e in r.events)

"""Stop 39, spurious events: wishes (wished-act), descriptions in relative clauses (relative-background),
accords that are held or counted (held-accords) and an audience's applause (audience-reaction) are no
happenings; the same words telling a happening stay. Self-written sentences; the rules alone."""

from __future__ import annotations

import eventwire

from .eventcheck import rules_on

run = rules_on("2024-05-15")


def kinds(r: eventwire.Record) -> list[str]:
    return [e.type for e in r.events]


def dropped(r: eventwire.Record, rule: str) -> bool:
    return any(rule in str(v) for e in r.events for v in (e.reasons or {}).values())


# wished-act

def test_a_hoped_for_meeting_is_no_event() -> None:
    r = run("The Keldor football association was hoping to host the regional games in 2030, its director said.")
    assert "CONSULT" not in kinds(r), kinds(r)


def test_a_wish_to_see_talks_is_no_event() -> None:
    r = run("Washington wants to see Keldor and Dunmore negotiating a settlement, the envoy said on Tuesday.")
    assert "CONSULT" not in kinds(r), kinds(r)


def test_excited_to_meet_is_no_meeting() -> None:
    r = run('The senator wrote on Twitter on Monday: "We are so excited to meet our new grandson!"')
    assert "CONSULT" not in kinds(r), kinds(r)


def test_a_meeting_that_happened_stays() -> None:
    r = run("The foreign minister of Keldor met the Dunmore prime minister in Vessa on Tuesday to discuss the border.")
    assert "CONSULT" in kinds(r), kinds(r)


# relative-background

def test_groups_described_by_their_backer_are_no_event() -> None:
    # (an accord with a realising participle, "the treaty negotiated by X", is the missed family's
    # realised-participle and stays an AGREE: tests/test_events_s39_missed.py)
    r = run("Senator Ralvan Osk criticised on Monday the rebel groups backed by the Dunmore government.")
    assert "SUPPORT" not in kinds(r), kinds(r)


def test_a_relative_clause_of_past_backing_is_no_event() -> None:
    r = run("Voters who backed other candidates in the primary are now rallying behind Governor Pell, "
            "a party official said on Monday.")
    assert "SUPPORT" not in kinds(r), kinds(r)


def test_a_relative_clause_with_its_own_day_stays() -> None:
    r = run("Governor Dana Pell, who endorsed Senator Ralvan Osk on Monday, will campaign with him in Vessa.")
    assert "SUPPORT" in kinds(r), kinds(r)


def test_a_main_clause_endorsement_stays() -> None:
    r = run("The Vessa Herald endorsed Governor Dana Pell on Sunday.")
    assert "SUPPORT" in kinds(r), kinds(r)


# held-accords

def test_agreements_a_country_has_are_no_event() -> None:
    r = run("Keldor currently has only two trade agreements in the region, while Dunmore has nine agreements.")
    assert "AGREE" not in kinds(r), kinds(r)


def test_an_agreement_signed_stays() -> None:
    r = run("Keldor and Dunmore signed a trade agreement in Vessa on Tuesday.")
    assert "AGREE" in kinds(r), kinds(r)


# audience-reaction

def test_an_audience_applauding_is_no_event() -> None:
    r = run("The governor promised new schools for the district. The audience applauded loudly.")
    assert "SUPPORT" not in kinds(r), kinds(r)


def test_a_government_applauding_a_ruling_stays() -> None:
    r = run("The Keldor foreign ministry applauded the court ruling against the mining company on Tuesday.")
    assert "SUPPORT" in kinds(r), kinds(r)


def test_a_relative_clause_with_its_own_week_stays() -> None:
    r = run("The donors whose members met last week to discuss the race raised 4 million dollars.")
    assert "CONSULT" in kinds(r), kinds(r)


def test_a_date_in_a_nested_clause_does_not_save_the_description() -> None:
    r = run("He criticised the water deal negotiated by President Tollan, who he said was in his final year.")
    assert "CONSULT" not in kinds(r), kinds(r)


# absent-party

def test_a_skipped_meeting_is_no_contact() -> None:
    r = run("Senator Pell skipped the party meeting in Vessa on Monday.")
    assert "CONSULT" not in kinds(r), kinds(r)


def test_an_attended_meeting_stays() -> None:
    r = run("Senator Pell attended the meeting with the mayor on Monday.")
    assert "CONSULT" in kinds(r), kinds(r)


# idiom-subject

def test_making_ends_meet_is_no_meeting() -> None:
    r = run("Many teachers struggle to make ends meet every month, the union said.")
    assert "CONSULT" not in kinds(r), kinds(r)


# expected-act

def test_an_expected_backing_is_no_event() -> None:
    r = run("Governor Pell expects the party to back her candidacy at the convention.")
    assert "SUPPORT" not in kinds(r), kinds(r)


def test_a_disbelieved_future_support_is_no_event() -> None:
    r = run("It is difficult to believe the senators will support the water bill, the analyst said.")
    assert "SUPPORT" not in kinds(r), kinds(r)


def test_an_own_plan_to_meet_stays() -> None:
    r = run("The minister said he expects to meet the Dunmore president on Friday.")
    assert "CONSULT" in kinds(r), kinds(r)


def test_a_scheduled_signing_stays() -> None:
    r = run("Keldor and Dunmore are expected to sign a trade deal on Tuesday.")
    assert "AGREE" in kinds(r), kinds(r)


def test_a_belief_about_a_past_attack_stays() -> None:
    r = run("Police believe the gunmen attacked the convoy near Vessa on Monday.")
    assert "ASSAULT" in kinds(r), kinds(r)


def test_a_pledge_at_a_rally_where_it_was_made_stays() -> None:
    r = run("On Sunday, the governor appeared at a rally in Vessa where he officially pledged his support to Senator Osk.")
    assert "SUPPORT" in kinds(r), kinds(r)


def test_a_clause_on_a_predicate_noun_stays() -> None:
    r = run("The governor is a veteran campaigner who endorsed Senator Osk in the primary.")
    assert "SUPPORT" in kinds(r), kinds(r)


def test_a_deal_once_supported_is_no_event() -> None:
    r = run("Her turn against the water treaty - a deal she once supported - makes sense, the analyst said.")
    assert "SUPPORT" not in kinds(r), kinds(r)


def test_one_named_party_s_endorsement_in_a_relative_clause_stays() -> None:
    # named-act: one party acting on a named party is news, though told in a relative clause
    r = run("In Vessa he campaigned on Monday with a popular governor who had endorsed him.")
    assert "SUPPORT" in kinds(r), kinds(r)
    r = run("Dana Pell, the former senator from Vessa who is supporting Ralvan Osk, spoke on Monday.")
    assert "SUPPORT" in kinds(r), kinds(r)


# natural-foe (figurative-noun)

def test_a_fight_against_a_disease_is_no_violence() -> None:
    r = run("The singer arrived in Vessa on Monday to join the fight against the spread of malaria in the region.")
    assert "ASSAULT" not in kinds(r), kinds(r)
    r = run("The charity has led the battle against tuberculosis in Dunmore for a decade.")
    assert "ASSAULT" not in kinds(r), kinds(r)


def test_a_fight_against_rebels_stays_violence() -> None:
    r = run("Government troops killed six fighters in the fight against the rebels near Vessa on Monday.")
    assert "ASSAULT" in kinds(r), kinds(r)

"""Stop 32, helper spur: spurious events (word senses, attempts, acknowledgements, published things, poll
figures) that an analyst would not keep. Self-written sentences; the rules alone."""

from __future__ import annotations

import eventwire
from eventwire.schema import Event

from .eventcheck import rules_on

run = rules_on("2024-05-15")


def find(r: eventwire.Record, typ: str) -> list[Event]:
    return [e for e in r.events if e.type == typ]


def test_seeking_to_do_something_is_an_attempt_no_request() -> None:
    """attempt-sense: 'sought to reassure its ally' is an attempt, no demand made of anyone."""
    r = run("The Varnholt prime minister on Monday sought to reassure his coalition partner Tobin Reyes.")
    assert not find(r, "REQUEST")
    r = run("Lenders in Keldor are seeking to minimise their losses from the collapse of the Dunmore mill.")
    assert not find(r, "REQUEST")
    # a demand sought of a party stays
    assert find(run("The Varnholt opposition sought the resignation of the interior minister on Monday."), "REQUEST")


def test_recognising_a_fact_is_no_recognition() -> None:
    """acknowledge-sense: 'recognises that ...' admits a fact; 'recognised Keldor' is diplomatic recognition."""
    r = run("Senator Mara Velloway recognises that the farmers of Dunmore have good reasons to be angry.")
    assert not find(r, "SUPPORT") and not find(r, "AGREE") and not find(r, "CONCEDE")
    assert run("Varnholt formally recognised the government of Keldor on Tuesday.").events


def test_releasing_pages_of_messages_frees_nobody() -> None:
    """release with a published thing ('pages', 'messages') is no freeing of a party (RETREAT)."""
    r = run("The Varnholt foreign ministry released 900 more pages of Senator Mara Velloway's messages on Friday.")
    assert not find(r, "RETREAT")
    r = run("The posting was the fifth release of the senator's messages since March.")
    assert not find(r, "RETREAT")
    assert find(run("Keldor released two Varnholt fishermen on Friday."), "RETREAT")


def test_offering_a_response_or_incentives_is_no_commitment() -> None:
    """'offered a guarded response', 'offering incentives to new plants' make no agreement."""
    r = run("Senator Mara Velloway offered a more guarded response to the Dunmore plan on Friday.")
    assert not find(r, "AGREE")
    r = run("The Keldor industry minister said the state was offering tax incentives to new plants.")
    assert not find(r, "AGREE")
    assert find(run("Varnholt offered Keldor a ceasefire on Friday."), "AGREE")


def test_a_good_deal_of_work_is_a_quantity() -> None:
    """'a good deal of' is a quantity, no deal between parties."""
    r = run("Mayor Tobin Reyes said the Dunmore company had already done a good deal of cleanup work.")
    assert not find(r, "AGREE")


def test_warning_residents_about_scams_is_no_threat() -> None:
    """hazard-warning: a warning about scams or fraud advises the public; nobody is threatened."""
    r = run("Sheriff Tobin Reyes is warning Dunmore residents about two telephone scams.")
    assert not find(r, "THREATEN")


def test_fighting_an_election_or_a_disease_is_no_assault() -> None:
    """campaign-sense: 'fought the assembly poll', 'fight climate change' are a contest or a campaign."""
    r = run("The Dunmore party fought the assembly poll as a partner of the Varnholt alliance.")
    assert not find(r, "ASSAULT")
    r = run("Governor Tobin Reyes said the state would fight climate change with new rules.")
    assert not find(r, "ASSAULT")
    assert find(run("Keldor rebels fought government troops near Dunmore on Monday."), "ASSAULT")


def test_capturing_a_mood_and_a_shot_mind_are_figures_of_speech() -> None:
    """'is capturing the frustration of voters' and 'her mind is shot' use no force."""
    r = run("Senator Mara Velloway is capturing the frustration of many voters in Dunmore.")
    assert not find(r, "ASSAULT") and not find(r, "COERCE")
    r = run("Tobin Reyes said the judge's mind is shot.")
    assert not find(r, "ASSAULT")


def test_a_poll_figure_is_no_act_of_support() -> None:
    """poll-figure: 'supported by 42 percent of the voters surveyed' reports an opinion poll, no act."""
    r = run("Senator Mara Velloway was supported by 42 percent of the Dunmore voters surveyed in the poll.")
    assert not find(r, "SUPPORT")
    r = run("Fifty-five percent of respondents in Keldor rejected the plan, the survey found.")
    assert not find(r, "REJECT")
    assert find(run("The Dunmore farmers union endorsed Senator Mara Velloway on Monday."), "SUPPORT")


def test_a_takeover_of_a_company_or_the_economy_is_no_seizure() -> None:
    """'the government takeover of the economy', 'a takeover of the company' are no armed seizure."""
    r = run("Voters in Dunmore are angry after years of the Varnholt government's takeover of the economy.")
    assert not find(r, "ASSAULT")
    r = run("Keldor Steel announced the takeover of the company Dunmore Mills on Monday.")
    assert not find(r, "ASSAULT")


def test_a_present_tense_relative_clause_states_a_standing_attribute() -> None:
    """relative-attribute: 'Elmendorf, who supports Velloway', 'the council, which provides grants to
    students' describe a party's standing position or business, no happening."""
    r = run('"The numbers do not add up," said Hal Elmendorf, who supports Senator Mara Velloway.')
    assert not find(r, "SUPPORT")
    r = run("The Dunmore Council, which provides scholarships to students in Keldor, opened an office in Varnholt.")
    assert not find(r, "AID")
    # a past act in a relative clause stays
    r = run("Senator Tobin Reyes, who endorsed Senator Mara Velloway on Tuesday, spoke in Dunmore.")
    assert find(r, "SUPPORT")


def test_proposing_something_vague_is_no_offer() -> None:
    """'was proposing something else entirely' names no offer made to anyone."""
    r = run("But the Dunmore mayor Tobin Reyes was proposing something else entirely.")
    assert not find(r, "AGREE")


def test_a_decline_in_numbers_is_no_refusal() -> None:
    """decrease-sense: 'views of the senator have declined by nine points' is a fall, no REJECT."""
    r = run("Voters' views of Senator Mara Velloway have also declined, by nine percentage points since March.")
    assert not find(r, "REJECT")
    assert find(run("The Keldor government declined the Varnholt offer of talks on Monday."), "REJECT")
    # a party that declines with no object still refuses
    r = run("Tobin Reyes offered to appear before the Dunmore council, but Senator Mara Velloway declined.")
    assert find(r, "REJECT")

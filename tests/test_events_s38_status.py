"""Stop 38, helper status: event status by who reports a happening, and event dates (self-written sentences)."""

from __future__ import annotations

from .eventcheck import find, rules_on

run = rules_on("2024-05-16")


def _status(text: str, typ: str) -> list[str]:
    return [e.status for e in find(run(text), typ)]


def test_a_newspaper_reporting_a_happening_reports_it_as_fact() -> None:
    """neutral-source: an outlet that is no party to the act reports it; the act is asserted."""
    assert _status("Masked gunmen attacked a bus depot in the north of the city, the Daily Courier reported.", "ASSAULT") == ["asserted"]


def test_a_third_side_leader_saying_an_attack_happened_reports_it_as_fact() -> None:
    """neutral-source: "the prime minister said militants burned a school": the speaker is neither side."""
    assert _status("The prime minister said that militants burned down a village school on Sunday.", "ASSAULT") == ["asserted"]


def test_a_party_telling_its_own_attack_still_claims_it() -> None:
    """neutral-source keeps a party's account of its own deed a claim."""
    statuses = _status("The rebel commander said that his fighters ambushed an army convoy near the river.", "ASSAULT")
    assert statuses and all(s != "asserted" for s in statuses), statuses


def test_a_speaker_saying_we_were_attacked_still_claims_it() -> None:
    """speaker_pronouns: "we" or "our" among the parties is the speaker's own side."""
    statuses = _status('"They attacked our village at night," the farmer said.', "ASSAULT")
    assert statuses and all(s != "asserted" for s in statuses), statuses


def test_a_claim_verb_keeps_the_happening_claimed() -> None:
    """neutral-source needs a plain verb of report: "claimed" and "alleged" stay claims."""
    statuses = _status("The opposition leader claimed that soldiers beat protesters in the square.", "ASSAULT")
    assert statuses and all(s != "asserted" for s in statuses), statuses


def test_a_guess_by_a_non_party_stays_unasserted() -> None:
    """hedge_words and modals: "said the storm may force the evacuation" is a guess, not a report."""
    statuses = _status("The aid worker said the gangs might attack the convoy again.", "ASSAULT")
    assert all(s != "asserted" for s in statuses), statuses


def test_the_ground_of_praise_is_taken_as_done() -> None:
    """stance ground: "praised the mayor for sending aid": the aid was sent, by the mayor's account as by the
    praiser's."""
    r = run("Church leaders praised the governor for sending food aid to the flooded villages.")
    evs = [e for e in r.events if e.type == "AID"]
    assert evs and all(e.status == "asserted" for e in evs), [(e.type, e.status) for e in r.events]


def test_a_plot_reported_by_an_authority_is_no_asserted_attack() -> None:
    """hedge_words of intent: "admitted plotting to attack a police station" reports no attack."""
    statuses = _status("Prosecutors said the man had plotted to attack a police station in the town.", "ASSAULT")
    assert all(s != "asserted" for s in statuses), statuses


def test_a_participle_clause_takes_the_tense_of_its_finite_verb() -> None:
    """participle-tense: "meeting with him in July" in a past narrative is last July, not next."""
    r = rules_on("2024-02-10")("The two rivals had been friendly for months, with Lopez visiting the mayor in July at city hall.")
    dates = [t.value for t in r.times if t.text == "July"]
    assert dates == ["2023-07"], dates


def test_an_armed_side_telling_of_fighting_still_claims_it() -> None:
    """belligerent_words: "the army said insurgents shelled a village" is an armed side's account."""
    statuses = _status("The army said that insurgents shelled a border village overnight.", "ASSAULT")
    assert statuses and all(s != "asserted" for s in statuses), statuses

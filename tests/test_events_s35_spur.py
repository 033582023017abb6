"""Stop 35, helper spur: spurious events, word senses and status (self-written sentences)."""

from __future__ import annotations

import pytest

from .eventcheck import find, rules_on

run = rules_on("2024-05-15")


# appeal-sense (assembly 'attraction_nouns'): a candidate's appeal to a voter group is attractiveness


def test_a_candidates_appeal_to_voters_is_no_request() -> None:
    r = run("Senator Brill's appeal to working-class voters is only half the story in Dunmore.")
    assert not find(r, "REQUEST")


def test_an_appeal_among_a_voter_group_is_no_request() -> None:
    r = run("Her appeal among suburban women has grown since the Dunmore debate, aides said.")
    assert not find(r, "REQUEST")


def test_an_appeal_for_aid_stays_a_request() -> None:
    r = run("The governor issued an appeal to donors for emergency aid on Monday.")
    assert find(r, "REQUEST", "appeal")


def test_appealing_to_voters_to_vote_stays_a_request() -> None:
    r = run("The mayor appealed to voters to stay calm on Monday.")
    assert find(r, "REQUEST", "appeal")


# copular-figure (violence_nouns): "the caucus is a battle of ..." describes a contest, no fighting


def test_a_contest_that_is_a_battle_is_no_assault() -> None:
    r = run("The Dunmore primary is a battle of small factions, the strategist said.")
    assert not find(r, "ASSAULT")


def test_a_battle_in_the_town_stays_an_assault() -> None:
    r = run("A battle between rebels and soldiers broke out in Keldor on Monday.")
    assert find(r, "ASSAULT")


# topic-of-study (assembly 'topic_verbs', 'curbing_verbs'): riots studied or curbed in general are no protest


def test_a_scholar_who_studied_riots_is_no_protester() -> None:
    r = run("Jane Holt, a historian who studied riots in the 1960s, was named dean of the college on Monday.")
    assert not find(r, "PROTEST")


def test_an_official_who_curbed_riots_is_no_protester() -> None:
    r = run("As mayor of Dunmore, Smith curbed riots and later became governor.")
    assert not find(r, "PROTEST")


def test_riots_that_broke_out_stay_a_protest() -> None:
    r = run("Riots broke out in Dunmore on Monday after the verdict.")
    assert find(r, "PROTEST")


def test_students_who_staged_protests_stay_protesters() -> None:
    r = run("Students staged protests outside the Dunmore courthouse on Monday.")
    assert find(r, "PROTEST")


# speculation (triggers 'speculation_adverbs'): "perhaps ... will" is a guess, not a coming act


def test_perhaps_with_will_is_hypothetical(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EVENTWIRE_ASSEMBLY_SKIP", "modal-act")  # keep the guess to see its status
    r = run("Perhaps Russia will oppose any move in this direction.")
    found = find(r, "REJECT")
    assert found and all(e.status == "hypothetical" for e in found)


def test_maybe_on_a_past_attack_is_hypothetical(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EVENTWIRE_ASSEMBLY_SKIP", "modal-act")  # keep the guess to see its status
    r = run("Maybe the army attacked the village first, the farmer said.")
    found = find(r, "ASSAULT")
    assert found and all(e.status not in ("asserted", "claimed") for e in found)


def test_will_without_a_guess_stays_future() -> None:
    r = run("Russia will oppose the plan at the council next week, the minister said.")
    found = find(r, "REJECT")
    assert found and all(e.status == "future" for e in found)


# self-harm (assembly 'reflexive_objects'): shooting oneself is no attack between parties


def test_a_man_who_shot_himself_is_no_assault() -> None:
    r = run("Peter Holt, 76, shot himself in the parking lot of a hospital in Dunmore last month.")
    assert not find(r, "ASSAULT")


def test_a_bomber_who_blew_himself_up_stays_an_assault() -> None:
    r = run("A suicide bomber blew himself up at a police checkpoint in Keldor on Monday.")
    assert find(r, "ASSAULT")


def test_a_gunman_who_shot_a_guard_stays_an_assault() -> None:
    r = run("A gunman shot a guard in Keldor on Monday before he shot himself.")
    assert find(r, "ASSAULT")

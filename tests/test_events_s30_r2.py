"""Stop-30 helper r2: political-news word senses of violence words (self-written sentences, invented names)."""

from __future__ import annotations

from .eventcheck import find, names, rules_on

run = rules_on("2024-05-15")


def test_a_verbal_attack_told_with_a_speech_cue_is_a_criticism_not_an_assault() -> None:
    r = run("Senator Mara Velloway launched new attacks on Governor Tobin Reyes about his tax returns on Tuesday.")
    assert not find(r, "ASSAULT")
    [ev] = find(r, "ACCUSE", "attacks")
    assert "reyes" in names(ev.recipients)
    assert "verbal-attack" in ev.reasons["type"]
    r = run("Governor Tobin Reyes shot back in a statement on Wednesday.")
    assert not find(r, "ASSAULT")
    [ev] = find(r, "ACCUSE", "shot")
    assert "reyes" in names(ev.actors) and "reyes" not in names(ev.recipients)
    r = run("Velloway hit back at Reyes on Twitter, calling him a coward.")
    assert not find(r, "ASSAULT")


def test_a_physical_attack_stays_an_assault() -> None:
    [ev] = find(run("Gunmen attacked a police post in Dunmore on Tuesday, killing two officers."), "ASSAULT")
    assert "gunmen" in names(ev.actors)
    assert find(run("Soldiers fired back at the militants in a village near Dunmore on Monday."), "ASSAULT")


def test_campaign_and_recording_senses_of_capture_seize_target_strike_are_no_violence() -> None:
    for text in (
        "Velloway captured 412 delegates in the primaries on Tuesday.",
        "Velloway is targeting rural voters in the northern counties.",
        "Footage captured Reyes leaving the hotel with two aides on Monday.",
        "Reyes seized upon the remark at a town hall in Dunmore on Monday.",
        "His campaign manager, Ada Brill, struck a similar tune on Monday.",
    ):
        r = run(text)
        assert not find(r, "ASSAULT") and not find(r, "COERCE"), text


def test_a_captured_town_or_targeted_gang_stays_a_use_of_force() -> None:
    r = run("Rebels captured the town of Dunmore on Monday after a week of fighting.")
    assert find(r, "ASSAULT") or find(r, "COERCE")
    assert find(run("Police targeted drug gangs in raids across Dunmore on Monday, arresting 12 men."), "COERCE")


def test_a_rally_held_by_a_candidate_or_rallying_to_a_side_is_campaigning_no_protest() -> None:
    for text in (
        "Senator Ada Brill held a rally in Dunmore on Saturday.",
        "Senator Ada Brill is barnstorming the state, holding three rallies a day.",
        "Senator Ada Brill spoke in Dunmore on Friday. At Brill rallies across the state, young voters are few.",
        "The voters who rallied to her side in the spring have drifted away, Senator Ada Brill said on Friday.",
    ):
        assert not find(run(text), "PROTEST"), text


def test_a_rally_held_by_a_crowd_stays_a_protest() -> None:
    [ev] = find(run("Hundreds of farmers held a rally outside parliament in Dunmore on Monday."), "PROTEST")
    assert "farmers" in names(ev.actors)
    assert find(run("Thousands of teachers rallied to the capital, Dunmore, on Monday to demand higher pay."), "PROTEST")


def test_his_rallies_are_a_candidates_campaign_rallies() -> None:
    r = run("Senator Ada Brill has faced criticism that her tone created an unsafe mood at her rallies.")
    assert not find(r, "PROTEST")


def test_a_verbal_attack_cue_holds_beside_harm_told_in_a_relative_clause() -> None:
    r = run(
        "Senator Ada Brill and her allies dove into Governor Tobin Reyes's record on Tuesday, launching a new round "
        "of attacks designed to paint him as profiting from the crisis that hurt millions of families."
    )
    assert not find(r, "ASSAULT")
    assert not find(run("Brill is targeting Latino and black voters in the south."), "ASSAULT")


def test_a_person_fired_from_a_job_and_released_tax_returns_are_no_force_or_release() -> None:
    r = run("Tom Bell, a radio host, was fired from the station Wednesday after a post about the mayor.")
    assert not find(r, "ASSAULT")
    r = run("Governor Tobin Reyes and I are both going to release our tax returns next week, Ada Brill said on Monday.")
    assert not find(r, "RETREAT")


def test_shots_fired_and_a_man_fired_upon_stay_gunfire() -> None:
    assert find(run("Shots were fired at a police car in Dunmore on Monday night."), "ASSAULT")
    assert find(run("A guard was fired upon by gunmen outside the bank in Dunmore on Monday."), "ASSAULT")


def test_speeches_motions_and_tax_returns_are_no_recipients() -> None:
    for text, typ in (
        ("Senator Ada Brill rejected the motion on Tuesday.", "REJECT"),
        ("Senator Ada Brill declined the speech invitation and turned down any new gigs on Tuesday.", "REJECT"),
    ):
        for ev in find(run(text), typ):
            assert not names(ev.recipients) or all(w not in names(ev.recipients) for w in ("motion", "gigs", "speech")), text


def test_a_quoted_retort_a_war_of_words_and_a_power_struggle_are_no_assault() -> None:
    r = run("“They are all here for the free stuff,” Tom Bell shot back with a laugh on Monday.")
    assert not find(r, "ASSAULT")
    assert find(r, "ACCUSE", "shot")
    assert not find(run("Ada Brill praised his courage through what she calls a war of some pretty unpleasant words."), "ASSAULT")
    assert not find(run("An all-out internal power struggle has erupted at the party committee in Dunmore."), "ASSAULT")
    assert find(run("A war of independence broke out in Dunmore in 1921, killing thousands."), "ASSAULT")

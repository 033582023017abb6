"""Stop 34, helper spur: spurious events and wrong word senses (self-written sentences)."""

from __future__ import annotations

from .eventcheck import find, rules_on

run = rules_on("2024-05-15")


# sport-sense (campaign_senses 'capture'): a contest's prize is no seizure


def test_capturing_medals_is_no_use_of_force() -> None:
    r = run("The young swimmer captured three medals at the national championships last week.")
    assert not find(r, "ASSAULT") and not find(r, "COERCE")


def test_capturing_a_town_is_still_force() -> None:
    r = run("Rebels captured the town of Keldor on Monday.")
    assert find(r, "ASSAULT", "captured") or find(r, "COERCE", "captured")


# crash-clause (assembly 'crash_verbs'): killed when or after a vehicle crashed is a road accident


def test_killed_after_crashing_a_car_is_no_assault() -> None:
    r = run("A Dover man was killed after crashing his truck on a highway ramp on Sunday, police said.")
    assert not find(r, "ASSAULT")


def test_killed_when_a_car_crashed_is_no_assault() -> None:
    r = run("Police said a woman was killed when her car left the road and crashed into a wall.")
    assert not find(r, "ASSAULT")


def test_killed_when_gunmen_fired_stays_an_assault() -> None:
    r = run("A woman was killed when gunmen opened fire on her car in Keldor on Sunday.")
    assert find(r, "ASSAULT")


def test_a_driver_shot_after_a_crash_stays_an_assault() -> None:
    """Only a violence verb with no doer reads the crash as the cause: an officer who shot stays."""
    r = run("An officer shot the driver after he crashed his car into a police cruiser in Keldor.")
    assert find(r, "ASSAULT", "shot")


# habitual through a complement: "always enjoys meeting", "often try to arrest"


def test_a_habit_over_a_complement_is_no_happening() -> None:
    r = run("One street musician always enjoys meeting another.")
    assert not find(r, "CONSULT")


def test_police_often_try_to_arrest_is_a_habit() -> None:
    r = run("In the capital, police often try to arrest street vendors.")
    assert not find(r, "COERCE")


def test_a_past_try_with_often_is_left_alone() -> None:
    r = run("Police arrested two vendors in Keldor on Monday.")
    assert find(r, "COERCE", "arrested")


# occupy-post (non_event_arguments 'occupy'): holding a post is no occupation


def test_occupying_posts_is_no_coercion() -> None:
    r = run("Some of the officers occupy senior posts in the ministry.")
    assert not find(r, "COERCE")


def test_occupying_a_building_stays_coercion() -> None:
    r = run("Protesters occupied the ministry building in Keldor on Monday.")
    assert find(r, "COERCE", "occupied") or find(r, "PROTEST", "occupied")


# aim-sense: 'take aim at' by hackers or gunmen is no criticism


def test_hackers_taking_aim_is_no_criticism() -> None:
    r = run("Hackers have taken aim at voting systems in several states.")
    assert not find(r, "ACCUSE")


def test_a_senator_taking_aim_is_criticism() -> None:
    r = run("The senator took aim at the governor over the budget on Tuesday.")
    assert find(r, "ACCUSE", "aim")


# abstract-clash: a clash or battle between things, not parties


def test_a_building_clashing_with_a_plan_is_no_assault() -> None:
    r = run("The new jail clashes with the downtown revitalization plan.")
    assert not find(r, "ASSAULT")


def test_a_battle_between_abstractions_is_no_assault() -> None:
    r = run("The primary will be a battle between demographics and economics.")
    assert not find(r, "ASSAULT")


def test_protesters_clashing_with_police_is_an_assault() -> None:
    r = run("Protesters clashed with police outside parliament in Keldor on Monday.")
    assert find(r, "ASSAULT", "clashed")


def test_a_title_case_battle_between_abstractions_is_no_assault() -> None:
    r = run("POLL UPDATE: Ohio's Senate Race Will Be A Battle Between Demographics And Economics.")
    assert not find(r, "ASSAULT")


# trend-verb (triggers 'trend_verbs'): an event noun whose count rises or falls names a trend


def test_attacks_that_increase_are_a_trend() -> None:
    r = run("Ambush attacks on police officers increase.")
    assert not find(r, "ASSAULT")


def test_violence_that_has_increased_is_a_trend() -> None:
    r = run("Violence against journalists has increased in the region.")
    assert not find(r, "ASSAULT")


def test_an_attack_that_killed_stays() -> None:
    r = run("An attack on a police post killed two officers in Keldor on Monday.")
    assert find(r, "ASSAULT")


# fight-sense (campaign_senses 'fight'): fighting corruption or a disease is a policy, no violence


def test_efforts_to_fight_corruption_are_no_assault() -> None:
    r = run("Efforts to fight corruption have stalled in the capital.")
    assert not find(r, "ASSAULT")


def test_fighting_rebels_stays_an_assault() -> None:
    r = run("Government troops fought rebels near Keldor on Monday.")
    assert find(r, "ASSAULT", "fought")


# host-sense (non_event_arguments 'host'): hosting a show is no meeting


def test_hosting_a_show_is_no_consultation() -> None:
    r = run("The science museum will host a stargazing night on Friday.")
    assert not find(r, "CONSULT")


def test_hosting_talks_stays_a_consultation() -> None:
    r = run("Norway will host talks between the two governments in Oslo next week.")
    assert find(r, "CONSULT", "host") or find(r, "CONSULT")


# generic-likelihood: "more likely to be arrested" is a generalisation


def test_more_likely_to_be_arrested_is_no_happening() -> None:
    r = run("Young people are more likely to be injured or arrested in the city, the report said.")
    assert not find(r, "COERCE") and not find(r, "ASSAULT")


def test_arrested_in_the_city_stays() -> None:
    r = run("Police arrested two young men in Keldor on Monday, the report said.")
    assert find(r, "COERCE", "arrested")


# question: a yes/no question asserts nothing


def test_a_yes_no_question_is_not_asserted() -> None:
    r = run("Did the foundation refuse to hand over the documents?")
    assert all(e.status != "asserted" for e in r.events)


def test_a_wh_question_keeps_its_happening() -> None:
    r = run("Why did police arrest the two reporters in Keldor on Monday?")
    [hit] = find(r, "COERCE", "arrest")
    assert hit.status == "asserted"


# dispute-sense: a battle or clash over a topic is a political dispute


def test_a_battle_over_the_budget_is_no_assault() -> None:
    r = run("The battle over the budget continued in the legislature on Monday.")
    assert not find(r, "ASSAULT")


def test_a_clash_over_immigration_is_no_assault() -> None:
    r = run("Lawmakers are locked in a bitter clash over immigration.")
    assert not find(r, "ASSAULT")


def test_a_clash_over_land_that_killed_stays() -> None:
    r = run("A clash over farmland left three villagers dead in Keldor on Monday.")
    assert find(r, "ASSAULT")


# hazard-agent: a warning that people could be hit by a flood warns of a hazard


def test_a_warning_of_people_hit_by_flooding_is_no_threat() -> None:
    r = run("The agency warned on Monday that up to 5,000 people could be hit by heavy flooding in the valley.")
    assert not find(r, "THREATEN")


def test_a_warning_of_an_army_attack_stays_a_threat() -> None:
    r = run("The rebels warned on Monday that the town would be attacked by their fighters.")
    assert find(r, "THREATEN")


# deontic 'supposed to': what someone is (not) supposed to do is no happening


def test_not_supposed_to_confer_is_no_consultation() -> None:
    r = run("Candidates are not supposed to confer with their staff during the breaks.")
    assert not find(r, "CONSULT")


def test_conferred_with_staff_stays_a_consultation() -> None:
    r = run("The candidate conferred with her staff in Keldor during the break on Monday.")
    assert find(r, "CONSULT")

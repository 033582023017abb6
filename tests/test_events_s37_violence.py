"""Stop 37, helper violence: the word sense of violent and coercive event types (self-written sentences)."""

from __future__ import annotations

from .eventcheck import find, names, rules_on

run = rules_on("2024-05-15")


# hazard-setting: a natural hazard as the "in" object of a violence verb hurt the victims; no party did it


def test_hurt_in_a_landslide_is_no_assault() -> None:
    r = run("Six villagers were injured in a landslide in the hill district on Sunday.")
    assert not find(r, "ASSAULT")


def test_killed_in_a_storm_or_a_stampede_is_no_assault() -> None:
    assert not find(run("Four fishermen were killed in the storm off the coast on Friday."), "ASSAULT")
    assert not find(run("A boy was crushed to death in a stampede at the fairground on Saturday."), "ASSAULT")


def test_killed_in_a_figurative_storm_of_gunfire_keeps_the_assault() -> None:
    r = run("Two guards were killed in a storm of bullets when gunmen raided the bank on Monday.")
    assert find(r, "ASSAULT")


def test_killed_in_an_ambush_keeps_the_assault() -> None:
    r = run("A police officer was killed in an ambush near the border on Monday.")
    assert find(r, "ASSAULT")


# illness-attack: an attack noun modified by an organ or condition is an illness


def test_a_heart_attack_is_no_assault() -> None:
    assert not find(run("The former mayor suffered a heart attack at his home on Tuesday."), "ASSAULT")
    assert not find(run("The singer was taken to hospital after an asthma attack on Monday."), "ASSAULT")


def test_an_armed_attack_on_a_heart_clinic_stays() -> None:
    r = run("Gunmen attacked a heart clinic in the city centre on Monday, wounding two nurses.")
    assert find(r, "ASSAULT")


# natural cause told in a relative clause that a violence verb continues


def test_a_quake_which_struck_and_killed_is_no_assault() -> None:
    r = run("Rescuers are searching the rubble after an earthquake which hit the province on Monday and has killed 80 people.")
    assert not find(r, "ASSAULT")


def test_militants_who_stormed_and_killed_keep_the_assault() -> None:
    r = run("The militants, who stormed the village on Monday and killed nine farmers, fled into the forest.")
    assert find(r, "ASSAULT")


# captured-suspect: a wanted person captured or seized by police is arrested (COERCE)


def test_police_capturing_escaped_inmates_is_an_arrest() -> None:
    r = run("Police captured two escaped inmates at a farmhouse on Thursday.")
    assert find(r, "COERCE") and not find(r, "ASSAULT")
    r = run("The fugitive was captured by police in a motel on Saturday.")
    assert find(r, "COERCE") and not find(r, "ASSAULT")


def test_police_seizing_suspects_is_an_arrest() -> None:
    r = run("Police seized four suspects at the bus station on Sunday.")
    [hit] = find(r, "COERCE")
    assert "police" in names(hit.actors)
    assert not find(r, "ASSAULT")


def test_gunmen_seizing_hostages_stays_an_abduction() -> None:
    r = run("Gunmen seized three hostages at the hotel on Sunday.")
    assert find(r, "ASSAULT") and not find(r, "COERCE")


def test_rebels_capturing_soldiers_stays_an_assault() -> None:
    r = run("Rebels captured five soldiers near the frontier on Sunday.")
    assert find(r, "ASSAULT")


def test_police_seizing_kilograms_of_drugs_is_a_seizure() -> None:
    r = run("Customs officers seized 40 kilograms of cocaine at the port on Friday.")
    assert not find(r, "ASSAULT")


# contest-particle: "beat out" outdoes rivals in a contest


def test_beat_out_rivals_is_no_assault() -> None:
    r = run("Her terrier beat out 60 other dogs at the show in Leeds on Sunday.")
    assert not find(r, "ASSAULT")


def test_beat_up_stays_an_assault() -> None:
    r = run("Three men beat up a shopkeeper in the market on Sunday.")
    assert find(r, "ASSAULT")


# relief-deployment: a health or relief body sending staff, or anyone sending civilian helpers, gives help


def test_a_health_agency_deploying_personnel_is_aid() -> None:
    r = run("The World Health Organization has deployed personnel to the affected district to help local clinics.")
    assert find(r, "AID") and not find(r, "MOBILIZE")


def test_the_army_deploying_personnel_stays_a_mobilisation() -> None:
    r = run("The army deployed personnel to the border town on Monday.")
    assert find(r, "MOBILIZE") and not find(r, "AID")


def test_a_government_deploying_police_stays_a_mobilisation() -> None:
    r = run("The government deployed 3,000 police officers to the capital on Sunday.")
    assert find(r, "MOBILIZE")


# non_event_arguments 'shoot': filming, photographing and ball games are no shooting


def test_shooting_a_documentary_or_a_ball_is_no_assault() -> None:
    assert not find(run("The director shot a documentary about the river in the village last year."), "ASSAULT")
    assert not find(run("The striker shot the ball past the keeper in the second half on Saturday."), "ASSAULT")


def test_shooting_a_protester_stays_an_assault() -> None:
    assert find(run("A soldier shot a protester near the square on Monday."), "ASSAULT")


# critic-target: a violence word aimed at critics or the press is a criticism


def test_firing_back_at_critics_is_a_criticism() -> None:
    r = run("The governor fired back at his critics on Tuesday over the budget cuts.")
    assert find(r, "ACCUSE") and not find(r, "ASSAULT")


def test_firing_back_at_militants_stays_an_assault() -> None:
    r = run("Soldiers fired back at the militants near the checkpoint on Tuesday, killing two.")
    assert find(r, "ASSAULT")


# particle-sense (a rise) and aim-preposition: 'shot up' with no object, 'shooting for' a goal


def test_a_quantity_that_shot_up_is_no_assault() -> None:
    assert not find(run("Rents shot up in the capital last year, the report said."), "ASSAULT")
    assert not find(run("Fuel prices shot back up in March after a brief fall."), "ASSAULT")


def test_gunmen_who_shot_up_a_bar_keep_the_assault() -> None:
    assert find(run("Two gunmen shot up a bar in the port town on Saturday, wounding six."), "ASSAULT")


def test_shooting_for_a_goal_is_no_assault() -> None:
    assert not find(run("The builders are shooting for an autumn opening, the developer said."), "ASSAULT")
    assert not find(run("The contractor said they are still shooting for early September."), "ASSAULT")


def test_shooting_for_some_minutes_at_a_car_stays_an_assault() -> None:
    assert find(run("Officers shot for several minutes at the stolen van on Monday."), "ASSAULT")


# accident: a name before 'crash' locates it; before 'fire' it may name who shot


def test_a_named_place_crash_is_an_accident() -> None:
    assert not find(run("Two teenagers were killed in a Bradford crash on Saturday night."), "ASSAULT")


def test_fire_named_by_a_nationality_stays_gunfire() -> None:
    assert find(run("Two fishermen were killed in Israeli fire off the coast on Monday."), "ASSAULT")


# programme-target: a campaign or programme that targets people uses no force


def test_a_vaccination_drive_targeting_children_is_no_assault() -> None:
    assert not find(run("The vaccination drive targets two million children in the northern provinces."), "ASSAULT")
    r = run("Besides targeting more infants, this year's immunisation campaign trains extra nurses.")
    assert not find(r, "ASSAULT")


def test_militants_targeting_a_village_stay_an_assault() -> None:
    assert find(run("Militants targeted a village in the north on Monday, killing five."), "ASSAULT")


# rival-contest: a clash between candidates, or a fight someone picks, is a political contest


def test_a_clash_between_candidates_is_no_assault() -> None:
    r = run("In each clash between a rival candidate and the governor, the governor struck first.")
    assert not find(r, "ASSAULT")


def test_picking_a_fight_with_a_senator_is_no_assault() -> None:
    assert not find(run("The mayor is picking a fight with the senator over the budget, aides said."), "ASSAULT")


def test_a_clash_between_troops_and_rebels_stays() -> None:
    assert find(run("Troops fought a fierce battle with rebels near the border on Monday."), "ASSAULT")


# dismissal: a 'fired' participle before a person tells of a job lost


def test_a_fired_official_is_no_assault() -> None:
    assert not find(run("The court agreed on Monday to reinstate a fired chief justice."), "ASSAULT")
    assert not find(run("The fired manager sued the bank on Tuesday."), "ASSAULT")


def test_shots_fired_at_a_convoy_stay_an_assault() -> None:
    assert find(run("Shots were fired at an army convoy near the border on Monday."), "ASSAULT")


def test_an_air_campaign_targeting_militants_stays_an_assault() -> None:
    r = run("An air campaign targeting the militia's commanders killed nine fighters on Monday.")
    assert find(r, "ASSAULT")


# non_event_arguments 'strike': striking charges, testimony or a clause removes words, no attack


def test_striking_charges_or_testimony_is_no_assault() -> None:
    assert not find(run("The judge struck the testimony from the record on Tuesday."), "ASSAULT")
    assert not find(run("The defence filed a motion to strike the new charges on Monday."), "ASSAULT")


def test_striking_a_police_post_stays_an_assault() -> None:
    assert find(run("Insurgents struck a police post in the north on Monday, killing three."), "ASSAULT")


# campaign_senses 'fight': fighting a situation, a crisis or rumours is no violence


def test_fighting_a_situation_or_rumours_is_no_assault() -> None:
    assert not find(run('The governor said, "I want your help in fighting the tragic situation in the city."'), "ASSAULT")
    assert not find(run("Officials are fighting the rumours about the vaccine in the province, the ministry said."), "ASSAULT")


def test_fighting_rebels_stays_an_assault() -> None:
    assert find(run("Soldiers fought rebels in the hills on Monday, killing six."), "ASSAULT")

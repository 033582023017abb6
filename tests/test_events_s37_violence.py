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

"""Crime, court and police stories: who did what to whom, and what is no crime at all (issue 17, r3)."""

from __future__ import annotations

import pytest

import eventwire

from .eventcheck import find, names


def run(text: str, published: str = "2024-05-15") -> eventwire.Record:
    # the rules alone (event_encoder="none"): the event head is tested in test_event_heads.py
    return eventwire.extract(text, published=published, event_encoder="none")


@pytest.mark.parametrize(
    "text",
    [
        "A teacher from Hollis was killed in the collision on Route 9 on Monday.",
        "A kitchen fire gutted a duplex on Elm Street on Friday, displacing six tenants and injuring two firefighters.",
        "Crews mounted an aggressive attack on the flames from the back porch.",
    ],
)
def test_crashes_and_blazes_are_no_violence(text: str) -> None:
    r = run(text)
    assert not find(r, "ASSAULT"), [(e.type, e.trigger, e.reasons) for e in r.events]


@pytest.mark.parametrize(
    "text",
    [
        "Two soldiers were killed in sniper fire near the checkpoint on Monday.",
        "A gunman killed two clerks in the robbery on Elm Street on Friday.",
        "Rebels launched an attack on the garrison at dawn.",
    ],
)
def test_gunfire_and_robbery_stay_violence(text: str) -> None:
    assert find(run(text), "ASSAULT")


@pytest.mark.parametrize(
    "text",
    [
        "State troopers are investigating the crash, which closed the highway for three hours.",
        "Fire marshals are still investigating the cause of the blaze at the warehouse.",
    ],
)
def test_looking_into_an_accident_accuses_nobody(text: str) -> None:
    r = run(text)
    assert not find(r, "ACCUSE"), [(e.type, e.trigger, e.reasons) for e in r.events]
    assert find(run("State troopers are investigating the mayor over missing campaign funds."), "ACCUSE")


def test_fire_from_a_party_stays_gunfire() -> None:
    assert find(run("Two villagers were killed in fire from the soldiers on Monday."), "ASSAULT")


@pytest.mark.parametrize(
    ("text", "typ", "who"),
    [
        ("Roofer booked for theft of copper wire. Deputies searched a barn in Hollis on Monday.", "ACCUSE", "roofer"),
        ("Charged with drunk driving, the driver was wearing a clown suit, deputies said.", "ACCUSE", "driver"),
        ("Arrested on Monday, the clerk told deputies she had taken the money.", "COERCE", "clerk"),
    ],
)
def test_an_objectless_legal_step_is_done_to_its_subject(text: str, typ: str, who: str) -> None:
    [ev] = find(run(text), typ)
    assert who in names(ev.recipients) and who not in names(ev.actors), (names(ev.actors), names(ev.recipients))


def test_a_charge_re_reported_is_one_event_but_a_further_charge_is_another() -> None:
    r = run(
        "Hollis couple charged with neglect of their dog. Both were charged with animal cruelty, police said."
    )
    assert len(find(r, "ACCUSE")) == 1, [(e.type, e.trigger, e.recipients) for e in r.events]
    r = run(
        "Deputies charged Ann Pell with burglary on Monday. Tom Ruiz was also charged with failing to appear in court."
    )
    assert len(find(r, "ACCUSE")) == 2, [(e.type, e.trigger, e.recipients) for e in r.events]


def test_detectives_reporting_killings_are_not_the_killers() -> None:
    r = run("Homicide detectives said the shooting happened shortly after midnight on Elm Street.")
    for ev in find(r, "ASSAULT"):
        assert "detectives" not in names(ev.actors), ev.reasons


def test_bail_set_on_a_charge_is_not_the_charged_party() -> None:
    r = run("Bond was set at $2,000 on a misdemeanor charge of trespassing.")
    for ev in find(r, "ACCUSE"):
        assert "bond" not in names(ev.recipients), ev.reasons
    assert find(run("Deputies arrested two on charges of theft."), "ACCUSE")[0].recipients


def test_a_home_town_is_not_the_scene_when_the_sentence_names_one() -> None:
    [ev] = find(run("A Denver man was stabbed outside a bar in Boulder on Saturday."), "ASSAULT")
    assert ev.place is not None and ev.place.name == "Boulder", ev.place
    [ev] = find(run("Deputies arrested Tom Ruiz, 41, of Denver in Boulder on Friday."), "COERCE")
    assert ev.place is not None and ev.place.name == "Boulder", ev.place
    [ev] = find(run("A Denver man was stabbed on Saturday."), "ASSAULT")
    assert ev.place is not None and ev.place.name == "Denver", ev.place  # the only place named stays


def test_an_abbreviated_rank_before_a_name_ends_no_sentence() -> None:
    r = run("Deputies say Tom Ruiz, 45, attacked Sgt. Ann Lee with a kitchen knife on Monday in Hollis.")
    [ev] = find(r, "ASSAULT")
    assert "ruiz" in names(ev.actors) and "ann lee" in names(ev.recipients), (names(ev.actors), names(ev.recipients))
    assert "sgt" not in names(ev.recipients)


def test_drawing_a_weapon_is_no_withdrawal() -> None:
    r = run("Witnesses said the robber pulled out a knife and stabbed the clerk twice.")
    assert not find(r, "RETREAT") and find(r, "ASSAULT"), [(e.type, e.trigger) for e in r.events]
    assert find(run("The rebels pulled out of the town on Monday."), "RETREAT")


def test_a_rollover_that_injures_a_driver_is_no_attack() -> None:
    r = run("Rollover near Hollis injures Denver driver. The car overturned on County Road 9 on Monday.")
    assert not find(r, "ASSAULT"), [(e.type, e.trigger, e.reasons) for e in r.events]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Councilwoman accused of padding her expense account. The council meets on Monday.", "councilwoman"),
        ("Coach slammed for benching his star player before the final.", "coach"),
        ("A Toledo woman is now in jail, accused of robbing a pharmacy on Friday.", "woman"),
    ],
)
def test_an_objectless_accusation_is_made_against_its_subject(text: str, who: str) -> None:
    """undergoer-of-accusation: 'X accused of …', 'X slammed for …' (no object, no auxiliary): X is accused."""
    for ev in find(run(text), "ACCUSE"):
        assert who not in names(ev.actors), (names(ev.actors), names(ev.recipients), ev.reasons)
        assert ev.source is None or who not in ev.source.name.lower(), ev.source


def test_beating_rivals_while_winning_seats_is_no_violence() -> None:
    """contest-win-clause: 'won the two seats, beating X', 'kept her seat, beating out X': a win in a vote."""
    for text in ("Two challengers won the two seats on the library board, beating Tom Ruiz and Ann Lee.",
                 "Ann Lee kept her seat on the council, beating out Tom Ruiz."):
        assert not find(run(text), "ASSAULT"), text
    assert find(run("Two men robbed the store and beat the clerk with a bat."), "ASSAULT")


def test_charging_a_price_is_no_legal_charge() -> None:
    """word-sense (non_event_arguments 'charge'): 'charging more', 'charge fees' is a price, no ACCUSE."""
    for text in ("The clinic covers its losses by charging more for other services.",
                 "Hospitals charge fees to insurers for each visit."):
        assert not find(run(text), "ACCUSE"), text
    assert find(run("Deputies charged the driver with drunk driving on Monday."), "ACCUSE")


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Two people were hurt in a shooting in Hollis on Monday.", "people"),
        ("A man died from a shooting in Hollis on Monday.", "man"),
        ("One person is dead and another has serious injuries from a shooting this afternoon in Hollis.", "person"),
    ],
)
def test_who_died_or_was_hurt_in_a_shooting_is_its_target(text: str, who: str) -> None:
    """casualty-of-event: the subject of a casualty clause ('hurt in', 'died from', 'has injuries from') is
    the target of the violent event noun it names; a clause with no casualty word gives it none."""
    [ev] = find(run(text), "ASSAULT")
    assert who in names(ev.recipients), names(ev.recipients)
    for ev in find(run("Deputies arrived in Hollis after the shooting on Monday."), "ASSAULT"):
        assert "deputies" not in names(ev.recipients), names(ev.recipients)


def test_a_man_wanted_by_police_has_no_intent() -> None:
    """wanted-by-police: 'a man wanted for violating his parole killed three officers': 'wanted for …' is
    sought by the police, no intent, so the killing stays an ASSAULT (not a THREATEN); 'want to attack' is one."""
    r = run("A man wanted for violating his parole killed three officers on Saturday.")
    assert find(r, "ASSAULT") and not find(r, "THREATEN"), [(e.type, e.reasons) for e in r.events]
    assert find(run("The rebels want to attack the town."), "THREATEN")


def test_a_legal_step_done_to_anyone_did_not_happen() -> None:
    """non-specific-party: 'could not build a case to arrest anyone', 'hope to charge anyone involved'."""
    assert not find(run("Agents ran into a wall of silence and could not build a case to arrest anyone."), "COERCE")
    assert not find(run("Detectives hope to charge anyone involved in the fraud."), "ACCUSE")
    assert find(run("Deputies arrested two men in Hollis on Monday."), "COERCE")

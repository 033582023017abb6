"""Stop 37, helper spurious: events an analyst would throw away (acts inside a condition, enrolment,
information given, accidental blasts). Self-written sentences; the rules alone."""

from __future__ import annotations

import eventwire
from eventwire.schema import Event

from .eventcheck import rules_on

run = rules_on("2024-05-15")


def find(r: eventwire.Record, typ: str) -> list[Event]:
    return [e for e in r.events if e.type == typ]


def test_an_act_inside_a_condition_did_not_happen() -> None:
    """conditional-act: an act in an if / unless / whether clause is a condition or an open question."""
    r = run("The Dunmore farmer faced up to 30 years in prison if convicted, the Keldor prosecutor said.")
    assert not find(r, "SANCTION")
    r = run("If the mayor of Keldor had agreed to the Dunmore plan, the strike would have ended on Monday.")
    assert not find(r, "AGREE")
    r = run("Board members in Keldor questioned whether the Dunmore developers could meet the Varnholt governor.")
    assert not find(r, "CONSULT")
    r = run('"If Senator Mara Velloway does not endorse me, she will lose," Tobin Reyes said on Friday.')
    assert not find(r, "SUPPORT")


def test_a_conditional_threat_and_the_main_clause_stay() -> None:
    """conditional-act: a threat keeps its condition; the act of the main clause is no condition."""
    r = run("The Keldor army said on Monday it would attack Dunmore if the Varnholt militia crossed the river.")
    assert find(r, "THREATEN")
    r = run("Police in Keldor arrested two Dunmore farmers on Monday, even if the mayor had asked them not to.")
    assert find(r, "COERCE")


def test_signing_up_enrols_and_shooting_up_rises() -> None:
    """particle-sense: 'sign up' with no object is enrolment, 'shoot up' with no object a rise."""
    r = run("More than two million Keldor residents signed up for the Dunmore health plan this year.")
    assert not find(r, "SUPPORT") and not find(r, "AGREE")
    r = run("Spending by the Keldor government shot back up in March, the Varnholt ministry said.")
    assert not find(r, "ASSAULT")
    # a signed accord and a shot-up market keep their sense
    assert find(run("Keldor and Varnholt signed a ceasefire agreement in Dunmore on Monday."), "AGREE")
    assert find(run("Gunmen shot up a market in Dunmore on Monday, killing four traders."), "ASSAULT")


def test_providing_information_or_a_condition_is_no_aid() -> None:
    """non_event_arguments 'provide' (a description, a lot of details) and connective-participle ('provided')."""
    r = run("The Keldor police said the Dunmore victim could provide only a partial description of the robber.")
    assert not find(r, "AID")
    r = run("The Keldor fire brigade provided a lot of details about the Dunmore fire on Monday.")
    assert not find(r, "AID")
    r = run("The Keldor leader said he was willing to talk with Varnholt provided the time was ripe.")
    assert not find(r, "AID")
    assert find(run("The Keldor Red Cross provided food and blankets to 300 Dunmore families on Monday."), "AID")


def test_a_gas_explosion_is_an_accident() -> None:
    """accidental-blast: an explosion named by an accidental cause ('gas', 'boiler') is no attack."""
    r = run("Two people died and 40 were injured in a gas explosion at a restaurant in Dunmore on Friday.")
    assert not find(r, "ASSAULT")
    r = run("A boiler explosion at a Keldor textile mill left three workers dead on Monday.")
    assert not find(r, "ASSAULT")
    assert find(run("Two people died and 40 were injured in a bomb explosion at a market in Dunmore on Friday."), "ASSAULT")
    assert find(run("A car bomb blast at a Keldor checkpoint killed three soldiers on Monday."), "ASSAULT")


def test_an_apology_is_a_concession() -> None:
    """type_overrides: an apology ('apologized', 'apology') is a CONCEDE, not a SUPPORT."""
    r = run("The Keldor airline apologized to a Dunmore passenger on Monday for the lost luggage.")
    assert find(r, "CONCEDE") and not find(r, "SUPPORT")
    # praise stays a SUPPORT
    assert find(run("The Keldor mayor praised the Dunmore firefighters on Monday."), "SUPPORT")


def test_a_weather_phenomenon_threatens_no_one() -> None:
    """natural_causes: a weather phenomenon as the doer ('the phenomenon may threaten refugees') is no party."""
    r = run("Aid workers in Keldor said the looming storm phenomenon may now threaten 3,000 Dunmore refugees.")
    assert not find(r, "THREATEN")
    assert find(run("The Keldor militia threatened 3,000 Dunmore refugees on Monday."), "THREATEN")


def test_a_patient_let_go_from_hospital_is_no_release() -> None:
    """hospital-discharge: 'treated and released', 'released from the hospital' let a patient go."""
    r = run("Two Dunmore women were hurt in the Keldor fire on Monday; one was treated and released at a clinic.")
    assert not find(r, "RETREAT")
    r = run("The Keldor driver was released from the hospital on Monday, Dunmore police said.")
    assert not find(r, "RETREAT")
    assert find(run("Keldor rebels released two Dunmore hostages on Monday."), "RETREAT")
    assert find(run("The Keldor journalist was released from custody on Monday."), "RETREAT")


def test_speaking_on_condition_of_anonymity_is_no_consultation() -> None:
    """anonymity-formula: how a source talked to the reporter is no meeting of parties."""
    r = run("A Keldor official, who spoke on condition of anonymity to discuss the Dunmore talks, said no deal was near.")
    assert not find(r, "CONSULT")
    assert find(run("The Keldor foreign minister met the Dunmore governor on Monday to discuss the border."), "CONSULT")


def test_a_season_a_legal_strike_and_winding_up_are_no_attack() -> None:
    """time-word ('last fall'), non_event_arguments 'strike' (charges), particle-sense 'wound up'."""
    r = run("The Keldor senator repeated claims she made during the Dunmore hearing last fall.")
    assert not find(r, "ASSAULT") and not find(r, "COERCE")
    r = run("The Keldor judge rejected a defence motion to strike the new charges against the Dunmore mayor.")
    assert not find(r, "ASSAULT")
    r = run("A Keldor passenger wound up on a plane to Dunmore instead of Varnholt on Monday.")
    assert not find(r, "ASSAULT")
    # the fall of a town and a wounding stay
    assert find(run("The Keldor militia wounded three Dunmore soldiers on Monday."), "ASSAULT")


def test_a_freedom_struggle_is_no_fighting() -> None:
    """figurative_modifiers: 'the freedom struggle', 'a mass struggle' are a movement, no violence."""
    r = run("The Keldor foundation said the firm misused a great event of the freedom struggle in its advertising.")
    assert not find(r, "ASSAULT")
    r = run("The Keldor party on Sunday called for ousting the Dunmore government through a sustained mass struggle.")
    assert not find(r, "ASSAULT")


def test_the_blast_told_again_after_a_gas_explosion_is_the_accident() -> None:
    """accidental-blast, told again: 'the blast' after 'a gas explosion' is the same accident."""
    r = run("Two people died in a gas explosion at a Dunmore restaurant on Friday. The blast took place at 8:40 a.m. "
            "in a busy area of Dunmore, Keldor police said.")
    assert not find(r, "ASSAULT")
    r = run("Two people died in a bomb explosion at a Dunmore market on Friday. The blast took place at 8:40 a.m. "
            "in a busy area of Dunmore, Keldor police said.")
    assert find(r, "ASSAULT")


def test_a_firm_cracking_down_and_seeking_reelection_are_no_events() -> None:
    """business-crackdown; non_event_arguments 'seek' (reelection) and 'occupy' (a tier)."""
    r = run("Electricity suppliers across Keldor are cracking down as unpaid bills in Dunmore surge.")
    assert not find(r, "COERCE")
    assert find(run("Keldor police cracked down on Dunmore protesters on Monday, arresting 40."), "COERCE")
    r = run("Senator Mara Velloway of Keldor, who is seeking reelection, pushed for more Dunmore funding.")
    assert not [e for e in find(r, "REQUEST") if e.trigger and r.article.text[e.trigger.start:e.trigger.end] == "seeking"]
    assert not find(run("Senator Mara Velloway and Tobin Reyes occupied a third tier in the Keldor poll."), "COERCE")


def test_the_explosion_told_a_third_time_is_still_the_accident() -> None:
    """accidental-blast, told again, through bare mentions: 'the blast' ... 'the explosion'."""
    r = run("Two people died in a gas explosion at a Dunmore restaurant on Friday. The blast took place at 8:40 a.m. "
            "in a busy area of Dunmore. Videos of the explosion published by Keldor media show thick smoke.")
    assert not find(r, "ASSAULT")


def test_a_struggle_over_a_question_and_a_curfew_free_area_are_no_events() -> None:
    """dispute-sense with a clause topic ('a struggle over whether to ...'); descriptive-compound 'curfew-free'."""
    r = run("The Keldor ruling is the latest turn in an ongoing struggle over whether to release the Dunmore files.")
    assert not find(r, "ASSAULT")
    r = run("The Keldor minister said schools opened on Monday in Dunmore areas which were calm and curfew-free.")
    assert not find(r, "COERCE")
    assert find(run("Keldor authorities imposed a curfew on Dunmore on Monday."), "COERCE")

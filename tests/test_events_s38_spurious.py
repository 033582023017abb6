"""Stop 38, helper spurious: extras and wrong types (acts told as a possibility, contests with a person,
proposals and praise). Self-written sentences; the rules alone."""

from __future__ import annotations

import eventwire
from eventwire.schema import Event

from .eventcheck import rules_on

run = rules_on("2024-05-15")


def find(r: eventwire.Record, typ: str) -> list[Event]:
    return [e for e in r.events if e.type == typ]


def test_an_act_told_as_a_possibility_did_not_happen() -> None:
    """modal-act: could / might / can / would (no future of a past announcement) tell a possibility."""
    r = run("Keldor legislators might support a higher fuel tax next year, the Dunmore governor said.")
    assert not find(r, "SUPPORT")
    r = run("Mara Velloway said the Keldor highway commissioner could refuse the Dunmore toll plan.")
    assert not find(r, "REJECT")
    r = run("With such a narrow margin, Tobin Reyes could have requested a recount in Keldor.")
    assert not find(r, "REQUEST")
    r = run("Would the Keldor strikes make the Dunmore militia less eager to attack villagers?")
    assert not find(r, "ASSAULT")


def test_a_possible_threat_and_an_announced_act_stay() -> None:
    """modal-act: a threat keeps its modal; 'said he would meet' is the future of the announcement."""
    r = run("The Keldor army said on Monday it would attack Dunmore if the Varnholt militia crossed the river.")
    assert find(r, "THREATEN")
    r = run("The Keldor mayor said on Monday he would meet the Varnholt governor on Friday.")
    assert find(r, "CONSULT")
    r = run("The Keldor mayor met the Varnholt governor on Monday.")
    assert find(r, "CONSULT")


def test_a_battle_with_one_person_is_a_contest() -> None:
    """person-contest: 'a battle with <one named person>' is a race or a feud, no fighting."""
    r = run("Mara Velloway won the Keldor primary after a hotly fought battle with Senator Tobin Reyes of Dunmore.")
    assert not find(r, "ASSAULT")
    r = run("Analysts in Keldor expect Velloway to win her current battle with Senator John Miller.")
    assert not find(r, "ASSAULT")
    # fighting between forces, and a gun battle with one man, stay
    assert find(run("Keldor troops fought a fierce battle with Dunmore rebels near the border on Monday."), "ASSAULT")
    assert find(run("A gun battle with Tobin Reyes left two Keldor policemen dead on Monday."), "ASSAULT")


def test_a_proposed_measure_is_a_request_and_a_proposed_name_backing() -> None:
    """proposed-measure: 'proposed the formation of X' / 'proposed conducting X' ask for a measure (REQUEST);
    'proposed his name' backs a person (SUPPORT); 'proposed a ceasefire' stays an AGREE."""
    r = run("The Keldor chamber of commerce proposed the formation of a permanent industrial police force.")
    assert find(r, "REQUEST") and not find(r, "AGREE")
    r = run("The Dunmore candidate has proposed conducting checks on all Keldor traders.")
    assert find(r, "REQUEST") and not find(r, "AGREE")
    r = run("The Keldor party leader proposed his name for the Dunmore council seat on Monday.")
    assert find(r, "SUPPORT") and not find(r, "AGREE")
    assert find(run("The Keldor rebels proposed a ceasefire to the Dunmore government on Monday."), "AGREE")


def test_offered_praise_is_support() -> None:
    """praise-offer: 'offered some kind words about', 'offered a defense of' express support."""
    r = run("The Keldor mayor even offered some kind words about Tobin Reyes, his Dunmore rival, on Monday.")
    assert find(r, "SUPPORT") and not find(r, "AGREE")
    r = run("Mara Velloway offered an emotional defense of the Keldor firefighters during the Dunmore debate.")
    assert find(r, "SUPPORT") and not find(r, "AGREE")
    assert find(run("The Keldor government offered Dunmore a trade deal on Monday."), "AGREE")


def test_an_event_hosted_is_no_meeting() -> None:
    """non_event_arguments 'host': a walk, a luncheon, a ceremony put on for the public is no meeting."""
    r = run("The Keldor counseling centre will host a Walk for Victims of Violence at 6 p.m. on May 20.")
    assert not find(r, "CONSULT")
    r = run("The Dunmore group will host a luncheon on June 1 for new volunteers.")
    assert not find(r, "CONSULT")
    assert find(run("The Keldor president hosted the Dunmore prime minister in the capital on Monday."), "CONSULT")


def test_an_appeal_to_voters_fears_is_no_request() -> None:
    """appeal-sense, attraction_feelings: an appeal to the anxieties or fears of voters is rhetoric."""
    r = run("Reyes's appeals to the economic anxieties of Keldor voters have won him the Dunmore primary.")
    assert not find(r, "REQUEST")
    assert find(run("The Keldor governor issued an appeal to donors for emergency aid on Monday."), "REQUEST")


def test_a_choice_of_the_electorate_is_no_act() -> None:
    """voter-choice: voters or the electorate rejecting, backing or agreeing tell a ballot choice."""
    r = run('"Voters consistently reject establishment candidates in Keldor," the Dunmore strategist said.')
    assert not find(r, "REJECT")
    r = run("The former governor of Keldor had been soundly rejected by an electorate he no longer knew.")
    assert not find(r, "REJECT")
    r = run("Last November, Keldor voters agreed to tax themselves $3 million a year for new Dunmore schools.")
    assert not find(r, "AGREE")
    assert find(run("The Keldor council backed the Dunmore plan on Monday."), "SUPPORT")


def test_attacks_named_in_the_background_are_no_fresh_event() -> None:
    """background-reference: 'following the Keldor terrorist attacks' (a kind word before the noun, a party
    of the rest of the sentence) is a known happening; 'attacks on the mosque' keep their own target."""
    r = run("The focus on security following the Dunmore terrorist attacks has given Mara Velloway an opening.")
    assert not find(r, "ASSAULT")
    r = run("Talks following the Keldor army's attacks on the Dunmore mosque resumed on Monday.")
    assert find(r, "ASSAULT")


def test_a_past_tense_conjunct_shares_no_modal() -> None:
    """shared-modal-conjunct: 'said the rite would be held ... and asked the minister' keeps 'asked' a
    request even when the parser hangs it on 'held'; 'could arrest them and detain them' shares 'could'."""
    r = run("The Keldor council on Monday said the prayer would be held near the Dunmore site as planned and "
            "asked the prime minister to lift the curbs in the town.")
    assert find(r, "REQUEST")
    r = run("Police in Keldor could arrest the Dunmore farmers and detain them for a week, the mayor said.")
    assert not find(r, "COERCE")


def test_a_rate_of_arrests_is_a_statistic() -> None:
    """statistic-of: 'the conviction rate of arrests', 'a pace of killing' count happenings in general;
    'a number of arrests' are arrests."""
    r = run("The conviction rate of Keldor security-law arrests is a shocking 1.8 per cent.")
    assert not find(r, "COERCE")
    r = run("It is a pace of killing unknown to most people in Keldor, the Dunmore researcher said.")
    assert not find(r, "ASSAULT")
    assert find(run("Keldor police made a number of arrests in Dunmore on Monday."), "COERCE")


def test_attacks_on_a_process_and_declining_to_weigh_in() -> None:
    """abstract_targets 'process': attacks on a nominating process are criticism; non_event_arguments
    'decline' 'weigh': declining to weigh in refuses no one."""
    r = run("Tobin Reyes kept up his attacks on the Keldor nomination process on Monday.")
    assert not find(r, "ASSAULT")
    r = run("The Keldor senator declined to weigh in on the Dunmore debate on Monday.")
    assert not find(r, "REJECT")


def test_rallying_to_a_call_or_rallying_hundreds_of_workers_is_no_protest() -> None:
    """campaign-rally, rally_call_nouns and a quantity object: answering a call, gathering supporters."""
    r = run("There were signs of a Keldor party that has not yet rallied to her call, the Dunmore pollster said.")
    assert not find(r, "PROTEST")
    r = run("Rallying hundreds of Keldor service workers, Mara Velloway promised higher wages on Monday.")
    assert not find(r, "PROTEST")
    assert find(run("Hundreds of Keldor farmers rallied outside the Dunmore parliament on Monday."), "PROTEST")


def test_offering_a_cure_for_anxieties_is_no_offer() -> None:
    """non_event_arguments 'offer' + cure, remedy, vision: a candidate's pitch, no offer to a party."""
    r = run("In her remarks Mara Velloway argued that she offered a better cure for Keldor's anxieties than Reyes.")
    assert not find(r, "AGREE")


def test_signing_an_accord_agrees_and_signing_an_apology_concedes() -> None:
    """signed-accord: 'sign' (CAMEO 057) with an accord is an AGREE, with an apology a CONCEDE."""
    r = run("It was the Keldor council leader who had to sign the undertaking with the Dunmore trust on Monday.")
    assert find(r, "AGREE") and not find(r, "SUPPORT")
    r = run("The Keldor analyst signed a letter of apology to the Dunmore firm on Monday.")
    assert find(r, "CONCEDE") and not find(r, "SUPPORT")
    r = run("The Keldor governor signed an executive order on Monday that restores the rights of Dunmore felons.")
    assert not find(r, "AGREE")


def test_idioms_of_welcome_talk_and_thanks_are_no_events() -> None:
    """non_event_arguments 'welcome' (a baby), 'talk' (the talk), 'thank' (goodness)."""
    r = run("The Keldor teacher and his wife had just welcomed a second baby girl, his Dunmore brother said.")
    assert not find(r, "SUPPORT")
    r = run('The Keldor coach said Tobin Reyes "talked the talk and walked the walk" in Dunmore.')
    assert not find(r, "CONSULT")
    r = run('"Thank goodness, the Keldor bridge held," the Dunmore mayor said on Monday.')
    assert not find(r, "SUPPORT")
    assert find(run("The Keldor mayor welcomed the Dunmore delegation on Monday."), "SUPPORT")

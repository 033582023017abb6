"""Stop 38, helper accuse: criticism, accusations, charges and investigations (self-written sentences)."""

from __future__ import annotations

from .eventcheck import find, names, rules_on

run = rules_on("2024-05-16")


# idiom-verb / idiom preposition: "took charge", "in- charge" --------------------------------------------------


def test_took_charge_of_an_inquiry_is_no_legal_charge() -> None:
    """idiom-verb: "took charge of the case" is responsibility, no accusation."""
    r = run("Detectives from the homicide unit took charge of the case on Sunday morning.")
    assert not [e for e in find(r, "ACCUSE") if e.trigger is not None and "charge" in e.trigger.text.lower()], [
        (e.type, e.trigger.text if e.trigger else None) for e in r.events
    ]


def test_assumed_charge_of_a_district_is_no_legal_charge() -> None:
    r = run("The new district collector assumed charge of the district on Monday.")
    assert not find(r, "ACCUSE"), [(e.type, e.trigger.text if e.trigger else None) for e in r.events]


def test_split_in_charge_is_no_legal_charge() -> None:
    """'in- charge' (a split 'in-charge') names an office, no charge."""
    r = run("ramesh kumar, in- charge of the district relief cell, visited the camp on monday.")
    assert not find(r, "ACCUSE"), [(e.type, e.trigger.text if e.trigger else None) for e in r.events]


def test_charges_filed_and_charged_with_stay_charges() -> None:
    r = run("Prosecutors filed charges against the contractor on Monday.")
    [ev] = find(r, "ACCUSE")
    assert "contractor" in names(ev.recipients), names(ev.recipients)
    r = run("Police charged the driver with reckless endangerment on Friday.")
    [ev] = find(r, "ACCUSE")
    assert "driver" in names(ev.recipients), names(ev.recipients)


# inquiry through a noun: "investigating a possible case of X disease" -------------------------------------


def test_inquiry_into_a_case_of_a_disease_is_no_accusation() -> None:
    r = run("The health ministry is investigating a suspected case of bird flu on a farm near the border.")
    assert not find(r, "ACCUSE"), [(e.type, e.trigger.text if e.trigger else None) for e in r.events]


def test_inquiry_into_the_source_of_an_outbreak_is_no_accusation() -> None:
    r = run("State officials are investigating the source of the salmonella outbreak.")
    assert not find(r, "ACCUSE"), [(e.type, e.trigger.text if e.trigger else None) for e in r.events]


def test_inquiry_into_a_party_stays_an_accusation() -> None:
    r = run("The Justice Department is investigating the city police department over the shooting.")
    assert find(r, "ACCUSE"), [(e.type, e.trigger.text if e.trigger else None) for e in r.events]


# person-not-hazard ------------------------------------------------------------------------------------


def test_a_person_named_bush_is_no_shrub() -> None:
    """person-not-hazard: 'Bush' (a listed plant word) as a person's name is a party, not a hazard."""
    r = run("Jeb Bush accused Donald Trump of lying about his record on Tuesday.")
    [ev] = find(r, "ACCUSE")
    assert "bush" in names(ev.actors), names(ev.actors)
    assert "trump" in names(ev.recipients), names(ev.recipients)


def test_bushes_and_storms_stay_natural_causes() -> None:
    r = run("A storm damaged dozens of homes in the valley on Sunday.")
    assert not find(r, "ASSAULT"), [(e.type, names(e.actors)) for e in r.events]


# portrayal-naming -----------------------------------------------------------------------------------


def test_describing_a_ruling_as_unjust_is_a_criticism() -> None:
    r = run("The farmers union described the court ruling as unjust on Monday.")
    [ev] = find(r, "ACCUSE")
    assert "union" in names(ev.actors), names(ev.actors)


def test_terming_arrests_unconstitutional_is_a_criticism() -> None:
    r = run("The opposition party termed the arrests of its workers unconstitutional.")
    assert find(r, "ACCUSE"), [(e.type, e.trigger.text if e.trigger else None) for e in r.events]


def test_describing_a_plan_as_ambitious_is_no_criticism() -> None:
    r = run("The minister described the new housing plan as ambitious.")
    assert not find(r, "ACCUSE"), [(e.type, e.trigger.text if e.trigger else None) for e in r.events]


# questioned-quality ---------------------------------------------------------------------------------


def test_questioning_a_rivals_judgment_is_a_criticism() -> None:
    r = run("Senator Ruth Diaz questioned Governor Lee's judgment and experience during the debate.")
    [ev] = find(r, "ACCUSE")
    assert "diaz" in names(ev.actors), names(ev.actors)
    assert "lee" in names(ev.recipients), names(ev.recipients)


def test_questioning_a_person_is_no_criticism() -> None:
    r = run("Detectives questioned the driver's brother on Monday.")
    assert not find(r, "ACCUSE"), [(e.type, e.trigger.text if e.trigger else None) for e in r.events]


# held-responsible -----------------------------------------------------------------------------------


def test_holding_officials_responsible_blames_them() -> None:
    r = run("The inquiry panel held the district police officials responsible for the stampede.")
    [ev] = find(r, "ACCUSE")
    assert "panel" in names(ev.actors), names(ev.actors)
    assert "officials" in names(ev.recipients), names(ev.recipients)


def test_holding_a_company_liable_blames_it() -> None:
    r = run("A federal jury held the chemical company liable for the toxic spill on Friday.")
    [ev] = find(r, "ACCUSE")
    assert "company" in names(ev.recipients), names(ev.recipients)


def test_holding_a_meeting_is_no_blame() -> None:
    r = run("The council will hold a meeting responsible for the budget on Friday.")
    assert not find(r, "ACCUSE"), [(e.type, e.trigger.text if e.trigger else None) for e in r.events]


# armed-modifier --------------------------------------------------------------------------------------


def test_terrorist_attacks_in_a_political_sentence_stay_armed() -> None:
    """armed-modifier: 'the terrorist attacks' are no criticism however political the sentence."""
    r = run("The senator's response to the March 3 terrorist attacks has been widely criticised by rivals.")
    assert not [e for e in find(r, "ACCUSE") if e.trigger is not None and "attack" in e.trigger.text.lower()], [
        (e.type, e.trigger.text if e.trigger else None) for e in r.events
    ]


def test_a_candidates_attacks_on_a_rival_stay_a_criticism() -> None:
    r = run("Clinton stepped up her attacks on Trump in a speech in Ohio on Monday.")
    [ev] = find(r, "ACCUSE")
    assert "trump" in names(ev.recipients), names(ev.recipients)


def test_wanting_sellers_held_accountable_lays_no_blame() -> None:
    """held-responsible needs a held party (object or passive subject): a wish for blame is none."""
    r = run('"We want the dealers and makers of these rifles held accountable," the mother said on Monday.')
    assert not [e for e in find(r, "ACCUSE") if e.trigger is not None and "held" in e.trigger.text.lower()], [
        (e.type, names(e.actors), e.trigger.text if e.trigger else None) for e in r.events
    ]


# participle-speaker on a left message, adjunct-participle --------------------------------------------------


def test_a_message_left_blaming_a_party_is_the_leavers_accusation() -> None:
    r = run("Anna Petrova left a note blaming the governor for the fire at her home.")
    acc = find(r, "ACCUSE")
    assert acc and "petrova" in names(acc[0].actors), [(e.type, names(e.actors)) for e in r.events]
    assert "governor" in names(acc[0].recipients), names(acc[0].recipients)


def test_a_message_after_an_adjunct_preposition_is_the_clause_subjects() -> None:
    """adjunct-participle: 'fell ill after having sent a letter accusing X' is the subject's accusation."""
    r = run("Colonel Ivan Markov fell ill on Sunday, after having sent a letter accusing the defence minister of fraud.")
    acc = find(r, "ACCUSE")
    assert acc and "markov" in names(acc[0].actors), [(e.type, names(e.actors)) for e in r.events]


def test_a_heart_attack_is_never_a_criticism() -> None:
    r = run("The senator, a fierce critic of the president, suffered a heart attack during the debate on Monday.")
    assert not [e for e in r.events if e.trigger is not None and "attack" in e.trigger.text.lower()], [
        (e.type, e.trigger.text if e.trigger else None) for e in r.events
    ]


# quote-prevented-criticism --------------------------------------------------------------------------


def test_a_quote_about_preventing_a_smear_is_no_criticism_by_the_speaker() -> None:
    r = run('"We spoke to the network to prevent the anchor Dana Wills from being smeared any further," the station said in a statement.')
    assert not [e for e in find(r, "ACCUSE") if "station" in names(e.actors)], [
        (e.type, names(e.actors), names(e.recipients)) for e in r.events
    ]


def test_a_quoted_insult_stays_a_criticism() -> None:
    r = run('"The governor is a liar and a fraud," Senator Ann Cole said on Monday.')
    [ev] = find(r, "ACCUSE")
    assert "cole" in names(ev.actors), names(ev.actors)


# standing-accusation, faulted-for, as-portrayal kept ------------------------------------------------------


def test_an_object_relative_accusation_is_the_subjects_accusation() -> None:
    r = run("The exiled preacher, whom the president accuses of plotting the uprising, denies any role.")
    acc = find(r, "ACCUSE")
    assert acc and "president" in names(acc[0].actors), [(e.type, names(e.actors)) for e in r.events]
    assert "preacher" in names(acc[0].recipients), names(acc[0].recipients)


def test_a_subject_relative_present_accusation_stays_a_standing_attribute() -> None:
    r = run("The preacher, who accuses the government of corruption, lives abroad.")
    assert not find(r, "ACCUSE"), [(e.type, names(e.actors)) for e in r.events]


def test_knocking_a_rival_for_a_deed_is_a_criticism() -> None:
    r = run("On Saturday, Senator Paula Grant knocked her rival for skipping the debate.")
    [ev] = find(r, "ACCUSE")
    assert "grant" in names(ev.actors), names(ev.actors)


def test_knocking_on_a_door_is_no_criticism() -> None:
    r = run("Officers knocked on the door of the house for ten minutes on Monday.")
    assert not find(r, "ACCUSE"), [(e.type, e.trigger.text if e.trigger else None) for e in r.events]


def test_attacking_a_group_as_wrongdoers_is_kept_as_speech() -> None:
    r = run('the seer, who attacked the youth wing as "anti-social elements" here on wednesday, left the town.')
    assert find(r, "ACCUSE"), [(e.type, e.trigger.text if e.trigger else None) for e in r.events]

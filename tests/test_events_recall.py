"""Recall of events the lexicon used to miss (issue 17, accuse helper): legal charges named by their
offence, physical-assault verbs, verbal-attack idioms, and intent words that do not reach into another
clause. Every sentence here is written for these tests."""

from __future__ import annotations

import eventwire
from eventwire.schema import Record

from .eventcheck import find, names


def run(text: str, published: str | None = "2024-05-02") -> Record:
    # the rules alone (event_encoder="none"): the event head is tested in test_event_heads.py
    return eventwire.extract(text, published=published, event_encoder="none")


def test_arrest_on_charges_of_an_offence_is_also_an_accusation_against_the_arrested() -> None:
    r = run("Border police detained four traders on charges of smuggling fuel into the province on Friday.")
    assert find(r, "COERCE", "detained")
    [e] = find(r, "ACCUSE", "charges")
    assert "traders" in names(e.recipients)
    assert "police" in names(e.actors)
    r = run("Two reporters were held on charges of espionage, the ministry said.")
    [e] = find(r, "ACCUSE", "charges")
    assert "reporters" in names(e.recipients)


def test_being_in_charge_of_something_is_no_accusation() -> None:
    r = run("The colonel in charge of the garrison said the town was quiet on Sunday.")
    assert not find(r, "ACCUSE")


def test_punching_and_pepper_spraying_a_person_are_assaults_but_a_punched_hole_is_not() -> None:
    r = run("A prison guard punched an inmate in the exercise yard on Sunday.")
    [e] = find(r, "ASSAULT", "punched")
    assert "guard" in names(e.actors) and "inmate" in names(e.recipients)
    r = run("Police said a security guard pepper-sprayed a teenager at the concert.")
    [e] = find(r, "ASSAULT", "sprayed")
    assert "guard" in names(e.actors) and "teenager" in names(e.recipients)
    r = run("Photographs showed the van with a large hole punched in its roof.")
    assert not find(r, "ASSAULT")


def test_blasting_someone_for_something_and_lashing_out_are_criticism() -> None:
    r = run("Union leaders blasted the minister for closing the cotton mills.")
    [e] = find(r, "ACCUSE", "blasted")
    assert "union" in names(e.actors) and "minister" in names(e.recipients)
    r = run("Lashing out at the council, the mayor said its members had betrayed the town.")
    [e] = find(r, "ACCUSE", "lashing")
    assert "mayor" in names(e.actors)


def test_an_intent_word_does_not_govern_an_adverbial_clause_with_its_own_subject() -> None:
    r = run("The minister plans to resign because gunmen shot two guards outside his office on Monday.")
    [e] = find(r, "ASSAULT", "shot")
    assert "gunmen" in names(e.actors) and "guards" in names(e.recipients)
    assert not find(r, "THREATEN")


def test_calling_a_party_a_wrongdoer_in_reported_speech_is_an_accusation_by_the_speaker() -> None:
    r = run('"The governor is a liar and a fraud," the union leader said on Monday.')
    [e] = find(r, "ACCUSE")
    assert "union leader" in names(e.actors) and "governor" in names(e.recipients)
    assert "characterisation" in e.reasons.get("type", "")
    r = run("The senator said the mayor was extremely careless with public money.")
    [e] = find(r, "ACCUSE", "careless")
    assert "senator" in names(e.actors) and "mayor" in names(e.recipients)


def test_the_narrators_characterisation_and_a_judged_plan_are_no_accusation() -> None:
    r = run("The governor is a liar.")
    assert not find(r, "ACCUSE")
    r = run("The minister said the new bridge was dangerous.")
    assert not find(r, "ACCUSE")


def test_saying_a_party_is_lying_is_an_accusation_but_lying_in_a_place_is_not() -> None:
    r = run("The mayor said the police chief was lying about the budget.")
    [e] = find(r, "ACCUSE", "lying")
    assert "mayor" in names(e.actors) and "police chief" in names(e.recipients)
    r = run("Rescuers said a man was lying in the snow near the road. Officials said the rebels were lying low.")
    assert not find(r, "ACCUSE")


def test_a_protest_march_is_a_protest_and_apprehending_trouble_is_no_arrest() -> None:
    r = run("Most of the traders downed their shutters and joined the protest march on Monday.")
    [e] = find(r, "PROTEST", "march")
    assert "traders" in names(e.actors)
    r = run("Apprehending trouble, the traders closed their shops on Monday.")
    assert not find(r, "COERCE")


def test_dismissing_a_party_as_something_disparages_it_but_dismissing_a_report_rejects_it() -> None:
    r = run("At the rally, Senator Jane Holt dismissed Governor Tom Reyes as a weak and ineffective leader.")
    [e] = find(r, "ACCUSE", "dismissed")
    assert "holt" in names(e.actors) and "reyes" in names(e.recipients)
    assert not find(r, "REJECT")
    r = run("The minister dismissed the report as baseless on Monday.")
    assert not find(r, "ACCUSE")


def test_a_trigger_with_glued_ascii_quote_marks_is_still_found() -> None:
    # lower-cased wire text that writes quote marks as doubled apostrophes, glued after a full stop
    r = run("guards held ten workers at the gate on monday.''''criticising the raid, union leader ram singh said "
            "the guards had beaten the workers.")
    assert find(r, "ACCUSE", "criticising")


def test_criticising_a_partys_action_is_an_accusation_against_the_party() -> None:
    r = run("Condemning the police action, the union leader said the officers had beaten ten workers on Monday.")
    [e] = find(r, "ACCUSE", "condemning")
    assert "police" in names(e.recipients)


def test_filing_suit_is_an_accusation() -> None:
    r = run("A coalition of tenant groups filed suit against the city council on Monday.")
    [e] = find(r, "ACCUSE", "suit")
    assert "coalition" in names(e.actors)


def test_calling_a_party_a_phony_is_an_accusation() -> None:
    r = run("The councillor told reporters on Monday that the mayor is a phony.")
    [e] = find(r, "ACCUSE", "phony")
    assert "councillor" in names(e.actors) and "mayor" in names(e.recipients)


def test_a_medical_state_is_no_accusation() -> None:
    r = run("The doctor said Tom Reyes was mentally unfit to stand trial.")
    assert not find(r, "ACCUSE")
    r = run("The senator said Tom Reyes was unfit to hold office.")
    assert find(r, "ACCUSE", "unfit")


def test_sitting_on_a_dharna_or_going_on_strike_is_the_subjects_protest() -> None:
    # on-light-verb: the subject of go / sit + "on" holds the protest
    r = run("About forty shopkeepers sat on a dharna outside the tehsil office on Tuesday.")
    [e] = find(r, "PROTEST", "dharna")
    assert "shopkeepers" in names(e.actors)
    r = run("The bus drivers went on a hunger strike on Tuesday.")
    [e] = find(r, "PROTEST")
    assert "drivers" in names(e.actors)


def test_taking_to_the_streets_is_a_protest_and_the_streets_are_no_target() -> None:
    r = run("Thousands of farmers took to the streets of the provincial capital on Sunday.")
    [e] = find(r, "PROTEST", "took")
    assert "farmers" in names(e.actors)
    assert not e.recipients
    # a three-part key needs that object: taking to a social network is no protest
    r = run("The governor took to the radio on Sunday to thank the volunteers.")
    assert not find(r, "PROTEST")


def test_the_object_a_two_word_key_names_is_no_target() -> None:
    """idiom-object: 'joined *forces*' is cooperation, the forces are the idiom's; 'opened fire on the crowd'
    keeps the crowd (the target does not end at the key's object)."""
    [e] = find(run("Two opposition parties joined forces with the farmers' union on Tuesday."), "COOPERATE")
    assert "forces" not in names(e.recipients) and "parties" in names(e.actors)
    [e] = find(run("Soldiers opened fire on the crowd on Monday."), "ASSAULT")
    assert "crowd" in names(e.recipients)

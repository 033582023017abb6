"""Stop 34, helper s34mat: material events the rules missed (self-written sentences)."""

from __future__ import annotations

from .eventcheck import find, names, rules_on

run = rules_on("2024-05-15")


def test_a_conviction_is_a_sanction() -> None:
    r = run("Seven men were convicted on Friday of affray after the street fight in Bristol.")
    [hit] = find(r, "SANCTION", "convicted")
    assert "men" in names(hit.recipients)


def test_expropriation_is_a_seizure() -> None:
    r = run("The utility expropriated the home of a farmer near Fort Keldor last week.")
    [hit] = find(r, "COERCE", "expropriated")
    assert "utility" in names(hit.actors)


def test_a_person_also_detained_is_another_detention() -> None:
    """distinct-happening ('also' on the verb): 'the secretary, who was also detained' is one more detention."""
    r = run("Police arrested Omar Rafiq, the president of the committee, in Keldor on Saturday. "
            "Karim Lodhi, the general secretary of the committee, who was also detained, said the arrests were illegal.")
    assert len(find(r, "COERCE")) == 2


def test_a_detention_told_twice_is_one() -> None:
    r = run("Police arrested Omar Rafiq in Keldor on Saturday. Rafiq was detained under the security act, police said.")
    assert len(find(r, "COERCE")) == 1


def test_arrests_counted_apart_are_two() -> None:
    """counted-apart: a batch of 40 and a total of 150 held are two happenings."""
    r = run("About 40 people were arrested in connection with the riot in Keldor on Monday, police said. "
            "In all, 150 people have been arrested in connection with the violence in the city, the commissioner said.")
    assert len(find(r, "COERCE")) == 2


def test_an_age_after_a_name_is_no_count_of_people_held() -> None:
    """age-apposition: 'sanjay rana, 22, was arrested' holds one man aged 22, not 22 people."""
    r = run("Police arrested Omar Rafiq in Keldor on Saturday. His cousin Karim Lodhi, 22, was arrested on Sunday.")
    assert all(e.counts is None or e.counts.arrested != 22 for e in find(r, "COERCE"))


def test_a_conviction_in_a_condition_is_no_sanction() -> None:
    r = run("The man faces up to 20 years in prison if convicted of the robbery in Keldor.")
    assert not [e for e in find(r, "SANCTION") if e.status == "asserted"]


def test_an_expropriation_ruled_out_is_none() -> None:
    r = run("The new government said on Monday it would not expropriate any farms in the province.")
    assert not [e for e in find(r, "COERCE") if e.status == "asserted"]


def test_taken_into_custody_is_an_arrest() -> None:
    r = run("Police said about thirty men had been taken into custody in connection with the riot in Keldor.")
    [hit] = find(r, "COERCE", "taken")
    assert "men" in names(hit.recipients) and "police" in names(hit.actors)
    r = run("The driver fled on foot and was eventually taken into custody near Smithville on Monday.")
    assert find(r, "COERCE", "taken")


def test_custody_of_a_child_is_no_arrest() -> None:
    r = run("The mother took custody of the two children after the divorce in Smithville.")
    assert not [e for e in r.events if e.type == "COERCE"]


def test_sent_to_jail_or_judicial_custody_is_a_legal_step() -> None:
    r = run("the accused were sent to judicial custody for 14 days by the magistrate in keldor on monday.")
    assert find(r, "COERCE", "sent")
    r = run("Activist Mira Dass was sent to the district jail on Wednesday in Keldor.")
    [hit] = find(r, "COERCE", "sent")
    assert "dass" in names(hit.recipients)


def test_sent_to_a_town_is_no_jailing() -> None:
    r = run("The minister sent his aide to the capital on Wednesday to meet the governor.")
    assert not [e for e in r.events if e.type == "COERCE"]


def test_a_fine_is_a_sanction() -> None:
    """'was fined' / 'fined her' is a SANCTION by a court when the text names no other."""
    r = run("Ann Keller was fined $300 and ordered to pay restitution on Wednesday in Platte County Court.")
    [hit] = find(r, "SANCTION", "fined")
    assert "keller" in names(hit.recipients)
    r = run("The regulator fined the bank $2 million on Tuesday for misleading customers.")
    [hit] = find(r, "SANCTION", "fined")
    assert "regulator" in names(hit.actors) and "bank" in names(hit.recipients)


def test_fine_as_an_adjective_is_no_sanction() -> None:
    r = run("The mayor said on Tuesday that the weather was fine and the parade in Smithville would go ahead.")
    assert not find(r, "SANCTION")


def test_raising_slogans_is_a_protest() -> None:
    r = run("the activists waved flags and raised slogans against the state government outside the collectorate on monday.")
    [hit] = find(r, "PROTEST", "slogans")
    assert "activists" in names(hit.actors)
    r = run("Hundreds of students chanted slogans outside the parliament in Keldor on Friday.")
    assert find(r, "PROTEST", "slogans")


def test_a_campaign_slogan_is_no_protest() -> None:
    r = run("The party unveiled a new campaign slogan at its headquarters in Keldor on Friday.")
    assert not find(r, "PROTEST")


def test_protesters_gathering_is_a_protest() -> None:
    r = run("Hundreds of demonstrators gathered outside the cathedral on Sunday to voice their anger at the police.")
    [hit] = find(r, "PROTEST", "gathered")
    assert "demonstrators" in names(hit.actors)


def test_a_gathering_of_others_is_no_protest() -> None:
    r = run("Hundreds of people gathered on the beach on Sunday to watch the fireworks.")
    assert not find(r, "PROTEST")
    r = run("Investigators gathered evidence at the scene in Smithville on Monday.")
    assert not find(r, "PROTEST")
    r = run("The army gathered troops near the border on Monday.")
    assert find(r, "MOBILIZE")


def test_a_raid_and_the_arrests_told_after_it_are_two() -> None:
    """arrest-apart: a raid told in one sentence and arrests in another are two happenings; one sentence
    telling both stays one."""
    r = run("Police raided the offices of the city council in Keldor on Tuesday. "
            "The mayor's aide Omar Rafiq was arrested on suspicion of corruption on Tuesday.")
    assert len(find(r, "COERCE")) == 2

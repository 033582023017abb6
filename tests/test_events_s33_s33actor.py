"""Stop 33, helper s33actor: wrong or missing actors and recipients on events whose type and sentence are
right (self-written sentences)."""

from __future__ import annotations

from .eventcheck import find, names, rules_on

run = rules_on("2024-05-15")


def test_an_object_pronoun_made_the_actors_own_takes_its_antecedent() -> None:
    """made-own-object-pronoun: an object "her" / "him" the mentions made the actor's own, with no fitting
    object before it, stands for the subject of the sentence before, not for the bare pronoun."""
    for text, typ, party in [
        ("Hillary Clinton spoke in Ohio on Monday. President Obama praised her in an interview.", "SUPPORT", "clinton"),
        ("Hillary Clinton spoke in Ohio on Monday. President Obama backed her up in an interview.", "SUPPORT", "clinton"),
    ]:
        evs = find(run(text), typ)
        assert evs and any(party in names(ev.recipients) for ev in evs), (text, [names(e.recipients) for e in evs])


def test_the_judged_party_did_the_act_it_is_judged_for() -> None:
    """blamed-doer: the object (or passive subject) of a verb judging or charging a party's deed is the actor
    of the act in its 'for' / 'of' / 'with' phrase."""
    for text, typ, actor in [
        ("Prosecutors charged the man with stabbing a guard on Monday.", "ASSAULT", "man"),
        ("Putin blasted Turkey for having shot down a Russian bomber.", "ASSAULT", "turkey"),
        ("He lashed out at Turkey for having shot down a Russian bomber.", "ASSAULT", "turkey"),
        ("The mayor praised the police for arresting the gang leader.", "COERCE", "police"),
    ]:
        evs = find(run(text), typ)
        assert evs and any(actor in names(ev.actors) for ev in evs), (text, [names(e.actors) for e in evs])


def test_a_local_government_told_by_its_kind_is_a_party() -> None:
    """party-test: 'the county', 'the city' name a local government, a party to an agreement or talks."""
    evs = find(run("The city had worked out a verbal agreement with the county to buy the old jail."), "AGREE")
    assert evs and any("county" in names(ev.recipients) for ev in evs), [names(e.recipients) for e in evs]


def test_a_dispatched_deputy_or_guard_is_the_deployed_force() -> None:
    """deployed-force: a deputy (also by the title before a name) or gunmen sent somewhere act in the
    mobilization; they are not its recipient."""
    for text, actor in [
        ("Levy County sheriff's Deputy Mark Morgan was dispatched to the home Saturday morning.", "morgan"),
        ("Besides, two gunmen were deployed on each bus.", "gunmen"),
    ]:
        evs = find(run(text), "MOBILIZE")
        assert evs and any(actor in names(ev.actors) for ev in evs), (text, [names(e.actors) for e in evs])
        assert not any(actor in names(ev.recipients) for ev in evs), text


def test_a_surname_tagged_as_an_organisation_is_the_person() -> None:
    """surname-as-organisation: a one-word surname the entity tagger took for an organisation ("O’Connor")
    after the person's full name is that person, not a second actor."""
    rec = run("Brian O’Connor, 43, was charged on Monday. Police said O’Connor had threatened a tenant.")
    names_ = [a.name for a in rec.actors]
    assert "O’Connor" not in names_, names_
    person = next(a for a in rec.actors if a.name == "Brian O’Connor")
    assert len(person.mentions) == 2, names_


def test_a_lower_case_he_stands_for_a_titled_subject() -> None:
    """lower-case-titled-antecedent: in a lower-cased text, "he" stands for the subject told after a
    person's title ("state party chief rajesh chaudhary"), even where the parser took the name for an
    adjective."""
    text = ("mumbai: the mla has blamed the lawyers for the case. the reply came soon after state party chief "
            "rajesh chaudhary demanded the mla be arrested. he also accused the home minister of shielding the rioters.")
    evs = [e for e in find(run(text), "ACCUSE") if "shielding" in e.evidence.text]
    assert evs and any("chief" in names(ev.actors) or "chaudhary" in names(ev.actors) for ev in evs), [
        names(e.actors) for e in evs]

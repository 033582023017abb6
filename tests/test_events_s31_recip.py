"""Recipients are parties, not objects (issue 17 pattern 3): the party test of recipients-are-parties."""

from __future__ import annotations

from .eventcheck import find, names, rules_on

run = rules_on("2021-06-10")


def test_a_thing_or_topic_is_no_recipient_of_a_statement_an_offer_or_a_release() -> None:
    """party-test: 'released a memo', 'provides cooking classes', 'praised the new bridge' name a
    thing, no party; the event keeps no recipient and says why."""
    for text, typ, thing in [
        ("The campaign manager released a memo on Tuesday about the first two contests.", "RETREAT", "memo"),
        ("The charity provides free cooking classes about healthy meals.", "AID", "classes"),
        ("The mayor praised the new bridge over the river on Monday.", "SUPPORT", "bridge"),
    ]:
        rec = run(text)
        for ev in find(rec, typ):
            assert thing not in names(ev.recipients), (text, names(ev.recipients))
            assert "is not a party" in ev.reasons.get("recipients", ""), (text, ev.reasons)


def test_people_groups_and_named_parties_stay_recipients() -> None:
    """party-test: a person noun, a role, a group, a pronoun for people or a named party stands."""
    for text, typ, party in [
        ("The governor accused the defendant of lying to the court.", "ACCUSE", "defendant"),
        ("The mayor met the villagers in the town hall on Monday.", "CONSULT", "villagers"),
        ("The union leader urged the Harlow council to reopen the depot.", "REQUEST", "harlow council"),
        ("The minister criticized them for the delay on Friday.", "ACCUSE", "them"),
        ("Police released the two suspects on bail on Sunday.", "RETREAT", "suspects"),
    ]:
        evs = find(run(text), typ)
        assert evs and any(party in names(ev.recipients) for ev in evs), (text, [names(e.recipients) for e in evs])


def test_a_statement_about_a_happening_in_a_named_polity_is_about_the_polity() -> None:
    """polity-of-the-thing: 'criticized the chaos in Kenya' is about Kenya."""
    evs = find(run("The ambassador sharply criticized the chaos in Kenya on Friday."), "ACCUSE")
    assert evs and names(evs[0].recipients) == "kenya", [names(e.recipients) for e in evs]


def test_a_physical_act_keeps_a_building_as_its_target() -> None:
    """party-test applies to statements, offers and releases: an attack on a building keeps it."""
    evs = find(run("Gunmen attacked a police station in Karak on Sunday."), "ASSAULT")
    assert evs and "station" in names(evs[0].recipients)


def test_releasing_a_thing_is_no_retreat() -> None:
    """release-sense: 'released a digital ad' publishes a thing; 'released a hostage' frees a party."""
    assert not find(run("The group released a digital ad in Iowa targeting the senator."), "RETREAT")
    evs = find(run("The rebels released a hostage on Sunday."), "RETREAT")
    assert evs and "hostage" in names(evs[0].recipients)


def test_a_weapon_struck_on_is_no_recipient_its_subject_is() -> None:
    """instrument-not-target: 'a vehicle with five policemen exploded on a mine': the mine struck, the
    policemen were struck; 'fired 10 rounds at the man' keeps the man."""
    evs = find(run("A police vehicle with five policemen exploded on a mine near the village."), "ASSAULT")
    assert evs and names(evs[0].recipients) == "policemen" and not evs[0].actors
    assert "instrument-not-target" in evs[0].reasons.get("recipients", "")
    evs = find(run("Four of the officers fired 10 rounds at the man on Wednesday."), "ASSAULT")
    assert evs and names(evs[0].recipients) == "the man" and "officers" in names(evs[0].actors)


def test_in_a_lower_case_text_only_a_happening_is_no_party() -> None:
    """lower-case-happening: with no capitals to tell a name, a happening ('the organised terrorist act')
    is dropped as a recipient, an unknown word that may be a name ('the rashtriya swayamsevak sangh') stays."""
    rec = run("ahmedabad: the whole world condemned the organised terrorist act, the leader said on sunday.")
    for ev in find(rec, "ACCUSE"):
        assert "act" not in names(ev.recipients), names(ev.recipients)
    evs = find(run("ahmedabad: the minister accused the rashtriya swayamsevak sangh of inciting the riots."), "ACCUSE")
    assert evs and names(evs[0].recipients) == "rashtriya swayamsevak sangh"

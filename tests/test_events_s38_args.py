"""Stop 38, helper args: actors and recipients of events (self-written sentences)."""

from __future__ import annotations

from .eventcheck import find, names, rules_on

run = rules_on("2024-05-16")


# means-gerund ---------------------------------------------------------------------------------


def test_a_by_gerund_is_done_by_the_subject_of_its_verb() -> None:
    """means-gerund: "the army retaliated *by shelling* rebel posts": the army shelled."""
    r = run("The army retaliated by shelling rebel positions near the border town.")
    [ev] = find(r, "ASSAULT")
    assert "army" in names(ev.actors), names(ev.actors)
    assert "positions" in names(ev.recipients), names(ev.recipients)


def test_a_by_gerund_gift_is_by_the_subject() -> None:
    r = run("The banker stirred controversy by donating $5,000 to the mayor's campaign.")
    [ev] = find(r, "AID")
    assert "banker" in names(ev.actors), names(ev.actors)


def test_an_after_gerund_act_is_done_by_the_subject() -> None:
    """means-gerund: an act that is no statement after "after": "the robbers fled *after stabbing* a guard"."""
    r = run("The robbers fled in a stolen van after stabbing a security guard.")
    [ev] = find(r, "ASSAULT")
    assert "robbers" in names(ev.actors), names(ev.actors)
    assert "robbers" not in names(ev.recipients), names(ev.recipients)


def test_a_by_phrase_of_a_passive_verb_is_its_agent_not_a_means() -> None:
    """A passive verb's "by" gerund names what caused it ("were hurt by falling rocks"): no means-gerund."""
    r = run("Three hikers were injured by falling rocks on the mountain trail.")
    assert not any("hikers" in names(e.actors) for e in r.events), [(e.type, names(e.actors)) for e in r.events]


def test_a_passive_gerund_is_undergone_not_done() -> None:
    """"after being shot by police": the subject was shot, it did not shoot."""
    r = run("The driver died in hospital after being shot by police officers.")
    assert not any("driver" in names(e.actors) for e in find(r, "ASSAULT")), [(e.type, names(e.actors)) for e in r.events]


# owner-noun ------------------------------------------------------------------------------------


def test_a_statement_about_a_request_is_about_its_owner() -> None:
    """owner-of-the-thing: "agreed with a developer's request": the developer is the recipient."""
    r = run("The planning board agreed with a developer's request to extend the deadlines.")
    [ev] = find(r, "AGREE")
    assert "developer" in names(ev.recipients), names(ev.recipients)


def test_criticism_of_a_common_noun_owners_failing_is_about_the_owner() -> None:
    r = run("In his speech, the senator criticized the party's lack of environmental awareness.")
    [ev] = find(r, "ACCUSE")
    assert names(ev.recipients) == "the party", names(ev.recipients)


def test_an_attack_on_a_place_owned_by_a_common_noun_keeps_the_place() -> None:
    """owner-noun changes only statements: a physical act keeps its target ('the farmer's barn')."""
    r = run("Gunmen set fire to the farmer's barn on Sunday night.")
    for ev in find(r, "ASSAULT"):
        assert names(ev.recipients) != "the farmer", names(ev.recipients)


# possessed-person ------------------------------------------------------------------------------


def test_a_possessed_relative_is_not_the_possessor() -> None:
    """possessed-person: "Her husband, Tom Reed, is accused": Reed is accused, not the woman."""
    r = run("Mary Reed was found safe on Sunday. Her husband, Tom Reed, is accused of stealing her savings.")
    evs = find(r, "ACCUSE")
    assert evs, [(e.type, names(e.recipients)) for e in r.events]
    assert all("mary" not in names(e.recipients) for e in evs), [names(e.recipients) for e in evs]
    assert any("tom reed" in names(e.recipients) for e in evs), [names(e.recipients) for e in evs]


def test_an_audience_is_not_its_possessor() -> None:
    """possessed-person: "Smith's audience urged": the audience urged, not Smith."""
    r = run("John Smith's audience urged the protesters to leave the hall.")
    [ev] = find(r, "REQUEST")
    assert "audience" in names(ev.actors), names(ev.actors)


def test_a_campaign_is_still_its_owner() -> None:
    """A thing a party owns ("Smith's campaign") is still that party."""
    r = run("John Smith's campaign sharply criticized the judge on Monday.")
    [ev] = find(r, "ACCUSE")
    assert "smith" in names(ev.actors), names(ev.actors)


def test_a_by_phrase_listing_means_under_have_is_no_deed() -> None:
    """means-gerund: "the board has two ways to act: by suing the firm …" lists means; nobody sued."""
    r = run("The board has two ways to respond: by suing the contractor or by asking the state to intervene.")
    assert not any("board" in names(e.actors) for e in r.events), [(e.type, names(e.actors)) for e in r.events]


# demanded-gerund-object ------------------------------------------------------------------------


def test_a_demanded_gerund_is_aimed_at_its_party_object() -> None:
    """demand-target: "called for barring all refugees": the demand names the refugees."""
    r = run("The candidate called for temporarily barring all refugees from entering the country.")
    [ev] = find(r, "REQUEST")
    assert "refugees" in names(ev.recipients), names(ev.recipients)


def test_a_demanded_gerund_on_a_thing_names_no_party() -> None:
    r = run("The mayor called for banning fireworks in the city.")
    [ev] = find(r, "REQUEST")
    assert "fireworks" not in names(ev.recipients), names(ev.recipients)


# owner-over-its-thing --------------------------------------------------------------------------


def test_a_statement_about_an_owned_thing_is_about_its_owner_not_its_aim() -> None:
    """owner-over-its-thing: "criticized the governor's response to the protesters": the governor."""
    r = run("The senator sharply criticized the governor's response to the protesters.")
    [ev] = find(r, "ACCUSE")
    assert "governor" in names(ev.recipients), names(ev.recipients)
    assert "protesters" not in names(ev.recipients), names(ev.recipients)


def test_praise_for_a_party_keeps_that_party() -> None:
    """No owned object: "praised the workers for their courage" keeps the workers."""
    r = run("The senator praised the workers for their courage.")
    [ev] = find(r, "SUPPORT")
    assert "workers" in names(ev.recipients), names(ev.recipients)


# party-modifier-actor --------------------------------------------------------------------------


def test_police_vehicles_act_for_the_police() -> None:
    """party-modifier-actor: "police buses blocked the marchers": the police did."""
    r = run("Dozens of police buses blocked the marchers from entering the square on Sunday.")
    [ev] = find(r, "COERCE")
    assert "police" in names(ev.actors), names(ev.actors)


# collective-antecedent -------------------------------------------------------------------------


def test_they_can_stand_for_a_pair() -> None:
    """collective-antecedent: "the pair … and they were arrested": the pair."""
    r = run("The pair had taken money from the old man for months and they were arrested on Friday.")
    [ev] = find(r, "COERCE")
    assert "pair" in names(ev.recipients), names(ev.recipients)


def test_talks_about_a_partys_case_are_with_the_partner() -> None:
    """owner-over-its-thing judges only: "discussed Lee's case with the governor" is with the governor."""
    r = run("The lawyer discussed Ann Lee's case with the governor at a meeting on Monday.")
    for ev in find(r, "CONSULT"):
        assert "ann lee" not in names(ev.recipients), names(ev.recipients)


# of-doer ---------------------------------------------------------------------------------------


def test_support_for_the_efforts_of_a_party_is_for_that_party() -> None:
    """of-doer: "pledged support to the efforts of the district council": the council."""
    r = run("The chamber has pledged support to the efforts of the district council.")
    [ev] = find(r, "SUPPORT")
    assert "council" in names(ev.recipients), names(ev.recipients)


# led-modifier ----------------------------------------------------------------------------------


def test_a_led_modifier_names_the_doer() -> None:
    """led-modifier: "Saudi-led airstrikes killed 20 civilians": the Saudis struck."""
    r = run("Saudi-led airstrikes killed 20 civilians in Yemen on Monday.")
    [ev] = find(r, "ASSAULT")
    assert "saudi" in names(ev.actors), names(ev.actors)


def test_a_one_token_led_modifier_names_the_doer() -> None:
    r = run("Violence has surged since the U.S.-led invasion of Iraq in 2003.")
    [ev] = find(r, "ASSAULT")
    assert "u.s" in names(ev.actors) or "united states" in names(ev.actors), names(ev.actors)
    assert "iraq" in names(ev.recipients), names(ev.recipients)


# quote-locative-place --------------------------------------------------------------------------


def test_a_place_where_a_criticism_is_told_is_not_its_target() -> None:
    """quote-locative-place: "In Denver, Ms. Ruiz said, the mayor is seen as 'a bully'": the mayor."""
    r = run("In Denver, Ms. Ruiz said, Mayor Tom Hale is seen as ''a bully and a liar who despises the poor.''")
    evs = find(r, "ACCUSE")
    assert evs and all("denver" not in names(e.recipients) for e in evs), [names(e.recipients) for e in evs]


def test_a_nationality_adjective_on_a_thing_is_not_a_criticism_target() -> None:
    """quote-describing-adjective: "it's a Chinese hoax" names no Chinese target."""
    r = run('"When voters hear a candidate say it is a Chinese hoax, that is a barrier," Graham said.')
    assert all("chinese" not in names(e.recipients) for e in r.events), [(e.type, names(e.recipients)) for e in r.events]

"""Who did it and to whom: the actor and recipient of assembled events, each rule on self-written
sentences through the real pipeline (spaCy parse, places, actors, events)."""

from __future__ import annotations

import eventwire

from .eventcheck import find, names


def run(text: str, published: str = "2024-05-15") -> eventwire.Record:
    # the rules alone (event_encoder="none"): the event head is tested in test_event_heads.py
    return eventwire.extract(text, published=published, event_encoder="none")


def test_a_place_word_compounded_into_a_name_stays_in_it() -> None:
    """place-in-name: "the Justice Department" is not "Department" even when "Justice" was read as a place."""
    r = run("In May, the Justice Department joined the lawsuit against the company in Texas.")
    [ev] = find(r, "ACCUSE", "lawsuit")
    assert "justice department" in names(ev.actors)


def test_a_role_of_a_place_is_named_with_the_place() -> None:
    """place-of-role: "the state of Nevada" is the recipient, not "state"."""
    r = run("Environmental groups will sue the state of Nevada over the new mining permits.")
    [ev] = find(r, "ACCUSE", "sue")
    assert "state of nevada" in names(ev.recipients)


def test_a_name_in_a_locative_phrase_is_not_the_target() -> None:
    """locative-modifier: "a police station in Karak Castle" is the target, not the castle."""
    r = run("Armed men opened fire on a police station in Karak Castle, a Crusader fort, wounding two officers.")
    [ev] = find(r, "ASSAULT", "fire")
    assert "police station" in names(ev.recipients)


def test_a_group_in_a_community_keeps_the_community_name() -> None:
    """locative-modifier stops at common nouns: "others in the community" still names the community."""
    r = run("Others in the African-American community rejected the endorsement by the NAACP on Friday.")
    for ev in find(r, "REJECT"):
        assert "community" in names(ev.actors)


def test_the_owner_of_a_rejected_decision_is_the_recipient() -> None:
    """owner-of-claim: overruling "a lower court judge's decision" acts on the judge, not on the topic."""
    r = run("An appeals court overruled a lower court judge's decision on the mine.")
    [ev] = find(r, "REJECT", "overruled")
    assert "judge" in names(ev.recipients) and "mine" not in names(ev.recipients)


def test_a_crowd_is_a_party_a_case_can_be_against() -> None:
    """crowd-role: "a case of murder against the crowd" is against the crowd (a role noun, so a party)."""
    r = run("On a complaint lodged by the widow, the police have registered a case of murder against the crowd.")
    [ev] = find(r, "ACCUSE", "case")
    assert "crowd" in names(ev.recipients)


def test_them_after_nurses_and_a_doctor_is_the_nurses() -> None:
    """health-worker roles: nurses and doctors are actors, so a following "them" resolves to them."""
    r = run("In jail since 1999, the five nurses and one doctor arrived in Sofia today. The president promptly pardoned them.")
    [ev] = find(r, "RETREAT", "pardoned")
    assert "nurses" in names(ev.recipients)


def test_he_stands_for_the_subject_named_before_it() -> None:
    """pronoun-antecedent: an unresolved "he" is the singular person subject before it in the sentence."""
    r = run("On Thursday, chief minister rajnath singh succeeded in breaking the deadlock when he managed to "
            "request agitating seers to scale down their plans.")
    [ev] = find(r, "REQUEST", "request")
    assert "rajnath singh" in names(ev.actors)
    assert "pronoun-antecedent" in ev.reasons["actors"]


def test_an_object_pronoun_is_not_its_own_clauses_subject() -> None:
    """pronoun-antecedent: in "X resign for criticizing him", "him" is never X (binding)."""
    from eventwire.events.antecedent import pronoun_antecedent
    from eventwire.nlp import load_nlp

    doc = load_nlp()("The senator said Jones should resign for criticizing him.")
    him = next(t for t in doc if t.lower_ == "him")
    ante = pronoun_antecedent(him)
    assert ante is None or ante.text != "Jones"


def test_who_is_placed_under_arrest_is_arrested() -> None:
    """placement: "nine men were placed under arrest": the men are the arrest's recipient."""
    r = run("Nine men were placed under arrest in Leeds on Sunday.")
    [ev] = find(r, "COERCE", "arrest")
    assert "men" in names(ev.recipients)


def test_a_named_actor_is_not_replaced_by_its_appositive_description() -> None:
    """appositive-head: "The Grand Mufti, the highest official of religious law in Egypt, condemned …" is
    the Grand Mufti's act, not the description's."""
    r = run("The Grand Mufti, the highest official of religious law in Egypt, condemned the attack on the cathedral.")
    [ev] = find(r, "ACCUSE", "condemned")
    assert "grand mufti" in names(ev.actors)


def test_a_dateline_is_not_part_of_the_subject() -> None:
    """dateline-subject: "ISLAMABAD, Pakistan — Pakistan agreed …": Pakistan alone agreed, so the
    reinstated judge is the recipient (no joint subject with the dateline's city)."""
    r = run("ISLAMABAD, Pakistan — Pakistan agreed Monday to reinstate a fired chief justice, a move that will "
            "help defuse a political crisis.")
    [ev] = find(r, "AGREE", "agreed")
    assert "justice" in names(ev.recipients) and "islamabad" not in names(ev.actors)


def test_a_lower_case_colon_dateline_is_never_an_actor() -> None:
    """dateline-actor: "nagpur: ..., farmer leader X demanded ..." parsed with the town as (part of) the
    subject: the town names a place, no party."""
    r = run("nagpur: continuing his protest, farmer leader ravi rao on monday demanded the removal of the collector.")
    for ev in find(r, "REQUEST"):
        assert "nagpur" not in names(ev.actors), names(ev.actors)
    r = run("surat: the janata party (secular) state secretary r k shah on monday alleged that the mayor had lied.")
    [ev] = find(r, "ACCUSE", "alleged")
    assert "surat" not in names(ev.actors) and "janata party" in names(ev.actors)
    assert ev.source is None or "surat" not in ev.source.name.lower()


def test_a_lower_case_dateline_parsed_as_speaker_gives_way_to_the_speaker() -> None:
    """dateline-speaker: "surat: the home minister said on sunday that ...", parsed with the town as a
    second subject of 'said': the minister is the source, not nobody."""
    for text in ("surat: the home minister said on sunday that the police had arrested ten men.",
                 "surat: the home minister on sunday said that the police had arrested ten men."):
        [ev] = find(run(text), "COERCE")
        assert ev.source is not None and "home minister" in ev.source.name.lower(), ev.source


def test_who_sits_on_a_dharna_or_goes_on_strike_holds_it() -> None:
    """on-light-verb (lower-cased, written for this test): "sat on a dharna", "went on a strike", "went on
    a rampage": the subject of the verb holds the protest, not the dateline the parse made a subject."""
    r = run("agra: hundreds of villagers sat on a dharna outside the collectorate on monday demanding compensation.")
    [ev] = find(r, "PROTEST", "dharna")
    assert "villagers" in names(ev.actors), names(ev.actors)
    r = run("kanpur: traders went on a strike on monday against the new tax.")
    [ev] = find(r, "PROTEST", "strike")
    assert "traders" in names(ev.actors), names(ev.actors)
    r = run("meerut: the local mla on tuesday went on an indefinite hunger strike outside the district court.")
    [ev] = find(r, "PROTEST", "strike")
    assert "mla" in names(ev.actors) and "meerut" not in names(ev.actors), names(ev.actors)


def test_whom_a_call_for_a_resignation_is_about_is_the_recipient() -> None:
    """for-clause: "called for the interior minister to step down": the minister is the recipient."""
    r = run("Protesters in the capital called for the interior minister to step down on Sunday.")
    [ev] = find(r, "REQUEST", "called")
    assert "minister" in names(ev.recipients)


def test_dispersing_a_crowd_is_by_police_when_no_one_is_named() -> None:
    """default agent 'disperse': an agentless dispersal of a crowd is by the police (conventional agent);
    a named agent stays."""
    r = run("Rubber bullets were used in an effort to disperse the crowd outside the council offices.")
    [ev] = find(r, "COERCE", "disperse")
    assert "police" in names(ev.actors) and "conventional agent" in ev.reasons["actors"]
    [named] = find(run("Soldiers dispersed the crowd with tear gas."), "COERCE", "dispersed")
    assert "soldiers" in names(named.actors)


def test_a_country_abbreviation_is_named_in_full() -> None:
    """country-name: "the US accused Russia" is an accusation by the United States."""
    r = run("A month later, the US accused Russia of meddling in its democratic process.")
    [ev] = find(r, "ACCUSE", "accused")
    assert "united states" in names(ev.actors) and "russia" in names(ev.recipients)


def test_a_request_in_a_letter_asks_the_addressee() -> None:
    """letter-addressee: "sent a letter to the governor, seeking more answers": the governor is asked."""
    r = run("The two senators sent a letter to the governor on Monday, seeking more answers about the budget.")
    [ev] = find(r, "REQUEST", "seeking")
    assert "governor" in names(ev.recipients)


def test_a_plural_of_things_is_no_antecedent_of_they() -> None:
    """pronoun-antecedent: "they" stands for parties ("the nurses"), never for "the arrests"."""
    from eventwire.events.antecedent import pronoun_antecedent
    from eventwire.nlp import load_nlp

    doc = load_nlp()("All arrests were made on Friday. They were beaten in the cells.")
    they = next(t for t in doc if t.text == "They")
    assert pronoun_antecedent(they) is None
    doc = load_nlp()("The nurses arrived in Sofia on Friday. They were greeted by the president.")
    they = next(t for t in doc if t.text == "They")
    ante = pronoun_antecedent(they)
    assert ante is not None and ante.text == "nurses"


def test_they_after_hundreds_of_demonstrators_is_the_demonstrators() -> None:
    """quantified-subject: in "Hundreds of demonstrators gathered … at police. They called for …", the
    demonstrators are the subject "they" stands for, not the nearer police."""
    r = run("Hundreds of demonstrators gathered outside the cathedral on Sunday to voice their anger at police. "
            "They called for the resignation of the interior minister.")
    [ev] = find(r, "REQUEST", "called")
    assert "demonstrators" in names(ev.actors) and "police" not in names(ev.actors)


def test_a_town_that_names_an_attack_is_its_place_not_its_actor() -> None:
    """town-modifier: "the Brussels bombings", "the Orlando shooting": the town says where it happened,
    it did not do it; a country ("U.S. airstrikes") still names the party."""
    r = run("The Brussels bombings killed 32 people in March, officials said.")
    for ev in find(r, "ASSAULT"):
        assert "brussels" not in names(ev.actors), names(ev.actors)
    r = run("The senator said the Orlando shooting showed the danger of assault rifles.")
    [ev] = find(r, "ASSAULT", "shooting")
    assert "orlando" not in names(ev.actors) and "where it happened" in ev.reasons["actors"]
    r = run("U.S. airstrikes hit the town on Monday.")
    [ev] = find(r, "ASSAULT")
    assert "united states" in names(ev.actors)


def test_a_state_that_names_violence_is_its_place_not_its_actor() -> None:
    """region-modifier: "the Texas shooting", "the punjab riots": a state or district modifying a violence or
    riot noun says where it happened, it did not do it (a country still names the party, above)."""
    r = run("The Texas shooting left five people dead on Monday.")
    [ev] = find(r, "ASSAULT", "shooting")
    assert "texas" not in names(ev.actors) and "where it happened" in ev.reasons["actors"]
    r = run("chandigarh: the chief minister said on monday that punjab had seen no calm for a week. "
            "he said the punjab riots had left 20 people dead.")
    for ev in find(r, "PROTEST") + find(r, "ASSAULT"):
        assert "punjab" not in names(ev.actors), names(ev.actors)


def test_a_place_in_a_locative_phrase_is_where_not_whom() -> None:
    """place-target: "violence at rampura", "stones on buses at rampura": the town is the scene, no
    recipient; a country a weapon is aimed at stays the party."""
    r = run("surat: rioters pelted stones on buses at rampura and kalupur on tuesday.")
    [ev] = find(r, "ASSAULT")
    assert "rampura" not in names(ev.recipients) and "rioters" in names(ev.actors)
    assert ev.place is not None and ev.place.name.lower().startswith("r")
    [ev] = find(run("surat: after tuesday's violence at rampura, police recovered 30 swords from a house."), "ASSAULT")
    assert "rampura" not in names(ev.recipients)
    [ev] = find(run("Israel fired rockets at Syria on Monday."), "ASSAULT")
    assert "syria" in names(ev.recipients)


def test_a_hike_a_wall_or_an_interruption_is_no_party() -> None:
    """non-party-head: what a party protests, agrees to build or asks for ('the price hike', 'a boundary
    wall', 'the interruption', 'permission') is no recipient."""
    [ev] = find(run("The opposition protested the price hike outside parliament on Monday."), "PROTEST")
    assert "hike" not in names(ev.recipients)
    [ev] = find(run("The member protested the interruption but finally sat down."), "PROTEST")
    assert "interruption" not in names(ev.recipients)


def test_the_news_agency_credited_in_a_dateline_is_no_party() -> None:
    """dateline-credit: "BOSTON, May 14 (UPI) — The union accused …": the agency reports the story."""
    r = run("Teachers protest\n\nBOSTON, May 14 (UPI) — The state teachers' union accused the governor of "
            "breaking his promise on school funding.")
    [ev] = find(r, "ACCUSE", "accused")
    assert "upi" not in names(ev.actors) and "union" in names(ev.actors)


def test_a_thing_is_no_recipient_in_the_plural_either() -> None:
    """non-party-head by lemma: "the deals" is no party because "deal" is none; the listed topics of
    political statements ("the emails", "the nomination", "an interview") are no parties."""
    r = run("The union rejected the deals on Monday.")
    [ev] = find(r, "REJECT", "rejected")
    assert "deals" not in names(ev.recipients)
    r = run("The senator criticised the leaked emails on Monday.")
    [ev] = find(r, "ACCUSE", "criticised")
    assert "emails" not in names(ev.recipients)


def test_a_place_in_a_persons_title_is_not_the_party() -> None:
    """place-title: "Wisconsin Gov. Scott Walker", "U.S. Attorney General Loretta Lynch": the place is part
    of the person's title (also when the parse sets the place apart as its own object)."""
    r = run("Trump on Tuesday dismissed Wisconsin Gov. Scott Walker as an ineffective leader.")
    [ev] = find(r, "ACCUSE", "dismissed")
    assert "walker" in names(ev.recipients) and "wisconsin" not in names(ev.recipients)
    r = run("A former state senator called for the impeachment of U.S. Attorney General Loretta Lynch on Monday.")
    [ev] = find(r, "REQUEST", "called")
    assert "lynch" in names(ev.recipients) and "united states" not in names(ev.recipients)


def test_a_relative_clause_on_a_predicate_noun_is_about_the_subject() -> None:
    """predicate-antecedent: "the mayor is a veteran lawyer who sued the city": the mayor sued (also over
    a coordination of predicate nouns and a shared subject)."""
    r = run("The mayor is a veteran lawyer who sued the city twice last year.")
    [ev] = find(r, "ACCUSE", "sued")
    assert "mayor" in names(ev.actors) and "lawyer" not in names(ev.actors)
    r = run("The governor often mocks the press and is a bully, zealot and braggart who has repeatedly vowed to "
            "ban all unions from the state.")
    [ev] = find(r, "THREATEN")
    assert "governor" in names(ev.actors), names(ev.actors)


def test_a_move_or_a_bill_is_no_party() -> None:
    """non-party-head: "the move", "the bill", "polls", "a letter" name no party that acts or is acted on."""
    r = run("The move could allow the rebels to join the talks.")
    assert not [e for e in r.events if "move" in names(e.actors)], [(e.type, names(e.actors)) for e in r.events]
    r = run("The governor criticised the bill on Monday.")
    [ev] = find(r, "ACCUSE", "criticised")
    assert "bill" not in names(ev.recipients)


def test_a_town_in_the_source_is_no_self_reporting_actor() -> None:
    """town-modifier in a source: "a Brussels spokesman claimed" names no party that did the shooting."""
    r = run("In Brussels, gunmen shot at the crowd with assault weapons, a Brussels spokesman claimed.")
    [ev] = find(r, "ASSAULT")
    assert "gunmen" in names(ev.actors) and "brussels" not in names(ev.actors), names(ev.actors)


def test_an_argument_ends_at_a_dash_and_loses_stray_quotes() -> None:
    """dash-boundary: "Harlan Pike IV—a real estate developer—" is Harlan Pike IV; an unpaired quote mark
    ("the “reformers") is no part of a name."""
    r = run("The council sued Harlan Pike IV—a real estate developer—over the permits on Monday.")
    [ev] = find(r, "ACCUSE", "sued")
    assert [a.name for a in ev.recipients] == ["Harlan Pike IV"], names(ev.recipients)
    r = run("The mayor said she will tell the “grumblers” who opposed the budget on Monday to “calm down.”")
    [ev] = find(r, "REJECT")
    assert [a.name for a in ev.actors] == ["the grumblers"]


def test_a_dateline_after_a_headline_on_the_same_line_is_no_party() -> None:
    """headline-joined-dateline: "Blast rocks market. KIRKUK — A car bomb ..., killing five" with the headline
    run into the body on one line: the upper-case town and dash are the dateline, neither actor nor part of
    the target, and it places the story ("UPDATE: ..." with a colon is no dateline)."""
    r = run("Blast rocks market. KIRKUK — A car bomb exploded near a market on Monday, killing five shoppers, officials said.")
    assert r.article is not None and r.article.dateline == "KIRKUK" and r.article.title == "Blast rocks market"
    for ev in find(r, "ASSAULT"):
        assert "kirkuk" not in names(ev.actors) + names(ev.recipients), (names(ev.actors), names(ev.recipients))
    r = run("Clerk hurt in holdup. HOLLIS - A 30-year-old store clerk was stabbed early Tuesday in a robbery, police said.")
    [ev] = find(r, "ASSAULT")
    assert "store clerk" in names(ev.recipients) and "hollis" not in names(ev.recipients), names(ev.recipients)
    assert run("Road closed. UPDATE: The bridge reopened on Monday.").article.dateline is None  # type: ignore[union-attr]


def test_a_credit_line_inside_a_paragraph_names_no_party() -> None:
    """credit-line: 'Associated Press writers X and Y contributed to this report.' run into the text is
    boilerplate (excluded): the writers are neither parties nor antecedents of a later pronoun."""
    r = run("Officers mourned on Monday. Associated Press writers Tom Ruiz and Ann Lee in Hollis contributed to "
            "this report. A man wanted for violating his parole killed three officers on Saturday.")
    assert r.article is not None and any("contributed to this report" in sp.text for sp in r.article.excluded)
    for ev in r.events:
        assert "ruiz" not in names(ev.actors) + names(ev.recipients), (ev.type, names(ev.actors))

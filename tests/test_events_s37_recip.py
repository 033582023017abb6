"""Stop 37, helper recip: to whom an event was done (self-written sentences)."""

from __future__ import annotations

from .eventcheck import find, names, rules_on

run = rules_on("2024-05-15")


def test_first_person_recipient_of_a_quote_is_its_speaker() -> None:
    """speaker-recipient: "the police urged *me* to cancel", the senator said: the speaker was urged."""
    r = run('"I planned to tour the district this week but the local police urged me to cancel the trip," Senator Mary Hale said on Tuesday.')
    [hit] = find(r, "REQUEST", "urged")
    assert "mary hale" in names(hit.recipients)


def test_a_speaker_named_again_inside_the_report_is_the_recipient() -> None:
    r = run("Tom Reed recalled that before the book came out, the company sent a lawyer who threatened to link Reed with a tax fraud.")
    [hit] = find(r, "THREATEN", "threatened")
    assert "reed" in names(hit.recipients)


def test_the_speaker_mention_itself_is_no_recipient() -> None:
    """The source's own mention stays out of the recipients ("…," Mary Hale told reporters)."""
    r = run('"We will ask the council to reconsider," Mary Hale told reporters.')
    for hit in find(r, "REQUEST"):
        assert "mary hale" not in names(hit.recipients)


def test_a_legal_participle_hung_on_the_court_befell_the_defendants() -> None:
    """court-appearance: "appeared in court *charged* with theft": the men were charged, not the court."""
    r = run("Peter Lowe, 31, and Karl Banks, 27, appeared in court charged with burglary after a raid on a jeweller.")
    [hit] = find(r, "ACCUSE", "charged")
    assert "lowe" in names(hit.recipients)
    assert "court" not in names(hit.recipients)


def test_a_legal_step_after_a_passive_relative_clause_befell_the_one_named() -> None:
    """passive-host: "X, who was detained after appearing at court *charged* with affray"."""
    r = run("Among those held was Samir Haddad, 22, who was detained after appearing at Leeds Crown Court charged with affray.")
    [hit] = find(r, "ACCUSE", "charged")
    assert "haddad" in names(hit.recipients)


def test_a_court_that_is_charged_with_a_task_is_not_read_as_an_appearance() -> None:
    """Only a court named by a preposition of the clause's verb: "the court charged with the inquiry" is
    the noun a participle modifies, left to the other rules."""
    r = run("Peter Lowe stood trial on Monday.")
    assert not find(r, "ACCUSE")


def test_an_accusation_noun_accuses_the_subject_of_its_that_clause() -> None:
    """alleged-content-noun: "the mayor's *accusation that the governor* misled voters": the governor."""
    r = run("The mayor's accusation that Governor Ann Cole misled voters about the budget drew an angry response.")
    [hit] = find(r, "ACCUSE", "accusation")
    assert "cole" in names(hit.recipients)


def test_a_relative_that_on_an_accusation_noun_names_no_accused() -> None:
    """A relative "that" ("the accusations *that he made*") is no content clause."""
    r = run("The accusations that Senator Bill Tate made against the council on Monday were dismissed by the court.")
    for hit in find(r, "ACCUSE", "accusations"):
        assert "tate" not in names(hit.recipients)


def test_an_object_him_in_a_lower_case_text_stands_for_the_named_object_before_it() -> None:
    """bound-object-pronoun in a lower-case text: "during their meeting with *modi*, they asked *him*"."""
    r = run(
        "the traders' delegation met the chief minister on saturday. during their meeting with mr gupta, "
        "they asked him to arrange soft loans for the shopkeepers."
    )
    [hit] = find(r, "REQUEST", "asked")
    assert "gupta" in names(hit.recipients)


def test_the_object_asked_to_act_is_a_party_whatever_its_name() -> None:
    """asked-agent: "asked *the harbour customs* to tighten checks": one told to act is a party."""
    r = run("The food agency also asked the harbour customs to tighten checks on imported poultry.")
    [hit] = find(r, "REQUEST", "asked")
    assert "customs" in names(hit.recipients)


def test_a_thing_asked_for_stays_no_recipient() -> None:
    """Only the asked object before a "to" clause or a "for" phrase: "sought a ban" names no party."""
    r = run("The residents' group sought a ban on night flights over the town.")
    for hit in find(r, "REQUEST"):
        assert "ban" not in names(hit.recipients)


def test_talks_held_during_a_call_were_with_the_party_of_its_with_phrase() -> None:
    """talk-setting-partner: "talked trade *during a telephone call* on Monday *with* Chancellor X"."""
    r = run("Prime Minister Ann Berg talked trade during a telephone call on Monday with French President Louis Marchand.")
    [hit] = find(r, "CONSULT", "talked")
    assert "marchand" in names(hit.recipients)


def test_talks_with_a_manner_phrase_have_no_partner() -> None:
    r = run("The finance minister discussed the budget with great care on Monday.")
    for hit in find(r, "CONSULT"):
        assert "care" not in names(hit.recipients)


def test_a_person_titled_in_apposition_is_the_one_a_who_clause_is_about() -> None:
    """titled-description in a lower-case text: "ravi shankar *tiwari*, president of the traders' union,
    who was arrested": the tagger takes the name for a common noun; the title tells it is a person."""
    r = run(
        "lucknow: a court on monday rejected the bail plea of ravi shankar tiwari, president of the "
        "city traders union, who was arrested on saturday ahead of the union's march."
    )
    [hit] = find(r, "COERCE", "arrested")
    assert "tiwari" in names(hit.recipients)


def test_an_anti_modifier_names_the_target_of_a_protest() -> None:
    """anti-target: "an *anti-Kessler* protest", "anti-government rallies"."""
    r = run("Hundreds of students joined an anti-Kessler protest outside the city hall on Friday.")
    [hit] = find(r, "PROTEST", "protest")
    assert "kessler" in names(hit.recipients)
    r = run("Thousands of people joined anti-government rallies in the capital on Sunday.")
    [hit] = find(r, "PROTEST", "rallies")
    assert "government" in names(hit.recipients)


def test_an_anti_modifier_naming_no_party_is_no_target() -> None:
    r = run("Students held an anti-war protest outside the embassy on Friday.")
    for hit in find(r, "PROTEST"):
        assert "war" not in names(hit.recipients)


def test_aid_given_for_a_party_went_to_it() -> None:
    """aid-beneficiary: "provided shelter *for the residents*" (the thing given is no recipient)."""
    r = run("After the fire the Red Cross provided shelter for the residents of the building, a spokesman said.")
    [hit] = find(r, "AID", "provided")
    assert "residents" in names(hit.recipients)


def test_aid_for_a_thing_has_no_beneficiary() -> None:
    r = run("The charity provided funding for the new school building on Tuesday.")
    for hit in find(r, "AID"):
        assert "building" not in names(hit.recipients)


def test_a_statement_noun_about_a_partys_thing_is_about_that_party() -> None:
    """owned-of-object: "the union's rejection *of the governor's formula*": the governor's."""
    r = run("The party said the union's rejection of the governor's formula to end the dispute was a mistake.")
    [hit] = find(r, "REJECT", "rejection")
    assert "governor" in names(hit.recipients)


def test_the_of_object_of_an_arrest_noun_is_who_was_arrested() -> None:
    """undergoer-of: "the *arrest of two men*", "the detention of three activists"."""
    r = run("The arrest of two men on Friday angered local residents.")
    [hit] = find(r, "COERCE", "arrest")
    assert "men" in names(hit.recipients)
    r = run("Police announced the detention of three activists after the march.")
    [hit] = find(r, "COERCE", "detention")
    assert "activists" in names(hit.recipients)


def test_the_of_object_of_an_attack_noun_is_left_alone() -> None:
    """"an attack of the rebels" may name the attackers: attack is not an undergone-of noun."""
    r = run("The village was hit in a night attack of the rebels on Monday.")
    for hit in find(r, "ASSAULT"):
        assert "rebels" not in names(hit.recipients)


def test_a_later_he_stands_for_the_suspect_subject_before_it() -> None:
    """person-antecedent: "*The suspect* fled on foot. He was arrested two days later": the suspect."""
    r = run("The suspect fled the scene on foot on Friday. He was arrested two days later in Bristol.")
    [hit] = find(r, "COERCE", "arrested")
    assert "suspect" in names(hit.recipients)


def test_an_accusation_in_words_keeps_the_speaker_out_of_its_recipients() -> None:
    """Only a legal step keeps a recipient that is the source's own mention: an accusation in words does
    not ("..., Ann Cole said, accusing ..." names no Ann Cole as accused)."""
    r = run('"The council has failed us," said resident Ann Cole, accusing the mayor of neglect.')
    for hit in find(r, "ACCUSE"):
        assert "ann cole" not in names(hit.recipients)


def test_criticism_drawn_from_a_party_is_by_it_against_the_subject() -> None:
    """resistance-from with resistance_verbs: "X's remarks *drew* criticism *from* the union": the union
    criticised, X (owner of the remarks) is criticised."""
    r = run("Senator Ann Lee's remarks on Monday drew sharp criticism from the union leaders.")
    [hit] = find(r, "ACCUSE", "criticism")
    assert "union" in names(hit.actors)
    assert "lee" in names(hit.recipients)


def test_praise_earned_from_a_party_is_its_support() -> None:
    r = run("The mayor earned praise from residents for the new park on Tuesday.")
    [hit] = find(r, "SUPPORT", "praise")
    assert "residents" in names(hit.actors)
    assert "mayor" in names(hit.recipients)


def test_a_refusal_to_let_a_party_act_is_refused_to_that_party() -> None:
    """refused-permission: "refused *to allow the inspectors* to enter", "refused to let the committee act"."""
    r = run("The government refused to allow the inspectors to enter the site on Monday.")
    [hit] = find(r, "REJECT", "refused")
    assert "inspectors" in names(hit.recipients)


def test_a_refusal_with_its_own_target_keeps_it() -> None:
    r = run("The governor refused to meet the striking teachers on Monday.")
    [hit] = find(r, "REJECT", "refused")
    assert "teachers" in names(hit.recipients)

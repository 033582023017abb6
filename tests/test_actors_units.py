"""The small steps of actor finding (eventwire.actors) and the shared syntax helpers (eventwire.syntax),
each on sentences written for these tests and parsed by the real spaCy model."""

from __future__ import annotations

import json

import pytest

from eventwire.actors import mentions as am
from eventwire.actors import roles
from eventwire.lexicons import ENV_VAR
from eventwire.nlp import load_nlp
from eventwire.syntax import is_time, phrase_left, phrase_tokens, spaced_dash, verb_subjects


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def tok(doc, text: str, nth: int = 0):
    return [t for t in doc if t.text == text][nth]


def words(doc, rng: tuple[int, int]) -> str:
    return doc[rng[0] : rng[1]].text


# --- eventwire.syntax -------------------------------------------------------------------------------


def test_phrase_tokens_drops_relative_clauses_and_cut_prepositions(nlp):
    doc = nlp("The rebels, who had fought for years, attacked the town.")
    assert words(doc, phrase_tokens(tok(doc, "rebels"))) == "The rebels"
    doc = nlp("Soldiers near Damascus fired on protesters on Sunday.")
    soldiers = tok(doc, "Soldiers")
    assert words(doc, phrase_tokens(soldiers)) == "Soldiers"
    assert words(doc, phrase_tokens(soldiers, cut_preps=False)) == "Soldiers near Damascus"


def test_phrase_tokens_splits_conjuncts_only_when_asked(nlp):
    doc = nlp("The UK and France condemned the attack.")
    uk = tok(doc, "UK")
    assert words(doc, phrase_tokens(uk)) == "The UK and France"
    assert words(doc, phrase_tokens(uk, split_conj=True)) == "The UK"


def test_phrase_left_stops_at_a_dateline_dash(nlp):
    doc = nlp("The Afghan military said nothing.")
    assert phrase_left(tok(doc, "military")) == 0
    doc = nlp("JAKARTA - Anti-Taliban leader Ahmad Massoud spoke.")
    assert spaced_dash(doc, 1)
    assert not spaced_dash(doc, 3)  # the hyphen of "Anti-Taliban"
    assert phrase_left(tok(doc, "leader")) == 2


def test_verb_subjects_active_passive_and_climbing(nlp):
    doc = nlp("Rebels want to attack the town.")
    assert verb_subjects([tok(doc, "attack")]) == ([tok(doc, "Rebels")], False)
    assert verb_subjects([tok(doc, "attack")], hops=0) == ([], False)
    doc = nlp("The convoy was ambushed by gunmen.")
    assert verb_subjects([tok(doc, "ambushed")]) == ([tok(doc, "convoy")], True)


def test_is_time(nlp):
    doc = nlp("Protesters marched on Sunday.")
    assert is_time(tok(doc, "Sunday"))
    assert not is_time(tok(doc, "Protesters"))


# --- eventwire.actors.mentions: the steps of find_mentions ------------------------------------------


def test_place_context_spreads_a_place_sense_to_the_same_name(nlp):
    doc = nlp("Fighters in Panjshir resisted. Panjshir fell on Monday.")
    first = tok(doc, "Panjshir").i
    second = tok(doc, "Panjshir", 1).i
    ents = {e.start for e in doc.ents}
    tokens, country = am.place_context(doc, {(first, first + 1)}, {first: "AFG"})
    assert first in tokens and country[first] == "AFG"
    if second in ents:  # the NER tagged the second one: it is the same place
        assert second in tokens and country[second] == "AFG"
    assert am.place_context(doc, set(), {}) == (set(), {})


def test_strip_entity_and_places(nlp):
    doc = nlp("the Taliban's fighters shelled Near Kherson")
    assert am.strip_entity(doc, 0, 3) == (1, 2)
    near = tok(doc, "Near").i
    kherson = tok(doc, "Kherson").i
    assert am.strip_places(doc, near, kherson + 1, {kherson}) == (near, kherson)
    start, end = am.strip_places(doc, kherson, kherson + 1, {kherson})
    assert start >= end  # nothing left: not a name


def test_headline_name_end_cuts_at_the_main_verb(nlp):
    doc = nlp("Nakuru Traders Say March Was Peaceful")
    assert am.headline_name_end(doc, 0, 4) == tok(doc, "Say").i
    assert am.headline_name_end(doc, 0, 2) == 2  # no verb inside: unchanged


def test_entity_label_corrections(nlp):
    doc = nlp("Amina Wekesa Odhiambo spoke. Odhiambo left. Kenya said no. Jordan said yes.")
    surname = doc[tok(doc, "Odhiambo", 1).i : tok(doc, "Odhiambo", 1).i + 1]
    names = [frozenset({"amina", "wekesa", "odhiambo"})]
    assert am.entity_label(surname, "ORG", names) == "PERSON"
    assert am.entity_label(surname, "ORG", []) == "ORG"
    kenya = doc[tok(doc, "Kenya").i : tok(doc, "Kenya").i + 1]
    assert am.entity_label(kenya, "PERSON", []) == "GPE"
    jordan = doc[tok(doc, "Jordan").i : tok(doc, "Jordan").i + 1]
    assert am.entity_label(jordan, "PERSON", []) == "PERSON"  # also a given name


def test_name_start_and_role_affiliation(nlp):
    doc = nlp("The group's local commanders met an aide to Massoud and his aides.")
    commanders = tok(doc, "commanders")
    tokens = list(doc[0 : commanders.i + 1])
    assert doc[tokens[am.name_start(tokens)].i : commanders.i + 1].text == "local commanders"
    assert am.role_affiliation(tok(doc, "aide"), []) == (tok(doc, "Massoud").i, "to")
    assert am.role_affiliation(tok(doc, "aides"), []) == (tok(doc, "his").i, "of")
    group = tok(doc, "group").i
    assert am.role_affiliation(commanders, [group]) == (group, "of")  # "the group's": possessive
    assert am.role_affiliation(tok(doc, "met"), []) == (None, None)


def _kinds(found: list[am.Mention], source: str) -> list[tuple[str, str, bool]]:
    return [(m.name, m.kind, m.plural) for m in found if m.source == source]


def test_pronoun_and_quoted_first_person_steps(nlp):
    doc = nlp('She said they would stay. "We will not leave," he said.')
    found = am.find_mentions(doc)
    assert _kinds(found, "pronoun") == [("She", "person", False), ("they", "group", True), ("he", "person", False)]
    quoted = [m for m in found if m.source == "quoted"]
    assert [(m.name, m.plural) for m in quoted] == [("We", True)]
    assert doc.text[quoted[0].quote[0] : quoted[0].quote[1]] == "We will not leave,"


def test_definite_country_and_description_steps(nlp):
    doc = nlp("Officials said the country was calm. The man who leads the party spoke.")
    found = am.find_mentions(doc)
    assert [(m.name, m.kind) for m in found if m.source == "definite"] == [("country", "country")]
    assert [m.name for m in found if m.source == "description"] == ["man"]


def test_role_step_reads_country_sectors_and_name(nlp):
    doc = nlp("A Kenyan police spokesman said local militia fighters had left.")
    roles_found = {m.name: m for m in am.find_mentions(doc) if m.source == "role"}
    spokesman = roles_found["Kenyan police spokesman"]
    assert spokesman.country == "KEN" and "COP" in spokesman.sectors and spokesman.kind == "role"
    fighters = roles_found["local militia fighters"]
    assert fighters.plural and fighters.kind == "group"


def test_self_noun_widens_the_named_mention(nlp):
    doc = nlp("The Hezbollah movement said it would fight.")
    named = [m for m in am.find_mentions(doc) if m.source in ("dictionary", "ner")]
    assert [(doc[m.start : m.end].text, doc[m.head].text) for m in named] == [("Hezbollah movement", "movement")]
    assert not [m for m in am.find_mentions(doc) if m.source == "role"]


def test_mention_word_lists_are_data():
    assert "movement" in am.SELF_NOUNS and "international" in am.INTERNATIONAL_WORDS
    assert "jordan" in am.PERSON_LIKE_COUNTRIES and "nation" in am.COUNTRY_NOUNS


# --- eventwire.actors.roles: object rules -----------------------------------------------------------


def test_object_target_rules(nlp):
    doc = nlp("He expressed concern about the refugees. Police launched a raid on the hideout. They held talks.")
    assert roles.object_target(tok(doc, "expressed"), tok(doc, "concern")) == [tok(doc, "refugees")]
    assert roles.object_target(tok(doc, "launched"), tok(doc, "raid")) == [tok(doc, "hideout")]
    assert roles.object_target(tok(doc, "held"), tok(doc, "talks")) is None  # a light object: next one
    doc = nlp("The army attacked the rebels.")
    assert roles.object_target(tok(doc, "attacked"), tok(doc, "rebels")) == [tok(doc, "rebels")]


def test_joint_subject(nlp):
    doc = nlp("Canada and Costa Rica agreed to cooperate.")
    subs, _ = verb_subjects([tok(doc, "agreed")])
    assert roles._joint_subject(tok(doc, "agreed"), subs, [])
    doc = nlp("Canada attacked the rebels.")
    subs, _ = verb_subjects([tok(doc, "attacked")])
    assert not roles._joint_subject(tok(doc, "attacked"), subs, [])


def test_modifier_country_and_read_modifiers(nlp):
    doc = nlp("Ivory Coast rebels and Afghan police officers met Darfur militias.")
    rebels = tok(doc, "rebels")
    assert am.modifier_country(doc, tok(doc, "Coast"), 0, rebels.i, {}) == "CIV"
    assert am.modifier_country(doc, tok(doc, "Afghan"), tok(doc, "Afghan").i, tok(doc, "officers").i, {}) == "AFG"
    darfur = tok(doc, "Darfur").i
    assert am.modifier_country(doc, doc[darfur], darfur, darfur + 1, {darfur: "SDN"}) == "SDN"
    info = am.read_modifiers(doc, [tok(doc, "Afghan"), tok(doc, "police")], {}, set())
    assert info.country == "AFG" and not info.anti
    assert info.modifier_sectors == ["GOV", "COP"] and info.role_sectors == []  # the modifier table first


def test_argument_word_lists_are_data_read_through_the_overlay(nlp, tmp_path, monkeypatch):
    monkeypatch.delenv(ENV_VAR, raising=False)
    doc = nlp("He expressed irritation about the refugees.")
    verb, noun = tok(doc, "expressed"), tok(doc, "irritation")
    assert roles.object_target(verb, noun) == [noun]
    (tmp_path / "arguments.json").write_text(json.dumps({"stance_nouns": ["irritation"]}), encoding="utf-8")
    monkeypatch.setenv(ENV_VAR, str(tmp_path))
    assert "irritation" in roles.STANCE_NOUNS and "concern" in roles.STANCE_NOUNS
    assert roles.object_target(verb, noun) == [tok(doc, "refugees")]

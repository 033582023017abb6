"""Actors: dictionary, sectors and countries, coreference, the stage contract, the seed article."""

from __future__ import annotations

import pytest

from eventwire.actors.lexicon import SECTOR_CODES, country_code, named_actors, role_nouns, sector_modifiers
from eventwire.actors.resolve import ActorResult, resolve_actors
from eventwire.document import ArticleInput
from eventwire.nlp import load_nlp
from eventwire.options import Options
from eventwire.pipeline import get_pipeline
from eventwire.schema import Actor

# Original text written for these tests (invented people and places).
FIXTURE = (
    "Rebels Claim Ambush On Northern Road\n"
    "NAIROBI - Opposition leader Amina Wekesa Odhiambo said on Tuesday that she was ready for talks "
    "with the government. Odhiambo told Reuters that her supporters would march to the capital.\n"
    "A Kenyan police spokesman said officers had arrested twelve protesters. Local militia fighters "
    "later clashed with police near the border, according to the Associated Press.\n"
    "The man who leads the ruling party, Joseph Kamau Mwangi, rejected the demand. Mwangi said he "
    "would not negotiate with anti-government groups. Odhiambo, whose father Daniel Odhiambo led the "
    "party in the 1990s, said she would keep campaigning.\n"
)


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def resolve(nlp, text: str) -> ActorResult:
    return resolve_actors(nlp(text), text)


def by_name(actors: list[Actor], name: str) -> Actor:
    hits = [a for a in actors if a.name == name]
    assert len(hits) == 1, (name, [a.name for a in actors])
    return hits[0]


def mention_texts(actor: Actor) -> list[str]:
    return [m.text for m in actor.mentions]


# -- dictionary -----------------------------------------------------------------------------------


def test_tables_load_with_valid_codes():
    assert len(named_actors()) > 100
    assert all(set(a.sectors) <= SECTOR_CODES for a in named_actors())
    assert all(set(r.sectors) <= SECTOR_CODES for r in role_nouns().values())
    assert all(set(v) <= SECTOR_CODES for v in sector_modifiers().values())
    names = [a.name for a in named_actors()]
    assert len(names) == len(set(names))


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Afghan", "AFG"),
        ("Afghanistan", "AFG"),
        ("the United States", "USA"),
        ("U.S.", "USA"),
        ("US", "USA"),
        ("Britain", "GBR"),
        ("Russia", "RUS"),
        ("Iraqis", "IRQ"),
        ("Kenyan", "KEN"),
        ("Türkiye", "TUR"),
        ("us", None),
        ("Atlantis", None),
    ],
)
def test_country_code(text, code):
    assert country_code(text) == code


# -- sectors and countries on written sentences -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "phrase", "country", "sectors"),
    [
        ("A Taliban official said the road was closed.", "A Taliban official", "AFG", ["GOV", "INS"]),
        ("Local militia fighters attacked the depot.", "Local militia fighters", None, ["REB", "MIL"]),
        ("The police arrested two men on Monday.", "The police", None, ["GOV", "COP"]),
        ("The Afghan military withdrew from the town.", "The Afghan military", "AFG", ["MIL"]),
        ("Anti-Taliban forces regrouped in the hills.", "Anti-Taliban forces", None, ["REB", "MIL"]),
        ("Iraqi troops entered the city at dawn.", "Iraqi troops", "IRQ", ["MIL"]),
        ("A Syrian court sentenced the journalist.", "A Syrian court", "SYR", ["JUD"]),
        ("Hundreds of protesters gathered outside parliament.", "protesters", None, ["OPP", "CVL"]),
        ("Rebels in the Ivory Coast rejected the plan.", "Rebels", "CIV", ["REB"]),
        ("Ivory Coast rebels rejected the plan.", "Ivory Coast rebels", "CIV", ["REB"]),
        ("Fijian soldiers guarded the palace.", "Fijian soldiers", "FJI", ["MIL"]),
    ],
)
def test_role_phrase_sectors(nlp, text, phrase, country, sectors):
    result = resolve(nlp, text)
    hits = [a for a in result.actors if phrase in mention_texts(a)]
    assert hits, [(a.name, mention_texts(a)) for a in result.actors]
    actor = hits[0]
    assert actor.country == country
    assert actor.sectors[: len(sectors)] == sectors
    assert actor.sector == sectors[0]


def test_named_actors_and_titles(nlp):
    text = "French President Emmanuel Macron met NATO officials after Reuters and the BBC reported the talks."
    result = resolve(nlp, text)
    macron = by_name(result.actors, "Emmanuel Macron")
    assert macron.kind == "person" and macron.country == "FRA" and macron.sector == "GOV"
    assert by_name(result.actors, "NATO").sector == "IGO"
    assert by_name(result.actors, "Reuters").sector == "MED"
    assert by_name(result.actors, "BBC").country == "GBR"
    officials = [a for a in result.actors if "NATO officials" in mention_texts(a)]
    assert officials and officials[0].sectors[:2] == ["IGO", "GOV"]
    assert result.affiliation[officials[0].id] == by_name(result.actors, "NATO").id


def test_person_titles(nlp):
    text = "U.S. Secretary of State Jane Doe spoke to Arab League Secretary-General Omar Haddad by phone."
    result = resolve(nlp, text)
    doe = by_name(result.actors, "Jane Doe")
    assert doe.country == "USA" and doe.sector == "GOV"
    haddad = by_name(result.actors, "Omar Haddad")
    assert haddad.sector == "IGO" and "GOV" in haddad.sectors
    assert result.affiliation[haddad.id] == by_name(result.actors, "Arab League").id
    king = by_name(resolve(nlp, "King Idris of Libya received the envoy.").actors, "Idris")
    assert king.country == "LBY"


def test_acronyms_match_case_sensitively(nlp):
    text = "Who will lead the talks? The WHO said it would send experts."
    names = [a.name for a in resolve(nlp, text).actors]
    assert names.count("World Health Organization") == 1


def test_anti_prefix_is_not_a_mention_of_the_group(nlp):
    result = resolve(nlp, "Anti-Taliban fighters seized the pass.")
    assert not [a for a in result.actors if a.name == "Taliban"]


# -- coreference ------------------------------------------------------------------------------------


def test_fixture_coreference(nlp):
    result = resolve(nlp, FIXTURE)
    amina = by_name(result.actors, "Amina Wekesa Odhiambo")
    texts = mention_texts(amina)
    assert "Odhiambo" in texts and "she" in texts and "her" in texts
    assert amina.sector == "OPP"
    daniel = by_name(result.actors, "Daniel Odhiambo")
    assert daniel.id != amina.id
    mwangi = by_name(result.actors, "Joseph Kamau Mwangi")
    assert {"Mwangi", "he"} <= set(mention_texts(mwangi))
    assert "he" not in texts
    # "The man who leads the ruling party" is a description of the nearest person subject
    described = [a for a in result.actors if "The man" in mention_texts(a)]
    assert len(described) <= 1
    spokesman = [a for a in result.actors if "A Kenyan police spokesman" in mention_texts(a)]
    assert spokesman and spokesman[0].country == "KEN" and spokesman[0].sectors[:2] == ["GOV", "COP"]
    supporters = [a for a in result.actors if "her supporters" in mention_texts(a)]
    assert supporters and result.affiliation[supporters[0].id] == amina.id
    assert by_name(result.actors, "Associated Press").sector == "MED"


def test_offsets_slice_the_text_and_actor_at_is_consistent(nlp):
    doc = nlp(FIXTURE)
    result = resolve_actors(doc, FIXTURE)
    ids = {a.id for a in result.actors}
    assert [a.id for a in result.actors] == [f"act-{i + 1}" for i in range(len(result.actors))]
    for actor in result.actors:
        assert actor.mentions
        for m in actor.mentions:
            assert FIXTURE[m.start : m.end] == m.text
            tokens = [t.i for t in doc if m.start <= t.idx < m.end]
            assert any(result.actor_at[i] == actor.id for i in tokens)
    assert set(result.actor_at.values()) <= ids
    for s, e, actor_id, _source in result.mentions:
        assert actor_id in ids and 0 <= s < e <= len(doc)


def test_no_actors_in_plain_text(nlp):
    result = resolve(nlp, "The weather was warm and the river was high.")
    assert result.actors == [] and result.actor_at == {}


# -- the stage --------------------------------------------------------------------------------------


def test_stage_fills_actors_and_slots():
    pipe = get_pipeline(Options(stages=("read", "parse", "places", "actors")))
    d = next(pipe.run_documents([ArticleInput(text=FIXTURE, published="2024-03-05")]))
    assert d.error is None
    assert d.actors and d.slots.actor_at and d.slots.actor_mentions
    assert set(d.slots.actor_at.values()) <= {a.id for a in d.actors}
    for actor in d.actors:
        for m in actor.mentions:
            assert FIXTURE[m.start : m.end] == m.text
    assert d.doc is not None
    # Resolving again gives the same actors (timings live in `eventwire bench`, not here).
    again = resolve_actors(d.doc, FIXTURE)
    assert again == resolve_actors(d.doc, FIXTURE)


# -- the seed article ---------------------------------------------------------------------------------


def test_seed_actors(seed_record):
    actors = seed_record.actors
    text = seed_record.article.text
    for a in actors:
        for m in a.mentions:
            assert text[m.start : m.end] == m.text
    massoud = by_name(actors, "Ahmad Massoud")
    texts = mention_texts(massoud)
    assert "Massoud" in texts and "he" in texts and texts.count("he") >= 5
    assert "Ahmad Shah Massoud" not in texts
    assert massoud.sector == "REB"
    father = by_name(actors, "Ahmad Shah Massoud")
    assert father.id != massoud.id
    taliban = by_name(actors, "Taliban")
    assert taliban.country == "AFG" and "INS" in taliban.sectors
    official = by_name(actors, "Taliban official")
    assert "A Taliban official" in mention_texts(official)
    assert official.country == "AFG" and official.sectors[:2] == ["GOV", "INS"]
    aides = [a for a in actors if a.name.startswith("aide")]
    assert aides and all(a.id != massoud.id for a in aides)
    assert "an aide" in mention_texts(aides[0])
    assert by_name(actors, "Reuters").sector == "MED"
    assert by_name(actors, "Washington Post").sector == "MED"
    militia = [a for a in actors if "local militia" in a.name]
    assert militia and all(a.sectors[:2] == ["REB", "MIL"] for a in militia)
    anti = [a for a in actors if a.name == "anti-Taliban forces"]
    assert anti and anti[0].sector == "REB"
    military = by_name(actors, "Afghan military")
    assert military.country == "AFG" and military.sector == "MIL"


def test_pronoun_gender_consistency(nlp):
    result = resolve(nlp, "Maria Lopez met Carlos Ruiz in the capital. She said he had arrived late.")
    maria = by_name(result.actors, "Maria Lopez")
    carlos = by_name(result.actors, "Carlos Ruiz")
    assert "She" in mention_texts(maria) and "he" not in mention_texts(maria)
    assert "he" in mention_texts(carlos)


DATELINE_TEXT = (
    "Convoy Shelled Near Gulu As Talks Stall\n"
    "GENEVA - Rebel commander Joseph Okello said on Monday his fighters had shelled a convoy near Gulu "
    "in northern Uganda. Uganda's army said the attack killed three drivers. Okello said the convoy "
    "carried weapons to Gulu.\n"
)


def test_dateline_and_headline_are_not_read_as_actor_attributes():
    pipe = get_pipeline(Options(stages=("read", "parse", "places", "actors")))
    d = next(pipe.run_documents([ArticleInput(text=DATELINE_TEXT)]))
    assert d.error is None
    names = [a.name for a in d.actors]
    assert not [n for n in names if "Shelled" in n or "Gulu" in n], names
    okello = by_name(d.actors, "Joseph Okello")
    assert okello.country != "CHE"  # the Geneva dateline is not his title
    assert okello.sector == "REB"
    assert "Okello" in mention_texts(okello)
    fighters = [a for a in d.actors if "his fighters" in mention_texts(a)]
    assert fighters and d.slots.actor_affiliation[fighters[0].id] == okello.id


def test_stage_keeps_the_article_when_resolution_fails(monkeypatch):
    import eventwire.stages.actors as stage_module

    def broken(*args, **kwargs):
        raise ValueError("unexpected parse")

    pipe = get_pipeline(Options(stages=("read", "parse", "actors")))
    monkeypatch.setattr(stage_module, "resolve_actors", broken)
    d = next(pipe.run_documents([ArticleInput(text="Rebels attacked the town on Monday.")]))
    assert d.error is None and d.actors == []
    assert any(w.startswith("actors: resolution failed") for w in d.warnings)


def test_definite_descriptions_point_back_to_named_actors(nlp):
    text = (
        "Boko Haram attacked a village near the lake on Sunday. The group later said the raid was revenge. "
        "Kenya said the country would send more troops. The militants had fled, residents said."
    )
    result = resolve(nlp, text)
    boko = by_name(result.actors, "Boko Haram")
    assert {"The group", "The militants"} <= set(mention_texts(boko))
    kenya = by_name(result.actors, "Kenya")
    assert "the country" in mention_texts(kenya)
    lonely = resolve(nlp, "Prices rose across the country this week.")
    assert all("the country" not in mention_texts(a) for a in lonely.actors)


def test_first_person_in_quotes_is_the_speaker(nlp):
    text = (
        'Colonel Amos Kiprop spoke at the barracks. "We will not retreat," said Kiprop. '
        '"Our soldiers are ready and I trust them," he added.\nI was not there, the reporter wrote.'
    )
    result = resolve(nlp, text)
    kiprop = by_name(result.actors, "Amos Kiprop")
    texts = mention_texts(kiprop)
    assert {"We", "Our", "I"} <= set(texts)
    assert texts.count("I") == 1  # the reporter's "I" outside any quote is nobody's mention
    soldiers = [a for a in result.actors if "Our soldiers" in mention_texts(a)]
    assert soldiers and result.affiliation[soldiers[0].id] == kiprop.id


def test_quote_ranges():
    from eventwire.actors.mentions import quote_ranges

    text = 'He said "yes" and “no”.\n"Unclosed to the end\nNext line'
    spans = [text[a:b] for a, b in quote_ranges(text)]
    assert spans == ["yes", "no", "Unclosed to the end"]


def test_a_title_case_headline_verb_ends_the_name(nlp):
    # "Traders Say March Was Peaceful" is not an organisation: the headline's main verb ends the name
    text = "Nakuru Traders Say March Was Peaceful, Deny Stone-Throwing\nTraders in the port said the march was calm.\n"
    names = [a.name for a in resolve(nlp, text).actors]
    assert not any("Say" in n or "Peaceful" in n for n in names), names


def test_a_hyphenated_quantifier_stays_in_the_name(nlp):
    # lower-cased wire copy: "all" glued to "india" by a hyphen is no quantifier to cut at
    result = resolve(nlp, "mumbai: the all-india christian council has called for a ban on the group.")
    names = [a.name for a in result.actors]
    assert "all-india christian council" in names, names
    assert not any(n.startswith("-") for n in names), names


def test_a_longer_organisation_name_is_not_the_dictionary_actor_it_ends_with(nlp):
    # name-more-fully: "Congress" ending another organisation's name is not the US Congress
    result = resolve(nlp, "The Pan Africanist Congress condemned the attack on Monday.")
    names = [a.name for a in result.actors]
    assert "US Congress" not in names and any("Pan Africanist Congress" in n for n in names), names
    result = resolve(nlp, "The U.S. Congress condemned the attack on Monday.")
    assert any(a.country == "USA" for a in result.actors)

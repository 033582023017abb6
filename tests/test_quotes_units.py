"""The small steps of quote extraction one at a time (eventwire.quotes.extract): each content rule
of a verb cue, each object-range rule, and the steps that turn finds into quotes — on a real spaCy
parse of sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc, Token

from eventwire.nlp import load_nlp
from eventwire.quotes import extract as x
from eventwire.quotes.marks import find_quoted_spans
from eventwire.schema import Speaker


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    return load_nlp()


def parse(nlp, text: str) -> tuple[Doc, x._Ctx]:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    return doc, x._Ctx(doc, find_quoted_spans(text), text)


def word(doc: Doc, text: str) -> Token:
    return next(t for t in doc if t.text == text)


def site(nlp, text: str, cue: str) -> x._CueSite:  # type: ignore[no-untyped-def]
    doc, ctx = parse(nlp, text)
    return x._cue_site(word(doc, cue), ctx, set())


def content(f: x._Found | None, text: str) -> tuple[str, str] | None:
    return None if f is None else (text[f.start : f.end], f.kind)


def rule(name: str) -> x._ContentRule:
    return next(r for r in x._CUE_CONTENT_RULES if r.name == name)


def range_rule(name: str) -> x._RangeRule:
    return next(r for r in x._OBJECT_RANGE_RULES if r.name == name)


# -- the cue's content rules ------------------------------------------------------------------------
def test_rule_tables_are_ordered_and_named_once() -> None:
    names = [r.name for r in x._CUE_CONTENT_RULES]
    assert names[:2] == ["quote_before_complement", "complement"] and names[-1] == "any_object"
    assert len(set(names)) == len(names)
    assert [r.name for r in x._OBJECT_RANGE_RULES] == [
        "directive", "xcomp_cue", "prep_object", "next_word_prep", "direct_object"
    ]


def test_complement_rule_takes_the_that_clause(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The minister said that the border would reopen on Monday.\n"
    s = site(nlp, text, "said")
    assert s.subj is not None and s.subj.text == "minister"
    assert content(rule("complement").apply(s), text) == ("that the border would reopen on Monday", "indirect")
    # no quotation next to the cue, so the quotation rules find nothing
    assert rule("quote_before_complement").apply(s) is None
    assert rule("adjacent_quotation").apply(s) is None


def test_fronted_complement_stops_before_the_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The war is over, officials said.\n"
    s = site(nlp, text, "said")
    assert content(rule("complement").apply(s), text) == ("The war is over", "indirect")


def test_first_rule_that_finds_content_wins(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The minister said that the border would reopen on Monday.\n"
    s = site(nlp, text, "said")
    first = x._cue_content(s)
    assert content(first, text) == content(rule("complement").apply(s), text)


def test_adjacent_quotation_is_direct_content(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "“We were wrong,” Ramos told reporters.\n"
    s = site(nlp, text, "told")
    f = rule("adjacent_quotation").apply(s)
    assert content(f, text) == ("We were wrong,", "direct")
    assert f is not None and f.quotes == [0] and f.subject is not None and f.subject.text == "Ramos"
    # a claimed quotation is not offered again
    s.claimed.add(0)
    assert rule("adjacent_quotation").apply(s) is None


def test_wrapped_report_spans_both_parts_without_the_stop(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "In the last two years, Martin says, far too many bakeries have closed in the valley.\n"
    s = site(nlp, text, "says")
    f = rule("wrapped_report").apply(s)
    assert f is not None
    assert text[f.start : f.end].startswith("In the last two years") and text[f.end - 6 : f.end] == "valley"
    assert f.reasons["content"].startswith("the report wraps around")
    # the speaker inside a wrapped report is kept by _from_cue (it is not a bad parse)
    found = x._from_cue(s.v, s.ctx, set())
    assert found is not None and found.speaker_bounds is not None


def test_before_final_stop(nlp) -> None:  # type: ignore[no-untyped-def]
    doc, _ = parse(nlp, "Prices rose again.\n")
    sent = next(iter(doc.sents))
    assert doc[x._before_final_stop(sent)].text == "again"


def test_misattached_that_needs_a_cue_without_complement(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The company says in a statement that profits fell.\n"
    s = site(nlp, text, "says")
    if s.comp is not None:  # the parse tied the clause to the cue: the rule stands aside
        assert rule("misattached_that").apply(s) is None
    s.comp = None
    assert content(rule("misattached_that").apply(s), text) == ("that profits fell", "indirect")


def test_any_object_needs_a_personal_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "He vowed to fight the ruling in court.\n"
    s = site(nlp, text, "vowed")
    f = rule("any_object").apply(s)
    assert content(f, text) == ("to fight the ruling in court", "indirect")
    assert f is not None and f.subject is s.subj
    it_doc, _ = parse(nlp, "It vowed to fight.\n")
    s.subj = it_doc[0]
    assert rule("any_object").apply(s) is None


def test_subject_inside_a_quotation_moves_after_it(nlp) -> None:  # type: ignore[no-untyped-def]
    doc, ctx = parse(nlp, "“We were wrong,” Ramos told reporters.\n")
    told, we = word(doc, "told"), word(doc, "We")
    moved = x._subject_outside_quote(we, told, ctx)
    assert moved is not None and moved.text == "Ramos"
    ramos = word(doc, "Ramos")
    assert x._subject_outside_quote(ramos, told, ctx) is ramos
    assert x._subject_outside_quote(None, told, ctx) is None


# -- object ranges ----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "cue", "name", "expected"),
    [
        ("The mayor told the protesters to go home.\n", "told", "directive", "the protesters to go home"),
        ("He vowed to fight the ruling in court.\n", "vowed", "xcomp_cue", "to fight the ruling in court"),
        ("The senator called for a ban on assault weapons.\n", "called", "prep_object", "a ban on assault weapons"),
        ("She praised the efforts of the volunteers.\n", "praised", "direct_object", "the efforts of the volunteers"),
    ],
)
def test_object_range_rules(nlp, text: str, cue: str, name: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    doc, ctx = parse(nlp, text)
    v = word(doc, cue)
    rng = range_rule(name).apply(v, ctx, v.lemma_.lower())
    assert rng is not None and doc[rng[0] : rng[1]].text == expected
    assert x._object_range(v, ctx, v.lemma_.lower()) is not None


def test_directive_needs_a_directive_verb(nlp) -> None:  # type: ignore[no-untyped-def]
    doc, ctx = parse(nlp, "He vowed to fight the ruling in court.\n")
    v = word(doc, "vowed")
    assert range_rule("directive").apply(v, ctx, "vow") is None


def test_a_bare_pronoun_object_is_not_content(nlp) -> None:  # type: ignore[no-untyped-def]
    doc, ctx = parse(nlp, "The governor praised her.\n")
    v = word(doc, "praised")
    rng = x._object_range(v, ctx, "praise")
    assert rng is not None and x._is_bare_pronoun(doc, ctx, rng)
    assert x._object_content(v, ctx, "praise") is None


# -- from finds to quotes ---------------------------------------------------------------------------
def test_quote_cue_of_a_verb_a_colon_and_none(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Officials said the road is closed.\n"
    doc, _ = parse(nlp, text)
    said = word(doc, "said")
    f = x._Found(15, 33, "indirect", cue=said)
    cue = x._quote_cue(f, text)
    assert cue is not None and cue.text == "said" and (cue.start, cue.end) == (said.idx, said.idx + 4)
    colon = x._Found(0, 5, "direct", cue_span=(9, 10))
    cue = x._quote_cue(colon, text)
    assert cue is not None and (cue.start, cue.end) == (9, 10)
    bare = x._Found(0, 5, "direct")
    assert x._quote_cue(bare, text) is None and "cue" in bare.reasons


def test_whole_text_quote_is_dropped_only_when_unattributed_or_unclosed() -> None:
    spans = find_quoted_spans("“Everything here is quoted and closed.”")
    f = x._Found(1, 38, "direct", quotes=[0])
    assert x._is_whole_text(f, spans, nonspace=39)  # no cue, nearly the whole text
    f.cue_span = (0, 1)
    assert not x._is_whole_text(f, spans, nonspace=39)  # attributed and closed
    assert not x._is_whole_text(x._Found(1, 10, "direct", quotes=[0]), spans, nonspace=39)  # short


def test_inherited_speaker_is_the_last_one_before(nlp) -> None:  # type: ignore[no-untyped-def]
    a, b = Speaker(name="Ramos", start=0, end=5), Speaker(name="Lee", start=40, end=43)
    found = [x._Found(0, 10, "direct"), x._Found(20, 30, "direct"), x._Found(50, 60, "direct", inherit=True)]
    speakers: dict[int, Speaker | None] = {0: a, 1: b}
    assert x._inherited_speaker(found, speakers, found[2]) == b
    assert found[2].reasons["speaker"].startswith("continues")
    lonely = x._Found(5, 8, "direct", inherit=True)
    assert x._inherited_speaker(found, speakers, lonely) is None
    assert lonely.reasons["speaker"] == "no attribution cue or earlier speaker found"


def test_mention_offset_prefers_the_cue(nlp) -> None:  # type: ignore[no-untyped-def]
    doc, _ = parse(nlp, "“Stop,” she said.\n")
    said = word(doc, "said")
    assert x._mention_offset(x._Found(1, 5, "direct", cue=said)) == said.idx
    assert x._mention_offset(x._Found(1, 5, "direct")) == 1

"""Random quotation marks never crash the quote stage and never yield a quote covering the text."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventwire.nlp import load_nlp
from eventwire.quotes import find_quoted_spans, find_quotes

MARKS = ['"', "“", "”", "‘", "’", "'", "''", "``", "«", "»", "„"]
WORDS = ["the", "mayor", "said", "he", "told", "reporters", "that", "prices", "rose", "Anna", "Berg", "war", "."]
pieces = st.lists(st.sampled_from(MARKS + WORDS + [",", ":", "\n", "\n\n"]), min_size=1, max_size=60)


def _join(parts: list[str]) -> str:
    out = ""
    for p in parts:
        out += p if (p in MARKS or p in {",", ".", ":"} or p.startswith("\n") or out.endswith("\n")) else " " + p
    return out.strip() or "word"


@given(pieces)
@settings(max_examples=300, deadline=None)
def test_marks_never_cross_paragraphs_unless_continued(parts: list[str]) -> None:
    text = _join(parts)
    for q in find_quoted_spans(text):
        assert 0 <= q.outer_start <= q.start <= q.end <= q.outer_end <= len(text)
        if q.paragraphs == 1:
            assert "\n" not in text[q.start : q.end]


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    return load_nlp()


@given(pieces)
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_find_quotes_never_crashes_nor_swallows_the_text(nlp, parts: list[str]) -> None:  # type: ignore[no-untyped-def]
    text = _join(parts)
    quotes = find_quotes(nlp(text), [])
    visible = len(text.strip())
    for q in quotes:
        assert text[q.start : q.end] == q.text
        if q.cue is None or any("not closed" in r for r in q.reasons.values()):
            assert q.end - q.start < 0.9 * visible


def test_unclosed_quote_in_one_paragraph_article(nlp) -> None:  # type: ignore[no-untyped-def]
    text = '"There is no agreement and there will be none this year, the spokesman never finished'
    for q in find_quotes(nlp(text), []):
        assert q.end - q.start < 0.9 * len(text)


@pytest.mark.parametrize(
    "ascii_text",
    [
        "The minister said they don't know where the convoy is.",
        "\"We won't leave,\" the mayor's aide told reporters on Monday.",
        "Officials said the army's 'special operation' hadn't begun, but residents weren't sure.",
    ],
)
def test_curly_marks_parse_like_straight_ones(nlp, ascii_text: str) -> None:  # type: ignore[no-untyped-def]
    """The parser learned its prefix/suffix/shape features on ASCII marks: curly ones are read as
    those, so a translated wire story with “ ” ’ parses exactly as its ASCII twin."""
    curly = ascii_text.replace("n't", "n’t").replace("'s", "’s").replace(" '", " ‘").replace("'", "’")
    curly = curly.replace('"', "“", 1).replace('"', "”", 1)
    assert curly != ascii_text
    a, c = nlp(ascii_text), nlp(curly)
    assert len(a) == len(c)
    assert [(t.tag_, t.dep_, t.head.i) for t in a] == [(t.tag_, t.dep_, t.head.i) for t in c]
    assert [t.suffix_ for t in a] == [t.suffix_ for t in c]

"""The per-doc cache of ``doc.text`` and the sentence bounds gives what spaCy gives."""

from __future__ import annotations

import pytest

from eventwire.doccache import SENTS_KEY, TEXT_KEY, doc_text, sentence_bounds, sentences
from eventwire.nlp import load_nlp

TEXT = (
    "Police arrested 12 protesters in Surat on Monday. The mayor said the march was illegal.\n\n"
    "\"We will appeal,\" a union leader told reporters. Talks resume next week."
)


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def test_text_and_sentences_match_spacy(nlp) -> None:
    doc = nlp(TEXT)
    assert doc_text(doc) == doc.text == TEXT
    expected = [(s.start, s.end, s.start_char, s.end_char) for s in doc.sents]
    assert len(expected) > 2
    assert [(s.start, s.end, s.start_char, s.end_char) for s in sentences(doc)] == expected
    assert sentence_bounds(doc) == [(a, b) for a, b, _, _ in expected]


def test_values_are_kept_on_the_doc(nlp) -> None:
    doc = nlp(TEXT)
    doc_text(doc)
    sentence_bounds(doc)
    assert doc.user_data[TEXT_KEY] == TEXT
    doc.user_data[SENTS_KEY] = [(0, 1)]  # what is kept is what is read back: no recomputation
    assert [(s.start, s.end) for s in sentences(doc)] == [(0, 1)]
    assert sentences(doc) is not sentences(doc)  # a fresh list each time: callers may change it

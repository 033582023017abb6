"""The vectorised attribute ruler gives exactly the annotations of spaCy's AttributeRuler."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

from eventwire.attribute_rules import FastAttributeRuler, compile_rules, install
from eventwire.bench import read_corpus, standard_corpus, synthetic_articles
from eventwire.nlp import resolve_model_name

TRICKY = [
    "Y'all ain't seen nothin' yet, she said. There's more: they're coming, aren't they?",
    "He gets what he got.\n\n   \nThe  minister's   aides weren't there; it's 5 p.m. now.",
    "“We’ll see,” said Dr. O’Neil of the U.N. — 3,000 troops (roughly) were sent to the north-east.",
    "\n",
    "ok",
]


def _annotations(doc: Doc) -> list[tuple[str, ...]]:
    return [(t.pos_, t.tag_, t.dep_, str(t.morph), t.lemma_, t.norm_) for t in doc]


@pytest.fixture(scope="module")
def model() -> Language:
    return spacy.load(resolve_model_name("auto"))


def _compare(nlp: Language, texts: list[str]) -> int:
    """Run everything before the ruler once, then the original and the fast ruler on copies."""
    ruler = nlp.get_pipe("attribute_ruler")
    assert isinstance(ruler, AttributeRuler)
    fast = compile_rules(nlp.vocab, ruler.patterns)
    assert isinstance(fast, FastAttributeRuler)
    before = nlp.pipe_names[: nlp.pipe_names.index("attribute_ruler")]
    later = [n for n in nlp.pipe_names if n not in before]
    tokens = 0
    with nlp.select_pipes(enable=before):
        for doc in nlp.pipe(texts):
            a, b = ruler(doc.copy()), fast(doc.copy())
            assert _annotations(a) == _annotations(b), doc.text[:80]
            tokens += len(doc)
    assert later[0] == "attribute_ruler"
    return tokens


def test_model_rules_compile_and_match_exactly(model: Language) -> None:
    texts = TRICKY + [a.text for a in synthetic_articles(6)]
    assert _compare(model, texts) > 300


def test_matches_on_shared_corpus(model: Language, shared_data: Path) -> None:
    items = read_corpus(standard_corpus(shared_data.parent), limit=4)
    assert _compare(model, [it.text for it in items]) > 2500


def test_custom_rules_semantics() -> None:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    assert isinstance(ruler, AttributeRuler)
    ruler.add([[{"LOWER": {"IN": ["big", "large"]}}]], {"POS": "ADJ", "LEMMA": "big"})
    ruler.add([[{"ORTH": "New"}, {"ORTH": "York"}]], {"POS": "PROPN", "MORPH": "Number=Sing"}, index=-1)
    ruler.add([[{"LOWER": {"REGEX": "^colou?r$"}}]], {"LEMMA": "color", "TAG": "NN"})
    ruler.add([[{"IS_SPACE": False, "LOWER": {"NOT_IN": ["big", "new", "york"]}, "ORTH": {"REGEX": "^[A-Z]"}}]],
              {"POS": "NOUN"})
    # A later rule overrides an earlier one on the same token.
    ruler.add([[{"LOWER": "large"}]], {"POS": "X"})
    texts = ["A big Colour in New York and a large color.", "Large, larger, LARGE.\n\nNew York New"]
    fast = compile_rules(nlp.vocab, ruler.patterns)
    assert fast is not None
    for text in texts:
        a, b = ruler(nlp.make_doc(text)), fast(nlp.make_doc(text))
        assert _annotations(a) == _annotations(b)
    doc = fast(nlp.make_doc("New York is large"))
    assert [t.pos_ for t in doc] == ["", "PROPN", "", "X"]  # "new" is excluded by NOT_IN
    assert str(doc[1].morph) == "Number=Sing"


def test_unsupported_patterns_keep_the_original() -> None:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    assert isinstance(ruler, AttributeRuler)
    ruler.add([[{"LOWER": "very", "OP": "+"}]], {"POS": "ADV"})
    assert compile_rules(nlp.vocab, ruler.patterns) is None
    assert install(nlp) is False
    assert type(nlp.get_pipe("attribute_ruler")).__name__ == "AttributeRuler"


def test_install_replaces_in_place(model: Language) -> None:
    nlp = spacy.load(resolve_model_name("auto"))
    names = list(nlp.pipe_names)
    assert install(nlp) is True
    assert nlp.pipe_names == names
    assert isinstance(nlp.get_pipe("attribute_ruler"), FastAttributeRuler)
    text = TRICKY[0] + "\n" + TRICKY[2]
    assert _annotations(nlp(text)) == _annotations(model(text))

"""The learned attribution scorer: model file, inference, and what it adds to the cue rules."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from eventwire import extract
from eventwire.errors import DataError
from eventwire.nlp import load_nlp
from eventwire.quotes import find_quotes
from eventwire.quotes.learned import (
    FEATURE_VERSION,
    MODEL_RESOURCE,
    AttributionModel,
    load_model,
    parse_candidates,
)


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    return load_nlp()


def test_packaged_model_is_current_and_sane() -> None:
    model = load_model()
    assert model is not None, f"{MODEL_RESOURCE} is missing: run benchmarks/train_quote_model.py"
    raw = json.loads(resources.files("eventwire").joinpath(MODEL_RESOURCE).read_text("utf-8"))
    assert raw["feature_version"] == FEATURE_VERSION
    assert 0.0 < model.rule_threshold < 1.0 and 0.0 < model.parse_threshold < 1.0
    assert len(model.weights) > 1000
    assert "train" in model.meta["trained_on"] and "dev" not in model.meta["trained_on"]


def test_probability_is_the_logistic_of_summed_weights() -> None:
    m = AttributionModel({"a": 1.0, "b": -0.5}, 0.25, 0.5, 0.5, 0.5, {})
    assert m.probability([]) == pytest.approx(1 / (1 + 2.718281828459045 ** -0.25))
    assert m.probability(["a", "b", "a", "unknown"]) == pytest.approx(1 / (1 + 2.718281828459045 ** -0.75))


def test_a_model_of_another_feature_version_is_refused() -> None:
    data = {"feature_version": FEATURE_VERSION + 1, "weights": {}, "intercept": 0.0, "rule_threshold": 0.5, "parse_threshold": 0.5}
    with pytest.raises(DataError, match="feature version"):
        AttributionModel.from_json(data)


def test_parse_candidates_cover_complements_and_prepositional_objects(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Mayor Tobias Renn shrugged off complaints about the new parking rules.\n")
    got = {(c.cue.text, c.relation, doc[c.lo : c.hi].text) for c in parse_candidates(doc)}
    assert ("shrugged", "dobj", "complaints about the new parking rules") in got
    assert ("complaints", "prep_about", "the new parking rules") in got
    for c in parse_candidates(doc):
        assert 0 <= c.lo < c.hi <= len(doc) and not doc[c.lo].is_punct


def test_model_adds_a_long_tail_predicate_the_rules_miss(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Mayor Tobias Renn shrugged off complaints about the new parking rules.\n"
    doc = nlp(text)
    rules = find_quotes(doc, [], model=None)
    assert all(q.cue is None or q.cue.text != "shrugged" for q in rules)
    scored = find_quotes(doc, [])
    q = next(q for q in scored if q.cue is not None and q.cue.text == "shrugged")
    assert q.text == "complaints about the new parking rules" and q.kind == "indirect"
    assert q.speaker is not None and q.speaker.name == "Tobias Renn"
    assert q.confidence is not None and q.confidence >= 0.5


def test_speech_reports_keep_their_rule_bounds_and_get_a_confidence(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The minister warned that fuel prices would rise again in the spring.\n"
        "“We will not let the pumps run dry,” Sahel said on Tuesday.\n"
    )
    doc = nlp(text)
    scored = find_quotes(doc, [])
    assert [(q.text, q.kind) for q in scored] == [
        ("that fuel prices would rise again in the spring", "indirect"),
        ("We will not let the pumps run dry,", "direct"),
    ]
    assert all(q.confidence is not None and 0.5 <= q.confidence <= 1.0 for q in scored)
    assert all(q.confidence is None for q in find_quotes(doc, [], model=None))


def test_rules_only_option_reaches_the_stage() -> None:
    text = "Mayor Tobias Renn shrugged off complaints about the new parking rules.\n"
    with_model = extract(text, stages=("read", "parse", "actors", "quotes"), quote_encoder="none")
    rules = extract(text, stages=("read", "parse", "actors", "quotes"), quote_model=False)
    assert any(q.cue is not None and q.cue.text == "shrugged" for q in with_model.quotes)
    assert not any(q.cue is not None and q.cue.text == "shrugged" for q in rules.quotes)

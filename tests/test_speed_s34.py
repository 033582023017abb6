"""Speed-ups of stop 34 (issue 20) that must not change what is extracted: each faster path gives
what the plain one gave."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire.events.lexicon import _in_a_name, find_triggers, lexicon
from eventwire.lexicons import ENV_VAR, LiveSet, clear_caches
from eventwire.nlp import load_nlp
from eventwire.quotes.extract import _best_overlap, _token_at
from eventwire.quotes.learned import char_jaccard

TEXT = (
    "“We will not leave,” the mayor of Port Ellis said on Monday.  The Workers' Union of Norvale\n\n"
    "called a strike: “It starts now.” Police arrested 12 protesters outside the Harbour City Hall."
)


@pytest.fixture(scope="module")
def doc():  # type: ignore[no-untyped-def]
    return load_nlp()(TEXT)


def _token_at_by_scan(doc, offset):  # type: ignore[no-untyped-def]
    for t in doc:
        if t.idx <= offset < t.idx + len(t) or t.idx > offset:
            return t
    return None


def test_token_at_by_bisection_is_the_scan(doc) -> None:  # type: ignore[no-untyped-def]
    ends = [t.idx + len(t) for t in doc]
    for offset in range(-1, len(TEXT) + 3):
        want = _token_at_by_scan(doc, offset)
        for got in (_token_at(doc, offset), _token_at(doc, offset, ends)):
            assert (got.i if got is not None else None) == (want.i if want is not None else None), offset


def test_best_overlap_is_the_largest_jaccard() -> None:
    ranges = [(0, 10), (5, 25), (12, 12), (20, 40), (30, 31), (50, 90), (55, 60)]
    for s in range(0, 95, 3):
        for e in range(s + 1, 100, 7):
            want = max((char_jaccard((s, e), r) for r in ranges), default=0.0)
            assert _best_overlap(s, e, sorted(ranges)) == want
    assert _best_overlap(3, 9, []) == 0.0


def test_in_a_name_with_the_sentence_entities_given(doc) -> None:  # type: ignore[no-untyped-def]
    for sent in doc.sents:
        ents = sent.ents
        for t in sent:
            assert _in_a_name(t, sent, ents) == _in_a_name(t, sent)
        assert [x.token.i for x in find_triggers(sent, lexicon())] == [
            t.i for t in sent if not _in_a_name(t, sent) and lexicon().match_token(t) is not None
        ]


def test_word_list_follows_the_overlay_and_clear_caches(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    words = LiveSet.from_json("quotes/cues.json", "speech_verbs")
    monkeypatch.delenv(ENV_VAR, raising=False)
    assert "say" in words and "harrumph" not in words
    (tmp_path / "cues.json").write_text(json.dumps({"speech_verbs": ["harrumph"]}), encoding="utf-8")
    monkeypatch.setenv(ENV_VAR, str(tmp_path))
    assert "harrumph" in words and "say" in words
    (tmp_path / "cues.json").write_text(json.dumps({"speech_verbs": ["grumble"]}), encoding="utf-8")
    assert "harrumph" in words  # an edit in place is read after clear_caches ...
    clear_caches()
    assert "grumble" in words and "harrumph" not in words  # ... and then at once
    monkeypatch.delenv(ENV_VAR)
    assert "grumble" not in words and "say" in words


def test_lexicon_classes_follow_the_overlay(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from eventwire.quotes.learned import lexicon_classes

    monkeypatch.delenv(ENV_VAR, raising=False)
    assert "speech" in lexicon_classes("say") and lexicon_classes("harrumph") == ["none"]
    lexicon_classes("harrumph").append("changed")  # the caller's copy
    assert lexicon_classes("harrumph") == ["none"]
    (tmp_path / "cues.json").write_text(json.dumps({"speech_verbs": ["harrumph"]}), encoding="utf-8")
    monkeypatch.setenv(ENV_VAR, str(tmp_path))
    assert lexicon_classes("harrumph") == ["speech"]
    monkeypatch.delenv(ENV_VAR)
    assert lexicon_classes("harrumph") == ["none"]


def test_model_logit_is_the_exact_sum_in_any_order() -> None:
    import math

    from eventwire.quotes.learned import load_model

    m = load_model()
    assert m is not None
    feats = [*list(m.weights)[:30], "not-a-feature", *list(m.weights)[:5]]
    unique = sorted(set(feats))
    assert m.logit(feats) == m.intercept + math.fsum(m.weights.get(f, 0.0) for f in unique)
    assert m.logit(list(reversed(feats))) == m.logit(feats) == m.logit(unique[::-1])
    assert m.logit([]) == m.intercept

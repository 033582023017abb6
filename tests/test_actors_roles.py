"""Event-argument roles on sentences written for these tests, and the cameo-spans evaluation."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.actors.roles import event_arguments, main_trigger
from eventwire.evaluation import evaluate
from eventwire.evaluation.actors import bio_spans, read_conll
from eventwire.nlp import load_nlp
from eventwire.options import Options

from .conftest import DATA, need


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def args_of(nlp, text: str, trigger_text: str | None = None):
    doc = nlp(text)
    sent = doc[0 : len(doc)]
    trigger = main_trigger(sent) if trigger_text is None else next(t for t in doc if t.text == trigger_text)
    assert trigger is not None
    src, tgt, rec = event_arguments(sent, trigger)
    for s, e in src + tgt:
        assert 0 <= s < e <= len(text)
    return [text[s:e] for s, e in src], [text[s:e] for s, e in tgt], rec


@pytest.mark.parametrize(
    ("text", "sources", "targets", "reciprocal"),
    [
        ("Rebel fighters attacked an army convoy near the town.", ["Rebel fighters"], ["an army convoy"], False),
        ("The convoy was ambushed by gunmen on Friday.", ["gunmen"], ["The convoy"], False),
        (
            "Police launched a raid on the militants' hideout before dawn.",
            ["Police"],
            ["the militants' hideout"],
            False,
        ),
        (
            "The foreign minister held talks with his Kenyan counterpart on Monday.",
            ["The foreign minister"],
            ["his Kenyan counterpart"],
            True,
        ),
        ("Canada and Norway agreed to share fishing data.", ["Canada and Norway"], [], True),
        (
            "The United Kingdom and France condemned the decision.",
            ["The United Kingdom", "France"],
            ["the decision"],
            False,
        ),
        (
            "A monitoring group said government forces shelled the village, killing four people.",
            ["government forces"],
            ["the village"],
            False,
        ),
        (
            "The mayor, who was elected in May, criticised the transport union.",
            ["The mayor"],
            ["the transport union"],
            False,
        ),
        (
            "The ministry said it would provide emergency food aid to displaced families.",
            ["The ministry"],
            ["displaced families"],
            False,
        ),
    ],
)
def test_event_arguments(nlp, text, sources, targets, reciprocal):
    src, tgt, rec = args_of(nlp, text)
    assert sorted(src) == sorted(sources)
    assert tgt == targets
    assert rec is reciprocal


def test_explicit_trigger_noun(nlp):
    src, tgt, rec = args_of(nlp, "The army's assault on the rebel stronghold lasted three days.", "assault")
    assert src == ["The army"]
    assert tgt == ["the rebel stronghold"]
    assert rec is False


@pytest.mark.parametrize(
    ("text", "trigger", "targets"),
    [
        ("His arrest on Monday set off an uproar.", "arrest", ["His"]),
        ("The widow's murder in July shocked the town.", "murder", ["The widow"]),
        ("Police confirmed the suspect's release on bail.", "release", ["the suspect"]),
    ],
)
def test_the_possessor_of_an_undergone_event_is_its_target(nlp, text, trigger, targets):
    src, tgt, _ = args_of(nlp, text, trigger)
    assert src == [] and tgt[: len(targets)] == targets


def test_arguments_are_character_offsets_into_a_longer_doc(nlp):
    text = "Nothing happened here.\nSoldiers detained two journalists at the checkpoint."
    doc = nlp(text)
    sent = list(doc.sents)[-1]
    trigger = main_trigger(sent)
    assert trigger is not None and trigger.text == "detained"
    src, tgt, _ = event_arguments(doc, trigger)
    assert [text[s:e] for s, e in src] == ["Soldiers"]
    assert [text[s:e] for s, e in tgt] == ["two journalists"]


def test_bio_spans():
    assert bio_spans(["B-S", "I-S", "O", "B-T", "I-T", "I-T"]) == {("S", 0, 2), ("T", 3, 6)}
    assert bio_spans(["I-R", "O", "B-R"]) == {("R", 0, 1), ("R", 2, 3)}
    assert bio_spans(["B-S", "I-T"]) == {("S", 0, 1), ("T", 1, 2)}


def test_read_conll(tmp_path: Path):
    path = tmp_path / "tiny.txt"
    path.write_text("Rebels B-S\nattacked O\nthe B-T\ntown I-T\n. O\n\nNothing O\n. O\n", encoding="utf-8")
    sents = read_conll(path)
    assert [s.text for s in sents] == ["Rebels attacked the town .", "Nothing ."]
    assert sents[0].spans == {("S", 0, 1), ("T", 2, 4)}


CAMEO_NER = DATA / "events" / "cameo" / "cameo_ner_train.txt"


def test_cameo_spans_small_sample_floor():
    """First 200 sentences (40 on the dev split): measured dev macro-F1 0.658."""
    metrics = evaluate("actors", "cameo-spans", need(CAMEO_NER), Options(), 200)
    assert metrics["sentences"] == 40 and metrics["split"] == "dev"
    assert float(metrics["macro_f1"]) >= 0.55
    assert float(metrics["S_f1"]) >= 0.75


@pytest.mark.slow
def test_cameo_spans_dev_split_target():
    """The whole file: dev split (every 5th sentence, 230) measured macro-F1 0.637; target 0.55."""
    metrics = evaluate("actors", "cameo-spans", need(CAMEO_NER), Options(), None, include_train=False)
    assert metrics["sentences"] == 230
    assert float(metrics["macro_f1"]) >= 0.58
    assert "train_macro_f1" not in metrics


def test_trigger_finder_is_a_parameter(tmp_path: Path):
    path = tmp_path / "tiny.txt"
    path.write_text("\n\n".join(["Rebels B-S\nattacked O\nthe B-T\ntown I-T\n. O"] * 5) + "\n", encoding="utf-8")
    good = evaluate("actors", "cameo-spans", path, Options(), None)
    assert good["sentences"] == 1 and good["S_f1"] == 1.0 and good["T_f1"] == 1.0
    none = evaluate("actors", "cameo-spans", path, Options(), None, trigger_finder=lambda sent: None)
    assert none["S_f1"] == 0.0 and none["T_f1"] == 0.0

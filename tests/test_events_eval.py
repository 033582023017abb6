"""``eventwire eval events``: readers and metrics on files written here; targets on the shared gold data."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire.errors import DataError
from eventwire.evaluation import evaluate, formats
from eventwire.evaluation.events import (
    eval_cameo_class,
    eval_case2021,
    eval_ipe,
    eval_plover_gsr,
    read_cameo_class,
    read_case2021,
)
from eventwire.options import Options

from .conftest import DATA, need

OPTS = Options()

CAMEO_ROWS = [
    ("The minister said the economy grew faster than expected last year.", 0),
    ("The spokesman described the weather as unusually warm for the season.", 0),
    ("The prime minister praised the neighbouring government for its support.", 1),
    ("The two foreign ministers met in Vienna to discuss trade.", 1),
    ("The government sent food aid and medical supplies to the flooded region.", 2),
    ("The army withdrew its troops from the disputed border area.", 2),
    ("The opposition accused the president of rigging the election.", 3),
    ("The ministry rejected the demand and threatened to expel the diplomats.", 3),
    ("Troops shelled rebel positions and killed at least ten fighters.", 4),
    ("Police arrested dozens of protesters after clashes in the capital.", 4),
]


def test_formats_registered() -> None:
    table = formats("events")
    assert {"cameo-class", "plover-gsr", "ipe", "case2021"} <= set(table)
    try:
        import eventwire.evaluation.actors  # noqa: F401
    except ImportError:
        return
    assert "cameo-spans" in table


def test_read_cameo_class(tmp_path: Path) -> None:
    p = tmp_path / "mini.tsv"
    p.write_text("sentence\tlabel\n" + "".join(f"{s}\t{y}\n" for s, y in CAMEO_ROWS), encoding="utf-8")
    rows = read_cameo_class(p)
    assert len(rows) == len(CAMEO_ROWS) and rows[0].label == 0
    assert [r.dev for r in rows] == [r.dev for r in read_cameo_class(p)]  # deterministic split
    bad = tmp_path / "bad.tsv"
    bad.write_text("ok sentence\t1\nno label here\n", encoding="utf-8")
    with pytest.raises(DataError):
        read_cameo_class(bad)


def test_cameo_class_on_written_sentences(tmp_path: Path) -> None:
    p = tmp_path / "mini.tsv"
    p.write_text("".join(f"{s}\t{y}\n" for s, y in CAMEO_ROWS), encoding="utf-8")
    m = eval_cameo_class(p, OPTS, None)
    assert m["split"] == "all" and m["n"] == len(CAMEO_ROWS) and m["errors"] == 0
    assert 0.0 <= float(m["macro_f1"]) <= 1.0
    assert float(m["accuracy"]) >= 0.6, m


def test_case2021_reader_and_metrics(tmp_path: Path) -> None:
    p = tmp_path / "case.tsv"
    p.write_text(
        "id\tEventSnippet\tSubType\n"
        "1\tPolice arrested twelve protesters in the port city on Tuesday.\tARREST\n"
        "2\tA roadside bomb exploded next to a bus, killing four passengers.\tREM_EXPLOS\n"
        "3\tGovernment troops clashed with rebel fighters in the hills overnight.\tARMED_CLASH\n"
        "4\tThe two governments signed a ceasefire agreement in the capital.\tAGREEMENT\n",
        encoding="utf-8",
    )
    rows = read_case2021(p)
    assert [r.label for r in rows] == ["ARREST", "REM_EXPLOS", "ARMED_CLASH", "AGREEMENT"]
    m = eval_case2021(p, OPTS, None)
    assert m["n"] == 4
    assert float(m["accuracy"]) >= 0.5, m
    with pytest.raises(DataError):
        (tmp_path / "bad.tsv").write_text("1\tonly two columns\n", encoding="utf-8")
        read_case2021(tmp_path / "bad.tsv")


def test_ipe_on_a_written_document(tmp_path: Path) -> None:
    sents = [
        ("police opened fire to disperse the mob and two people were killed in the firing.", ["KILL", "FORCE", "ANY_ACTION"]),
        ("the police arrested 14 men on charges of rioting.", ["ARREST", "ANY_ACTION"]),
        ("shops remained closed in the old city on monday.", []),
    ]
    doc_text = " ".join(s for s, _ in sents)
    (tmp_path / "sents.jsonl").write_text(
        "".join(json.dumps({"doc_id": 1, "sent_id": i, "sent_labels": labs, "sent_text": s}) + "\n"
                for i, (s, labs) in enumerate(sents)),
        encoding="utf-8",
    )
    (tmp_path / "docs.jsonl").write_text(json.dumps({"doc_id": 1, "doc_text": doc_text}) + "\n", encoding="utf-8")
    m = eval_ipe(tmp_path, OPTS, None, split="all")
    assert m["n"] == 3 and m["unaligned"] == 0
    for lab in ("KILL", "ARREST", "FAIL", "FORCE", "ANY_ACTION"):
        assert f"{lab}_f1" in m
    assert m["ARREST_recall"] == 1.0 and float(m["ANY_ACTION_recall"]) >= 0.5
    assert 0.0 <= float(m["samples_f1"]) <= 1.0


def test_plover_gsr_on_written_records(tmp_path: Path) -> None:
    records = [
        {"id": "x-1", "event": "FIGHT", "date": "2020-01-05",
         "text": "Turkish troops attacked Kurdish fighters near the border on Sunday.",
         "source": [{"actorText": "Turkish", "code": "TUR", "sector": "MIL"}], "target": ""},
        {"id": "x-2", "event": "DEMAND", "date": "2020-01-05",
         "text": "France called on Iran to release the detained researchers.",
         "source": [{"actorText": "France", "code": "FRA"}], "target": [{"actorText": "Iran", "code": "IRN"}]},
        {"id": "x-3", "event": "DOCUMENT", "text": "", "eventText": ""},
    ]
    p = tmp_path / "gsr.json"
    p.write_text(json.dumps(records), encoding="utf-8")
    m = eval_plover_gsr(p, OPTS, None)
    assert m["n"] == 2
    assert m["type_accuracy"] == 1.0, m
    assert 0.0 <= float(m["actor_code_f1"]) <= 1.0


# --------------------------------------------------------------------------------------------
# targets on the shared gold data (dev splits the classifiers never saw)


@pytest.mark.slow
def test_cameo_class_dev_target() -> None:
    path = need(DATA / "events" / "cameo" / "cameo_class_train.tsv")
    m = evaluate("events", "cameo-class", path, OPTS)
    assert str(m["split"]).startswith("dev")
    assert float(m["macro_f1"]) >= 0.70, m


@pytest.mark.slow
def test_ipe_dev_target() -> None:
    path = need(DATA / "events" / "ipe")
    m = evaluate("events", "ipe", path, OPTS)
    assert float(m["macro_f1"]) >= 0.55, m
    assert float(m["samples_f1"]) >= 0.85, m


@pytest.mark.slow
def test_plover_gsr_reported() -> None:
    path = need(DATA / "events" / "plover_gsr_cameo.json")
    m = evaluate("events", "plover-gsr", path, OPTS, limit=80)
    assert m["n"] == 80
    assert float(m["type_accuracy"]) >= 0.4, m

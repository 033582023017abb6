"""PolNeAR scoring: BRAT reading and matching on a tiny layout written here; a floor on real dev data."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.encoder import available
from eventwire.evaluation import evaluate
from eventwire.evaluation.quotes import PredAttribution, Tally, metrics, parse_ann, read_polnear, score_file
from eventwire.options import Options

from .conftest import DATA, need

TEXT = 'Rain closes schools\n\n"We are not taking any risks," the principal said. Officials said the roads were flooded.\n'


def _ann(text: str) -> str:
    def at(s: str) -> tuple[int, int]:
        i = text.index(s)
        return i, i + len(s)

    c1, q1, s1 = at('"We are not taking any risks,"'), at("said"), at("the principal")
    c2s, c2e = at("the roads"), at("flooded")
    s2, q2 = at("Officials"), at("said the")
    q2 = (q2[0], q2[0] + 4)
    lines = [
        f"T1\tContent {c1[0]} {c1[1]}\t{text[c1[0]:c1[1]]}",
        f"T2\tCue {q1[0]} {q1[1]}\tsaid",
        f"T3\tSource {s1[0]} {s1[1]}\tthe principal",
        f"T4\tAttribution {q1[0]} {q1[1]}\tsaid",
        "E1\tAttribution:T4 Content:T1 Cue:T2 Source:T3",
        # a discontinuous content span, split in two fragments
        f"T5\tContent {c2s[0]} {c2s[0] + 9};{c2s[0] + 10} {c2e[1]}\tx",
        f"T6\tCue {q2[0]} {q2[1]}\tsaid",
        f"T7\tSource {s2[0]} {s2[1]}\tOfficials",
        f"T8\tAttribution {q2[0]} {q2[1]}\tsaid",
        "E2\tAttribution:T8 Content:T5 Cue:T6 Source:T7",
        "T9\tDiscard 0 4\tRain",
    ]
    return "\n".join(lines) + "\n"


def test_parse_ann_kinds_and_fragments() -> None:
    gold = parse_ann(_ann(TEXT), TEXT)
    assert [g.kind for g in gold] == ["direct", "indirect"]
    assert len(gold[1].content) == 2 and gold[0].source and gold[0].cue


def test_score_file_perfect_and_wrong_source() -> None:
    gold = parse_ann(_ann(TEXT), TEXT)
    preds = [PredAttribution(g.content[:1] if len(g.content) == 1 else [(g.content[0][0], g.content[-1][1])], g.source, g.cue, g.kind) for g in gold]
    tally = Tally()
    score_file(TEXT, gold, preds, tally)
    m = metrics(tally)
    assert m["content_f1"] == 1.0 and m["source_accuracy"] == 1.0 and m["direct_content_f1"] == 1.0
    wrong = [PredAttribution(p.content, [(0, 4)], p.cue, p.kind) for p in preds] + [PredAttribution([(0, 4)])]
    tally = Tally()
    score_file(TEXT, gold, wrong, tally)
    m = metrics(tally)
    assert m["source_accuracy"] == 0.0 and m["content_precision"] < 1.0 and m["content_recall"] == 1.0


def test_polnear_layout_end_to_end(tmp_path: Path) -> None:
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    (tmp_path / "text" / "story.txt").write_text(TEXT, encoding="utf-8")
    for annotator in ("aa11", "bb22"):  # two annotators: the article is scored twice
        (tmp_path / "attributions" / f"story_{annotator}.ann").write_text(_ann(TEXT), encoding="utf-8")
    assert len(next(read_polnear(tmp_path)).annotations) == 2
    m = evaluate("quotes", "polnear", tmp_path, Options(), None)
    assert m["annotation_files"] == 2 and m["documents"] == 1
    assert m["content_f1"] == 1.0 and m["source_accuracy"] == 1.0 and m["cue_accuracy"] == 1.0


@pytest.mark.slow
def test_polnear_dev_floor() -> None:
    dev = need(DATA / "quotes" / "polnear" / "dev")
    m = evaluate("quotes", "polnear", dev, Options(), 8)
    for k, v in m.items():
        if k.endswith(("_f1", "_precision", "_recall", "_accuracy", "_avg")):
            assert 0.0 <= float(v) <= 1.0, k
    # measured 0.673 / 0.944 / 0.972 on these 8 articles with the encoder (0.647 / 0.909 / 0.970
    # with the sparse model alone), rules alone 0.600 (2026-12-04)
    assert m["content_f1"] >= 0.62
    assert m["source_accuracy"] >= 0.85
    assert m["cue_accuracy"] >= 0.90
    rules = evaluate("quotes", "polnear", dev, Options(quote_model=False), 8)
    assert m["content_f1"] > rules["content_f1"], "the attribution model no longer improves on the rules"
    if available():
        sparse = evaluate("quotes", "polnear", dev, Options(quote_encoder="none"), 8)
        assert m["content_f1"] > sparse["content_f1"], "the encoder no longer improves on the sparse model"

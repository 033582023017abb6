"""Error analysis of the quotes stage on a PolNeAR split (use the TRAIN split only).

    .venv/bin/python benchmarks/quotes_polnear_errors.py ../shared/data/quotes/polnear/train \
        --limit 200 [--skip 0] [--show fn|fp|boundary] [--n 40]

Prints the scores, then a breakdown of the misses: gold attributions with no overlapping prediction
(counted by the gold cue's lower-cased head word), predictions overlapping gold below the Jaccard
threshold (boundary errors: which side differs), and unmatched predictions (by cue). Nothing from the
data set is written anywhere; the output goes to the terminal only.
"""

from __future__ import annotations

import argparse
import itertools
import re
from collections import Counter
from pathlib import Path

from eventwire.evaluation.metrics import greedy_match
from eventwire.evaluation.quotes import (
    THRESHOLD,
    Tally,
    _positions,
    metrics,
    pipeline_predictor,
    read_polnear,
    score_file,
)
from eventwire.options import Options


def _txt(text: str, frags: list[tuple[int, int]]) -> str:
    return " … ".join(text[s:e] for s, e in frags).replace("\n", " ")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("path", type=Path)
    ap.add_argument("--limit", type=int, default=200)
    ap.add_argument("--skip", type=int, default=0)
    ap.add_argument("--show", default="")
    ap.add_argument("--n", type=int, default=40)
    args = ap.parse_args()
    arts = list(itertools.islice(read_polnear(args.path, None), args.skip, args.skip + args.limit))
    preds = list(pipeline_predictor(Options())(arts))
    tally = Tally()
    missed_cues: Counter[str] = Counter()
    fp_cues: Counter[str] = Counter()
    bound: Counter[str] = Counter()
    pred_ok: Counter[str] = Counter()
    pred_bad: Counter[str] = Counter()
    shows: dict[str, list[str]] = {"fn": [], "fp": [], "boundary": []}
    for art, pred in zip(arts, preds, strict=True):
        text = art.text
        for gold in art.annotations.values():
            score_file(text, gold, pred, tally)
            gp = [_positions(text, g.content) for g in gold]
            pp = [_positions(text, p.content) for p in pred]

            def sc(i: int, j: int, pp: list[frozenset[int]] = pp, gp: list[frozenset[int]] = gp) -> float:
                u = len(pp[i] | gp[j])
                return len(pp[i] & gp[j]) / u if u else 0.0

            m = greedy_match(range(len(pred)), range(len(gold)), sc, THRESHOLD)
            mg = {j for _, j, _ in m}
            mp = {i for i, _, _ in m}
            for j, g in enumerate(gold):
                if j in mg:
                    continue
                cue = _txt(text, g.cue).lower() if g.cue else "<none>"
                over = [i for i in range(len(pred)) if pp[i] & gp[j]]
                if not over:
                    missed_cues[cue] += 1
                    shows["fn"].append(f"[{g.kind}] cue={cue!r} src={_txt(text, g.source)!r}\n   GOLD {_txt(text, g.content)!r}")
                else:
                    i = max(over, key=lambda i: sc(i, j))
                    ps, pe = pred[i].content[0]
                    gs, ge = g.content[0][0], g.content[-1][1]
                    side = []
                    if ps < gs:
                        side.append("pred-starts-earlier")
                    elif ps > gs:
                        side.append("pred-starts-later")
                    if pe > ge:
                        side.append("pred-ends-later")
                    elif pe < ge:
                        side.append("pred-ends-earlier")
                    if len(g.content) > 1:
                        side.append("gold-discontinuous")
                    for s in side:
                        bound[s] += 1
                    shows["boundary"].append(
                        f"[{g.kind}] j={sc(i, j):.2f} cue={cue!r} {side}\n   GOLD {_txt(text, g.content)!r}\n   PRED {_txt(text, pred[i].content)!r}"
                    )
            for i, p in enumerate(pred):
                cue = _txt(text, p.cue).lower() if p.cue else "<none>"
                (pred_ok if i in mp else pred_bad)[cue] += 1
                if i in mp:
                    continue
                if not any(pp[i] & gp[j] for j in range(len(gold))):
                    fp_cues[cue] += 1
                    shows["fp"].append(f"[{p.kind}] cue={cue!r}\n   PRED {_txt(text, p.content)!r}")
    res = metrics(tally)
    print({k: res[k] for k in ("content_f1", "content_precision", "content_recall", "source_accuracy", "tp", "fp", "fn", "direct_content_f1", "indirect_content_f1", "indirect_content_recall")})
    print("missed (no overlap) by gold cue:", missed_cues.most_common(60))
    print("unmatched predictions (no overlap) by cue:", fp_cues.most_common(30))
    print("boundary errors:", bound.most_common())
    worst = sorted(pred_bad, key=lambda c: pred_ok[c] - 2 * pred_bad[c])[:40]
    print("cues with most unmatched predictions (cue, matched, unmatched):", [(c, pred_ok[c], pred_bad[c]) for c in worst])
    if args.show:
        for line in shows[args.show][: args.n]:
            print(re.sub(r"\s+\n", "\n", line))


if __name__ == "__main__":
    main()

"""Train the toponym candidate ranker across corpora and report leave-one-corpus-out figures.

    .venv/bin/python benchmarks/train_place_ranker.py cache     # parse LGL, TR-News, GeoVirus once
    .venv/bin/python benchmarks/train_place_ranker.py ceiling   # share of gold toponyms reachable
    .venv/bin/python benchmarks/train_place_ranker.py loco      # LOCO figures beside the hand weights
    .venv/bin/python benchmarks/train_place_ranker.py train     # LOCO, then write the model if it wins

Data: ``../shared/data/places/{lgl,tr-news,geovirus}.xml`` (every article). ``cache`` parses each
article once and stores the gold-span mentions with their gazetteer candidates (pickles under
``--cache``), exactly as ``eventwire eval places --gold-spans`` builds them, so every later step
only re-runs resolution.

The ranker is a linear scorer over :data:`eventwire.gazetteer.resolve.FEATURES`: pairwise logistic
regression (no intercept) on feature differences between a candidate within 161 km of the gold
coordinates and one farther away, each mention weighing 1 (negatives subsampled with a fixed seed).
Candidate features are taken in the resolver's last round with the article context of the current
weights (the hand-tuned ones first; ``--iterations`` re-extracts them under the learned weights).
The regularisation C is chosen inside the two training corpora (train on one, score acc@161 on the
other, both ways); the held-out corpus is only scored. ``train`` writes the model trained on all
three to ``eventwire/data/places/ranker.json`` only when every LOCO figure beats the hand weights on
that corpus (``--force`` to write anyway).
"""

from __future__ import annotations

import argparse
import json
import pickle
import random
import sys
import time
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eventwire.document import ArticleInput  # noqa: E402
from eventwire.evaluation.places import GoldArticle, read_geovirus, read_lgl  # noqa: E402
from eventwire.gazetteer import open_gazetteer  # noqa: E402
from eventwire.gazetteer.recognize import Mention, mentions_for_spans  # noqa: E402
from eventwire.gazetteer.resolve import FEATURES, HAND_WEIGHTS, resolve  # noqa: E402
from eventwire.geo import haversine_km  # noqa: E402
from eventwire.options import Options  # noqa: E402
from eventwire.pipeline import Pipeline  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "places"
OUT = ROOT / "eventwire" / "data" / "places" / "ranker.json"
CORPORA = {"lgl": ("lgl.xml", read_lgl), "trnews": ("tr-news.xml", read_lgl), "geovirus": ("geovirus.xml", read_geovirus)}
C_GRID = (0.01, 0.1, 1.0, 10.0)
SEED = 13
MAX_NEG = 25
MAX_POS = 3
KM = 161.0

Gold = list[tuple[int, int, float, float]]
Article = tuple[str, list[Mention], Gold]


def cache_corpus(name: str, cache: Path, limit: int | None) -> Path:
    """Parse one corpus and pickle its gold-span mentions (``[(article id, mentions, gold)]``)."""
    file, reader = CORPORA[name]
    options = Options(stages=("read", "parse"))
    pipe = Pipeline.from_options(options)
    gaz = open_gazetteer(options)
    arts: list[GoldArticle] = list(reader(DATA / file))[:limit]
    out: list[Article] = []
    for a, d in zip(arts, pipe.run_documents(ArticleInput(text=a.text) for a in arts), strict=True):
        gold = [(g.start, g.end, g.lat, g.lon) for g in a.toponyms if g.end > g.start and g.lat is not None]
        if d.error is not None or d.doc is None:
            raise SystemExit(f"{name}/{a.id}: {d.error}")
        spans = sorted({(g.start, g.end) for g in a.toponyms if g.end > g.start})
        out.append((a.id, mentions_for_spans(d.doc, gaz, spans), gold))  # type: ignore[misc]
    path = cache / f"{name}.pkl"
    path.write_bytes(pickle.dumps(out, protocol=pickle.HIGHEST_PROTOCOL))
    return path


def load(cache: Path, name: str) -> list[Article]:
    path = cache / f"{name}.pkl"
    if not path.exists():
        raise SystemExit(f"no cache {path}: run `cache` first")
    data: list[Article] = pickle.loads(path.read_bytes())
    return data


def capitals() -> frozenset[str]:
    return open_gazetteer(Options()).capitals


def ceiling(arts: Sequence[Article]) -> dict[str, float | int]:
    """The share of gold toponyms with a candidate of the gold span's name within 161 km."""
    n = with_cands = reach = 0
    for _id, mentions, gold in arts:
        by_span = {(m.start, m.end): m for m in mentions}
        for s, e, lat, lon in gold:
            n += 1
            m = by_span.get((s, e))
            if m is None or not m.candidates:
                continue
            with_cands += 1
            reach += any(haversine_km(lat, lon, c.place.lat, c.place.lon) <= KM for c in m.candidates)
    return {"gold_toponyms": n, "with_candidates": round(with_cands / n, 4), "ceiling_acc161": round(reach / n, 4)}


def accuracy(arts: Sequence[Article], weights: Mapping[str, float], caps: frozenset[str]) -> dict[str, float | int]:
    """acc@161 on gold spans (as ``eventwire eval places --gold-spans`` scores it) under ``weights``."""
    hits = n = 0
    for _id, mentions, gold in arts:
        res = resolve(mentions, caps, weights=weights)
        by_span = {(m.start, m.end): r for m, r in zip(mentions, res, strict=True)}
        for s, e, lat, lon in gold:
            n += 1
            r = by_span.get((s, e))
            hits += r is not None and haversine_km(lat, lon, r.place.lat, r.place.lon) <= KM
    return {"n": n, "acc161": round(hits / n, 4) if n else 0.0}


def pairs(
    arts: Iterable[Article], weights: Mapping[str, float], caps: frozenset[str], rng: random.Random, hard: bool
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Pairwise training rows: (positive - negative, 1) and (negative - positive, 0), weighted so each
    mention with both a near and a far candidate counts once. ``hard``: the negatives are the
    ``MAX_NEG`` best-scored under ``weights`` (the ones a decision is made against), else a sample."""
    wv = np.array([weights.get(k, 0.0) for k in FEATURES])
    xs: list[tuple[float, ...]] = []
    ws: list[float] = []
    for _id, mentions, gold in arts:
        coords = {(s, e): (lat, lon) for s, e, lat, lon in gold}
        traced: dict[int, list[tuple[bool, tuple[float, ...]]]] = {}

        def trace(i: int, vectors: Sequence[tuple[object, tuple[float, ...]]], mentions: list[Mention] = mentions,
                  coords: dict[tuple[int, int], tuple[float, float]] = coords,
                  traced: dict[int, list[tuple[bool, tuple[float, ...]]]] = traced) -> None:  # fmt: skip
            ll = coords.get((mentions[i].start, mentions[i].end))
            if ll is None:
                return
            traced[i] = [
                (haversine_km(ll[0], ll[1], c.place.lat, c.place.lon) <= KM, v)  # type: ignore[attr-defined]
                for c, v in vectors
            ]

        resolve(mentions, caps, weights=weights, trace=trace)
        for i in sorted(traced):
            pos = [v for ok, v in traced[i] if ok][:MAX_POS]
            neg = [v for ok, v in traced[i] if not ok]
            if not pos or not neg:
                continue
            if len(neg) > MAX_NEG:
                neg = sorted(neg, key=lambda v: -float(np.dot(wv, v)))[:MAX_NEG] if hard else rng.sample(neg, MAX_NEG)
            w = 1.0 / (len(pos) * len(neg))
            for p in pos:
                for q in neg:
                    d = tuple(a - b for a, b in zip(p, q, strict=True))
                    xs.append(d)
                    xs.append(tuple(-x for x in d))
                    ws += [w, w]
    x = np.array(xs, dtype=float)
    y = np.tile([1, 0], len(xs) // 2)
    return x, y, np.array(ws)


VARIANT = {"anchor": False, "hard": False, "new_only": False}
"""``anchor``: the hand-weighted score is one more input, so the L2 penalty pulls towards (a multiple
of) the hand weights rather than towards zero; the written weights are the hand weights plus the
learned corrections divided by the hand score's coefficient. ``new_only`` (with
``anchor``): only the features without a hand weight are learned beside the hand score."""


def fit(arts: Sequence[Article], caps: frozenset[str], c: float, iterations: int) -> dict[str, float]:
    weights: Mapping[str, float] = HAND_WEIGHTS
    hand = np.array([HAND_WEIGHTS.get(k, 0.0) for k in FEATURES])
    for _ in range(iterations):
        x, y, w = pairs(arts, weights, caps, random.Random(SEED), VARIANT["hard"])
        free = np.array([not (VARIANT["new_only"] and HAND_WEIGHTS.get(k)) for k in FEATURES])
        if VARIANT["anchor"]:
            x = np.column_stack([x @ hand, x * free])
        model = LogisticRegression(C=c, fit_intercept=False, max_iter=5000)
        model.fit(x, y, sample_weight=w * len(w) / w.sum())
        coef = model.coef_[0]
        if VARIANT["anchor"] and coef[0] > 0:
            # Back on the hand weights' scale (hand + corrections): the ranking within a round is the
            # same, and the confidences that weight the context keep the scale they were tuned with.
            coef = hand + coef[1:] / coef[0]
        elif VARIANT["anchor"]:
            coef = coef[1:] + coef[0] * hand
        weights = {k: round(float(v), 4) for k, v in zip(FEATURES, coef, strict=True)}
    return dict(weights)


def choose_c(train: Mapping[str, list[Article]], caps: frozenset[str], iterations: int) -> tuple[float, dict[str, float]]:
    """C by the mean acc@161 of train-on-one, score-on-the-other within the training corpora."""
    names = sorted(train)
    scores: dict[float, float] = {}
    for c in C_GRID:
        accs = []
        for a in names:
            w = fit(train[a], caps, c, iterations)
            for b in names:
                if b != a:
                    accs.append(float(accuracy(train[b], w, caps)["acc161"]))
        scores[c] = sum(accs) / len(accs)
        print(f"    C={c}: inner mean acc161 {scores[c]:.4f}", flush=True)
    best = max(C_GRID, key=lambda c: (scores[c], -c))
    return best, scores


def loco(cache: Path, iterations: int) -> dict[str, dict[str, object]]:
    caps = capitals()
    data = {n: load(cache, n) for n in CORPORA}
    report: dict[str, dict[str, object]] = {}
    for held in CORPORA:
        train = {n: a for n, a in data.items() if n != held}
        t0 = time.time()
        c, inner = choose_c(train, caps, iterations)
        w = fit([a for arts in train.values() for a in arts], caps, c, iterations)
        learned = accuracy(data[held], w, caps)
        hand = accuracy(data[held], HAND_WEIGHTS, caps)
        report[held] = {"trained_on": sorted(train), "C": c, "inner": inner, "learned": learned, "hand": hand,
                        "weights": w, "seconds": round(time.time() - t0, 1)}  # fmt: skip
        print(f"{held}: learned {learned['acc161']} vs hand {hand['acc161']} (n={learned['n']}, C={c})", flush=True)
    return report


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("step", choices=("cache", "ceiling", "loco", "train"))
    ap.add_argument("--cache", type=Path, default=Path.home() / ".cache" / "eventwire-bench" / "places")
    ap.add_argument("--corpus", choices=sorted(CORPORA), action="append", help="cache: only these corpora")
    ap.add_argument("--limit", type=int, default=None, help="cache: only the first N articles of each corpus")
    ap.add_argument("--iterations", type=int, default=1, help="feature re-extraction rounds under learned weights")
    ap.add_argument("--report", type=Path, help="write the LOCO report as JSON here")
    ap.add_argument("--force", action="store_true", help="train: write the model even if LOCO does not win")
    ap.add_argument("--anchor", action="store_true", help="regularise towards the hand weights")
    ap.add_argument("--hard", action="store_true", help="hardest negatives instead of a sample")
    ap.add_argument("--new-only", action="store_true", help="with --anchor: learn only the features hand weights leave at 0")
    args = ap.parse_args()
    VARIANT.update(anchor=args.anchor or args.new_only, hard=args.hard, new_only=args.new_only)
    args.cache.mkdir(parents=True, exist_ok=True)
    if args.step == "cache":
        for name in args.corpus or CORPORA:
            t0 = time.time()
            path = cache_corpus(name, args.cache, args.limit)
            print(f"{name}: {path} ({time.time() - t0:.0f} s)", flush=True)
        return
    if args.step == "ceiling":
        for name in CORPORA:
            print(name, json.dumps(ceiling(load(args.cache, name))))
        return
    report = loco(args.cache, args.iterations)
    if args.report:
        args.report.write_text(json.dumps(report, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    if args.step != "train":
        return
    wins = all(float(r["learned"]["acc161"]) > float(r["hand"]["acc161"]) for r in report.values())  # type: ignore[index]
    if not wins and not args.force:
        print("LOCO does not beat the hand weights on every corpus: no model written")
        return
    caps = capitals()
    every = [a for n in CORPORA for a in load(args.cache, n)]
    cs = [float(r["C"]) for r in report.values()]  # type: ignore[arg-type]
    c = max(set(cs), key=lambda x: (cs.count(x), -x))
    w = fit(every, caps, c, args.iterations)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    model = {
        "kind": "linear candidate ranker (pairwise logistic regression)",
        "trained_by": "benchmarks/train_place_ranker.py train",
        "trained_on": sorted(CORPORA),
        "C": c,
        "seed": SEED,
        "iterations": args.iterations,
        "anchor": args.anchor,
        "hard_negatives": args.hard,
        "new_only": args.new_only,
        "loco_acc161_gold_spans": {
            n: {"learned": r["learned"]["acc161"], "hand": r["hand"]["acc161"], "n": r["learned"]["n"]}  # type: ignore[index]
            for n, r in report.items()
        },
        "weights": {k: w[k] for k in FEATURES},
    }
    OUT.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()

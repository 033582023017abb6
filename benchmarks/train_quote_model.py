"""Train the quote attribution model and write it as JSON text to eventwire/data/quotes/.

    .venv/bin/python benchmarks/train_quote_model.py [--polnear ../shared/data/quotes/polnear/train]

Uses the PolNeAR **train** split only (the dev split stays held out for ``eventwire eval quotes``).
Every candidate :func:`eventwire.quotes.extract.attribution_pool` gives for an article (the rules'
finds and the parse's complement spans) is labelled 1 when its content matches some gold content
with token Jaccard ≥ 0.5 — the scorer's own criterion — and 0 otherwise. A logistic regression
over the candidates' string features is fitted; the two thresholds (rule finds, parse candidates)
are chosen on a held-out fifth of train (sha1 of the article name), then the model is refitted on
all of train. Only features seen at least twice are kept. Nothing from the data set but feature
weights is written.
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import numpy as np
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from spacy.tokens import Doc, DocBin

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eventwire.document import ArticleInput  # noqa: E402
from eventwire.evaluation.quotes import (  # noqa: E402
    THRESHOLD,
    Article,
    PredAttribution,
    Tally,
    _positions,
    metrics,
    read_polnear,
    score_file,
    scored_bounds,
)
from eventwire.nlp import load_nlp  # noqa: E402
from eventwire.options import Options  # noqa: E402
from eventwire.pipeline import Pipeline  # noqa: E402
from eventwire.quotes.extract import PoolItem, _select, attribution_pool  # noqa: E402
from eventwire.quotes.learned import FEATURE_VERSION, MIN_WEIGHT, MODEL_RESOURCE, AttributionModel  # noqa: E402
from eventwire.quotes.marks import find_quoted_spans  # noqa: E402

C = 0.3
MIN_COUNT = 5
GRID = (0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6)
DUPLICATE_GRID = (0.1, 0.2, 0.3)


def _held_out(name: str, fold: int = 0) -> bool:
    """Whether an article is in held-out fifth ``fold`` (0-4) of train, by the sha1 of its name."""
    return int(hashlib.sha1(name.encode()).hexdigest(), 16) % 5 == fold


def _content(item: PoolItem, marks: list[tuple[int, int, int, int]]) -> list[tuple[int, int]]:
    """The scorer's view of a candidate's content (quotation marks at its edges included)."""
    return [scored_bounds(item.found.start, item.found.end, marks)]


def _labels(art: Article, pool: list[PoolItem], marks: list[tuple[int, int, int, int]]) -> list[int]:
    """1 for a candidate whose content matches some annotator's gold content (token Jaccard ≥ THRESHOLD)."""
    golds = [_positions(art.text, g.content) for gold in art.annotations.values() for g in gold]
    labels = []
    for it in pool:
        p = _positions(art.text, _content(it, marks))
        best = max((len(p & g) / (len(p | g) or 1) for g in golds), default=0.0)
        labels.append(int(best >= THRESHOLD))
    return labels


def _tuning_f1(docs: list[tuple[Article, list[PoolItem], list[tuple[int, int, int, int]]]], model: AttributionModel) -> float:
    """Content F1 of what ``model``'s thresholds keep of each (article, scored pool, marks)."""
    tally = Tally()
    for art, pool, marks in docs:
        pred = [PredAttribution(_content(PoolItem("", f, [], None), marks), [], [], "indirect") for f in _select(pool, model)]
        for gold in art.annotations.values():
            score_file(art.text, gold, pred, tally)
    return float(metrics(tally)["content_f1"])


def _fit(rows: list[dict[str, int]], labels: list[int]) -> tuple[dict[str, float], float]:
    vec = DictVectorizer()
    x = vec.fit_transform(rows)
    counts = np.asarray(x.sum(axis=0)).ravel()
    keep = np.flatnonzero(counts >= MIN_COUNT)
    clf = LogisticRegression(C=C, max_iter=5000).fit(x[:, keep], labels)
    names = vec.get_feature_names_out()[keep]
    weights = {str(n): round(float(w), 4) for n, w in zip(names, clf.coef_[0], strict=True) if abs(w) >= MIN_WEIGHT}
    return weights, float(clf.intercept_[0])


def _parses(articles: list, parsed: Path | None) -> Iterator[Doc]:
    if parsed is not None:
        yield from DocBin().from_disk(parsed).get_docs(load_nlp().vocab)
        return
    pipe = Pipeline.from_options(Options().replace(stages=("read", "parse")))
    inputs = (ArticleInput(text=a.text, published=a.published, meta={"name": a.name}) for a in articles)
    for art, doc in zip(articles, pipe.run_documents(inputs), strict=True):
        if doc.error is not None or doc.doc is None:
            raise SystemExit(f"{art.name}: {doc.error}")
        yield doc.doc


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--polnear", type=Path, default=ROOT.parent / "shared" / "data" / "quotes" / "polnear" / "train")
    ap.add_argument("--out", type=Path, default=ROOT / "eventwire" / MODEL_RESOURCE)
    ap.add_argument("--parsed", type=Path, help="a spaCy DocBin of the same articles in order (skips parsing)")
    args = ap.parse_args()
    t0 = time.time()
    articles = list(read_polnear(args.polnear))
    docs = []
    for art, parsed in zip(articles, _parses(articles, args.parsed), strict=True):
        pool = attribution_pool(parsed)
        marks = [(m.start, m.end, m.outer_start, m.outer_end) for m in find_quoted_spans(parsed.text)]
        docs.append((art, pool, _labels(art, pool, marks), marks))
    print(f"parsed {len(docs)} articles in {time.time() - t0:.0f} s", file=sys.stderr)

    def rows(ds: list) -> tuple[list[dict[str, int]], list[int]]:
        return [dict.fromkeys(it.features, 1) for _, pool, _, _ in ds for it in pool], [y for _, _, ls, _ in ds for y in ls]

    fit_docs = [d for d in docs if not _held_out(d[0].name)]
    tune_docs = [d for d in docs if _held_out(d[0].name)]
    weights, intercept = _fit(*rows(fit_docs))
    best: tuple[float, float, float, bool, float] = (-1.0, 0.5, 0.5, False, 0.5)
    for pt, rt, prio, dup in itertools.product(GRID, GRID, (False, True), DUPLICATE_GRID):
        model = AttributionModel(weights, intercept, rt, pt, dup, {}, prio)
        f1 = _tuning_f1([(art, pool, marks) for art, pool, _, marks in tune_docs], model)
        if f1 > best[0]:
            best = (f1, rt, pt, prio, dup)
    print(
        f"held-out fifth of train: content F1 {best[0]:.4f} at rule {best[1]}, parse {best[2]}, "
        f"rule priority {best[3]}, duplicate Jaccard {best[4]}",
        file=sys.stderr,
    )
    weights, intercept = _fit(*rows(docs))
    out = {
        "name": "quote-attribution",
        "feature_version": FEATURE_VERSION,
        "intercept": round(intercept, 4),
        "rule_threshold": best[1],
        "parse_threshold": best[2],
        "duplicate_jaccard": best[4],
        "rule_priority": best[3],
        "meta": {
            "trained_on": "PolNeAR train split (articles under polnear/train), all annotation files",
            "c": C,
            "min_count": MIN_COUNT,
            "candidates": sum(len(p) for _, p, _, _ in docs),
            "positives": sum(sum(ls) for _, _, ls, _ in docs),
            "tuning_f1_heldout_fifth": round(best[0], 4),
        },
        "weights": dict(sorted(weights.items())),
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(out, indent=0, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {args.out} ({len(weights)} weights) in {time.time() - t0:.0f} s", file=sys.stderr)


if __name__ == "__main__":
    main()

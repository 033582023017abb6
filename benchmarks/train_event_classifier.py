"""Train the events sentence classifiers and write them as JSON text under eventwire/data/events/.

    .venv/bin/python benchmarks/train_event_classifier.py [--data ../shared/data/events]

Heads:
- ``quad``: CAMEO pentaclass (0 statement, 1 verbal coop., 2 material coop., 3 verbal conflict,
  4 material conflict) from ``cameo/cameo_class_train.tsv`` (ConfliBERT repo, GPL-3.0, research use).
- ``police``: IndiaPoliceEvents sentence labels KILL/ARREST/FAIL/FORCE/ANY_ACTION (research use).

Only the train part of each deterministic split is used (see ``eventwire.evaluation.events``:
CAMEO dev = sha1(sentence) % 5 == 0; IPE dev = sha1(doc_id) % 5 == 0), so the dev numbers that
``eventwire eval events`` reports are held out. Features: TF-IDF word 1-2 grams (sublinear tf) of
the sentence plus pseudo-words from the trigger lexicon (type, quad class, mode, negation, police).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold, cross_val_predict

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eventwire.evaluation.events import IPE_LABELS, ipe_split, read_cameo_class, read_ipe  # noqa: E402
from eventwire.events.classifier import featurize, lexicon_features, to_json  # noqa: E402
from eventwire.nlp import load_nlp  # noqa: E402

OUT = ROOT / "eventwire" / "data" / "events"
C_GRID = (1.0, 3.0, 10.0, 30.0)


def _augmented(texts: list[str]) -> list[str]:
    nlp = load_nlp()
    out = []
    for text, doc in zip(texts, nlp.pipe(texts, batch_size=64), strict=True):
        extra = [f for s in doc.sents for f in lexicon_features(s)]
        out.append(featurize(text, extra))
    return out


def _vectorizer(max_features: int | None = None) -> TfidfVectorizer:
    return TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=2, max_features=max_features)


def _terms(vec: TfidfVectorizer) -> list[str]:
    inv = sorted(vec.vocabulary_.items(), key=lambda kv: kv[1])
    return [t for t, _ in inv]


def train_quad(data: Path, c: float) -> dict[str, object]:
    rows = read_cameo_class(data / "cameo" / "cameo_class_train.tsv")
    train = [r for r in rows if not r.dev]
    texts = _augmented([r.text for r in train])
    vec = _vectorizer()
    x = vec.fit_transform(texts)
    y = [str(r.label) for r in train]
    model = LogisticRegression(C=c, max_iter=5000, class_weight="balanced").fit(x, y)
    labels = [str(lab) for lab in model.classes_]
    return to_json(
        "quad",
        "multiclass",
        labels,
        _terms(vec),
        vec.idf_.tolist(),
        model.coef_.tolist(),
        model.intercept_.tolist(),
        meta={
            "trained_on": "cameo_class_train.tsv, train split (sha1(sentence) % 5 != 0)",
            "n_train": len(train),
            "licence_note": "trained on ConfliBERT CAMEO sentences (GPL-3.0, research use)",
            "C": c,
        },
    )


def train_police(data: Path, c: float, max_features: int) -> dict[str, object]:
    sents = read_ipe(data / "ipe")
    train = [s for s in sents if not ipe_split(s.doc_id)]
    texts = _augmented([s.text for s in train])
    vec = _vectorizer(max_features)
    x = vec.fit_transform(texts)
    coefs, intercepts, thresholds, chosen = [], [], [], {}
    groups = [s.doc_id for s in train]
    for lab in IPE_LABELS:
        y = np.array([lab in s.labels for s in train])
        # C and the decision threshold are chosen by document-grouped 5-fold cross-validation on the
        # train split only (sentences of one article never straddle folds).
        best: tuple[float, float, float] = (-1.0, 0.5, c)
        for c_try in sorted({c, *C_GRID}):
            clf = LogisticRegression(C=c_try, max_iter=5000, class_weight="balanced")
            proba = cross_val_predict(clf, x, y, cv=GroupKFold(5), groups=groups, method="predict_proba")[:, 1]
            for t in np.arange(0.05, 0.95, 0.05):
                pred = proba >= t
                denom = float(np.sum(pred) + np.sum(y))
                f = 2 * float(np.sum(pred & y)) / denom if denom else 0.0
                if f > best[0]:
                    best = (f, float(t), c_try)
        clf = LogisticRegression(C=best[2], max_iter=5000, class_weight="balanced").fit(x, y)
        coefs.append(clf.coef_[0].tolist())
        intercepts.append(float(clf.intercept_[0]))
        thresholds.append(best[1])
        chosen[lab] = {"C": best[2], "threshold": round(best[1], 2), "cv_f1": round(best[0], 4)}
        print(f"  {lab}: C={best[2]} threshold={best[1]:.2f} grouped-CV F1={best[0]:.3f}")
    return to_json(
        "police",
        "multilabel",
        list(IPE_LABELS),
        _terms(vec),
        vec.idf_.tolist(),
        coefs,
        intercepts,
        thresholds,
        meta={
            "trained_on": "IndiaPoliceEvents sents.jsonl, train split (sha1(doc_id) % 5 != 0)",
            "n_train": len(train),
            "licence_note": "trained on IndiaPoliceEvents (research use)",
            "per_label": chosen,
            "max_features": max_features,
        },
    )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data" / "events")
    ap.add_argument("--heads", default="quad,police")
    ap.add_argument("--c-quad", type=float, default=30.0)
    ap.add_argument("--c-police", type=float, default=10.0)
    ap.add_argument("--police-features", type=int, default=6000, help="vocabulary cap (keeps the JSON small)")
    args = ap.parse_args()
    for head in args.heads.split(","):
        t0 = time.perf_counter()
        model = train_quad(args.data, args.c_quad) if head == "quad" else train_police(args.data, args.c_police, args.police_features)
        path = OUT / f"classifier-{head}.json"
        path.write_text(json.dumps(model, separators=(",", ":"), ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"{head}: wrote {path.relative_to(ROOT)} ({path.stat().st_size // 1024} KiB) in {time.perf_counter() - t0:.1f}s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

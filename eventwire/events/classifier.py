"""Sentence classifiers stored as text: TF-IDF n-grams plus lexicon features → logistic regression.

A model file (``eventwire/data/events/classifier-*.json``) holds the vocabulary, IDF weights and
coefficients written by ``benchmarks/train_event_classifier.py``; inference here needs no
scikit-learn and reproduces ``TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True)`` followed by
``LogisticRegression`` (multinomial softmax, or one sigmoid per label for multi-label heads).
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from operator import mul
from typing import Any

from spacy.tokens import Span

from ..doccache import token_table
from ..errors import DataError
from .cameo import quad_class
from .lexicon import Lexicon, Trigger, find_triggers, lexicon
from .modality import is_negated

_TOKEN = re.compile(r"(?u)\b\w\w+\b")


def lexicon_features(sent: Span, lex: Lexicon | None = None, triggers: Sequence[Trigger] | None = None) -> list[str]:
    """Pseudo-words for the triggers of a sentence: type, quad class, negation, police actor
    (``triggers``: the sentence's :func:`find_triggers`, when the caller has them already)."""
    lex = lex or lexicon()
    out: list[str] = []
    table = token_table(sent.doc)
    nouns = lex.police_nouns
    police = any(
        table.lower[i] in nouns or table.lemma[i].lower() in nouns for i in range(sent.start, sent.end)
    )
    if police:
        out.append("zzpolice")
    for trig in find_triggers(sent, lex) if triggers is None else triggers:
        t = trig.type.lower()
        quad = (quad_class(trig.type) or "").replace("_", "")
        out += [f"zzt{t}", f"zzq{quad}"]
        if trig.mode:
            out.append(f"zzm{re.sub(r'[^a-z]', '', trig.mode.lower())}")
        if is_negated(trig.token):
            out.append(f"zzneg{t}")
        if police:
            out.append(f"zzpolice{t}")
    return out


def featurize(text: str, extra: Iterable[str] = ()) -> str:
    """The string the vectorizer sees: the sentence text plus lexicon pseudo-words."""
    extra = list(extra)
    return text + (" " + " ".join(extra) if extra else "")


@lru_cache(maxsize=4)
def _ngrams(text: str, n_max: int) -> Counter[str]:
    """The n-gram counts of ``text`` (kept for the last few texts: each sentence is read by two
    heads; callers only read the counter)."""
    return _count_ngrams(text, n_max)


def _count_ngrams(text: str, n_max: int) -> Counter[str]:
    toks = _TOKEN.findall(text.lower())
    grams: Counter[str] = Counter(toks)
    for n in range(2, n_max + 1):
        grams.update(" ".join(toks[i : i + n]) for i in range(len(toks) - n + 1))
    return grams


@dataclass(frozen=True)
class LinearModel:
    name: str
    kind: str
    """``multiclass`` (softmax over labels) or ``multilabel`` (one sigmoid per label)."""
    labels: tuple[str, ...]
    ngram_max: int
    vocab: dict[str, int]
    idf: tuple[float, ...]
    coef: tuple[dict[int, float], ...]
    intercept: tuple[float, ...]
    thresholds: tuple[float, ...]
    meta: dict[str, Any]

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> LinearModel:
        vocab = {t: i for i, t in enumerate(data["terms"])}
        coef = tuple({int(k): float(v) for k, v in row.items()} for row in data["coef"])
        labels = tuple(data["labels"])
        if len(coef) != len(labels) or len(data["intercept"]) != len(labels):
            raise DataError(f"classifier {data.get('name')!r}: coefficient rows do not match labels")
        return cls(
            name=data["name"],
            kind=data["kind"],
            labels=labels,
            ngram_max=int(data.get("ngram_max", 2)),
            vocab=vocab,
            idf=tuple(float(x) for x in data["idf"]),
            coef=coef,
            intercept=tuple(float(x) for x in data["intercept"]),
            thresholds=tuple(float(x) for x in data.get("thresholds", [0.5] * len(labels))),
            meta=dict(data.get("meta", {})),
        )

    def vector(self, text: str) -> dict[int, float]:
        grams = _ngrams(text, self.ngram_max)
        vec: dict[int, float] = {}
        for g, n in grams.items():
            i = self.vocab.get(g)
            if i is not None:
                vec[i] = (1.0 + math.log(n)) * self.idf[i]
        norm = math.sqrt(sum(v * v for v in vec.values()))
        if norm:
            vec = {i: v / norm for i, v in vec.items()}
        return vec

    def scores(self, text: str) -> dict[str, float]:
        """Probabilities per label (softmax for multiclass, sigmoid for multilabel)."""
        vec = self.vector(text)
        keys, values = list(vec), list(vec.values())
        zeros = [0.0] * len(keys)
        # the same products summed in the same order as sum(w.get(i, 0.0) * v for i, v in vec.items())
        raw = [b + sum(map(mul, map(w.get, keys, zeros), values)) for w, b in zip(self.coef, self.intercept, strict=True)]
        if self.kind == "multiclass":
            top = max(raw)
            ex = [math.exp(r - top) for r in raw]
            tot = sum(ex)
            return {lab: e / tot for lab, e in zip(self.labels, ex, strict=True)}
        return {lab: 1.0 / (1.0 + math.exp(-r)) for lab, r in zip(self.labels, raw, strict=True)}

    def predict(self, text: str) -> str | set[str]:
        s = self.scores(text)
        if self.kind == "multiclass":
            return max(s, key=lambda k: s[k])
        return {lab for lab, th in zip(self.labels, self.thresholds, strict=True) if s[lab] >= th}


MODEL_FILES: dict[str, str] = {
    "quad": "data/events/classifier-quad.json",
    "police": "data/events/classifier-police.json",
}


@lru_cache(maxsize=4)
def load_model(head: str) -> LinearModel | None:
    """A stored classifier head, or None when it has not been trained in this installation."""
    path = MODEL_FILES.get(head)
    if path is None:
        raise DataError(f"unknown classifier head {head!r}")
    res = resources.files("eventwire").joinpath(path)
    if not res.is_file():
        return None
    return LinearModel.from_json(json.loads(res.read_text("utf-8")))


def to_json(
    name: str,
    kind: str,
    labels: Sequence[str],
    terms: Sequence[str],
    idf: Sequence[float],
    coef: Sequence[Sequence[float]],
    intercept: Sequence[float],
    thresholds: Sequence[float] | None = None,
    meta: dict[str, Any] | None = None,
    prune: float = 1e-4,
) -> dict[str, Any]:
    """Serialise a trained model; coefficients below ``prune`` are dropped (the vocabulary and IDF
    weights are kept whole so that vector norms match the trained vectorizer)."""
    return {
        "name": name,
        "kind": kind,
        "labels": list(labels),
        "ngram_max": 2,
        "terms": list(terms),
        "idf": [round(float(x), 5) for x in idf],
        "coef": [{str(i): round(float(w), 5) for i, w in enumerate(row) if abs(w) >= prune} for row in coef],
        "intercept": [round(float(b), 5) for b in intercept],
        "thresholds": [round(float(t), 4) for t in (thresholds or [0.5] * len(labels))],
        "meta": meta or {},
    }

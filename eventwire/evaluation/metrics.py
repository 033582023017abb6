"""Metric code shared by every evaluation task."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

_TOKEN = re.compile(r"\w+|[^\w\s]", re.UNICODE)


@dataclass
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: PRF) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def as_dict(self, prefix: str = "") -> dict[str, float | int]:
        return {
            f"{prefix}precision": round(self.precision, 4),
            f"{prefix}recall": round(self.recall, 4),
            f"{prefix}f1": round(self.f1, 4),
            f"{prefix}tp": self.tp,
            f"{prefix}fp": self.fp,
            f"{prefix}fn": self.fn,
        }


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def tokens(text: str) -> list[str]:
    return [t.lower() for t in _TOKEN.findall(text)]


def token_jaccard(a: str, b: str) -> float:
    sa, sb = set(tokens(a)), set(tokens(b))
    if not sa and not sb:
        return 1.0
    return len(sa & sb) / len(sa | sb)


def offset_token_jaccard(a: tuple[int, int], b: tuple[int, int], text: str) -> float:
    """Jaccard over token positions of two spans of the same text."""

    def positions(span: tuple[int, int]) -> set[int]:
        return {m.start() for m in _TOKEN.finditer(text, span[0], span[1])}

    pa, pb = positions(a), positions(b)
    if not pa and not pb:
        return 1.0
    return len(pa & pb) / len(pa | pb)


def greedy_match(
    pred: Sequence[Any], gold: Sequence[Any], score: Callable[[Any, Any], float], threshold: float
) -> list[tuple[int, int, float]]:
    """One-to-one matching, best pairs first, keeping pairs with ``score >= threshold``."""
    pairs = []
    for i, p in enumerate(pred):
        for j, g in enumerate(gold):
            s = score(p, g)
            if s >= threshold:
                pairs.append((s, i, j))
    pairs.sort(key=lambda x: (-x[0], x[1], x[2]))
    used_p: set[int] = set()
    used_g: set[int] = set()
    out = []
    for s, i, j in pairs:
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        out.append((i, j, s))
    return out


def label_prf(gold: Sequence[str], pred: Sequence[str], labels: Iterable[str]) -> dict[str, PRF]:
    out = {}
    for lab in labels:
        prf = PRF()
        for g, p in zip(gold, pred, strict=True):
            if p == lab and g == lab:
                prf.tp += 1
            elif p == lab:
                prf.fp += 1
            elif g == lab:
                prf.fn += 1
        out[lab] = prf
    return out


def macro_f1(gold: Sequence[str], pred: Sequence[str], labels: Iterable[str] | None = None) -> float:
    labs = sorted(set(gold) | set(pred)) if labels is None else list(labels)
    table = label_prf(gold, pred, labs)
    return sum(p.f1 for p in table.values()) / len(table) if table else 0.0


def accuracy(gold: Sequence[object], pred: Sequence[object]) -> float:
    return sum(g == p for g, p in zip(gold, pred, strict=True)) / len(gold) if gold else 0.0


def samples_f1(gold: Sequence[set[str]], pred: Sequence[set[str]]) -> float:
    """sklearn ``f1_score(average="samples", zero_division=1)`` over label sets."""
    total = 0.0
    for g, p in zip(gold, pred, strict=True):
        if not g and not p:
            total += 1.0
            continue
        inter = len(g & p)
        denom = len(g) + len(p)
        total += 2 * inter / denom if denom else 1.0
    return total / len(gold) if gold else 0.0




def geo_auc(errors_km: Sequence[float]) -> float:
    """Gritta et al. (2018) AUC: area under the sorted ln(error+1) curve, scaled to [0, 1]
    (lower is better); unresolved toponyms count as 20039 km."""
    if len(errors_km) < 2:
        return 0.0 if not errors_km else math.log(errors_km[0] + 1) / math.log(20039)
    ys = sorted(math.log(e + 1) for e in errors_km)
    area = sum((ys[i] + ys[i + 1]) / 2 for i in range(len(ys) - 1))
    return area / (math.log(20039) * (len(ys) - 1))


def median(values: Sequence[float]) -> float:
    if not values:
        return float("nan")
    s = sorted(values)
    n = len(s)
    return s[n // 2] if n % 2 else (s[n // 2 - 1] + s[n // 2]) / 2


def counts(values: Iterable[str]) -> dict[str, int]:
    return dict(Counter(values))

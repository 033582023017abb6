"""Scoring event-argument roles (``cameo-spans``): source/target/reciprocal actor spans.

Gold: CoNLL-style BIO file, one ``token TAG`` per line, blank line between sentences, tags ``S``
(source), ``T`` (target), ``R`` (reciprocal participant). Each sentence is rebuilt as text (tokens
joined by single spaces), parsed, its main event trigger chosen (:func:`eventwire.actors.roles.main_trigger`
unless a ``trigger_finder`` is passed), and :func:`eventwire.actors.roles.event_arguments` gives
predicted spans; a reciprocal prediction labels every span ``R``.

The metric is exact span match per label; ``macro_f1`` averages the F1 of S, T and R. The file is
split deterministically: every 5th sentence (index % 5 == 4) is the **dev** split (reported as the
unprefixed metrics), the rest is the **train** split used for tuning (``train_`` metrics).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Span, Token

from ..actors.roles import event_argument_tokens, main_trigger
from ..errors import InputError
from ..nlp import load_nlp
from ..options import Options
from .metrics import PRF

LABELS = ("S", "T", "R")
DEV_EVERY = 5


@dataclass
class ConllSentence:
    tokens: list[str]
    spans: set[tuple[str, int, int]]
    """Gold (label, token start, token end exclusive)."""

    @property
    def text(self) -> str:
        return " ".join(self.tokens)


def read_conll(path: Path) -> list[ConllSentence]:
    """Sentences of a BIO file with S/T/R tags (I- after a different label opens a new span)."""
    sents: list[ConllSentence] = []
    toks: list[str] = []
    tags: list[str] = []

    def flush() -> None:
        if toks:
            sents.append(ConllSentence(list(toks), bio_spans(tags)))
        toks.clear()
        tags.clear()

    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc}") from exc
    for lineno, line in enumerate(lines, 1):
        if not line.strip():
            flush()
            continue
        parts = line.rsplit(None, 1)
        if len(parts) != 2:
            raise InputError(f"{path}:{lineno}: expected 'token TAG'")
        toks.append(parts[0])
        tags.append(parts[1])
    flush()
    return sents


def bio_spans(tags: Sequence[str]) -> set[tuple[str, int, int]]:
    spans: set[tuple[str, int, int]] = set()
    label, start = None, 0
    for i, tag in enumerate([*tags, "O"]):
        kind, _, lab = tag.partition("-")
        if label is not None and (kind in ("B", "O") or lab != label):
            spans.add((label, start, i))
            label = None
        if kind == "B" or (kind == "I" and label is None):
            label, start = lab, i
    return spans


def split_of(index: int) -> str:
    return "dev" if index % DEV_EVERY == DEV_EVERY - 1 else "train"


def predict_spans(
    sent: Span, trigger_finder: Callable[[Span], Token | None] = main_trigger
) -> set[tuple[str, int, int]]:
    """Predicted (label, token start, token end) relative to the sentence's first token."""
    trigger = trigger_finder(sent)
    if trigger is None:
        return set()
    src, tgt, rec = event_argument_tokens(sent, trigger)
    off = sent.start
    out: set[tuple[str, int, int]] = set()
    for label, ranges in (("S", src), ("T", tgt)):
        for s, e in ranges:
            out.add(("R" if rec else label, s - off, e - off))
    return out


def _to_conll_tokens(sent: ConllSentence, doc_tokens: Iterable[Token]) -> dict[int, int]:
    """spaCy token index → gold token index (by character offsets in the joined text)."""
    starts: dict[int, int] = {}
    pos = 0
    for gi, tok in enumerate(sent.tokens):
        for k in range(len(tok)):
            starts[pos + k] = gi
        pos += len(tok) + 1
    return {t.i: starts.get(t.idx, -1) for t in doc_tokens}


def score_sentences(
    sents: Sequence[ConllSentence],
    options: Options,
    trigger_finder: Callable[[Span], Token | None] = main_trigger,
) -> tuple[dict[str, PRF], list[set[tuple[str, int, int]]]]:
    nlp = load_nlp(options.model)
    table = {lab: PRF() for lab in LABELS}
    preds: list[set[tuple[str, int, int]]] = []
    for sent, doc in zip(sents, nlp.pipe((s.text for s in sents), batch_size=64), strict=True):
        # Treat the whole line as one sentence: the gold is one event per line.
        whole = doc[0 : len(doc)]
        tmap = _to_conll_tokens(sent, doc)
        pred: set[tuple[str, int, int]] = set()
        for lab, s, e in predict_spans(whole, trigger_finder):
            gs, ge = tmap.get(s, -1), tmap.get(e - 1, -1)
            if gs >= 0 and ge >= 0:
                pred.add((lab, gs, ge + 1))
        preds.append(pred)
        for lab in LABELS:
            p = {x for x in pred if x[0] == lab}
            g = {x for x in sent.spans if x[0] == lab}
            table[lab].tp += len(p & g)
            table[lab].fp += len(p - g)
            table[lab].fn += len(g - p)
    return table, preds


def _metrics(table: dict[str, PRF], prefix: str = "") -> dict[str, float | int | str]:
    out: dict[str, float | int | str] = {}
    for lab, prf in table.items():
        out.update(prf.as_dict(f"{prefix}{lab}_"))
    out[f"{prefix}macro_f1"] = round(sum(p.f1 for p in table.values()) / len(table), 4)
    micro = PRF()
    for prf in table.values():
        micro.add(prf)
    out[f"{prefix}micro_f1"] = round(micro.f1, 4)
    return out


def eval_cameo_spans(path: Path, options: Options, limit: int | None = None, **kw: object) -> dict[str, float | int | str]:
    """Exact-span P/R/F1 per label and macro F1 on the dev split (every 5th sentence), plus train.

    Keyword options: ``include_train`` (default True) also scores the tuning split;
    ``trigger_finder`` replaces :func:`main_trigger` (e.g. the events stage's trigger finder)."""
    sents = read_conll(path)
    if limit is not None:
        sents = sents[:limit]
    if not sents:
        raise InputError(f"{path}: no sentences")
    dev = [s for i, s in enumerate(sents) if split_of(i) == "dev"]
    train = [s for i, s in enumerate(sents) if split_of(i) == "train"]
    out: dict[str, float | int | str] = {"split": "dev", "sentences": len(dev), "train_sentences": len(train)}
    finder = kw.get("trigger_finder", main_trigger)
    if not callable(finder):
        raise InputError("trigger_finder must be a function (sentence Span -> Token | None)")
    if dev:
        out.update(_metrics(score_sentences(dev, options, finder)[0]))
    if train and kw.get("include_train", True):
        out.update(_metrics(score_sentences(train, options, finder)[0], "train_"))
    return out


FORMATS = {"cameo-spans": eval_cameo_spans}

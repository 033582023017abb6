"""A learned scorer over attribution candidates (the rules' finds and parse-derived spans).

The cue rules in :mod:`eventwire.quotes.extract` are precise on speech verbs but attribution in news
runs on a long tail of stance and cognition predicates ("has come out in support of", "shrugged
off", "is reveling in"). This module adds two things:

- :func:`parse_candidates`: for every verb, noun or adjective, the spans its complements cover
  (clausal and open complements, objects, prepositional objects, …) — a generous pool that holds
  most attributions' content;
- :class:`AttributionModel`: a logistic regression over sparse string features of a candidate
  (the predicate's lemma with its relation, the subject's kind, where the span starts and ends,
  whether a rule found it …) that gives the probability that the candidate is an attribution with
  those content bounds.

:func:`eventwire.quotes.extract.find_quotes` scores the rules' finds and the parse candidates with
the model and keeps the best non-duplicate ones above the model's thresholds. The weights are text
(``eventwire/data/quotes/attribution-model.json``) written by ``benchmarks/train_quote_model.py``
from the PolNeAR train split only; inference needs no scikit-learn.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import repeat
from typing import Any, TypeVar

from spacy.tokens import Doc, Token

from ..errors import DataError
from ..lexicons import tables_state
from .cues import (
    ADJ_CUES,
    AS_CUES,
    NOUN_CUES,
    OBJECT_CUES,
    PREP_CUE_VERBS,
    SPEECH_VERBS,
    THINK_VERBS,
    WEAK_VERBS,
    XCOMP_CUES,
)
from .speakers import doc_index

T = TypeVar("T")
MODEL_RESOURCE = "data/quotes/attribution-model.json"
FEATURE_VERSION = 3
"""Bumped whenever a feature changes meaning; a model trained on another version is refused."""
MIN_WEIGHT = 5e-3
"""Sparse weights smaller than this (in absolute value) are left out of the shipped model files."""

_PRONOUNS = frozenset({"he", "she", "they", "i", "we", "it", "you"})
_CONTENT_DEPS = frozenset(
    {"ccomp", "xcomp", "dobj", "attr", "acomp", "oprd", "dative", "nsubjpass", "advcl", "csubj", "acl", "relcl", "appos", "npadvmod", "conj"}
)
_FUNCTION_TAGS = frozenset({"IN", "WDT", "WP", "WRB", "TO", "DT"})
_OPENING_MARKS = frozenset({"“", "‘", '"'})
_CLOSING_MARKS = frozenset({"”", "’", '"'})


@dataclass(frozen=True)
class Candidate:
    """A predicate token and a token range [lo, hi) that may be what it attributes."""

    cue: Token
    relation: str
    """Dependency relation of the content to the cue (``ccomp``, ``dobj``, ``prep_about`` …)."""
    root: Token
    lo: int
    hi: int


def _trim(doc: Doc, lo: int, hi: int) -> tuple[int, int]:
    while lo < hi and (doc[lo].is_punct or doc[lo].is_space) and doc[lo].text not in _OPENING_MARKS:
        lo += 1
    while hi > lo and (doc[hi - 1].is_punct or doc[hi - 1].is_space) and doc[hi - 1].text not in _CLOSING_MARKS:
        hi -= 1
    return lo, hi


def parse_candidates(doc: Doc) -> list[Candidate]:
    """Every complement span of every verb, noun, adjective or proper noun in ``doc``."""
    out: list[Candidate] = []
    for v in doc:
        if v.pos_ not in ("VERB", "AUX", "NOUN", "ADJ", "PROPN"):
            continue
        for c in v.children:
            if c.dep_ in _CONTENT_DEPS:
                pairs = [(c.dep_, c)]
            elif c.dep_ in ("prep", "agent"):
                pairs = [(f"prep_{c.lower_}", p) for p in c.children if p.dep_ in ("pobj", "pcomp")]
            else:
                continue
            for rel, root in pairs:
                lo, hi = _trim(doc, root.left_edge.i, root.right_edge.i + 1)
                if hi > lo:
                    out.append(Candidate(v, rel, root, lo, hi))
    return out


def subject_kind(subj: Token | None) -> str:
    """A coarse kind for a speaker head: ``none``, ``pron_he`` …, ``ent_PERSON`` …, ``propn``, ``noun``."""
    if subj is None:
        return "none"
    if subj.lower_ in _PRONOUNS:
        return "pron_" + subj.lower_
    if subj.ent_type_:
        return "ent_" + subj.ent_type_
    if subj.pos_ == "PROPN":
        return "propn"
    if subj.tag_ in ("WP", "WDT"):
        return "wh"
    return "noun"


_LEXICONS = (
    ("speech", SPEECH_VERBS),
    ("think", THINK_VERBS),
    ("object", OBJECT_CUES),
    ("xcomp", XCOMP_CUES),
    ("noun", NOUN_CUES),
    ("adj", ADJ_CUES),
    ("as", AS_CUES),
    ("prep", PREP_CUE_VERBS),
    ("weak", WEAK_VERBS),
)


_CLASSES: dict[str, tuple[str, ...]] = {}
_CLASSES_STATE: list[Any] = [None]


def lexicon_classes(lemma: str) -> list[str]:
    """Which of the hand-kept cue lists hold ``lemma`` (they generalise over rare lemmas); remembered
    per lemma while the word lists are unchanged (:func:`~eventwire.lexicons.tables_state`): every
    parse candidate asks for its cue's classes twice, nine list tests each time."""
    state = tables_state()
    if _CLASSES_STATE[0] != state or len(_CLASSES) > 50_000:
        _CLASSES.clear()
        _CLASSES_STATE[0] = state
    hit = _CLASSES.get(lemma)
    if hit is None:
        hit = _CLASSES[lemma] = tuple(name for name, words in _LEXICONS if lemma in words) or ("none",)
    return list(hit)


def _span_root(doc: Doc, lo: int, hi: int) -> Token:
    """The first token of [lo, hi) whose head lies outside it (or is itself): the span's root."""
    heads = doc_index(doc).heads
    for i in range(lo, hi):
        h = heads[i]
        if h == i or not lo <= h < hi:
            return doc[i]
    return doc[lo]


def cue_features(doc: Doc, cue: Token, subj: Token | None) -> list[str]:
    """The part of :func:`span_features` that depends on the cue and speaker only (computed once
    per cue when a predicate has several candidate spans)."""
    lemma = cue.lemma_.lower()
    st = subject_kind(subj)
    f = [
        f"L={lemma}",
        f"pos={cue.pos_}",
        f"vdep={cue.dep_}",
        f"tag={cue.tag_}",
        f"st={st[:6]}",
        f"Lst={lemma}|{st[:6]}",
        f"st2={st}",
    ]
    if subj is not None and st in ("noun", "propn"):
        f.append(f"sl={subj.lemma_.lower()}")
    for cls in lexicon_classes(lemma):
        f += [f"lex={cls}", f"lexst={cls}|{st[:6]}", f"lexpos={cls}|{cue.pos_}"]
    deps = {ch.dep_ for ch in cue.children}
    if "neg" in deps:
        f.append("neg")
    if "auxpass" in deps:
        f.append("pass")
    if cue.i > 0:
        prev = doc[cue.i - 1].lower_
        f.append(f"prev={prev}")
        f.append(f"Lprev={lemma}|{prev}")
    if cue.i + 1 < len(doc):
        nxt = doc[cue.i + 1].lower_
        f.append(f"Lnext={lemma}|{nxt}")
        f.append(f"next={nxt}")
    f.append(f"root={int(cue.dep_ == 'ROOT')}")
    return f


def span_features(
    doc: Doc,
    text: str,
    cue: Token,
    relation: str,
    root: Token | None,
    lo: int,
    hi: int,
    subj: Token | None,
    quoted: bool,
    cue_part: list[str] | None = None,
) -> list[str]:
    """Features of a cue token with a content token range [lo, hi) and its speaker head
    (``text`` is ``doc.text``, which spaCy rebuilds on every access; ``cue_part`` is
    :func:`cue_features` of the same cue and speaker, if already computed)."""
    lemma = cue.lemma_.lower()
    st = subject_kind(subj)[:6]
    f = list(cue_part) if cue_part is not None else cue_features(doc, cue, subj)
    f += [f"Ld={lemma}|{relation}", f"dep={relation}", f"Ldvd={lemma}|{relation}|{cue.dep_}", f"dst={relation}|{st}"]
    f += [f"lexd={cls}|{relation}" for cls in lexicon_classes(lemma)]
    n = hi - lo
    f.append(f"len={min(n, 40) // 5}")
    f.append(f"dlen={relation}|{min(n, 40) // 5}")
    first = doc[lo]
    fw = first.lower_ if first.tag_ in _FUNCTION_TAGS else first.pos_
    f.append(f"first={fw}")
    f.append(f"Lfirst={lemma}|{fw}")
    if root is None:
        root = _span_root(doc, lo, hi)
    root_lemma = root.lemma_.lower()
    f.append(f"cpos={root.pos_}")
    f.append(f"cent={root.ent_type_ or '-'}")
    f.append(f"cl={root_lemma}")
    f.append(f"Lcl={lemma}|{root_lemma}")
    if quoted:
        f.append("inquote")
    last = doc[hi - 1]
    content = text[first.idx : last.idx + len(last)]
    if '"' in content or "“" in content or "”" in content:
        f.append("hasquote")
    f.append(f"rel={'before' if lo < cue.i else 'after'}")
    sent = doc_index(doc).sent(cue)
    f.append(f"toend={int(hi >= sent.end - 1)}")
    f.append(f"fromstart={int(lo <= sent.start + 1)}")
    gap = (lo - cue.i - 1) if lo > cue.i else (cue.i - hi)
    f.append(f"gap={min(gap, 6)}")
    return f


def rule_features(
    doc: Doc,
    text: str,
    kind: str,
    cue: Token | None,
    cue_words: int,
    content: tuple[int, int] | None,
    subj: Token | None,
    *,
    quoted: bool,
    relative: bool,
    channel: bool,
    reasons: Iterable[str],
    words: int,
) -> list[str]:
    """Features of a rule find: its kind, its cue's span features (own weights), its speaker."""
    f = ["src=rule", f"rk={kind}"]
    if cue is not None and content is not None:
        lo, hi = content
        f += ["r" + x for x in span_features(doc, text, cue, f"rule_{kind}", None, lo, hi, subj, quoted)]
        f.append(f"cuelen={min(cue_words, 4)}")
    elif cue is None:
        f.append("nocue")
    f.append("nospk" if subj is None else f"rst={subject_kind(subj)[:6]}")
    if relative:
        f.append("relpron")
    if channel:
        f.append("chan")
    f += [f"reason={k}" for k in sorted(reasons)]
    f.append(f"rlenk={min(words, 60) // 5}|{kind}")
    return f


def char_jaccard(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = min(a[1], b[1]) - max(a[0], b[0])
    if inter <= 0:
        return 0.0
    return inter / ((a[1] - a[0]) + (b[1] - b[0]) - inter)


@dataclass(frozen=True)
class AttributionModel:
    weights: dict[str, float]
    intercept: float
    rule_threshold: float
    parse_threshold: float
    duplicate_jaccard: float
    meta: dict[str, Any]
    rule_priority: bool = False
    """Keep rule finds before parse candidates (else strictly best-first)."""

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> AttributionModel:
        if data.get("feature_version") != FEATURE_VERSION:
            raise DataError(
                f"quote model has feature version {data.get('feature_version')!r}, this code needs {FEATURE_VERSION}",
                hint="retrain it with benchmarks/train_quote_model.py",
            )
        return cls(
            weights={str(k): float(v) for k, v in data["weights"].items()},
            intercept=float(data["intercept"]),
            rule_threshold=float(data["rule_threshold"]),
            parse_threshold=float(data["parse_threshold"]),
            duplicate_jaccard=float(data.get("duplicate_jaccard", 0.5)),
            meta=dict(data.get("meta", {})),
            rule_priority=bool(data.get("rule_priority", False)),
        )

    def logit(self, features: Sequence[str]) -> float:
        # math.fsum: the correctly rounded sum, whatever order the set iterates in (a plain sum followed
        # set order, which follows string hashing, so its last bit changed between processes);
        # map(w.get, …, repeat(0.0)) avoids a Python frame per feature
        return self.intercept + math.fsum(map(self.weights.get, set(features), repeat(0.0)))

    def probability(self, features: Sequence[str]) -> float:
        return sigmoid(self.logit(features))


def sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@lru_cache(maxsize=1)
def load_model() -> AttributionModel | None:
    """The packaged model, or ``None`` when the package ships without one (rules only)."""
    return read_resource(MODEL_RESOURCE, "quote model", AttributionModel.from_json)


def read_resource(
    resource: str,
    what: str,
    build: Callable[[dict[str, Any]], T],
    errors: tuple[type[Exception], ...] = (ValueError, KeyError, TypeError),
) -> T | None:
    """``build`` applied to the packaged JSON file ``resource`` (``None`` when the package ships
    without it); a file that does not parse or build raises :class:`DataError`."""
    res = resources.files("eventwire").joinpath(resource)
    if not res.is_file():
        return None
    try:
        return build(json.loads(res.read_text("utf-8")))
    except errors as exc:
        raise DataError(f"{what} {resource} is unreadable: {exc}") from exc

"""A vectorised drop-in for spaCy's ``attribute_ruler`` (same results, a fraction of the time).

spaCy's English pipelines map fine-grained tags to POS and morphology, and fix a few lemmas, with an
``AttributeRuler``: ~180 one- and two-token patterns run through the general ``Matcher`` for every
document. That costs about a tenth of the whole parse. Every pattern in those pipelines is a
conjunction of equality / ``IN`` / ``NOT_IN`` / ``REGEX`` tests on token attributes, so the same rules can be
evaluated as numpy masks over ``doc.to_array`` columns and written back with ``doc.from_array``.

:func:`compile_rules` turns an ``AttributeRuler``'s patterns into :class:`FastAttributeRuler`, or
returns ``None`` when any pattern uses something it does not support (quantifier operators, other
attributes, patterns longer than four tokens); :func:`install` then swaps the component in place
(same name, same position). ``REGEX`` tests are evaluated once per distinct string and cached. Semantics follow
``AttributeRuler``: all patterns are matched against the document *before* any attribute is set,
and rules are applied in the order they were added, later rules overriding earlier ones.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, NORM, ORTH, POS, TAG
from spacy.language import Language
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.tokens import Doc

# Token attributes a pattern may test, and their column in the feature array.
_MATCH_ATTRS = {"ORTH": ORTH, "TEXT": ORTH, "LOWER": LOWER, "NORM": NORM, "TAG": TAG, "POS": POS,
                "DEP": DEP, "LEMMA": LEMMA, "IS_SPACE": IS_SPACE}
_FEATURES = (ORTH, LOWER, NORM, TAG, POS, DEP, LEMMA, IS_SPACE, MORPH)
_COL = {attr: i for i, attr in enumerate(_FEATURES)}
# Attributes a rule may set through ``doc.from_array``; anything else is set token by token.
_ARRAY_SET = ("POS", "MORPH", "LEMMA")
_ARRAY_ATTR = {"POS": POS, "MORPH": MORPH, "LEMMA": LEMMA}
_SETTABLE = {"POS", "MORPH", "LEMMA", "TAG", "DEP", "NORM"}


@dataclass(frozen=True)
class _Test:
    col: int
    values: np.ndarray
    negate: bool
    regex: re.Pattern[str] | None = None
    cache: dict[int, bool] = field(default_factory=dict, compare=False)
    """REGEX tests: result per string id, filled as ids are seen."""


@dataclass(frozen=True)
class _Rule:
    patterns: tuple[tuple[tuple[_Test, ...], ...], ...]
    """Alternatives; each a sequence of per-token test conjunctions."""
    index: int
    array_values: dict[str, int]
    other_attrs: dict[str, str]


class _Unsupported(Exception):
    pass


def _value_id(vocab: Any, attr: str, value: Any) -> int:
    if attr == "IS_SPACE":
        if not isinstance(value, bool):
            raise _Unsupported(f"IS_SPACE={value!r}")
        return int(value)
    if not isinstance(value, str):
        raise _Unsupported(f"{attr}={value!r}")
    if attr == "POS":
        if value not in POS_IDS:
            raise _Unsupported(f"POS={value!r}")
        return int(POS_IDS[value])
    return int(vocab.strings.add(value))


def _compile_token(vocab: Any, spec: dict[str, Any]) -> tuple[_Test, ...]:
    tests: list[_Test] = []
    for key, value in spec.items():
        attr = key.upper()
        if attr not in _MATCH_ATTRS:
            raise _Unsupported(key)
        col = _COL[_MATCH_ATTRS[attr]]
        if isinstance(value, dict):
            if len(value) != 1:
                raise _Unsupported(f"{key}: {value!r}")
            ((op, items),) = value.items()
            if op == "REGEX" and isinstance(items, str) and attr not in ("IS_SPACE", "POS"):
                tests.append(_Test(col, np.empty(0, dtype=np.uint64), False, re.compile(items)))
                continue
            if op not in ("IN", "NOT_IN") or not isinstance(items, list):
                raise _Unsupported(f"{key}: {op}")
            ids = np.array([_value_id(vocab, attr, v) for v in items], dtype=np.uint64)
            tests.append(_Test(col, ids, op == "NOT_IN"))
        else:
            tests.append(_Test(col, np.array([_value_id(vocab, attr, value)], dtype=np.uint64), False))
    return tuple(tests)


def _regex_hits(strings: Any, column: np.ndarray, test: _Test) -> np.ndarray:
    assert test.regex is not None
    uniq, inverse = np.unique(column, return_inverse=True)
    found = np.empty(len(uniq), dtype=bool)
    for k, key in enumerate(uniq.tolist()):
        hit = test.cache.get(key)
        if hit is None:
            hit = test.cache[key] = bool(test.regex.search(strings[key]))
        found[k] = hit
    return found[inverse.reshape(-1)]


def _token_mask(strings: Any, arr: np.ndarray, tests: tuple[_Test, ...]) -> np.ndarray:
    mask = np.ones(arr.shape[0], dtype=bool)
    for t in tests:
        column = arr[:, t.col]
        if t.regex is not None:
            hit = _regex_hits(strings, column, t)
        else:
            hit = column == t.values[0] if len(t.values) == 1 else np.isin(column, t.values)
        mask &= ~hit if t.negate else hit
    return mask


class _ColumnIndex:
    """Per document: for a column, the token positions of each value (built on first use)."""

    def __init__(self, arr: np.ndarray) -> None:
        self.arr = arr
        self._by_col: dict[int, dict[int, np.ndarray]] = {}

    def positions(self, col: int, values: np.ndarray) -> np.ndarray:
        table = self._by_col.get(col)
        if table is None:
            column = self.arr[:, col]
            order = np.argsort(column, kind="stable")
            uniq, first = np.unique(column[order], return_index=True)
            bounds = [*first.tolist(), len(column)]
            table = {int(v): order[bounds[k] : bounds[k + 1]] for k, v in enumerate(uniq.tolist())}
            self._by_col[col] = table
        empty = np.empty(0, dtype=np.int64)
        if len(values) == 1:
            return table.get(int(values[0]), empty)
        found = [table[v] for v in values.tolist() if v in table]
        return np.concatenate(found) if found else empty


class FastAttributeRuler:
    """Applies compiled attribute rules to a doc with array operations."""

    def __init__(self, vocab: Any, rules: list[_Rule]) -> None:
        self.vocab = vocab
        self.rules = rules

    def targets(self, arr: np.ndarray, rule: _Rule, index: _ColumnIndex) -> np.ndarray:
        """Positions of the tokens ``rule`` sets: candidates from the most selective equality
        test (a dictionary lookup), then every test checked on those candidates only."""
        n = arr.shape[0]
        hits: list[np.ndarray] = []
        for pattern in rule.patterns:
            length = len(pattern)
            if n < length:
                continue
            starts = self._candidates(pattern, index, n)
            if starts is None:
                ok = np.ones(n - length + 1, dtype=bool)
                for offset, tests in enumerate(pattern):
                    ok &= _token_mask(self.vocab.strings, arr[offset : n - length + 1 + offset], tests)
                starts = np.flatnonzero(ok)
            else:
                for offset, tests in enumerate(pattern):
                    if not len(starts):
                        break
                    starts = starts[_token_mask(self.vocab.strings, arr[starts + offset], tests)]
            if len(starts):
                # The token within the match that gets the attributes (negative: from the end).
                hits.append(starts + (rule.index if rule.index >= 0 else length + rule.index))
        if not hits:
            return np.empty(0, dtype=np.int64)
        return hits[0] if len(hits) == 1 else np.unique(np.concatenate(hits))

    @staticmethod
    def _candidates(pattern: tuple[tuple[_Test, ...], ...], index: _ColumnIndex, n: int) -> np.ndarray | None:
        best: np.ndarray | None = None
        for offset, tests in enumerate(pattern):
            for t in tests:
                if t.negate or t.regex is not None:
                    continue
                pos = index.positions(t.col, t.values) - offset
                if best is None or len(pos) < len(best):
                    best = pos
        if best is None:
            return None
        best = best[(best >= 0) & (best <= n - len(pattern))]
        return np.sort(best)

    def __call__(self, doc: Doc) -> Doc:
        if len(doc) == 0:
            return doc
        arr = doc.to_array(list(_FEATURES))
        if arr.ndim == 1:
            arr = arr.reshape(1, -1)
        out = {name: arr[:, _COL[_ARRAY_ATTR[name]]].copy() for name in _ARRAY_SET}
        changed: set[str] = set()
        slow: list[tuple[np.ndarray, dict[str, str]]] = []
        index = _ColumnIndex(arr)
        for rule in self.rules:
            idx = self.targets(arr, rule, index)
            if not len(idx):
                continue
            for name, value in rule.array_values.items():
                out[name][idx] = value
                changed.add(name)
            if rule.other_attrs:
                slow.append((idx, rule.other_attrs))
        if changed:
            names = [n for n in _ARRAY_SET if n in changed]
            values: Any = np.stack([out[n] for n in names], axis=1).astype(np.uint64)
            doc.from_array([_ARRAY_ATTR[n] for n in names], values)
        for idx, attrs in slow:
            for i in idx.tolist():
                tok = doc[i]
                for name, text in attrs.items():
                    setattr(tok, name.lower() + "_", text)
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)


def compile_rules(vocab: Any, patterns: list[dict[str, Any]]) -> FastAttributeRuler | None:
    """The vectorised equivalent of ``AttributeRuler.patterns``, or ``None`` if one is unsupported."""
    rules: list[_Rule] = []
    try:
        for entry in patterns:
            alternatives = tuple(tuple(_compile_token(vocab, spec) for spec in pat) for pat in entry["patterns"])
            if any(not p or len(p) > 4 for p in alternatives):
                raise _Unsupported("pattern length")
            index = int(entry.get("index", 0))
            if any(not -len(p) <= index < len(p) for p in alternatives):
                raise _Unsupported("index")
            array_values: dict[str, int] = {}
            other: dict[str, str] = {}
            for key, value in entry["attrs"].items():
                name = key.upper()
                if name not in _SETTABLE or not isinstance(value, str):
                    raise _Unsupported(f"sets {key}")
                if name == "POS":
                    if value not in POS_IDS:
                        raise _Unsupported(f"POS {value}")
                    array_values[name] = int(POS_IDS[value])
                elif name == "MORPH":
                    array_values[name] = int(vocab.morphology.add(value))
                elif name == "LEMMA":
                    array_values[name] = int(vocab.strings.add(value))
                else:
                    other[name] = value
            rules.append(_Rule(alternatives, index, array_values, other))
    except (_Unsupported, KeyError, TypeError, ValueError):
        return None
    return FastAttributeRuler(vocab, rules)


@Language.factory("eventwire_fast_attribute_ruler", default_config={"patterns": []})
def _make_fast_ruler(nlp: Language, name: str, patterns: list[dict[str, Any]]) -> FastAttributeRuler:
    fast = compile_rules(nlp.vocab, patterns)
    if fast is None:
        raise ValueError("attribute rules use features the vectorised ruler does not support")
    return fast


def install(nlp: Language, name: str = "attribute_ruler") -> bool:
    """Replace ``nlp``'s attribute ruler by the vectorised one (same name, same place) when every
    pattern compiles; returns whether it did."""
    if name not in nlp.pipe_names:
        return False
    ruler = nlp.get_pipe(name)
    patterns = getattr(ruler, "patterns", None)
    if not isinstance(patterns, list) or compile_rules(nlp.vocab, patterns) is None:
        return False
    nlp.replace_pipe(name, "eventwire_fast_attribute_ruler", config={"patterns": patterns})
    return True

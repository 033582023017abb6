"""Finding and normalising the time expressions of one text: :func:`find_times`."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from ..schema import TimeExpr
from .grammar import _DATE_MODS, _DURATION_MODS, MOD_VALUES, RULES, Context, Norm, Rule, token_key
from .tense import Tense, tense_from_doc, tense_from_text
from .values import is_valid_value, parse_anchor, precision_of

if TYPE_CHECKING:
    from spacy.tokens import Doc

_ADJECTIVAL = re.compile(r"(?i:the )\S+-\w+$")
_NOUN_AFTER = re.compile(r" [a-z]")
_PARAGRAPH = re.compile(r"\n[ \t]*\n")
_RELATIVE_RULES = frozenset(
    {"date_mdy", "date_dmy", "month", "season", "quarter", "quarter_rel", "half", "day_word", "weekday",
     "weekend", "rel_unit", "ago", "year_earlier", "clock", "holiday", "the_day", "the_year"}
)
_EARLIER_LATER_OK = re.compile(
    r"(?i:this|last|next|today|tonight|yesterday|tomorrow|that|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
)


WINDOW = 80
"""Characters either side of a trigger word searched by a rule (longer than any expression)."""
_SPACE = re.compile(r"\s")


_WORD = re.compile(r"[^\W_]+")


def _word_index(text: str) -> dict[str, list[int]]:
    """Start offsets of each trigger key's words in ``text``."""
    index: dict[str, list[int]] = {}
    for m in _WORD.finditer(text):
        index.setdefault(token_key(m.group()), []).append(m.start())
    return index


def _matches(rule: Rule, text: str, index: dict[str, list[int]]) -> list[re.Match[str]]:
    """The rule's matches, searched only in windows around its trigger words (fast on long text)."""
    starts = sorted(p for key in rule.trigger for p in index.get(key, ()))
    windows: list[list[int]] = []
    for p in starts:
        lo = max(0, p - WINDOW)
        if windows and lo <= windows[-1][1]:
            windows[-1][1] = p + WINDOW
        else:
            windows.append([lo, p + WINDOW])
    out: list[re.Match[str]] = []
    for lo, hi in windows:
        if hi < len(text):
            sp = _SPACE.search(text, hi)  # end the window between words: (?!\w) must see real text
            hi = sp.start() if sp else len(text)
        out.extend(rule.regex.finditer(text, lo, hi))
    return out


def _tense_fn(text: str, doc: Doc | None) -> callable:  # type: ignore[valid-type]
    cache: dict[tuple[int, int], Tense | None] = {}

    def tense(start: int, end: int) -> Tense | None:
        key = (start, end)
        if key not in cache:
            cache[key] = tense_from_doc(doc, start, end) if doc is not None else tense_from_text(text, start, end)
        return cache[key]

    return tense


def _year_is_count(doc: Doc, start: int, end: int) -> bool:
    """"2000 troops": a four-digit number modifying a plural noun is a count, not a year."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) != 1:
        return False
    tok = span[0]
    if not (tok.dep_ == "nummod" and tok.head.tag_ == "NNS" and tok.head.i > tok.i):
        return False
    approx = tok.i > 0 and tok.nbor(-1).lower_ in ("about", "some", "nearly", "over", "than", "around", "almost")
    return approx or int(tok.text) % 50 == 0


def find_times(text: str, published: str | dt.date | None = None, doc: Doc | None = None) -> list[TimeExpr]:
    """Every time expression in ``text`` with its TimeML value resolved against ``published``.

    ``doc`` (a spaCy Doc over the same text) sharpens the tense of governing clauses and filters
    counts that look like years; without it a regex fallback is used. Offsets index ``text``.
    """
    anchor = published if isinstance(published, dt.date) else parse_anchor(published)
    ctx = Context(text=text, anchor=anchor, tense=_tense_fn(text, doc))
    scratch = Context(text=text, anchor=anchor, tense=ctx.tense)

    candidates: list[tuple[int, int, int, re.Match[str]]] = []
    index = _word_index(text)
    for idx, rule in enumerate(RULES):
        for m in _matches(rule, text, index):
            s, e = m.span()
            if e <= s or _PARAGRAPH.search(text, s, e):
                continue
            candidates.append((s, e, idx, m))
    candidates.sort(key=lambda c: (-(c[1] - c[0]), c[2], c[0]))

    taken: list[tuple[int, int, Rule, re.Match[str]]] = []
    occupied: list[tuple[int, int]] = []
    for s, e, idx, m in candidates:
        if any(s < oe and os_ < e for os_, oe in occupied):
            continue
        rule = RULES[idx]
        if rule.handler(m, scratch) is None:
            continue
        if rule.name == "year" and doc is not None and _year_is_count(doc, m.start("year"), m.end("year")):
            continue
        taken.append((s, e, rule, m))
        occupied.append((s, e))
    taken.sort(key=lambda t: t[0])

    out: list[TimeExpr] = []
    prev_end = 0
    anchor_iso = anchor.isoformat() if anchor else None
    for s, e, rule, m in taken:
        norm = rule.handler(m, ctx) or Norm(None)
        start, mod = _absorb_modifier(text, s, norm, prev_end, rule.name)
        if _ADJECTIVAL.match(text, start, e) and _NOUN_AFTER.match(text, e):
            start += 4  # "the third-quarter results": the determiner belongs to the noun

        reasons: dict[str, str] = {}
        value = norm.value
        if value is not None and not is_valid_value(value):
            reasons["value"] = f"could not normalise (rule {rule.name} produced {value!r})"
            value = None
        elif value is None:
            reasons["value"] = norm.reason or "could not normalise"
        elif norm.reason:
            reasons["value"] = norm.reason
        if value is not None and precision_of(value) in ("day", "month", "year") and rule.name != "the_day":
            ctx.refs.append((s, value))
        relative = (rule.name in _RELATIVE_RULES and not m.groupdict().get("year")) or bool(m.groupdict().get("dec2"))
        out.append(
            TimeExpr(
                text=text[start:e],
                start=start,
                end=e,
                value=value,
                type=norm.type,  # type: ignore[arg-type]
                mod=mod or norm.mod,
                anchor=norm.anchor or (anchor_iso if relative and anchor_iso and value else None),
                reasons=reasons,
            )
        )
        prev_end = e
    return out


def _absorb_modifier(text: str, start: int, norm: Norm, floor: int, rule: str) -> tuple[int, str | None]:
    """Extend an expression left over "early", "the end of", "more than" ... (TimeML keeps them)."""
    window_start = max(floor, start - 24)
    before = text[window_start:start]
    quantity = norm.type == "DURATION" or rule == "ago"
    m = (_DURATION_MODS if quantity else _DATE_MODS).search(before)
    if not m or (window_start + m.start() > 0 and text[window_start + m.start() - 1].isalnum()):
        return start, None
    word = " ".join(m["w"].lower().split())
    if word in ("earlier", "later") and not _EARLIER_LATER_OK.match(text, start):
        return start, None
    if not quantity and norm.value in (None, "PAST_REF", "PRESENT_REF", "FUTURE_REF"):
        return start, None
    return window_start + m.start(), MOD_VALUES.get(word)

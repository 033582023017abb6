"""Finding quoted stretches of text from quotation marks alone (no parse needed).

Handles straight ``"``, curly ``“ ”``, low ``„``, guillemets ``« »``, TeX-style doubled single
quotes (``''…''`` and ``` ``…'' ```), curly single quotes ``‘…’`` and straight single quotes at word
boundaries (so apostrophes in *don't*, *Massoud’s*, *'90s* are not quote marks).

Unbalanced marks never make a quote run away: a quote that is not closed by the end of its
paragraph continues into the next paragraph only when that paragraph opens with a quotation mark
(the newspaper convention for multi-paragraph quotes); otherwise it ends at the end of its
paragraph and is flagged ``closed=False``. A quote never crosses a paragraph otherwise.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

DOUBLE_OPEN = "“„«‹"
DOUBLE_CLOSE = "”»›"
SINGLE_OPEN = "‘‚"
SINGLE_CLOSE = "’"
ALL_MARKS = DOUBLE_OPEN + DOUBLE_CLOSE + SINGLE_OPEN + SINGLE_CLOSE + "\"'`"

_PARA = re.compile(r"[^\n]+")
# A mark candidate: doubled single quotes first so that '' is one mark, not two.
_MARK = re.compile(r"``|''|[\"“”„«»‹›‘’‚']")
_OPEN_CTX = set(" \t\n([{—–-/")  # characters after which a straight mark opens


@dataclass(frozen=True)
class QuotedSpan:
    """One quotation: ``start``/``end`` are the content inside the marks; ``outer_*`` include them."""

    start: int
    end: int
    outer_start: int
    outer_end: int
    closed: bool
    paragraphs: int = 1
    single: bool = False

    def contains(self, offset: int) -> bool:
        return self.outer_start <= offset < self.outer_end


@dataclass(frozen=True)
class _Mark:
    pos: int
    end: int
    role: str  # "open" | "close" | "either"
    family: str  # "double" | "single"


def _classify(text: str, m: re.Match[str], para_start: int, para_end: int) -> _Mark | None:
    s, e = m.start(), m.end()
    ch = m.group()
    before = text[s - 1] if s > para_start else " "
    after = text[e] if e < para_end else " "
    if ch in DOUBLE_OPEN or ch == "``":
        return _Mark(s, e, "open", "double")
    if ch in DOUBLE_CLOSE:
        return _Mark(s, e, "close", "double")
    if ch == '"' or ch == "''":
        if before in _OPEN_CTX or before in DOUBLE_OPEN + SINGLE_OPEN:
            role = "open" if not after.isspace() else "either"
        elif after.isspace() or not after.isalnum():
            role = "close"
        else:
            role = "either"
        return _Mark(s, e, role, "double")
    # single marks: only at word boundaries
    if ch in SINGLE_OPEN or ch in "'’":
        word_before = before.isalnum()
        word_after = after.isalnum()
        if word_before and word_after:
            return None  # apostrophe inside a word: don't, Massoud’s
        if ch in SINGLE_OPEN or (not word_before and word_after and (before in _OPEN_CTX or before in DOUBLE_OPEN)):
            if ch in "'’" and re.match(r"(?:\d0s|em\b|til\b|cause\b|n\b)", text[e : e + 6]):
                return None  # '90s, 'em, 'til, rock 'n' roll
            return _Mark(s, e, "open", "single")
        if (word_before or before in ".,!?;:)…") and not word_after:
            return _Mark(s, e, "close", "single")
        return None
    return None


def _marks(text: str, para_start: int, para_end: int) -> list[_Mark]:
    out = []
    for m in _MARK.finditer(text, para_start, para_end):
        mk = _classify(text, m, para_start, para_end)
        if mk is not None:
            out.append(mk)
    return out


def _pair(marks: list[_Mark], family: str) -> tuple[list[tuple[_Mark, _Mark]], _Mark | None]:
    """Pair opening and closing marks of one family within a paragraph; returns the pairs and the
    last opening mark left unclosed (if any)."""
    pairs: list[tuple[_Mark, _Mark]] = []
    opened: _Mark | None = None
    for mk in marks:
        if mk.family != family:
            continue
        if opened is None:
            if mk.role in ("open", "either"):
                opened = mk
            # a stray closing mark with nothing open is ignored
        else:
            if mk.role in ("close", "either"):
                pairs.append((opened, mk))
                opened = None
            else:
                # a second opening mark while one is open: the first was never closed; keep the
                # later one (the earlier is most likely a stray mark).
                opened = mk
    return pairs, opened


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def find_quoted_spans(text: str, *, single_quotes: bool = True) -> list[QuotedSpan]:
    """All quotations in ``text`` found from their marks, in text order, never overlapping."""
    paras = [(m.start(), m.end()) for m in _PARA.finditer(text)]
    out: list[QuotedSpan] = []
    carry: tuple[int, int, int] | None = None  # (outer_start, content_start, paragraphs) of an open quote
    for pi, (ps, pe) in enumerate(paras):
        marks = _marks(text, ps, pe)
        if carry is not None:
            # the continuing paragraph starts with an opening mark; the quote runs on from there
            first = marks[0] if marks else None
            rest = marks[1:] if first is not None and first.role in ("open", "either") else marks
            closes = [mk for mk in rest if mk.family == "double" and mk.role in ("close", "either")]
            opens_before = [
                mk for mk in rest if mk.family == "double" and mk.role == "open" and (not closes or mk.pos < closes[0].pos)
            ]
            o_start, c_start, n = carry
            carry = None
            if closes and not opens_before:
                close = closes[0]
                s, e = _strip(text, c_start, close.pos)
                out.append(QuotedSpan(s, e, o_start, close.end, True, n + 1))
                marks = [mk for mk in rest if mk.pos > close.pos]
            elif _continues(text, paras, pi):
                carry = (o_start, c_start, n + 1)
                continue
            else:
                s, e = _strip(text, c_start, pe)
                out.append(QuotedSpan(s, e, o_start, pe, False, n + 1))
                marks = rest
        pairs, unclosed = _pair(marks, "double")
        for o, c in pairs:
            s, e = _strip(text, o.end, c.pos)
            if e > s:
                out.append(QuotedSpan(s, e, o.pos, c.end, True))
        if unclosed is not None:
            if _continues(text, paras, pi):
                carry = (unclosed.pos, unclosed.end, 1)
            else:
                s, e = _strip(text, unclosed.end, pe)
                if e > s:
                    out.append(QuotedSpan(s, e, unclosed.pos, pe, False))
        if single_quotes:
            taken = [(q.outer_start, q.outer_end) for q in out]
            spairs, _ = _pair(marks, "single")
            for o, c in spairs:
                if any(a <= o.pos < b and not (a <= c.pos < b) for a, b in taken):
                    continue
                s, e = _strip(text, o.end, c.pos)
                if e > s and " " in text[s:e]:
                    out.append(QuotedSpan(s, e, o.pos, c.end, True, single=True))
    if carry is not None:
        o_start, c_start, n = carry
        pe = paras[-1][1]
        s, e = _strip(text, c_start, pe)
        if e > s:
            out.append(QuotedSpan(s, e, o_start, pe, False, n))
    return _no_overlaps(out)


def _continues(text: str, paras: list[tuple[int, int]], pi: int) -> bool:
    """An unclosed quote continues when the next paragraph opens with a double quotation mark."""
    if pi + 1 >= len(paras):
        return False
    ns, ne = paras[pi + 1]
    s, _ = _strip(text, ns, ne)
    return s < ne and (text[s] in DOUBLE_OPEN or text[s] == '"' or text.startswith(("``", "''"), s))


def _no_overlaps(spans: list[QuotedSpan]) -> list[QuotedSpan]:
    """Keep outermost quotations; nested ones (a single-quoted phrase inside a double quote) go."""
    spans = sorted(spans, key=lambda q: (q.outer_start, -q.outer_end))
    out: list[QuotedSpan] = []
    for q in spans:
        if out and q.outer_start < out[-1].outer_end:
            continue
        out.append(q)
    return out

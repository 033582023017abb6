"""Counts stated in a sentence: fatalities, injured, arrested, and the size of a group.

Quantities are read from the text ("37 people were killed", "one dead", "more than 6,000",
"hundreds of fighters") and classified by the words that follow or govern them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a hundred": 100,
    "a dozen": 12, "dozen": 12,
}
_VAGUE = ("dozens", "scores", "hundreds", "thousands", "tens of thousands", "hundreds of thousands", "millions")
_QUALIFIER = r"(?:(?:more than|at least|about|over|nearly|almost|around|some|up to|fewer than|less than|as many as|close to|approximately|roughly|an estimated)\s+)?"
_NUMBER = r"(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?(?:\s+(?:million|thousand))?|" + "|".join(
    sorted((re.escape(w) for w in _WORDS), key=len, reverse=True)
) + ")"
_QUANTITY = re.compile(
    r"\b(?P<q>" + _QUALIFIER + r"(?:(?P<num>" + _NUMBER + r")|(?P<vague>" + "|".join(_VAGUE) + r")))\b",
    re.IGNORECASE,
)
_DEAD = re.compile(
    r"^\W*(?:\w+[\s-]+){0,4}?(?:(?:were|was|have been|has been|had been|are|is|being)\s+)?(?:killed|dead|died|slain|perished|massacred|shot dead|lost their lives|deaths?|fatalities|bodies|murdered|lynched|burnt alive|burned alive)\b",
    re.IGNORECASE,
)
_HURT = re.compile(
    r"^\W*(?:\w+[\s-]+){0,4}?(?:(?:were|was|have been|has been|had been|are|is)\s+)?(?:injured|wounded|hurt|injuries|casualties)\b",
    re.IGNORECASE,
)
_ARREST = re.compile(
    r"^\W*(?:\w+[\s-]+){0,4}?(?:(?:were|was|have been|has been|had been|are|is)\s+)?(?:arrested|detained|held|taken into custody|rounded up|nabbed|apprehended|jailed)\b",
    re.IGNORECASE,
)
_GROUP = re.compile(
    r"^\s+(?:of\s+)?(?:\w+\s+){0,2}?(?:fighters|troops|soldiers|militants|protesters|protestors|demonstrators|people|members|supporters|rioters|policemen|police|officers|personnel|rebels|men|women|students|workers|activists|marchers|refugees|insurgents|guerrillas|forces|volunteers)\b",
    re.IGNORECASE,
)
_AGE_BEFORE = re.compile(r"[^\W\d]\s*,\s*$")
_NUMBERED = re.compile(r"(?:numbered|numbering|strong|totalling|totaling)\s*$", re.IGNORECASE)
_ARRESTED_BEFORE = re.compile(r"(?:arrested|detained|rounded up|held)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
_KILLED_BEFORE = re.compile(r"(?:killed|killing|shot dead|massacred)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)


@dataclass
class Found:
    fatalities: int | None = None
    injured: int | None = None
    arrested: int | None = None
    size: int | None = None
    size_text: str | None = None
    spans: tuple[tuple[int, int], ...] = ()

    def empty(self) -> bool:
        return all(v is None for v in (self.fatalities, self.injured, self.arrested, self.size, self.size_text))


def to_int(text: str) -> int | None:
    """The number in a quantity phrase, or None when it is vague ("hundreds")."""
    t = text.lower().strip()
    for qual in ("more than ", "at least ", "about ", "over ", "nearly ", "almost ", "around ", "some ", "up to ",
                 "fewer than ", "less than ", "as many as ", "close to ", "approximately ", "roughly ", "an estimated "):
        if t.startswith(qual):
            t = t[len(qual):]
            break
    if t in _WORDS:
        return _WORDS[t]
    m = re.fullmatch(r"(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s+(million|thousand))?", t)
    if not m:
        return None
    value = float(m.group(1).replace(",", ""))
    if m.group(2) == "million":
        value *= 1_000_000
    elif m.group(2) == "thousand":
        value *= 1_000
    return int(value)


def _looks_like_year(text: str, after: str) -> bool:
    t = text.strip()
    return bool(re.fullmatch(r"(1[89]|20)\d\d", t)) and not _GROUP.match(after)


def find_counts(text: str, start: int = 0, end: int | None = None) -> Found:
    """Counts stated in ``text[start:end]`` (offsets in the returned spans are into ``text``)."""
    end = len(text) if end is None else end
    found = Found()
    spans: list[tuple[int, int]] = []
    for m in _QUANTITY.finditer(text, start, end):
        after = text[m.end() : min(end, m.end() + 80)]
        before = text[max(start, m.start() - 40) : m.start()]
        q = m.group("q")
        if m.group("num") and _looks_like_year(m.group("num"), after):
            continue
        if m.group("num") and _AGE_BEFORE.search(before) and after.lstrip().startswith(","):
            continue  # age-apposition: "sanjay rana, 22, was arrested" is one man aged 22, not 22 held
        if re.match(r"^\s*(?:%|per ?cent|percent|km|kilomet|miles|rounds|shells|years?|days?|hours?|am|pm|p\.m|a\.m|districts?|villages?|provinces?)\b", after, re.IGNORECASE):
            continue
        value = to_int(q) if m.group("num") else None
        if _DEAD.match(after):
            kind = "fatalities"
        elif _HURT.match(after):
            kind = "injured"
        elif _ARREST.match(after):
            kind = "arrested"
        elif _KILLED_BEFORE.search(before):
            kind = "fatalities"
        elif _ARRESTED_BEFORE.search(before):
            kind = "arrested"
        else:
            kind = ""
        if kind:
            if getattr(found, kind) is None and value is not None:
                setattr(found, kind, value)
                spans.append((m.start(), m.end()))
            continue
        if (_GROUP.match(after) or _NUMBERED.search(before)) and found.size_text is None:
            g = _GROUP.match(after)
            tail = g.end() if g else 0
            found.size_text = text[m.start() : m.end() + tail].strip()
            found.size = value
            spans.append((m.start(), m.end() + tail))
    found.spans = tuple(spans)
    return found

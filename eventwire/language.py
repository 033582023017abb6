"""A small, dependency-free English detector: eventwire's models read English only.

It looks at the share of common English function words and at the dominant script; it never
rejects short texts (too little evidence) and it tolerates mojibake and lower-cased text.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_EN_FUNCTION_WORDS = frozenset(
    """the a an of to in and or but on at by for with from as is are was were be been has have had
    it its this that these those he she they we you his her their our not no said says will would
    who which what when where after before over than about into up out more also there if""".split()
)


def dominant_script(text: str) -> str:
    counts: Counter[str] = Counter()
    for ch in text[:20000]:
        if ch.isalpha():
            try:
                name = unicodedata.name(ch)
            except ValueError:
                continue
            counts[name.split(" ")[0]] += 1
    return counts.most_common(1)[0][0].title() if counts else "None"


def detect_language(text: str) -> tuple[str, float]:
    """``("en", score)`` when the text reads as English, else ``(script-or-"und", score)``."""
    words = [w.lower() for w in _WORD.findall(text[:50000])]
    if len(words) < 25:
        return "en", 1.0
    share = sum(1 for w in words if w in _EN_FUNCTION_WORDS) / len(words)
    if share >= 0.08:
        return "en", share
    script = dominant_script(text)
    return ("und" if script == "Latin" else script.lower()), share

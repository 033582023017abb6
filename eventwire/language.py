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

# The commonest function words of languages in Latin script that news corpora mix in; a text is read as
# English only when English function words are both frequent and more frequent than any of these.
_OTHER_FUNCTION_WORDS = {
    "de": frozenset("der die das und ist nicht mit von dem den des ein eine sich auf für wie auch dass wird".split()),
    "fr": frozenset("le la les et est des une dans pour que qui pas sur avec sont du au il elle ont".split()),
    "es": frozenset("el la los las y es del que una por con para se su al lo como más pero sus".split()),
    "pt": frozenset("o os e do da dos das que uma para com não se na no por mais como foi ao".split()),
    "it": frozenset("il lo gli e di che è per una con non del della sono alla si anche".split()),
    "nl": frozenset("de het een en van is dat op te zijn niet met voor die ook er aan".split()),
    "id": frozenset("yang dan di ini itu dengan untuk tidak dari dalam akan pada juga ke ada".split()),
    "tr": frozenset("ve bir bu da de için ile olarak çok daha olan gibi ama ki".split()),
}


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
    """``("en", share)`` when the text reads as English, else ``(language, share)`` where language is a
    two-letter code for a recognised Latin-script language, a script name, or ``"und"``."""
    words = [w.lower() for w in _WORD.findall(text[:50000])]
    if len(words) < 25:
        return "en", 1.0
    share = sum(1 for w in words if w in _EN_FUNCTION_WORDS) / len(words)
    others = {lang: sum(1 for w in words if w in fw) / len(words) for lang, fw in _OTHER_FUNCTION_WORDS.items()}
    best, best_share = max(others.items(), key=lambda kv: kv[1])
    if share >= 0.08 and share >= best_share:
        return "en", share
    if best_share >= 0.08:
        return best, share
    script = dominant_script(text)
    return ("und" if script == "Latin" else script.lower()), share

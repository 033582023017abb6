"""Word lists and regular-expression fragments of the time grammar (English)."""

from __future__ import annotations

MONTHS: dict[str, int] = {}
for _i, _names in enumerate(
    [
        ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
        ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
        ("october", "oct"), ("november", "nov"), ("december", "dec"),
    ],
    start=1,
):
    for _n in _names:
        MONTHS[_n] = _i

WEEKDAYS = {
    "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
}

_UNITS = {
    1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine",
    10: "ten", 11: "eleven", 12: "twelve", 13: "thirteen", 14: "fourteen", 15: "fifteen", 16: "sixteen",
    17: "seventeen", 18: "eighteen", 19: "nineteen",
}
_TENS = {20: "twenty", 30: "thirty", 40: "forty", 50: "fifty", 60: "sixty", 70: "seventy", 80: "eighty", 90: "ninety"}
NUMBER_WORDS: dict[str, int] = {w: n for n, w in {**_UNITS, **_TENS}.items()}
NUMBER_WORDS.update({"a": 1, "an": 1, "one": 1, "a dozen": 12, "dozen": 12, "a hundred": 100, "hundred": 100,
                     "a thousand": 1000, "thousand": 1000, "a couple of": 2, "couple of": 2})
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
    "twentieth": 20, "twenty-first": 21, "twenty first": 21, "last": 4, "final": 4,
}
VAGUE_QUANT = ("several", "a few", "few", "many", "some", "numerous", "a couple of", "couple of", "recent",
               "the past few", "a number of", "countless")
DECADE_WORDS = {
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7, "eighties": 8,
    "nineties": 9,
}

# unit word -> (calendar unit, ISO duration letter, is time-of-day unit)
UNITS: dict[str, tuple[str, str, bool]] = {
    "second": ("second", "S", True), "sec": ("second", "S", True),
    "minute": ("minute", "M", True), "min": ("minute", "M", True),
    "hour": ("hour", "H", True), "hr": ("hour", "H", True),
    "day": ("day", "D", False), "night": ("day", "D", False),
    "week": ("week", "W", False), "fortnight": ("fortnight", "W", False),
    "month": ("month", "M", False),
    "quarter": ("quarter", "Q", False),
    "year": ("year", "Y", False), "yr": ("year", "Y", False),
    "decade": ("decade", "Y", False),
    "century": ("century", "Y", False), "centurie": ("century", "Y", False),
}
UNIT_YEARS = {"decade": 10, "century": 100}

SEASON_CODES = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
SEASON_FIRST_MONTH = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
PART_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI"}

# ---------------------------------------------------------------- regex fragments


def _cap_alts(words: list[str]) -> str:
    """Title-case and upper-case spellings of each word (months and weekdays are capitalised)."""
    alts: list[str] = []
    for w in words:
        alts += [w.capitalize(), w.upper()]
    return "|".join(sorted(set(alts), key=len, reverse=True))


_FULL_MONTHS = [m for m in MONTHS if len(m) > 3 or m == "may"]
_ABBR_MONTHS = [m for m in MONTHS if len(m) <= 4 and m != "may" and m not in ("june", "july")]
# "Aug." / "Aug" before a day number; full names anywhere (May/March are checked separately).
MONTH = rf"(?:(?:{_cap_alts(_ABBR_MONTHS)})\.|(?:{_cap_alts(_FULL_MONTHS)})\b|(?:{_cap_alts(_ABBR_MONTHS)})(?=\s+\d))"
WEEKDAY = rf"(?:{_cap_alts(list(WEEKDAYS))})\b"
_NUM_WORD_ALT = "|".join(sorted((w for w in NUMBER_WORDS if w not in ("a", "an")), key=len, reverse=True))
_TENS_ALT = "|".join(_TENS.values())
_UNITS_ALT = "|".join(sorted(_UNITS.values(), key=len, reverse=True))
NUM = (
    rf"(?:\d+(?:\.\d+)?|(?:{_TENS_ALT})(?:[- ](?:{_UNITS_ALT}))?|{_NUM_WORD_ALT}|an?|"
    rf"(?:several|a[ ]few|few|many|some|numerous|a[ ]couple[ ]of|a[ ]number[ ]of)"
    rf"|(?:one|a|an)[ ]and[ ]a[ ]half)"
)
UNIT = r"(?:second|sec|minute|min|hour|hr|day|night|week|fortnight|month|quarter|year|yr|decade|centur(?:y|ie))"
YEAR = r"(?:1[5-9]\d\d|20\d\d)"
DAYNUM = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
ORDINAL_WORD = "|".join(sorted(ORDINALS, key=len, reverse=True))


def number_value(text: str) -> float | None:
    """The number a quantity phrase denotes; None for vague quantities ("several", "a few")."""
    t = " ".join(text.lower().replace("-", " ").split())
    if t.endswith("and a half"):
        return 1.5
    try:
        return float(t)
    except ValueError:
        pass
    if t in NUMBER_WORDS:
        return float(NUMBER_WORDS[t])
    parts = t.split()
    if len(parts) == 2 and parts[0] in NUMBER_WORDS and parts[1] in NUMBER_WORDS:
        return float(NUMBER_WORDS[parts[0]] + NUMBER_WORDS[parts[1]])
    return None

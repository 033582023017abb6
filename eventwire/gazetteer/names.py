"""Name normalisation shared by the gazetteer builder and lookups."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_APOS = str.maketrans({"’": "'", "‘": "'", "`": "'", "‐": "-", "–": "-", "—": "-"})
_NON_WORD = re.compile(r"[^a-z0-9']+")
_SAINT = re.compile(r"\b(st|ste|mt|ft)\b\.?")
_INITIAL_DOT = re.compile(r"(?<![a-z])([a-z])\.(?=[a-z]\.)|(?<=\.[a-z])\.")
_ABBREV = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort"}

# Words that name the kind of an administrative unit: "Baghlan Province", "Rapides Parish".
ADMIN_WORDS: dict[str, str] = {
    "province": "admin1",
    "provinces": "admin1",
    "state": "admin1",
    "region": "admin1",
    "governorate": "admin1",
    "oblast": "admin1",
    "prefecture": "admin1",
    "territory": "admin1",
    "department": "admin1",
    "county": "admin2",
    "counties": "admin2",
    "parishes": "admin2",
    "districts": "admin2",
    "parish": "admin2",
    "district": "admin2",
    "borough": "admin2",
    "municipality": "admin2",
    "valley": "admin1",
    "city": "populated_place",
    "town": "populated_place",
    "village": "populated_place",
    "township": "populated_place",
}


def fold(text: str) -> str:
    """ASCII-fold: strip accents and macrons ("Bāmyān" -> "Bamyan", "Elazığ" -> "Elazig")."""
    text = text.translate(_APOS).replace("ı", "i").replace("ł", "l").replace("ø", "o").replace("ß", "ss")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=65536)
def name_key(text: str) -> str:
    """The lookup key of a name: folded, lower case, punctuation to single spaces, abbreviations expanded
    ("St. Louis" and "Saint Louis" share a key)."""
    s = fold(text).lower()
    s = _INITIAL_DOT.sub(lambda m: m.group(1) or "", s)
    s = _SAINT.sub(lambda m: _ABBREV[m.group(1)], s)
    s = _NON_WORD.sub(" ", s).replace("'", "")
    return " ".join(s.split())


def is_latin_name(text: str) -> bool:
    """A name worth indexing for English text: Latin script, starts with a capital letter, not an
    all-capital code ("KBL")."""
    if not text or not text[0].isupper():
        return False
    folded = fold(text)
    if not all(c.isascii() for c in folded):
        return False
    letters = [c for c in folded if c.isalpha()]
    if len(letters) < 2:
        return False
    return not all(c.isupper() for c in letters)


def strip_admin_word(name: str) -> str | None:
    """"Baghlan Province" -> "Baghlan"; None when the name has no trailing admin word."""
    parts = name.split()
    if len(parts) >= 2 and parts[-1].lower() in ADMIN_WORDS:
        return " ".join(parts[:-1])
    return None


_ADMIN_PREFIX = re.compile(
    r"^(?:wilayat|velayat|ostan|muhafazat|mohafazat|provincia|province|departamento|departement|"
    r"region|regiao|estado|state|prefecture|oblast|voivodeship|canton|mayorality|respublika|republic)"
    r"(?:-e|-ye| of| de| del| da| do| du| di)?\s+",
    re.I,
)


def strip_admin_prefix(name: str) -> str | None:
    """"Wilayat-e Baghlan" -> "Baghlan", "Provincia de Buenos Aires" -> "Buenos Aires"; None if none."""
    m = _ADMIN_PREFIX.match(fold(name))
    if m and len(name) > m.end() + 1:
        return name[m.end():]
    return None


_ADMIN_SUFFIX = re.compile(
    r"(?:\s+\w+\s+zizhiqu|\s+zizhiqu|\s+sheng|\s+shi|\s+governorate|\s+prefecture|\s+krai|\s+kray|"
    r"\s+oblast'?|\s+avtonomnyy okrug)$",
    re.I,
)


def strip_admin_suffix(name: str) -> str | None:
    """"Zhejiang Sheng" -> "Zhejiang", "Guangxi Zhuangzu Zizhiqu" -> "Guangxi"; None if none."""
    m = _ADMIN_SUFFIX.search(name)
    if m and m.start() >= 2:
        return name[: m.start()]
    return None


def admin_core(name: str) -> str:
    """The bare name of an administrative region, without local type words before or after it."""
    core = strip_admin_prefix(name) or name
    return strip_admin_suffix(core) or core

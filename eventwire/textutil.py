"""Small pure helpers over text and dates shared by stages and readers."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from functools import lru_cache

from .errors import InputError

_ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?\s*$")
_MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",),
            ("jun", "june"), ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"),
            ("oct", "october"), ("nov", "november"), ("dec", "december"),
        ],
        start=1,
    )
    for m in names
}
MONTH_RE = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_TEXT_DATE_MDY = re.compile(rf"\b({MONTH_RE})\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", re.I)
_TEXT_DATE_DMY = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+({MONTH_RE}),?\s+(\d{{4}})\b", re.I)


def month_number(name: str) -> int | None:
    return _MONTHS.get(name.lower().rstrip("."))


def normalize_date(value: str | dt.date | None, *, what: str = "published date") -> str | None:
    """An ISO ``YYYY-MM-DD`` string from common date spellings; ``InputError`` if unreadable."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value).strip()
    if not text:
        return None
    m = _ISO_DATE.match(text)
    if m:
        try:
            return dt.date(int(m[1]), int(m[2]), int(m[3])).isoformat()
        except ValueError:
            raise InputError(f"invalid {what}: {text!r}") from None
    found = find_text_date(text)
    if found:
        return found
    raise InputError(f"invalid {what}: {text!r}", hint="use YYYY-MM-DD")


def find_text_date(text: str) -> str | None:
    """The first full calendar date written out in ``text`` ("August 23, 2021", "23 Aug 2021")."""
    for rx, order in ((_TEXT_DATE_MDY, "mdy"), (_TEXT_DATE_DMY, "dmy")):
        m = rx.search(text)
        if not m:
            continue
        if order == "mdy":
            month, day, year = month_number(m[1]), int(m[2]), int(m[3])
        else:
            day, month, year = int(m[1]), month_number(m[2]), int(m[3])
        if month is None:
            continue
        try:
            return dt.date(year, month, day).isoformat()
        except ValueError:
            continue
    return None


def check_text(text: str, *, name: str = "input", max_chars: int | None = None) -> None:
    """Reject what is not an article: empty, binary, too large."""
    if not text or not text.strip():
        raise InputError(f"{name} is empty")
    if "\x00" in text:
        raise InputError(f"{name} looks binary (contains NUL bytes)")
    if unstorable(text):
        raise InputError(f"{name} contains invalid code points (lone UTF-16 surrogates)")
    sample = text[:20000]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t\f\v")
    if controls > max(8, len(sample) // 100):
        raise InputError(f"{name} looks binary ({controls} control characters in the first {len(sample)})")
    if max_chars is not None and len(text) > max_chars:
        raise InputError(f"{name} is too long ({len(text):,} characters; the limit is {max_chars:,})")


_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"),
)


def utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le``/``utf-16-be`` when ``data`` has the NUL pattern of mostly-ASCII UTF-16 text (every
    other byte NUL, the bytes between them not), else None. Binary data with stray NULs does not match."""
    sample = data[:4096]
    if len(sample) < 4 or len(data) % 2:
        return None
    even, odd = sample[0::2], sample[1::2]
    nul_even, nul_odd = even.count(0) / len(even), odd.count(0) / len(odd)
    if nul_odd >= 0.6 and nul_even <= 0.05:
        return "utf-16-le"
    if nul_even >= 0.6 and nul_odd <= 0.05:
        return "utf-16-be"
    return None


def decode_bytes(data: bytes, *, name: str = "input") -> str:
    """Text from bytes: UTF-8 (with or without BOM), UTF-16/32 with a BOM, or BOM-less UTF-16 recognised by
    its NUL pattern; a clear error for binary data or other encodings."""
    if not data.strip():
        raise InputError(f"{name} is empty")
    encoding = next((enc for bom, enc in _BOMS if data.startswith(bom)), None)
    if encoding is not None:
        data = data[len(next(bom for bom, enc in _BOMS if enc == encoding)):]
    elif b"\x00" in data[:65536]:
        encoding = utf16_without_bom(data)
        if encoding is None:
            raise InputError(f"{name} looks binary (contains NUL bytes)")
    if encoding is not None:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError as exc:
            raise InputError(f"{name} is not valid {encoding.upper()} (byte {exc.start})",
                             hint="convert it with iconv -t UTF-8") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{name} is not valid UTF-8 (byte {exc.start}: {data[exc.start:exc.start + 1]!r})",
            hint="convert it with iconv -t UTF-8",
        ) from None


def few_capitals(items: Sequence[str], *, minimum: int, share: float) -> bool:
    """The lower-case detector: at least ``minimum`` items (letters or words) and under ``share`` of
    them starting with a capital letter."""
    return len(items) >= minimum and len([s for s in items if s[:1].isupper()]) < share * len(items)


def is_lower_cased(text: str, sample: int = 2000, minimum: int = 41) -> bool:
    """A lower-cased copy (IndiaPoliceEvents style): almost no capital letters in the opening text
    (more than 40 letters, under 1% of them capitals). Only ASCII letters count: the capitals of mis-decoded
    UTF-8 ("Â", "Ã" before a non-breaking space or an accent) are no writer's capitals, and a lower-cased copy
    strewn with them is still one (``lower-case-mojibake``)."""
    return few_capitals([c for c in text[:sample] if c.isascii() and c.isalpha()], minimum=minimum, share=0.01)


@lru_cache(maxsize=16)
def lower_cased_article(text: str) -> bool:
    """The events stage's test of a whole article (:func:`is_lower_cased` over its first 5,000
    characters, any number of letters); kept per text, since every draft of an article asks."""
    return is_lower_cased(text, sample=5000, minimum=1)


def words_lower_cased(words: Sequence[str], share: float = 0.03) -> bool:
    """The same test on the words of a whole parsed text (the places stage): at least 20 words,
    under ``share`` of them capitalised."""
    return few_capitals(words, minimum=20, share=share)


_CASE_WORDS = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|april|june|july|august"
    r"|september|october|november|december|(?:march|may)(?=\s+\d)|(?<=\d\s)(?:march|may))\b"
)


def restore_date_case(text: str) -> str:
    """Title-case weekday and month names in lower-cased text (same length: offsets stay valid), so the
    time grammar, which reads capitalised names, finds them. 'may' and 'march' only next to a number."""
    return _CASE_WORDS.sub(lambda m: m.group().title(), text)


_STORE_UNSAFE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]|[\ud800-\udfff]")


def clean_field(value: str) -> str:
    """A metadata string (title, source, URL, id) fit for every store: NUL and the other C0 controls but
    tab/newline/CR are dropped (PostgreSQL text refuses NUL), lone surrogates (not encodable) become U+FFFD."""
    return _STORE_UNSAFE.sub(lambda m: "" if m.group(0) < "\ud800" else "\ufffd", value)


_UNSTORABLE = re.compile(r"[\x00\ud800-\udfff]")


def unstorable(value: str) -> bool:
    """Whether ``value`` holds NUL (PostgreSQL text refuses it) or a lone surrogate (not encodable)."""
    return _UNSTORABLE.search(value) is not None


def check_query_text(value: str, *, what: str) -> str:
    """A query value (filter, id) as given, or ``InputError`` when it holds NUL or a lone surrogate,
    which no stored text contains and PostgreSQL cannot take."""
    if unstorable(value):
        raise InputError(f"{what} contains a NUL character or an invalid code point")
    return value

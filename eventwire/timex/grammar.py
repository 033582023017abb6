"""The time-expression grammar: precompiled rules, each a regex plus a normaliser.

Every rule's normaliser turns its match into a TimeML value, type and mod, resolving relative
references against the context's anchor (the publication date) and the tense of the governing
clause. Matches are merged longest-first; modifier words ("early", "about", "more than", "the end
of") are then absorbed from the left.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from .lexicon import (
    DAYNUM,
    DECADE_WORDS,
    MONTH,
    MONTHS,
    NUM,
    ORDINAL_WORD,
    ORDINALS,
    PART_OF_DAY,
    SEASON_CODES,
    SEASON_FIRST_MONTH,
    UNIT,
    UNIT_YEARS,
    UNITS,
    WEEKDAY,
    WEEKDAYS,
    YEAR,
    number_value,
)
from .resolve import (
    HOLIDAYS,
    holiday_date,
    resolve_day,
    resolve_month,
    resolve_quarter,
    resolve_season,
    resolve_weekday,
)
from .tense import Tense
from .values import shift


@dataclass
class Norm:
    value: str | None
    type: str = "DATE"
    mod: str | None = None
    reason: str | None = None
    anchor: str | None = None
    """The date resolved against when it is not the publication date ("that day": an earlier date)."""


@dataclass
class Context:
    text: str
    anchor: dt.date | None
    tense: Callable[[int, int], Tense | None]
    quarters: list[tuple[int, str]] = field(default_factory=list)
    """(offset, value) of quarter references seen so far: "a year ago" in a quarterly report."""
    refs: list[tuple[int, str]] = field(default_factory=list)
    """(offset, value) of calendar dates seen so far: what "that day" / "the following year" refer to."""
    weekdays: dict[int, dt.date] = field(default_factory=dict)
    """weekday-same-story: the day each weekday (ISO number) named in a past or future clause so far stood for."""


Handler = Callable[[re.Match[str], Context], "Norm | None"]


@dataclass(frozen=True)
class Rule:
    name: str
    regex: re.Pattern[str]
    handler: Handler
    trigger: frozenset[str]
    """Word keys (see :func:`token_key`) of which every match contains one: the full rule runs
    only in windows around them."""


NO_ANCHOR = "relative expression and no publication date to resolve it against"


def _month_num(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def _year_of(text: str) -> int:
    return int(text)


def _lower(s: str | None) -> str | None:
    return " ".join(s.lower().split()) if s else None


def _rel(word: str | None) -> str | None:
    w = _lower(word)
    if w is None:
        return None
    if w in ("last", "past", "previous", "the past", "the last", "the previous", "this past", "prior", "the prior"):
        return "last"
    if w in ("next", "coming", "this coming", "the coming", "the next", "following", "the following", "upcoming"):
        return "next"
    if w in ("this", "current", "the current", "the", "this year's"):
        return "this"
    return w


# ---------------------------------------------------------------- normalisers


def _full_date(m: re.Match[str], ctx: Context) -> Norm | None:
    month = _month_num(m["month"])
    day = int(re.sub(r"\D", "", m["day"]))
    if m["year"]:
        try:
            return Norm(dt.date(int(m["year"]), month, day).isoformat())
        except ValueError:
            return None
    if ctx.anchor is None:
        return Norm(f"XXXX-{month:02d}-{day:02d}", reason=NO_ANCHOR) if 1 <= day <= 31 else None
    d = resolve_day(ctx.anchor, month, day, ctx.tense(m.start(), m.end()))
    return Norm(d.isoformat()) if d else None


def _month_year(m: re.Match[str], ctx: Context) -> Norm | None:
    return Norm(f"{int(m['year']):04d}-{_month_num(m['month']):02d}")


_MONTH_CONTEXT = re.compile(
    r"(?:\b(?:in|since|until|till|by|of|during|before|after|from|through|to|early|late|mid|last|this|next|"
    r"each|every|and|or|between|around|for|that|past|coming|the|late|on)[ -]|-)$",
    re.I,
)


def _month(m: re.Match[str], ctx: Context) -> Norm | None:
    word = m["month"]
    rel = _rel(m["rel"])
    # "May" / "March" alone are usually a modal or a verb: they need a preposition before them.
    if (
        word.lower().rstrip(".") in ("may", "march", "mar")
        and rel is None
        and not _MONTH_CONTEXT.search(ctx.text[max(0, m.start() - 12) : m.start()].rstrip() + " ")
    ):
        return None
    month = _month_num(word)
    if ctx.anchor is None:
        return Norm(f"XXXX-{month:02d}", reason=NO_ANCHOR)
    return Norm(resolve_month(ctx.anchor, month, ctx.tense(m.start(), m.end()), rel))


def _iso(m: re.Match[str], ctx: Context) -> Norm | None:
    try:
        return Norm(dt.date(int(m["y"]), int(m["mo"]), int(m["d"])).isoformat())
    except ValueError:
        return None


def _numeric_us(m: re.Match[str], ctx: Context) -> Norm | None:
    y = int(m["y"])
    if y < 100:
        y += 2000 if y < 50 else 1900
    try:
        return Norm(dt.date(y, int(m["mo"]), int(m["d"])).isoformat())
    except ValueError:
        return None


def _year(m: re.Match[str], ctx: Context) -> Norm | None:
    return Norm(f"{int(m['year']):04d}")


def _decade(m: re.Match[str], ctx: Context) -> Norm | None:
    if m["dec"]:
        y = int(m["dec"])
        if y % 100 == 0 and y < 2000:
            return Norm(f"{y // 100:02d}XX")
        return Norm(f"{y // 10:03d}X")
    if m["dec2"]:
        d = int(m["dec2"])
        century = 20 if ctx.anchor and 2000 + d <= ctx.anchor.year else 19
        return Norm(f"{century}{d // 10}X")
    word = _lower(m["decw"]) or ""
    return Norm(f"19{DECADE_WORDS[word]}X")


def _century(m: re.Match[str], ctx: Context) -> Norm | None:
    word = _lower(m["ord"]) or ""
    n = int(re.sub(r"\D", "", word)) if word[:1].isdigit() else ORDINALS.get(word)
    if not n or n > 30 or word in ("last", "final"):
        return None
    return Norm(f"{n - 1:02d}XX")


def _season(m: re.Match[str], ctx: Context) -> Norm | None:
    word = (_lower(m["season"]) or "")
    code = SEASON_CODES[word]
    rel = _rel(m["rel"])
    after = ctx.text[m.end() : m.end() + 12]
    if m["year"]:
        return Norm(f"{int(m['year']):04d}-{code}")
    if re.match(r"\s+of\s+(?!\d)", after) or re.match(r"[ -](?:\w+ing|collection|season|term|session)", after):
        return None  # "the fall of Kabul", "spring training"
    if rel is None or rel == "this" and _lower(m["rel"]) == "the":
        before = ctx.text[max(0, m.start() - 10) : m.start()].lower()
        if not re.search(r"\b(?:in|during|by|since|until|over|through)\s+(?:the\s+)?$", before):
            return None
        rel = None
    if ctx.anchor is None:
        return Norm(f"XXXX-{code}", reason=NO_ANCHOR)
    return Norm(resolve_season(ctx.anchor, SEASON_FIRST_MONTH[code], code, ctx.tense(m.start(), m.end()), rel))


def _quarter_ord(m: re.Match[str], ctx: Context) -> Norm | None:
    q = ORDINALS.get((_lower(m["qord"]) or "").replace("1st", "first"), 0)
    if not q:
        q = int(re.sub(r"\D", "", m["qord"]) or 0)
    if not 1 <= q <= 4:
        return None
    year = m["year"] or m["year2"] or m["year3"]
    if year:
        value = f"{int(year):04d}-Q{q}"
    elif ctx.anchor is None:
        return Norm(f"XXXX-Q{q}", reason=NO_ANCHOR)
    else:
        value = resolve_quarter(ctx.anchor, q, ctx.tense(m.start(), m.end()))
    ctx.quarters.append((m.start(), value))
    return Norm(value)


def _quarter_rel(m: re.Match[str], ctx: Context) -> Norm | None:
    if ctx.anchor is None:
        return Norm(None, reason=NO_ANCHOR)
    rel = _lower(m["qrel"]) or ""
    if rel in ("this", "current", "the current"):
        value = shift(ctx.anchor, "quarter", 0)
    elif rel in ("next", "the next", "the coming", "coming"):
        value = shift(ctx.anchor, "quarter", 1)
    else:  # "the quarter", "the latest quarter", "last quarter": the latest one completed
        value = shift(ctx.anchor, "quarter", -1)
    ctx.quarters.append((m.start(), value))
    return Norm(value)


def _half(m: re.Match[str], ctx: Context) -> Norm | None:
    h = 1 if (_lower(m["hord"]) or "") in ("first", "1st") else 2
    if m["year"]:
        return Norm(f"{int(m['year']):04d}-H{h}")
    if ctx.anchor is None:
        return Norm(f"XXXX-H{h}", reason=NO_ANCHOR)
    year = ctx.anchor.year
    if h == 2 and ctx.anchor.month <= 6 and ctx.tense(m.start(), m.end()) == "past":
        year -= 1
    return Norm(f"{year:04d}-H{h}")


_DAY_WORDS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "last night": -1, "last evening": -1,
              "the day before yesterday": -2, "the day after tomorrow": 2, "this morning": 0,
              "this afternoon": 0, "this evening": 0, "overnight": 0}


def _day_word(m: re.Match[str], ctx: Context) -> Norm | None:
    word = _lower(m["dword"]) or ""
    pod = _lower(m["pod"])
    if ctx.anchor is None:
        return Norm(None, reason=NO_ANCHOR)
    value = (ctx.anchor + dt.timedelta(days=_DAY_WORDS[word])).isoformat()
    if word in ("tonight", "last night"):
        return Norm(value + "TNI", "TIME")
    if word == "last evening":  # Indian English, like "last night": the evening before
        return Norm(value + "TEV", "TIME")
    if word.startswith("this "):
        return Norm(value + "T" + PART_OF_DAY[word.split()[1]], "TIME")
    if word == "overnight":
        return Norm(value + "TNI", "TIME")
    if pod:
        return Norm(value + "T" + PART_OF_DAY[pod], "TIME")
    return Norm(value)


def _weekday(m: re.Match[str], ctx: Context) -> Norm | None:
    wd = WEEKDAYS[m["wd"].lower()]
    rel_word = _lower(m["rel"])
    rel = {"last": "last", "this past": "last", "past": "last", "next": "next", "this coming": "this_coming",
           "coming": "this_coming", "this": None}.get(rel_word or "")
    pod = _lower(m["pod"])
    if ctx.anchor is None:
        return Norm(f"XXXX-WXX-{wd}", reason=NO_ANCHOR)
    tense = ctx.tense(m.start(), m.end())
    if rel_word == "this" and tense is None:
        tense = "future" if wd >= ctx.anchor.isoweekday() else None
    d = resolve_weekday(ctx.anchor, wd, tense, rel)
    if rel is None and rel_word is None and tense in ("present", None) and wd in ctx.weekdays:
        # weekday-same-story: "the party will be held Friday ... On Friday, the moon is in its first quarter":
        # a weekday in a present (or tenseless) clause is the one the text named before, not a week back
        d = ctx.weekdays[wd]
    elif tense in ("past", "future") or rel is not None:
        ctx.weekdays[wd] = d
    if pod:
        return Norm(d.isoformat() + "T" + PART_OF_DAY[pod], "TIME")
    return Norm(d.isoformat())


def _anaphoric(m: re.Match[str], ctx: Context) -> Norm | None:
    """"that day", "the following year": relative to the latest calendar date before them."""
    det = (_lower(m["det"]) or "").replace("that same", "that")
    unit = (_lower(m["unit"]) or "")
    if det in ("the next", "the previous", "the prior") and unit in ("week", "month", "year"):
        return None  # "the next year" is relative to the publication date: rule rel_unit
    step = 1 if det in ("the following", "the next") else -1 if det in ("the previous", "the preceding", "the prior") else 0
    need_day = unit not in ("week", "month", "year")
    ref = None
    for off, value in reversed(ctx.refs):
        if off < m.start() and (not need_day or re.match(r"\d{4}-\d{2}-\d{2}", value)) and (
            unit != "month" or re.match(r"\d{4}-\d{2}", value)
        ):
            ref = value
            break
    if ref is None:
        return Norm(None, reason="no earlier date in the text for it to refer to")
    if unit == "year":
        return Norm(f"{int(ref[:4]) + step:04d}", anchor=ref)
    if unit == "month":
        return Norm(shift(dt.date(int(ref[:4]), int(ref[5:7]), 1), "month", step), anchor=ref)
    d = dt.date(int(ref[:4]), int(ref[5:7]), int(ref[8:10])) if re.match(r"\d{4}-\d{2}-\d{2}", ref) else None
    if unit == "week":
        if d is None:
            return Norm(None, reason="no earlier date in the text for it to refer to")
        return Norm(shift(d, "week", step), anchor=ref)
    assert d is not None
    value = (d + dt.timedelta(days=step)).isoformat()
    if unit in PART_OF_DAY:
        return Norm(value + "T" + PART_OF_DAY[unit], "TIME", anchor=ref)
    return Norm(value, anchor=ref)


def _the_year(m: re.Match[str], ctx: Context) -> Norm | None:
    """"for the year", "earlier in the year": in a news story, the year being reported."""
    if ctx.anchor is None:
        return Norm(None, reason=NO_ANCHOR)
    return Norm(f"{ctx.anchor.year:04d}")


def _the_day(m: re.Match[str], ctx: Context) -> Norm | None:
    """"ended the day", "for the day": the day being reported, the anchor day in a news story."""
    if not _THE_DAY_BEFORE.search(ctx.text, max(0, m.start() - 16), m.start()):
        return None
    if ctx.anchor is None:
        return Norm(None, reason=NO_ANCHOR)
    return Norm(ctx.anchor.isoformat())


_THE_DAY_BEFORE = re.compile(
    r"\b(?:end|ended|ending|ends|finish|finished|finishing|for|close|closed|closing|during|throughout)[ ]$", re.I
)


def _weekend(m: re.Match[str], ctx: Context) -> Norm | None:
    if ctx.anchor is None:
        return Norm(None, reason=NO_ANCHOR)
    rel = _rel(m["rel"])
    a = ctx.anchor
    if rel == "next":
        return Norm(shift(a, "weekend", 1))
    if rel == "last":
        return Norm(shift(a, "weekend", -1))
    if _lower(m["rel"]) == "this":
        return Norm(shift(a, "weekend", 0))
    if a.isoweekday() >= 6 or ctx.tense(m.start(), m.end()) == "future":
        return Norm(shift(a, "weekend", 0))
    return Norm(shift(a, "weekend", -1))


_REL_UNITS = {"week": "week", "month": "month", "year": "year", "decade": "decade", "century": "century"}


def _rel_unit(m: re.Match[str], ctx: Context) -> Norm | None:
    if ctx.anchor is None:
        return Norm(None, reason=NO_ANCHOR)
    rel = _rel(m["rel"])
    unit = _REL_UNITS[(_lower(m["unit"]) or "")]
    n = {"last": -1, "next": 1, "this": 0}.get(rel or "")
    if n is None:
        return None
    return Norm(shift(ctx.anchor, unit, n))


def _unit_value(unit_word: str, n: float | None) -> tuple[str, str]:
    """(ISO duration, calendar unit) for ``n`` units (n None: unspecified number)."""
    base = unit_word.lower().rstrip("s")
    cal, letter, is_time = UNITS[base]
    if n is not None and cal in UNIT_YEARS:
        n, letter = n * UNIT_YEARS[cal], "Y"
    elif n is not None and cal == "quarter":
        n, letter = n * 3, "M"
    elif n is not None and cal == "fortnight":
        n, letter = n * 2, "W"
    elif n is None and cal in UNIT_YEARS:
        letter = "DE" if cal == "decade" else "CE"
    num = "X" if n is None else (str(int(n)) if float(n).is_integer() else f"{n:g}")
    return ("PT" if is_time else "P") + num + letter, cal


def _duration(m: re.Match[str], ctx: Context) -> Norm | None:
    n = number_value(m["num"]) if m["num"] else None
    unit_word = m["unit"]
    plural = unit_word.lower().endswith("s") and not unit_word.lower().endswith("ss")
    if m["num"] and n is None and not plural:
        return None
    if m["num"] and n == 1 and plural and _lower(m["num"]) not in ("one and a half", "a and a half"):
        return None
    base = unit_word.lower().rstrip("s")
    after = ctx.text[m.end() : m.end() + 20]
    if base == "second" and n == 1 and re.match(r"\s+[a-z]", after) and not re.match(r"\s+(?:later|ago|earlier|or)\b", after):
        return None  # "a second consecutive day": an ordinal
    if base == "quarter" and re.match(r"\s+of\b", after):
        return None  # "three-quarters of the vote": a fraction
    value, _ = _unit_value(unit_word, n)
    return Norm(value, "DURATION")


def _bare_plural(m: re.Match[str], ctx: Context) -> Norm | None:
    value, _ = _unit_value(m["unit"], None)
    return Norm(value, "DURATION")


def _ago(m: re.Match[str], ctx: Context) -> Norm | None:
    n = number_value(m["num"])
    direction = _lower(m["dir"]) or "ago"
    sign = 1 if direction in ("later", "from now", "hence") else -1
    if n is None:
        return Norm("FUTURE_REF" if sign > 0 else "PAST_REF")
    if ctx.anchor is None:
        return Norm(None, reason=NO_ANCHOR)
    base = m["unit"].lower().rstrip("s")
    cal = UNITS[base][0]
    if cal == "year" and n == 1 and direction in ("ago", "earlier"):
        q = _recent_quarter(ctx, m.start())
        if q:
            return Norm(f"{int(q[:4]) - 1:04d}{q[4:]}")
    if not float(n).is_integer():
        return Norm("PAST_REF" if sign < 0 else "FUTURE_REF")
    k = int(n) * sign
    if cal in ("second", "minute", "hour"):
        if direction in ("later", "earlier"):  # relative to the story's events, not to the anchor
            return Norm(_unit_value(m["unit"], n)[0], "DURATION")
        return Norm(ctx.anchor.isoformat())
    if cal == "fortnight":
        cal, k = "week", 2 * k
    if cal in UNIT_YEARS:
        k, cal = k * UNIT_YEARS[cal], "year"
    ref = _story_ref(ctx, m.start(), cal) if direction in ("later", "earlier") else None
    if ref is not None:  # "a month later": a month after the story's last date, not after publication
        return Norm(shift(ref[0], cal, k), anchor=ref[1])
    if direction == "later" and cal == "year":
        # rule ``years-later-is-now``: with no earlier story date, "15 years later" is the time of
        # writing seen from a past event ("the murder still haunts them 15 years later"), not the future
        return Norm("PRESENT_REF")
    if cal == "quarter":
        return Norm(shift(ctx.anchor, "quarter", k))
    return Norm(shift(ctx.anchor, cal, k))


def _story_ref(ctx: Context, pos: int, cal: str) -> tuple[dt.date, str] | None:
    """The latest calendar date before ``pos`` fine enough to count ``cal`` units from ("a day
    earlier" needs a day, "a month later" a month), not after publication: what "later" / "earlier" are
    relative to."""
    need = r"\d{4}-\d{2}-\d{2}" if cal in ("day", "week") else r"\d{4}-\d{2}" if cal in ("month", "quarter") else r"\d{4}"
    latest = ctx.anchor.isoformat() if ctx.anchor else "9999"
    for off, value in reversed(ctx.refs):
        if off < pos and re.match(need, value) and value[: len(latest)] <= latest:  # not an announced date
            month = int(value[5:7]) if re.match(r"\d{4}-\d{2}", value) else 1
            day = int(value[8:10]) if re.match(r"\d{4}-\d{2}-\d{2}", value) else 1
            return dt.date(int(value[:4]), month, day), value
    return None


def _recent_quarter(ctx: Context, pos: int) -> str | None:
    for off, value in reversed(ctx.quarters):
        if pos - 400 <= off < pos:
            return value
    return None


def _year_earlier(m: re.Match[str], ctx: Context) -> Norm | None:
    if ctx.anchor is None:
        return Norm(None, reason=NO_ANCHOR)
    q = _recent_quarter(ctx, m.start())
    if q:
        return Norm(f"{int(q[:4]) - 1:04d}{q[4:]}")
    return Norm(shift(ctx.anchor, "year", -1))


_REF_VALUES = {"present": "PRESENT_REF", "past": "PAST_REF", "future": "FUTURE_REF"}


def _ref(kind: str) -> Handler:
    def handler(m: re.Match[str], ctx: Context) -> Norm | None:
        return Norm(_REF_VALUES[kind])

    return handler


_SET_WORDS = {"daily": "P1D", "nightly": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y",
              "yearly": "P1Y", "hourly": "PT1H", "quarterly": "P3M", "biweekly": "P2W"}


def _set_word(m: re.Match[str], ctx: Context) -> Norm | None:
    return Norm(_SET_WORDS[(_lower(m["sw"]) or "")], "SET")


def _set_every(m: re.Match[str], ctx: Context) -> Norm | None:
    k = 2 if m["other"] else 1
    if m["wd"]:
        return Norm(f"XXXX-WXX-{WEEKDAYS[m['wd'].lower()]}", "SET")
    if m["month"]:
        return Norm(f"XXXX-{_month_num(m['month']):02d}", "SET")
    if m["pod"]:
        return Norm("XXXX-XX-XXT" + PART_OF_DAY[m["pod"].lower()], "SET")
    value, _ = _unit_value(m["unit"], float(k))
    return Norm(value, "SET")


def _clock(m: re.Match[str], ctx: Context) -> Norm | None:
    word = _lower(m["word"])
    zone = "Z" if m["utc"] else ""
    if m["h24"]:
        hh, mm = int(m["h24"]), int(m["m24"])
    elif word:
        hh, mm = (12, 0) if word == "noon" else (24, 0)
    else:
        hh = int(m["h"])
        mm = int(m["min"] or 0)
        ampm = (m["ampm"] or "").lower().replace(".", "")
        if hh > 12 or mm > 59 or (ampm and hh == 0):
            return None
        if ampm == "pm" and hh < 12:
            hh += 12
        elif ampm == "am" and hh == 12:
            hh = 0
    day: str | None = None
    weekday = m["cwd"] or m["pwd"]
    if weekday:
        if ctx.anchor is not None:
            day = resolve_weekday(ctx.anchor, WEEKDAYS[weekday.lower()], ctx.tense(m.start(), m.end())).isoformat()
    elif m["cday"]:
        if ctx.anchor is not None:
            day = (ctx.anchor + dt.timedelta(days=_DAY_WORDS[m["cday"].lower()])).isoformat()
    elif m["cmonth"]:
        month, d = _month_num(m["cmonth"]), int(re.sub(r"\D", "", m["cdaynum"]))
        if ctx.anchor is not None:
            got = resolve_day(ctx.anchor, month, d, ctx.tense(m.start(), m.end()))
            day = got.isoformat() if got else None
    elif ctx.anchor is not None:
        day = ctx.anchor.isoformat()
    if day is None:
        return Norm(f"XXXX-XX-XXT{hh:02d}:{mm:02d}{zone}", "TIME", reason=NO_ANCHOR)
    return Norm(f"{day}T{hh:02d}:{mm:02d}{zone}", "TIME")


def _spelled_year(m: re.Match[str], ctx: Context) -> Norm | None:
    words = (_lower(m["sy"]) or "").replace("-", " ").replace(" and ", " ").replace(" hundred", "").split()
    if words[:2] == ["two", "thousand"]:
        return Norm(f"{2000 + int(number_value(' '.join(words[2:])) or 0) if words[2:] else 2000:04d}")
    century = NUMBER_WORDS_CENTURY.get(words[0])
    rest = number_value(" ".join(words[1:]))
    if century is None or rest is None or rest >= 100:
        return None
    return Norm(f"{century * 100 + int(rest):04d}")


NUMBER_WORDS_CENTURY = {"eighteen": 18, "nineteen": 19, "twenty": 20}


def _holiday(m: re.Match[str], ctx: Context) -> Norm | None:
    name = m["hol"]
    if m["year"]:
        d = holiday_date(name, int(m["year"]))
        return Norm(d.isoformat()) if d else None
    if ctx.anchor is None:
        return Norm(None, reason=NO_ANCHOR)
    this = holiday_date(name, ctx.anchor.year)
    if this is None:
        return None
    tense = ctx.tense(m.start(), m.end())
    ahead = (this - ctx.anchor).days
    if ahead > 0 and tense != "future" and (tense == "past" or ahead > 60):
        this = holiday_date(name, ctx.anchor.year - 1) or this
    elif ahead < -180 and tense == "future":
        this = holiday_date(name, ctx.anchor.year + 1) or this
    return Norm(this.isoformat())


# ---------------------------------------------------------------- the rules

_S = r"[ \t]+(?:\n[ \t]*)?"  # a space that may wrap a line, never a paragraph break
_WDPRE = rf"(?:{WEEKDAY},?{_S})?"
_REL = r"(?i:this[ ]past|this[ ]coming|last|this|next|coming|past)"
_POD = r"(?i:morning|afternoon|evening|night)"
_HOLIDAY_NAMES = "|".join(
    sorted((re.escape(n.title()).replace("'", "['’]").replace(r"\ ", "[ ]") for n in HOLIDAYS), key=len, reverse=True)
)

_RULES_SRC: list[tuple[str, str, Handler]] = [
    ("iso_date", r"(?P<y>(?:1[5-9]|20)\d\d)-(?P<mo>[01]\d)-(?P<d>[0-3]\d)(?!\d)", _iso),
    ("numeric_date", r"(?P<mo>[01]?\d)/(?P<d>[0-3]?\d)/(?P<y>(?:19|20)?\d\d)(?![\d/])", _numeric_us),
    ("date_mdy", rf"{_WDPRE}(?P<month>{MONTH}){_S}(?P<day>{DAYNUM})(?!\d|:\d|\.\d)(?:,?{_S}(?P<year>{YEAR})(?!\d))?", _full_date),
    (
        "date_dmy",
        rf"{_WDPRE}(?:(?i:the){_S})?(?P<day>{DAYNUM}){_S}(?:(?i:of){_S})?(?P<month>{MONTH})(?:,?{_S}(?P<year>{YEAR})(?!\d))?",
        _full_date,
    ),
    ("month_year", rf"(?P<month>{MONTH}),?{_S}(?:(?i:of){_S})?(?P<year>{YEAR})(?!\d)", _month_year),
    ("month", rf"(?:(?P<rel>{_REL}){_S})?(?P<month>{MONTH})", _month),
    (
        "year",
        rf"(?:(?i:fiscal(?:[ ]year)?|FY|the[ ]year){_S}?)?(?<![\w$£€.,/:#])(?<!\d-)(?P<year>{YEAR})(?![\w%/:]|[.,]\d|-\d|['’]s)",
        _year,
    ),
    (
        "decade",
        rf"(?:(?i:the){_S})?(?:(?P<dec>(?:1[5-9]|20)\d0)['’]?s|(?:['’]|(?<=the[ ]))(?P<dec2>\d0)['’]?s|"
        rf"(?<=the[ ])(?P<decw>(?i:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)))",
        _decade,
    ),
    ("century", rf"(?:(?i:the){_S})?(?P<ord>\d{{1,2}}(?:st|nd|rd|th)|(?i:{ORDINAL_WORD}))[ -](?i:century)", _century),
    (
        "season",
        rf"(?:(?P<rel>{_REL}|(?i:the)){_S})?(?P<season>(?i:spring|summer|fall|autumn|winter))(?:{_S}(?:(?i:of){_S})?(?P<year>{YEAR})(?!\d))?",
        _season,
    ),
    (
        "quarter",
        rf"(?:(?i:the){_S})?(?:(?P<year>{YEAR})(?:['’]s)?{_S}|(?i:fiscal){_S}(?:(?P<year2>{YEAR}){_S})?|(?i:this[ ]year['’]s){_S})?"
        rf"(?P<qord>(?i:first|second|third|fourth|final|last|1st|2nd|3rd|4th))[- ](?:(?i:fiscal)[- ])?(?i:quarter)(?!s)"
        rf"(?:{_S}(?:(?i:of){_S}(?:(?i:fiscal){_S})?)?(?P<year3>{YEAR})(?!\d))?",
        _quarter_ord,
    ),
    (
        "quarter_rel",
        r"(?P<qrel>(?i:the[ ](?:latest|most[ ]recent|just[- ]ended|recent|current|previous|prior|past|last|coming|next)"
        r"|the|this|last|next|current))[ ](?i:quarter)(?![\w-])",
        _quarter_rel,
    ),
    (
        "half",
        rf"(?:(?i:the){_S})?(?P<hord>(?i:first|second|1st|2nd))[ -](?i:half)(?:{_S}(?i:of){_S}(?:(?i:fiscal){_S})?(?P<year>{YEAR})(?!\d))?"
        r"(?!-)",
        _half,
    ),
    (
        "day_word",
        rf"(?P<dword>(?i:the[ ]day[ ]before[ ]yesterday|the[ ]day[ ]after[ ]tomorrow|today|tonight|yesterday|tomorrow|"
        rf"last[ ]night|last[ ]evening|this[ ]morning|this[ ]afternoon|this[ ]evening|overnight))(?:{_S}(?P<pod>{_POD}))?",
        _day_word,
    ),
    ("weekday", rf"(?:(?P<rel>{_REL}){_S})?(?P<wd>{WEEKDAY})(?:,?{_S}(?P<pod>{_POD}))?", _weekday),
    (
        "anaphoric",
        r"(?P<det>(?i:that[ ]same|that|the[ ]same|the[ ]following|the[ ]next|the[ ]previous|the[ ]preceding|the[ ]prior))[ ]"
        r"(?P<unit>(?i:day|morning|afternoon|evening|night|week|month|year))(?![\w-])",
        _anaphoric,
    ),
    ("the_year", r"(?i:the[ ]year)(?![\w'’-]|[ ](?:ago|earlier|before|after|of|when|that|in|\d)\b)", _the_year),
    (
        "the_day",
        r"(?i:the[ ]day)(?![ ](?:after|before|of|when|that|on|in)\b)",
        _the_day,
    ),
    ("weekend", rf"(?P<rel>(?i:this|last|next|the|the[ ]past|the[ ]coming)){_S}(?i:weekend)", _weekend),
    (
        "rel_unit",
        r"(?P<rel>(?i:(?:the[ ])?(?:last|past|previous|coming|next|current)|this))[ ]"
        r"(?P<unit>(?i:week|month|year|decade|century))(?![\w-])",
        _rel_unit,
    ),
    (
        "ago",
        rf"(?P<num>(?i:{NUM})){_S}(?P<unit>(?i:{UNIT})s?){_S}(?P<dir>(?i:ago|earlier|later|from[ ]now|hence))",
        _ago,
    ),
    ("year_earlier", r"(?:(?i:the)[ ])?(?i:year-(?:earlier|ago))(?:[ ](?i:quarter|period))?", _year_earlier),
    (
        "duration",
        rf"(?:(?i:(?:the[ ])?(?:past|last|next|first|previous|coming|following|final|latest|remaining|initial)|the){_S})?"
        rf"(?P<num>(?i:{NUM}))(?:{_S}|-)(?P<unit>(?i:{UNIT})s?)(?![\w-])",
        _duration,
    ),
    (
        "bare_plural",
        r"(?<=\bfor )(?P<unit>(?i:years|months|weeks|days|hours|decades|minutes))(?![\w-])",
        _bare_plural,
    ),
    (
        "present_ref",
        r"(?i:nowadays|now|currently|at[ ]present|presently|these[ ]days|at[ ]the[ ]moment|right[ ]now|current)"
        r"(?![\w-]|[ ](?:account|accounts|affairs|events|state|law|rules|system)\b)",
        _ref("present"),
    ),
    (
        "past_ref",
        r"(?i:recently|lately|formerly|the[ ]past|recent[ ](?:years|months|weeks|days|decades)|recent)(?![\w-])",
        _ref("past"),
    ),
    ("future_ref", r"(?i:the[ ]future|the[ ]near[ ]future|in[ ]future)(?![\w-])", _ref("future")),
    ("set_word", r"(?P<sw>(?i:daily|nightly|weekly|monthly|annually|yearly|hourly|biweekly))(?![\w-])", _set_word),
    (
        "set_every",
        rf"(?i:every|each|per){_S}(?P<other>(?i:other){_S})?(?:(?P<wd>{WEEKDAY})|(?P<month>{MONTH})|(?P<pod>(?i:morning|afternoon|evening|night))|(?P<unit>(?i:{UNIT})))(?![\w-])",
        _set_every,
    ),
    (
        "clock",
        rf"(?:(?P<pwd>{WEEKDAY}){_S})?"  # "Friday noon", "friday 10 pm"
        rf"(?:(?P<h>[01]?\d)(?::(?P<min>[0-5]\d))?{_S}?(?P<ampm>(?i:a\.m\.|p\.m\.|am\b|pm\b))|(?P<word>(?i:noon|midnight))"
        rf"|(?P<h24>[01]\d|2[0-3]|\d):?(?P<m24>[0-5]\d){_S}?(?P<utc>UTC|GMT|Z)\b)"
        rf"(?:{_S}(?:[A-Z]{{2}}T|GMT|UTC)\b)?"
        rf"(?:,?{_S}(?:(?i:on){_S})?(?:(?P<cwd>{WEEKDAY})|(?P<cday>(?i:today|yesterday|tomorrow))|(?P<cmonth>{MONTH}){_S}(?P<cdaynum>{DAYNUM})(?!\d)))?",
        _clock,
    ),
    (
        "spelled_year",
        r"(?:(?i:the[ ]year)[ ])?(?P<sy>(?i:nineteen|eighteen|twenty)(?:[ -]hundred(?:[ ]and)?)?[ -]"
        r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[ -](?:one|two|three|four|five|six|seven|eight|nine))?"
        r"|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
        r"|(?<=year[ ])two[ ]thousand(?:[ ](?:and[ ])?(?:one|two|three|four|five|six|seven|eight|nine|ten))?)",
        _spelled_year,
    ),
    ("holiday", rf"(?P<hol>{_HOLIDAY_NAMES})(?:,?{_S}(?P<year>{YEAR})(?!\d))?", _holiday),
]

_UNIT_WORDS = {
    w + suffix
    for w in ("second", "sec", "minute", "min", "hour", "hr", "day", "night", "week", "fortnight", "month", "quarter",
              "year", "yr", "decade")
    for suffix in ("", "s")
} | {"century", "centuries"}
_MONTH_WORDS = set(MONTHS)
_TRIGGERS: dict[str, frozenset[str]] = {
    name: frozenset(words)
    for name, words in {
        "iso_date": {"<num4>"},
        "numeric_date": {"<num>"},
        "date_mdy": _MONTH_WORDS,
        "date_dmy": _MONTH_WORDS,
        "month_year": _MONTH_WORDS,
        "month": _MONTH_WORDS,
        "year": {"<num4>"},
        "decade": {"<dec>", *DECADE_WORDS},
        "century": {"century", "centuries"},
        "season": set(SEASON_CODES),
        "quarter": {"quarter"},
        "quarter_rel": {"quarter"},
        "half": {"half"},
        "day_word": {"today", "tonight", "yesterday", "tomorrow", "night", "morning", "afternoon", "evening",
                     "overnight"},
        "weekday": set(WEEKDAYS),
        "the_day": {"day"},
        "the_year": {"year"},
        "anaphoric": {"day", "morning", "afternoon", "evening", "night", "week", "month", "year"},
        "weekend": {"weekend"},
        "rel_unit": {"week", "month", "year", "decade", "century"},
        "ago": {"ago", "earlier", "later", "now", "hence"},
        "year_earlier": {"year"},
        "duration": _UNIT_WORDS,
        "bare_plural": _UNIT_WORDS,
        "present_ref": {"now", "nowadays", "currently", "current", "present", "presently", "days", "moment"},
        "past_ref": {"recently", "recent", "lately", "formerly", "past"},
        "future_ref": {"future"},
        "set_word": set(_SET_WORDS),
        "set_every": {"every", "each", "per"},
        "clock": {"m", "am", "pm", "noon", "midnight", "utc", "gmt"},
        "spelled_year": {"nineteen", "eighteen", "twenty", "thousand"},
        "holiday": {"christmas", "year", "independence", "halloween", "valentine", "thanksgiving", "labor",
                    "memorial", "easter"},
    }.items()
}


def token_key(word: str) -> str:
    """The trigger key of a word token (lower case; number shapes as <num4>, <dec>, <num>)."""
    if word[0].isdigit():
        if word.isdigit():
            return "<num4>" if len(word) == 4 else "<num>"
        if word.endswith("0s") and word[:-1].isdigit():
            return "<dec>"
        return "<num>"
    return word.lower()


RULES: tuple[Rule, ...] = tuple(
    Rule(
        name,
        re.compile(rf"(?<![\w]){src}(?!\w)" if not src.endswith("(?!\\w)") else rf"(?<![\w]){src}"),
        fn,
        _TRIGGERS[name],
    )
    for name, src, fn in _RULES_SRC
)

# Modifier words absorbed from the left of a DATE/TIME (mod) or a DURATION (quantity mod).
_DATE_MODS = re.compile(
    r"(?P<w>(?i:the[ ](?:end|close)[ ]of|the[ ](?:beginning|start)[ ]of|the[ ]middle[ ]of|"
    r"(?:the[ ])?(?:early|late|mid-?)|earlier|later|around|about|approximately|roughly))[ -]?$"
)
_DURATION_MODS = re.compile(
    r"(?P<w>(?i:more[ ]than|less[ ]than|at[ ]least|at[ ]most|no[ ]more[ ]than|up[ ]to|over|under|nearly|almost|"
    r"about|around|approximately|roughly|some))[ ]$"
)
MOD_VALUES = {
    "the end of": "END", "the close of": "END", "the beginning of": "START", "the start of": "START",
    "the middle of": "MID", "early": "START", "late": "END", "earlier": "START", "later": "END", "mid": "MID",
    "the early": "START", "the late": "END", "the mid": "MID", "the mid-": "MID", "mid-": "MID", "around": "APPROX", "about": "APPROX", "approximately": "APPROX", "roughly": "APPROX",
    "more than": "MORE_THAN", "over": "MORE_THAN", "less than": "LESS_THAN", "under": "LESS_THAN",
    "at least": "EQUAL_OR_MORE", "at most": "EQUAL_OR_LESS", "no more than": "EQUAL_OR_LESS", "up to": "EQUAL_OR_LESS",
    "nearly": "APPROX", "almost": "APPROX", "some": "APPROX",
}

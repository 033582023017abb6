"""Pure helpers over TimeML values: validity, precision, calendar ranges and calendar arithmetic.

A TimeML ``value`` is an ISO-8601-like string: ``2021-08-15``, ``2021-08``, ``2021-W33``,
``2021-W33-WE``, ``2021``, ``198X`` (decade), ``19XX`` (century), ``2021-SU`` (season),
``2021-Q3`` (quarter), ``2021-H1`` (half), ``2021-08-15T14:30`` / ``2021-08-15TMO`` (time of day),
``P3D`` / ``PT2H`` / ``PXY`` (durations), ``XXXX-WXX-1`` (sets) and the vague references
``PAST_REF``, ``PRESENT_REF`` and ``FUTURE_REF``.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Literal

Precision = Literal["day", "week", "month", "season", "quarter", "year", "decade", "century"]

REFS = ("PAST_REF", "PRESENT_REF", "FUTURE_REF")
SEASONS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}
PARTS_OF_DAY = ("MO", "MI", "AF", "EV", "NI", "DT")

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$")
_WEEK = re.compile(r"^(\d{4})-W(\d{1,2})(?:-WE)?$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_HALF = re.compile(r"^(\d{4})-H([12])$")
_YEAR = re.compile(r"^(\d{4})$")
_DECADE = re.compile(r"^(\d{3})X$")
_CENTURY = re.compile(r"^(\d{2})XX$")

_DURATION = re.compile(r"^P(?:(?:[\dX]+(?:\.\d+)?[YMWDQLCE])+(?:T(?:[\dX]+(?:\.\d+)?[HMS])+)?|T(?:[\dX]+(?:\.\d+)?[HMS])+)$")
_DATE_LIKE = re.compile(
    r"""^(?:
        (?:\d{4}|\d{3}X|\d{2}XX|XXXX)
        (?:-(?:\d{2}|XX)(?:-(?:\d{2}|XX))?
          |-W(?:\d{1,2}|XX)(?:-(?:WE|[1-7]))?
          |-(?:SP|SU|FA|WI|Q[1-4X]|H[12])
        )?
        (?:T(?:\d{2}(?::\d{2}(?::\d{2})?)?Z?|MO|MI|AF|EV|NI|DT))?
    )$""",
    re.X,
)


def is_valid_value(value: str) -> bool:
    """Whether ``value`` is a well-formed TimeML value eventwire can produce."""
    return value in REFS or bool(_DURATION.match(value) or _DATE_LIKE.match(value))


def precision_of(value: str | None) -> Precision | None:
    """The calendar granularity of a DATE/TIME value, or None (durations, sets, vague refs)."""
    if not value:
        return None
    if _DAY.match(value):
        return "day"
    if _WEEK.match(value):
        return "week"
    if _MONTH.match(value):
        return "month"
    if _SEASON.match(value):
        return "season"
    if _QUARTER.match(value) or _HALF.match(value):
        return "quarter"
    if _YEAR.match(value):
        return "year"
    if _DECADE.match(value):
        return "decade"
    if _CENTURY.match(value):
        return "century"
    return None


def _month_end(year: int, month: int) -> dt.date:
    if month == 12:
        return dt.date(year, 12, 31)
    return dt.date(year, month + 1, 1) - dt.timedelta(days=1)


def to_date_range(value: str | None) -> tuple[dt.date, dt.date] | None:
    """The first and last calendar day a DATE/TIME value covers (inclusive), or None."""
    if not value:
        return None
    try:
        if m := _DAY.match(value):
            d = dt.date(int(m[1]), int(m[2]), int(m[3]))
            return d, d
        if m := _WEEK.match(value):
            monday = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
            if value.endswith("-WE"):
                return monday + dt.timedelta(days=5), monday + dt.timedelta(days=6)
            return monday, monday + dt.timedelta(days=6)
        if m := _MONTH.match(value):
            y, mo = int(m[1]), int(m[2])
            return dt.date(y, mo, 1), _month_end(y, mo)
        if m := _SEASON.match(value):
            y = int(m[1])
            first, last = SEASONS[m[2]]
            if m[2] == "WI":  # winter 2021: December 2021 to February 2022
                return dt.date(y, 12, 1), _month_end(y + 1, 2)
            return dt.date(y, first, 1), _month_end(y, last)
        if m := _QUARTER.match(value):
            y, q = int(m[1]), int(m[2])
            return dt.date(y, 3 * q - 2, 1), _month_end(y, 3 * q)
        if m := _HALF.match(value):
            y, h = int(m[1]), int(m[2])
            return dt.date(y, 6 * h - 5, 1), _month_end(y, 6 * h)
        if m := _YEAR.match(value):
            y = int(m[1])
            return dt.date(y, 1, 1), dt.date(y, 12, 31)
        if m := _DECADE.match(value):
            y = int(m[1]) * 10
            return dt.date(max(y, 1), 1, 1), dt.date(y + 9, 12, 31)
        if m := _CENTURY.match(value):
            y = int(m[1]) * 100
            return dt.date(max(y, 1), 1, 1), dt.date(y + 99, 12, 31)
    except ValueError:
        return None
    return None


# ---------------------------------------------------------------- calendar arithmetic


def iso_week(d: dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def add_months(d: dt.date, months: int) -> dt.date:
    total = d.year * 12 + (d.month - 1) + months
    y, m = divmod(total, 12)
    return dt.date(y, m + 1, min(d.day, _month_end(y, m + 1).day))


def quarter_of(d: dt.date) -> int:
    return (d.month - 1) // 3 + 1


def shift(anchor: dt.date, unit: str, n: int) -> str:
    """``anchor`` moved by ``n`` units, written at that unit's granularity
    (day → 2021-08-15, week → 2021-W33, month → 2021-07, quarter → 2021-Q2, year → 2020,
    decade → 201X, century → 19XX)."""
    if unit == "day":
        return (anchor + dt.timedelta(days=n)).isoformat()
    if unit == "weekend":
        return iso_week(anchor + dt.timedelta(weeks=n)) + "-WE"
    if unit == "week":
        return iso_week(anchor + dt.timedelta(weeks=n))
    if unit == "month":
        return add_months(anchor, n).strftime("%Y-%m")
    if unit == "quarter":
        d = add_months(anchor, 3 * n)
        return f"{d.year:04d}-Q{quarter_of(d)}"
    if unit == "half":
        d = add_months(anchor, 6 * n)
        return f"{d.year:04d}-H{1 if d.month <= 6 else 2}"
    if unit == "year":
        return f"{anchor.year + n:04d}"
    if unit == "decade":
        return f"{anchor.year // 10 + n:03d}X"
    if unit == "century":
        return f"{anchor.year // 100 + n:02d}XX"
    raise ValueError(f"unknown calendar unit {unit!r}")


def parse_anchor(value: str | None) -> dt.date | None:
    """The ``YYYY-MM-DD`` prefix of an ISO date/time string as a date, else None."""
    if not value:
        return None
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})", value)
    if not m:
        return None
    try:
        return dt.date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


def canonical(value: str) -> str:
    """A comparison form of a value: zero-padded ISO weeks (``2000-W7`` → ``2000-W07``)."""
    return re.sub(r"-W(\d)(?=$|-)", r"-W0\1", value)

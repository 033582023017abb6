"""Resolving underspecified calendar references against an anchor date (pure functions).

News narrates the past: without a future signal an ambiguous reference resolves to the most recent
occurrence on or before the anchor; a date a little after the anchor stays in the anchor's year
unless the clause is in the past tense.
"""

from __future__ import annotations

import datetime as dt

from .tense import Tense
from .values import quarter_of

NEAR_FUTURE_DAYS = 60
"""A day-month date up to this many days after the anchor keeps the anchor's year (no tense)."""


def resolve_day(anchor: dt.date, month: int, day: int, tense: Tense | None) -> dt.date | None:
    """The year for a day-month date with no year written ("15 August")."""

    def make(year: int) -> dt.date | None:
        try:
            return dt.date(year, month, day)
        except ValueError:
            return None

    d = make(anchor.year)
    if d is None:
        return make(anchor.year - 1) if month == 2 and day == 29 else None
    ahead = (d - anchor).days
    if ahead > 0:
        limit = {"future": 300, "present": 120, "past": 30}.get(tense or "", NEAR_FUTURE_DAYS)
        return make(anchor.year - 1) if ahead > limit else d
    if tense == "future" and -ahead > 180:
        return make(anchor.year + 1)
    return d


def resolve_month(anchor: dt.date, month: int, tense: Tense | None, rel: str | None = None) -> str:
    """``YYYY-MM`` for a month name with no year ("in December", "last April", "next May")."""
    year = anchor.year
    if rel == "last":
        year = anchor.year if month < anchor.month else anchor.year - 1
    elif rel == "next":
        year = anchor.year if month > anchor.month else anchor.year + 1
    elif rel == "this":
        year = anchor.year
    elif month > anchor.month:
        ahead = month - anchor.month
        if tense == "past" and ahead > 1 or tense is None and ahead > 2 or tense == "present" and ahead > 6:
            year -= 1
    elif month < anchor.month and tense == "future" and anchor.month - month > 6:
        year += 1
    return f"{year:04d}-{month:02d}"


def resolve_weekday(anchor: dt.date, weekday: int, tense: Tense | None, rel: str | None = None) -> dt.date:
    """The date of a weekday (ISO 1 = Monday): the most recent on or before the anchor, or the next
    on or after it for future tense; "last"/"next" exclude the anchor day itself."""
    diff = weekday - anchor.isoweekday()
    if rel == "last":
        back = (-diff) % 7 or 7
        return anchor - dt.timedelta(days=back)
    if rel == "next":
        fwd = diff % 7 or 7
        return anchor + dt.timedelta(days=fwd)
    if tense == "future" or rel == "this_coming":
        return anchor + dt.timedelta(days=diff % 7)
    return anchor - dt.timedelta(days=(-diff) % 7)


def resolve_quarter(anchor: dt.date, quarter: int, tense: Tense | None) -> str:
    year = anchor.year
    if quarter > quarter_of(anchor) and tense != "future" and quarter - quarter_of(anchor) > 1:
        year -= 1
    return f"{year:04d}-Q{quarter}"


def resolve_season(anchor: dt.date, first_month: int, code: str, tense: Tense | None, rel: str | None) -> str:
    """``YYYY-SU`` etc. (winter is named by the year of its December): "this" is the anchor's
    season year, "last" the latest one already over, "next" the first not yet begun; a bare season
    is the current or latest begun one (the next one with future tense)."""

    def span(year: int) -> tuple[dt.date, dt.date]:
        first = dt.date(year, first_month, 1)
        last_month = first_month + 2
        if last_month > 12:
            return first, dt.date(year + 1, last_month - 12 + 1, 1) - dt.timedelta(days=1)
        return first, dt.date(year + (last_month == 12), last_month % 12 + 1, 1) - dt.timedelta(days=1)

    years = range(anchor.year - 2, anchor.year + 2)
    if rel == "this":
        year = anchor.year - 1 if code == "WI" and anchor.month <= 2 else anchor.year
    elif rel == "last":
        year = max(y for y in years if span(y)[1] < anchor)
    elif rel == "next" or (rel is None and tense == "future"):
        year = min(y for y in years if span(y)[0] > anchor)
    else:
        year = max(y for y in years if span(y)[0] <= anchor)
    return f"{year:04d}-{code}"


def nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """The n-th (n < 0: from the end) ISO weekday of a month."""
    if n > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (n - 1))
    last = (dt.date(year + (month == 12), month % 12 + 1, 1)) - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.isoweekday() - weekday) % 7 + 7 * (-n - 1))


def easter(year: int) -> dt.date:
    """Gregorian Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    ll = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ll) // 451
    month = (h + ll - 7 * m + 114) // 31
    day = (h + ll - 7 * m + 114) % 31 + 1
    return dt.date(year, month, day)


HOLIDAYS: dict[str, object] = {
    "christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
    "new year's day": (1, 1), "new year's eve": (12, 31), "independence day": (7, 4),
    "halloween": (10, 31), "valentine's day": (2, 14),
    "thanksgiving": lambda y: nth_weekday(y, 11, 4, 4), "thanksgiving day": lambda y: nth_weekday(y, 11, 4, 4),
    "labor day": lambda y: nth_weekday(y, 9, 1, 1), "memorial day": lambda y: nth_weekday(y, 5, 1, -1),
    "easter": easter, "easter sunday": easter,
}


def holiday_date(name: str, year: int) -> dt.date | None:
    rule = HOLIDAYS.get(" ".join(name.lower().replace("’", "'").split()))
    if rule is None:
        return None
    if isinstance(rule, tuple):
        return dt.date(year, rule[0], rule[1])
    return rule(year)  # type: ignore[operator,no-any-return]

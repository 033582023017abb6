"""Dating a stretch of text (an event's evidence) from the time expressions around it."""

from __future__ import annotations

from collections.abc import Sequence

from ..schema import EventDate, TimeExpr
from .values import precision_of


def event_date(
    times: Sequence[TimeExpr],
    start: int,
    end: int,
    published: str | None,
    trigger: tuple[int, int] | None = None,
) -> EventDate | None:
    """The date of an event whose evidence is ``text[start:end]``.

    The governing expression is the calendar DATE/TIME expression inside the evidence nearest to
    the trigger (or to the evidence start); durations, sets and vague references do not date an
    event. Without one, the publication date with ``precision="publication"``; None when neither
    exists.
    """
    inside = [
        t
        for t in times
        if t.start >= start and t.end <= end and t.type in ("DATE", "TIME") and precision_of(t.value) is not None
    ]
    if inside:
        focus = (trigger[0] + trigger[1]) / 2 if trigger else start
        best = min(inside, key=lambda t: (abs((t.start + t.end) / 2 - focus), t.start))
        assert best.value is not None
        return EventDate(
            value=best.value,
            text=best.text,
            precision=precision_of(best.value) or "publication",
            start=best.start,
            end=best.end,
        )
    if published:
        return EventDate(value=published, precision="publication")
    return None

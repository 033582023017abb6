"""Time expressions: recognition and TimeML normalisation against the publication date.

* :func:`find_times` — every time expression of a text as :class:`~eventwire.schema.TimeExpr`.
* :func:`precision_of`, :func:`to_date_range` — what a value means as a calendar period (used by
  the events stage to date events).
* :func:`event_date` — the :class:`~eventwire.schema.EventDate` of an event's evidence span: the
  governing DATE/TIME expression, else the publication date with ``precision="publication"``.
"""

from __future__ import annotations

from .extract import find_times
from .governing import event_date
from .values import canonical, is_valid_value, precision_of, to_date_range

__all__ = ["canonical", "event_date", "find_times", "is_valid_value", "precision_of", "to_date_range"]

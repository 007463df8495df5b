"""Calendar values on a horizontal axis: the one date geometry both timeline drawings use
(the report's event timeline in ``export/timeline_svg`` and the web app's ``web/timeline_svg``).

A brief's date value is ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``. ``first_day`` and ``middle_day``
turn one into a day; ``DateAxis`` maps days to x positions and picks readable ticks (years over
long spans, months over medium ones, days over short ones); ``Lanes`` lifts points that would
overlap their left neighbour."""
from __future__ import annotations

import datetime as dt
from typing import Any

MAX_TICKS = 8


def _parts(value: Any) -> list[int] | None:
    """The integer parts of a ``YYYY[-MM[-DD]]`` value (a dict's ``value`` field too), else ``None``."""
    if isinstance(value, dict):
        value = value.get("value")
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        parts = [int(p) for p in value.strip().split("-")]
    except ValueError:
        return None
    return parts if 1 <= len(parts) <= 3 else None


def _day(parts: list[int] | None, month: int, day: int) -> dt.date | None:
    """The day of ``parts``, filling a missing month and day with the given ones."""
    if parts is None:
        return None
    try:
        return dt.date(parts[0], parts[1] if len(parts) > 1 else month, parts[2] if len(parts) > 2 else day)
    except ValueError:
        return None


def first_day(value: Any) -> dt.date | None:
    """The first day of the period a date value names: the day itself, the 1st of the month, or
    1 January; ``None`` for anything that is not a valid ``YYYY[-MM[-DD]]``."""
    return _day(_parts(value), 1, 1)


def middle_day(value: Any) -> dt.date | None:
    """The day that stands for a date value on an axis: the day itself, the 15th of the month, or
    1 July; ``None`` for anything that is not a valid ``YYYY[-MM[-DD]]``."""
    parts = _parts(value)
    return _day(parts, 7, 1) if parts and len(parts) == 1 else _day(parts, 1, 15)


def order_key(value: Any) -> tuple[int, dt.date]:
    """Sort key for date values: valid ones by their middle day, anything else last."""
    day = middle_day(value)
    return (0, day) if day else (1, dt.date.max)


class DateAxis:
    """A linear day → x mapping between ``left`` and ``left + width`` over the given days."""

    def __init__(self, days: list[dt.date], left: float, width: float):
        self.first, self.last = min(days), max(days)
        self.span = max((self.last - self.first).days, 1)
        self.left, self.width = left, width

    def x(self, day: dt.date) -> float:
        """The x position of ``day`` (rounded to 0.1 px)."""
        return round(self.left + self.width * (day - self.first).days / self.span, 1)

    def ticks(self, most: int = MAX_TICKS) -> list[dict[str, Any]]:
        """Tick marks ``{x, label}`` inside the axis: 1 January of years when the span covers two
        years or more, else the 1st of months on a step keeping January, else evenly spaced days."""
        years = self.last.year - self.first.year
        if years >= 2:
            step = max(1, -(-years // most))
            days = [dt.date(y, 1, 1) for y in range(self.first.year + 1, self.last.year + 1, step)]
            return [{"x": self.x(d), "label": str(d.year)} for d in days]
        low = self.first.year * 12 + self.first.month  # month numbers (0-based month) after the first day
        high = self.last.year * 12 + self.last.month - 1
        if high - low >= 1:
            step = next(s for s in (1, 2, 3, 4, 6, 12) if s >= (high - low + 1) / most)
            days = [dt.date(m // 12, m % 12 + 1, 1) for m in range(low, high + 1) if m % step == 0]
            return [{"x": self.x(d), "label": d.strftime("%b %Y")} for d in days]
        count = max(1, min(most - 1, self.span))
        days = list(dict.fromkeys(self.first + dt.timedelta(days=round(self.span * i / count))
                                  for i in range(count + 1)))
        return [{"x": self.x(d), "label": d.isoformat()} for d in days]


class Lanes:
    """Stacking of points placed left to right: a point goes to the lowest lane whose last point
    is at least ``gap`` to its left (a new lane when none is)."""

    def __init__(self, gap: float):
        self.gap = gap
        self.last: list[float] = []

    def place(self, x: float) -> int:
        """The lane of a point at ``x`` (0 is the lowest)."""
        for level, last in enumerate(self.last):
            if x - last >= self.gap:
                self.last[level] = x
                return level
        self.last.append(x)
        return len(self.last) - 1

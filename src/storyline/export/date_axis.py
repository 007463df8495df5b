"""Calendar values on a horizontal axis: the one date geometry both timeline drawings use
(the report's event timeline in ``export/timeline_svg`` and the web app's ``web/timeline_svg``).

A brief's date value is ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``. ``first_day`` and ``middle_day``
turn one into a day; ``DateAxis`` maps days to x positions and picks readable ticks (years over
long spans, months over medium ones, days over short ones); ``Lanes`` lifts points that would
overlap their left neighbour."""
from __future__ import annotations

import datetime as dt
from typing import Any

from storyline.datevalue import first_day, middle_day, order_key

__all__ = ["DateAxis", "Lanes", "first_day", "middle_day", "order_key"]

MAX_TICKS = 8


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

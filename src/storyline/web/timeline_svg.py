"""Layout of the timeline drawing: dated mentions and events placed on one horizontal date axis.

Pure geometry from the timeline records (``records.timeline_page``); the template draws the SVG.
A month or a year is placed at its middle; points closer than ``GAP`` pixels go to the next lane up,
so neither the dots nor their labels overlap."""
from __future__ import annotations

from datetime import date, timedelta
from typing import Any

WIDTH, AXIS_Y, MARGIN, STEP, LABEL_ROOM, GAP = 960, 210, 60, 26, 120, 48
TICKS = 6


def day_of(value: str | None) -> date | None:
    """The day a date value stands for: the day itself, mid-month, or mid-year."""
    if not value:
        return None
    parts = value.split("-")
    try:
        if len(parts) == 3:
            return date(int(parts[0]), int(parts[1]), int(parts[2]))
        if len(parts) == 2:
            return date(int(parts[0]), int(parts[1]), 15)
        return date(int(parts[0]), 7, 1)
    except ValueError:
        return None


class _Axis:
    def __init__(self, days: list[date]):
        self.first, last = min(days), max(days)
        self.span = max((last - self.first).days, 1)

    def x(self, day: date) -> float:
        return round(MARGIN + (WIDTH - 2 * MARGIN) * (day - self.first).days / self.span, 1)

    def ticks(self) -> list[dict[str, Any]]:
        count = min(TICKS, self.span)
        days = [self.first + timedelta(days=round(self.span * i / count)) for i in range(count + 1)]
        return [{"x": self.x(d), "label": d.isoformat()} for d in dict.fromkeys(days)]


def _lane(lanes: list[float], x: float) -> int:
    """The lowest lane whose last point is at least ``GAP`` to the left of ``x`` (a new lane if none)."""
    for level, last in enumerate(lanes):
        if x - last >= GAP:
            lanes[level] = x
            return level
    lanes.append(x)
    return len(lanes) - 1


def layout(timeline: dict[str, Any]) -> dict[str, Any] | None:
    """Points, ticks and size of the drawing; ``None`` when nothing has a usable date."""
    points = [("date", g["value"], f"{g['value']} ({g['count']})", g["mentions"][0]["href"] if g["mentions"]
               else None, g["count"]) for g in timeline.get("dates", [])]
    points += [("event", e["date"], f"{e['date']}: {e['title']}", f"#event-{e['id']}", 1)
               for e in timeline.get("events", [])]
    placed = [(kind, day_of(value), value, label, href, n) for kind, value, label, href, n in points]
    placed = [p for p in placed if p[1] is not None]
    if not placed:
        return None
    axis, lanes = _Axis([p[1] for p in placed]), []
    out = []
    for kind, day, value, label, href, n in sorted(placed, key=lambda p: (p[1], p[0] != "event", p[2])):
        level = _lane(lanes, axis.x(day))
        out.append({"kind": kind, "x": axis.x(day), "y": AXIS_Y - 18 - level * STEP, "r": min(4 + 2 * n, 12),
                    "value": value, "label": label, "href": href, "up": level})
    top = min(p["y"] for p in out) - LABEL_ROOM
    return {"width": WIDTH, "top": top, "height": AXIS_Y + 40 - top, "axis_y": AXIS_Y,
            "margin": MARGIN, "ticks": axis.ticks(), "points": out}

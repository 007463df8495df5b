"""Layout of the web app's timeline drawing: dated mentions and events on one horizontal date axis.

Pure geometry from the timeline records (``records.timeline_page``); the template draws the SVG.
The axis and its ticks are the report's (``export.date_axis``): a month or a year is placed at its
middle; points closer than ``GAP`` pixels go to the next lane up, so neither dots nor labels overlap."""
from __future__ import annotations

from typing import Any

from storyline.export.date_axis import DateAxis, Lanes, middle_day

WIDTH, AXIS_Y, MARGIN, STEP, LABEL_ROOM, GAP = 960, 210, 60, 26, 120, 48


def _points(timeline: dict[str, Any]) -> list[tuple]:
    """``(kind, value, label, href, count)`` for every date group and event of the records."""
    points = [("date", g["value"], f"{g['value']} ({g['count']})",
               g["mentions"][0]["href"] if g["mentions"] else None, g["count"])
              for g in timeline.get("dates", [])]
    points += [("event", e["date"], f"{e['date']}: {e['title']}", f"#event-{e['id']}", 1)
               for e in timeline.get("events", [])]
    return points


def layout(timeline: dict[str, Any]) -> dict[str, Any] | None:
    """Points, ticks and size of the drawing; ``None`` when nothing has a usable date."""
    placed = [(kind, middle_day(value), value, label, href, n)
              for kind, value, label, href, n in _points(timeline)]
    placed = [p for p in placed if p[1] is not None]
    if not placed:
        return None
    axis, lanes = DateAxis([p[1] for p in placed], MARGIN, WIDTH - 2 * MARGIN), Lanes(GAP)
    out = []
    for kind, day, value, label, href, n in sorted(placed, key=lambda p: (p[1], p[0] != "event", p[2])):
        x = axis.x(day)
        level = lanes.place(x)
        out.append({"kind": kind, "x": x, "y": AXIS_Y - 18 - level * STEP, "r": min(4 + 2 * n, 12),
                    "value": value, "label": label, "href": href, "up": level})
    top = min(p["y"] for p in out) - LABEL_ROOM
    return {"width": WIDTH, "top": top, "height": AXIS_Y + 40 - top, "axis_y": AXIS_Y,
            "margin": MARGIN, "ticks": axis.ticks(), "points": out}

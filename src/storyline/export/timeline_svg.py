"""Geometry of the report's SVG event timeline: one row per dated event, in the brief's order
(corpus/timeline orders events: dated by date, then undated), its dot on a proportional date axis
(``date_axis.DateAxis``), then its date, title and source links. The template draws it."""
from __future__ import annotations

from typing import Any

from storyline.export.date_axis import DateAxis, middle_day

# row height, top margin, axis start and width, text columns (pixels), links per row
ROW, TOP, PAD, AXIS = 24, 34, 12, 260
TEXT_X, TITLE, LINK, MAX_LINKS = 290, 430, 34, 12


def event_timeline(events: list[dict]) -> dict[str, Any] | None:
    """Rows ``{event, x, y, sources}``, ticks and size for event rows with ``date`` and ``mentions``
    (refs with ``href``); events without a usable date are left off. ``None`` when none has one."""
    rows = [(e, middle_day(e.get("date"))) for e in events]
    rows = [(e, day) for e, day in rows if day is not None]
    if not rows:
        return None
    axis = DateAxis([day for _, day in rows], PAD, AXIS)
    placed = []
    for i, (e, day) in enumerate(rows):
        sources = [{**ref, "x": TEXT_X + TITLE + j * LINK} for j, ref in enumerate(e.get("mentions") or [])]
        placed.append({"event": e, "x": axis.x(day), "y": TOP + i * ROW, "sources": sources[:MAX_LINKS]})
    links = max(len(r["sources"]) for r in placed)
    return {"rows": placed, "ticks": axis.ticks(), "height": TOP + len(rows) * ROW + 8,
            "width": TEXT_X + TITLE + LINK * links + 20, "axis_left": PAD, "axis_right": PAD + AXIS,
            "text_x": TEXT_X, "title_x": TEXT_X + 92}

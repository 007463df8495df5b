"""Timeline drawing layout (web/timeline_svg.py): dates on one axis, close points on separate lanes."""
from __future__ import annotations

from datetime import date

import pytest

from storyline.export.date_axis import middle_day
from storyline.web.timeline_svg import GAP, MARGIN, WIDTH, layout


@pytest.mark.parametrize("value, expected", [
    ("2024-12-09", date(2024, 12, 9)), ("2024-12", date(2024, 12, 15)), ("2024", date(2024, 7, 1)),
    ("2024-02-30", None), ("", None), (None, None), ("soon", None),
])
def test_web_timeline_places_coarse_dates_mid_period(value, expected):
    assert middle_day(value) == expected


def group(value: str, n: int = 1) -> dict:
    return {"value": value, "count": n, "mentions": [{"href": f"/documents/d#s-{value}"}] * n}


def test_web_timeline_layout_spans_the_axis_and_keeps_points_apart():
    timeline = {"dates": [group("2020"), group("2024-12-08", 3), group("2024-12-09"), group("2025-05-19")],
                "events": [{"id": "e1", "date": "2024-12-09", "title": "Talks"}, {"id": "e2", "date": None,
                                                                                    "title": "Undated"}]}
    drawing = layout(timeline)
    xs = [p["x"] for p in drawing["points"]]
    assert min(xs) == MARGIN and max(xs) == WIDTH - MARGIN and len(xs) == 5
    by_lane: dict[int, list[float]] = {}
    for p in drawing["points"]:
        by_lane.setdefault(p["up"], []).append(p["x"])
    for lane in by_lane.values():
        assert all(b - a >= GAP for a, b in zip(lane, lane[1:], strict=False))
    event = next(p for p in drawing["points"] if p["kind"] == "event")
    assert event["href"] == "#event-e1" and "Talks" in event["label"]
    assert drawing["top"] < min(p["y"] for p in drawing["points"])
    assert [t["label"] for t in drawing["ticks"]] == ["2021", "2022", "2023", "2024", "2025"]  # shared axis


def test_web_timeline_layout_without_dates_is_none():
    assert layout({"dates": [], "events": [{"id": "e", "date": None, "title": "x"}]}) is None
    assert layout({"dates": [group("2024-01-01")]})["points"][0]["x"] == MARGIN

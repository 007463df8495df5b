"""The shared date axis (export/date_axis.py): date values to days, day to x, readable ticks, lanes."""
from __future__ import annotations

from datetime import date

import pytest

from storyline.export.date_axis import DateAxis, Lanes, first_day, middle_day, order_key


@pytest.mark.parametrize("value, first, middle", [
    ("2024-12-09", date(2024, 12, 9), date(2024, 12, 9)),
    ("2024-12", date(2024, 12, 1), date(2024, 12, 15)),
    ("2024", date(2024, 1, 1), date(2024, 7, 1)),
    ({"value": "2024-03", "text": "March"}, date(2024, 3, 1), date(2024, 3, 15)),
    ("2024-02-30", None, None), ("2024-13", None, None), ("", None, None), (None, None, None),
    ("soon", None, None), ("2024-01-02-03", None, None), (2024, None, None),
])
def test_export_date_axis_first_and_middle_day(value, first, middle):
    assert first_day(value) == first and middle_day(value) == middle


def test_export_date_axis_order_key_puts_invalid_last():
    values = ["2025", "bad", "2024-06", "2024-06-01", None]
    assert sorted(values, key=order_key) == ["2024-06-01", "2024-06", "2025", "bad", None]


def test_export_date_axis_maps_days_linearly_onto_the_width():
    axis = DateAxis([date(2024, 1, 1), date(2024, 1, 11), date(2024, 1, 6)], 10, 100)
    assert [axis.x(date(2024, 1, d)) for d in (1, 11, 6)] == [10, 110, 60]
    one = DateAxis([date(2024, 1, 1)], 5, 50)
    assert one.x(date(2024, 1, 1)) == 5  # a single day does not divide by zero


@pytest.mark.parametrize("first, last, labels", [
    (date(2019, 3, 1), date(2024, 5, 1), ["2020", "2021", "2022", "2023", "2024"]),
    (date(2024, 1, 10), date(2024, 4, 20), ["Feb 2024", "Mar 2024", "Apr 2024"]),
    (date(2024, 1, 1), date(2024, 1, 3), ["2024-01-01", "2024-01-02", "2024-01-03"]),
])
def test_export_date_axis_ticks_pick_years_months_or_days(first, last, labels):
    ticks = DateAxis([first, last], 0, 300).ticks()
    assert [t["label"] for t in ticks] == labels
    assert all(0 <= t["x"] <= 300 for t in ticks)


def test_export_date_axis_ticks_thin_out_long_month_spans():
    ticks = DateAxis([date(2023, 1, 5), date(2024, 12, 20)], 0, 300).ticks(most=8)
    assert 3 <= len(ticks) <= 9 and "Jan 2024" in [t["label"] for t in ticks]


def test_export_date_axis_lanes_stack_close_points():
    lanes = Lanes(gap=10)
    assert [lanes.place(x) for x in (0, 5, 9, 12, 30)] == [0, 1, 2, 0, 0]

"""order_events: dated events by day (a month at its window's day, else mid-month), undated apart."""
from __future__ import annotations

from storyline.corpus.timeline import middle_day, order_events, timeline_rows
from storyline.model import DateValue, Event, Span


def _event(eid: str, value: str | None, title: str = "") -> Event:
    return Event(eid, "call", title or eid, DateValue(value, value) if value else None, [], None,
                 [Span("d1", 0, 4), Span("d2", 5, 9)])


def test_timeline_order_middle_day():
    days = [middle_day(v) for v in ("2025-05-19", "2025-05", "2025")]
    assert days == ["2025-05-19", "2025-05-15", "2025-07-01"]


def test_timeline_order_dates_then_undated():
    events = [_event("a", None, "Zeta"), _event("b", "2025-05"), _event("c", "2024"),
              _event("d", "2025-05-19"), _event("e", None, "Alpha"), _event("f", "2025-05-03")]
    dated, undated = order_events(events, {})
    assert [e.id for e in dated] == ["c", "f", "b", "d"]
    assert [e.id for e in undated] == ["e", "a"]


def test_timeline_order_window_day_orders_equal_months():
    events = [_event("call", "2025-05"), _event("talks", "2025-05")]
    dated, _ = order_events(events, {"call": "2025-05-16", "talks": "2025-05-15"})
    assert [e.id for e in dated] == ["talks", "call"]


def test_timeline_order_rows_name_date_type_and_documents():
    rows = timeline_rows([_event("a", "2025-05-19", "Trump–Putin phone call"), _event("b", None)])
    assert rows[0].startswith("2025-05-19") and "Trump–Putin phone call" in rows[0] and "[d1, d2]" in rows[0]
    assert rows[1].startswith("undated")

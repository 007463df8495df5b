"""The timeline: events in date order, undated events apart.

An event's place on the time axis is its date (a month or a year stands at the day its mentions'
windows put it, else mid-month or mid-year); events of one day keep the order of their first
mention in the corpus. ``timeline_rows`` renders it as text for benches and reports."""
from __future__ import annotations

from collections.abc import Sequence

from storyline import datevalue
from storyline.model import Event


def middle_day(value: str) -> str:
    """The day that stands for a date value: the day itself, the 15th of a month, 1 July of a year."""
    day = datevalue.middle_day(value)
    return day.isoformat() if day else value


def order_events(events: Sequence[Event],
                 sort_days: dict[str, str | None]) -> tuple[list[Event], list[Event]]:
    """(dated events in date order, undated events by title): ``sort_days`` maps ids to a day."""
    dated = [e for e in events if e.date is not None]
    undated = [e for e in events if e.date is None]

    def key(e: Event) -> tuple[str, int, str]:
        assert e.date is not None
        return (sort_days.get(e.id) or middle_day(e.date.value), -len(e.date.value), e.id)

    return sorted(dated, key=key), sorted(undated, key=lambda e: (e.title.lower(), e.id))


def timeline_rows(events: Sequence[Event]) -> list[str]:
    """One line per event: date, type, title, documents (for printing)."""
    rows = []
    for e in events:
        docs = sorted(dict.fromkeys(m.doc for m in e.mentions))
        when = e.date.value if e.date else "undated"
        rows.append(f"{when:10}  {e.type:9}  {e.title}  [{', '.join(docs)}]")
    return rows

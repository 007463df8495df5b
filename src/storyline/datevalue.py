"""Date values of the brief (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``) as calendar days.

One place for this arithmetic: the corpus stages (stories, discrepancies, timeline), the report and
the web app all call it."""
from __future__ import annotations

import datetime as dt
from typing import Any


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

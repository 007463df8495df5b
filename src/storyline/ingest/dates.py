"""Publication dates from metadata, normalised to ``YYYY-MM-DD`` (never guessed from body text)."""

from __future__ import annotations

import re
import time
from datetime import UTC, date, datetime, timedelta
from email.utils import parsedate_to_datetime

_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T\s])")
_COMPACT = re.compile(r"^\s*(\d{4})(\d{2})(\d{2})(?:$|[T\s])")
_FORMATS = ("%Y/%m/%d", "%d %B %Y", "%d %b %Y", "%B %d, %Y", "%b %d, %Y", "%B %d %Y", "%b %d %Y", "%d.%m.%Y")
EARLIEST = date(1900, 1, 1)


def normalise_date(value: object) -> str | None:
    """``value`` (ISO string, RFC 2822 string, common written forms, epoch, struct_time) as YYYY-MM-DD.

    Returns None when it cannot be read or lies outside 1900..tomorrow."""
    day = _to_date(value)
    if day is None or not (EARLIEST <= day <= date.today() + timedelta(days=1)):
        return None
    return day.isoformat()


def _to_date(value: object) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, time.struct_time):
        return _safe_date(value.tm_year, value.tm_mon, value.tm_mday)
    if isinstance(value, int | float) and not isinstance(value, bool):
        return _from_epoch(float(value))
    if isinstance(value, str) and value.strip():
        return _from_string(value.strip())
    return None


def _from_string(text: str) -> date | None:
    match = _ISO.match(text) or _COMPACT.match(text)
    if match:
        return _safe_date(*(int(g) for g in match.groups()))
    try:
        return parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        pass
    for fmt in _FORMATS:
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None


def _from_epoch(seconds: float) -> date | None:
    if seconds > 1e11:  # milliseconds
        seconds /= 1000
    try:
        return datetime.fromtimestamp(seconds, tz=UTC).date()
    except (OverflowError, OSError, ValueError):
        return None


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None

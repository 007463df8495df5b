"""Resolve matched temporal expressions to ISO values with the precision the text supports.

``resolve(candidate, published, tense, anchor)`` returns a ``Resolution`` (value and whether the
expression is relative) or None when the expression is not a calendar date at all. A relative
expression without a publication date resolves to value None: it is kept, never guessed.

Conventions, after TimeML/HeidelTime for news: a past-tense weekday is the last such day on or
before publication ("on Sunday"); a future one is the next after it ("will meet on Tuesday"); a
month without a year is the most recent one for the past tense, the next one for the future and
the nearest one otherwise; a present-tense weekday ("is travelling on Monday") is the next one
counting publication day itself. Week-precision expressions ("last week", "two weeks ago") are not
matched: a week is not a calendar date, month or year."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from storyline.article.timex_lexicon import number_value
from storyline.article.timex_patterns import WEEKDAYS, Candidate, month_number

Date = dt.date


@dataclass
class Resolution:
    value: str | None
    relative: bool


def parse_iso(value: str | None) -> Date | None:
    """The date of an ISO value "2025-05-19" (a reduced "2025-05" or "2025" gives None)."""
    if not value or len(value) < 10:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def day_value(d: Date) -> str:
    return d.isoformat()


def month_value(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    """(year, month) moved by ``delta`` months."""
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def weekday_date(published: Date, weekday: int, tense: str | None, rel: str | None = None) -> Date:
    """The date of a weekday said in an article published on ``published``."""
    back = (published.weekday() - weekday) % 7  # days back to the last such day, 0 = the same day
    if rel == "last":
        return published - dt.timedelta(days=back or 7)
    if rel in ("next", "coming") or (rel != "this" and tense == "future"):
        return published + dt.timedelta(days=(weekday - published.weekday()) % 7 or 7)
    if tense == "present" or (rel == "this" and tense == "future"):
        return published + dt.timedelta(days=(weekday - published.weekday()) % 7)
    return published - dt.timedelta(days=back)


# a day named without its year a few weeks ahead is that day even in a past clause when the past
# does not bear on the day itself ('past_weak': "the bid was extended to Nov. 16", "a dividend payable
# Dec. 7" in a report of what directors declared); "the record set on Aug. 6" stays last year's
NEAR_AHEAD = 62


def month_day_year(published: Date, month: int, day: int, tense: str | None) -> int:
    """The year of "November 7" said on ``published``: last one for past, next for future, else nearest."""
    def on(year: int) -> Date | None:
        try:
            return dt.date(year, month, day)
        except ValueError:
            return None

    this = on(published.year)
    if this is None:
        return published.year
    if tense == "past_weak" and 0 < (this - published).days <= NEAR_AHEAD:
        return published.year
    if tense in ("past", "past_weak"):
        return published.year if this <= published else published.year - 1
    if tense == "future":
        return published.year if this >= published else published.year + 1
    if abs((this - published).days) <= 183:
        return published.year
    return published.year - 1 if this > published else published.year + 1


def weekday_year(published: Date, month: int, day: int, weekday: int) -> int | None:
    """The year, of the one before, of and after ``published``, in which ``month``/``day`` falls on
    ``weekday`` ("Saturday, April 25"), the nearest to publication; None when none does."""
    fits = []
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            d = dt.date(year, month, day)
        except ValueError:
            continue
        if d.weekday() == weekday:
            fits.append((abs((d - published).days), year))
    return min(fits)[1] if fits else None


def month_year(published: Date, month: int, tense: str | None, rel: str | None = None) -> int:
    """The year of a bare month ("in June", "last August") said on ``published``."""
    pm, py = published.month, published.year
    if rel == "last":
        return py if month < pm else py - 1
    if rel in ("next", "coming"):
        return py if month > pm else py + 1
    if rel == "this":
        return py
    if tense == "past":
        return py if month <= pm else py - 1
    if tense == "future":
        return py if month >= pm else py + 1
    if abs(month - pm) <= 6:
        return py
    return py - 1 if month > pm else py + 1


def _absolute(c: Candidate) -> Resolution | None:
    f = c.fields
    try:
        if c.kind == "iso":
            return Resolution(day_value(dt.date(int(f["year"]), int(f["mon"]), int(f["day"]))), False)
        if c.kind == "slash":  # month first unless the first number cannot be a month
            a, b, year = int(f["a"]), int(f["b"]), int(f["year"])
            month, day = (b, a) if a > 12 else (a, b)
            year += 0 if year >= 100 else 2000 if year < 50 else 1900  # "7/8/07": 2007, "3/4/98": 1998
            return Resolution(day_value(dt.date(year, month, day)), False)
        if c.kind in ("dmy", "mdy"):
            d = dt.date(int(f["year"]), month_number(f["month"]), int(f["day"]))
            return Resolution(day_value(d), False)
    except ValueError:
        return None
    if c.kind == "my":
        return Resolution(month_value(int(f["year"]), month_number(f["month"])), False)
    if c.kind == "year":
        return Resolution(f["year"], False)
    return None


def _relative(c: Candidate, pub: Date, tense: str | None, anchor: Date | None) -> str | None:
    f = c.fields
    if c.kind in ("md", "dm"):
        month, day = month_number(f["month"]), int(f["day"])
        year = month_day_year(pub, month, day, tense)
        try:
            return day_value(dt.date(year, month, day))
        except ValueError:
            return None
    if c.kind in ("month", "relmonth"):
        month = month_number(f["month"])
        return month_value(month_year(pub, month, tense, (f.get("rel") or "").lower() or None), month)
    if c.kind == "myrel":
        delta = {"this": 0, "last": -1, "next": 1}[f["rel"].lower()]
        return month_value(pub.year + delta, month_number(f["month"]))
    if c.kind in ("weekday", "relweekday"):
        rel = (f.get("rel") or "").lower() or None
        return day_value(weekday_date(pub, WEEKDAYS[f["wd"].lower()], tense, rel))
    return _deictic(c, pub, anchor)


def _deictic(c: Candidate, pub: Date, anchor: Date | None) -> str | None:
    f = c.fields
    if c.kind == "deictic":
        word = f["word"].lower().split()[-1]  # "the day before yesterday": two days back
        offset = {"today": 0, "yesterday": -1, "tomorrow": 1}[word] * (2 if " " in f["word"] else 1)
        return day_value(pub + dt.timedelta(days=offset))
    if c.kind == "ago":
        n = int(number_value(f["num"]))  # "two", "22", "twenty-two"
        if f["unit"] in ("day", "week"):  # "a week ago" names a day, not a calendar week
            return day_value(pub - dt.timedelta(days=n * (7 if f["unit"] == "week" else 1)))
        if f["unit"] == "month":
            return month_value(*shift_month(pub.year, pub.month, -n))
        return str(pub.year - n)
    if c.kind == "relunit":
        delta = {"this": 0, "last": -1, "next": 1}[f["rel"].lower()]
        if f["unit"] == "year":
            return str(pub.year + delta)
        return month_value(*shift_month(pub.year, pub.month, delta))
    if c.kind == "anaphor" and anchor is not None:
        direction = (f.get("dir") or f.get("dir2") or f.get("dir3") or "").lower()
        step = 1 if direction in ("after", "later", "next", "following") else 0 if direction == "same" else -1
        return day_value(anchor + dt.timedelta(days=step))
    return None


def resolve(c: Candidate, published: Date | None, tense: str | None = None,
            anchor: Date | None = None) -> Resolution | None:
    """The value of one candidate; None when it does not name a date, month or year."""
    absolute = _absolute(c)
    if absolute is not None or c.kind in ("iso", "slash", "dmy", "mdy", "my", "year"):
        return absolute
    if c.kind == "anaphor":  # counted from a date of the text, not from publication
        if anchor is not None:
            return Resolution(_deictic(c, anchor, anchor), True)
        return Resolution(None, True) if published is None else None
    if published is None:
        return Resolution(None, True)
    value = _relative(c, published, tense, anchor)
    return Resolution(value, True) if value else None

"""Periods a report names by reference to the period it reports on.

A quarterly report compares "the third quarter" with "a year ago", "the year-ago quarter" or
"the same period last year": TimeBank values these as the reported period a year back (1988-Q3),
not as the year before publication (1988). ``anchor_periods`` rewrites such mentions after the
typed TIMEX3s are found:

- "a year ago" / "a year earlier" in a sentence that names a quarter or half before it, or that
  names no time before it after a sentence naming one: that quarter a year back ("a third-quarter
  loss ... compared with a profit a year ago" 1988-Q3);
- "the same / corresponding / comparable / year-earlier period (last year)", "the year-ago quarter":
  the last quarter or half named before it, a year back, or the last counted stretch ("For the nine
  months, ... In the year-earlier period" P9M);
- "the quarter": the quarter its end date names ("the quarter ended Sept. 30"), else the quarter named
  last within reach ("a gain in the quarter" after "the third quarter"), else the first quarter the
  report named; with no quarter named before it, it is dropped.
- "that day", "that year", "the same month", "that night", "the next morning", "the following
  month", "the previous week": the date named last before it (within ``THAT_REACH`` characters)
  that is precise enough, at the unit's precision (a night or a morning on that day, or the day,
  week or month after or before it); with none, it is dropped.

Only the article's typed TIMEX3s change; the brief's calendar dates are not touched."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from storyline.article.timex_lexicon import PART_OF_DAY, THE_QUARTER
from storyline.article.timex_stretches import ANCHOR
from storyline.article.timex_values import shifted
from storyline.model import DateMention

_PERIOD = re.compile(r"^(\d{4})-([QH][1-4])$")
_STRETCH = re.compile(r"^P\d+M$")
_YEAR_AGO = re.compile(r"^(?:a|one)[ \t]+year[ \t]+(?:ago|earlier|before)$", re.I)
_SAME_PERIOD = re.compile(r"^(?:the\s+)?(?:same|corresponding|comparable|year-ago|year-earlier|prior-year)\s+"
                          r"(?:period|quarter)\b", re.I)
REACH = 400  # characters back to the period a "same period" refers to


def _sentence_starts(doc, offset: int) -> tuple[int, int]:
    """(start of the sentence holding ``offset``, start of the sentence before it)."""
    if doc is None:
        return max(0, offset - 200), max(0, offset - 400)
    previous = 0
    for s in doc.sents:
        if s.start_char <= offset < s.end_char:
            return s.start_char, previous
        previous = s.start_char
    return offset, offset


def _year_back(value: str) -> str:
    m = _PERIOD.match(value)
    return f"{int(m.group(1)) - 1}-{m.group(2)}"


_YEAR_BACK = re.compile(r"year-ago|year-earlier|prior-year|\byear\s+(?:ago|earlier|before)|last\s+year|"
                        r"\b(?:same|corresponding|comparable)\b", re.I)


def _the_quarter(m: DateMention, before: list[DateMention], after: DateMention | None, text: str
                 ) -> DateMention | None:
    """"the quarter": the quarter its own end date names ("the quarter ended Sept. 30" 2013-Q3), else
    the quarter named last within reach, else the first one the report named however far back (a
    quarterly report names the quarter it reports on at the top, then says "the quarter"); never a
    comparison with a year back ("the year-ago period"). None (then not a TIMEX3) when no quarter
    was named."""
    ended = _ENDED_QUARTER.match(text, m.end)
    if ended and after is not None and after.start == ended.end() and after.value:
        day = re.match(r"(\d{4})-(03|06|09|12)-\d\d$", after.value)
        if day:
            return replace(m, value=f"{day.group(1)}-Q{int(day.group(2)) // 3}")
    named = [b for b in before if b.value and "-Q" in b.value
             and _PERIOD.match(b.value) and not _YEAR_BACK.search(b.text)]
    near = [b for b in named if b.start >= m.start - REACH]
    if near or named:
        return replace(m, value=(near[-1] if near else named[0]).value)
    return None


_ENDED_QUARTER = re.compile(r"[ \t]+(?:ended|ending)[ \t]+")


def _anchored(m: DateMention, before: list[DateMention], doc) -> DateMention | None:
    """The rewritten mention, or None when ``m`` is no period reference or has no anchor."""
    if _YEAR_AGO.match(m.text):
        lo, previous = _sentence_starts(doc, m.start)
        if not any(b.start >= lo for b in before):  # nothing named in its own sentence: the one before
            lo = previous
        periods = [b for b in before if b.start >= lo and b.value and _PERIOD.match(b.value)]
        return replace(m, value=_year_back(periods[-1].value), relative=True) if periods else None
    if m.timex_type == "DATE" and _SAME_PERIOD.search(m.text):
        near = [b for b in before if b.start >= m.start - REACH and b.value
                and (_PERIOD.match(b.value) or b.timex_type == "DURATION" and _STRETCH.match(b.value))]
        if not near:
            return None
        last = near[-1]
        if last.timex_type == "DURATION":
            return replace(m, value=last.value, relative=False, timex_type="DURATION")
        return replace(m, value=_year_back(last.value), relative=True)
    return None


THAT_REACH = 1000  # characters back to the date "that day" refers to
_CALENDAR = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:T|$)")
_NEEDS = {"year": 1, "month": 2}  # parts of the date a unit needs (3 for a day, week or part of day)


def _unit_of(fields: tuple, unit: str, shift: int) -> str:
    """The value of ``unit`` ("year", "night", ...) on the date ``fields`` (year, month, day)."""
    year, month, day = (int(f) if f else 1 for f in (list(fields) + [None, None])[:3])
    value = shifted(dt.date(year, month, day), unit, shift)
    return value + (f"T{PART_OF_DAY[unit]}" if unit in PART_OF_DAY else "")


def _that_unit(m: DateMention, before: list[DateMention]) -> DateMention | None:
    """"that year" / "the next morning": valued from the last date before it precise enough, or None."""
    _, unit, shift = m.value.split(":")
    for b in reversed(before):
        if b.start < m.start - THAT_REACH:
            break
        if b.timex_type not in ("DATE", "TIME") or not b.value or not b.value[:1].isdigit():
            continue  # durations, sets and references name no day
        c = _CALENDAR.match(b.value)
        if c and sum(g is not None for g in c.groups()) >= _NEEDS.get(unit, 3):
            return replace(m, value=_unit_of(c.groups(), unit, int(shift)), relative=True)
        if unit == "year" and re.match(r"\d{4}", b.value):
            return replace(m, value=b.value[:4], relative=True)  # "in the spring of 2019 ... that year"
        return None  # the nearest date is vaguer than the unit ("in 2014 ... that day")
    return None


def anchor_periods(mentions: list[DateMention], doc) -> list[DateMention]:
    """``mentions`` (sorted by offset) with period references valued from their anchor period."""
    out: list[DateMention] = []
    text = doc.text if doc is not None else ""
    for i, m in enumerate(mentions):
        if m.value == THE_QUARTER or (m.value or "").startswith(ANCHOR):
            after = mentions[i + 1] if i + 1 < len(mentions) else None
            m = _the_quarter(m, out, after, text) if m.value == THE_QUARTER else _that_unit(m, out)
            if m is not None:
                out.append(m)
            continue
        out.append(_anchored(m, out, doc) or m)
    return out

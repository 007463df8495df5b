"""TimeML values of the typed expressions ``timex_types`` finds, against the publication date.

``typed_value(c, pub, tense, inner)`` gives the value string: P3Y, PT2H, PXY for durations,
P1W / XXXX-WXX-4 for sets, 2013-03-19TMO / 2013-03-22T07:30 for times, and for the other dates
PRESENT_REF, 2013-W12, 2013-W12-WE, 2013-Q1, 2013-H2, 2013-SP, 2012 (fiscal), 199 (a decade), 19 (a
century). ``inner`` is the value of a calendar date inside the span ("Tuesday" of "Tuesday
morning"), or the date of the sentence for a clock time. Without a publication date a value
that needs one is None (kept, not guessed), as for relative calendar dates."""
from __future__ import annotations

import datetime as dt
import re

from storyline.article.timex_lexicon import ORDINALS, PART_OF_DAY, SEASONS, THE_QUARTER, UNITS, number_value
from storyline.article.timex_patterns import MONTHS, WEEKDAYS, month_number
from storyline.article.timex_resolve import month_year, shift_month
from storyline.article.timex_stretches import STRETCH_KINDS, stretch_value
from storyline.article.timex_types import HOLIDAYS, TypedCandidate

Date = dt.date
DECADE_WORDS = ["", "", "twen", "thir", "fort", "fift", "sixt", "seve", "eigh", "nine"]
SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def week_value(d: Date, suffix: str = "") -> str:
    """ISO week of a day: 2013-W12 (with "-WE" for its weekend)."""
    year, week, _ = d.isocalendar()
    return f"{year:04d}-W{week:02d}{suffix}"


def duration_value(c: TypedCandidate) -> str:
    """P3Y, PT24H, PXM, P1DE for a counted or vague stretch of time."""
    f = c.fields
    raw = f.get("num")
    if raw is None and f.get("few"):
        raw = f["few"].split()[-1]
    raw = raw.replace(",", "") if raw else raw
    if c.kind == "long":
        n = "X" if f.get("plural") else "1"
    else:
        n = "X" if c.kind == "plural" else number_value(raw)
    if f.get("half") and n.replace(".", "", 1).isdigit():
        n = str(float(n) + 0.5)  # "a year and a half"
    if f["unit"].lower() == "quarter":  # "the next three quarters" P9M, "recent quarters" PXM
        n = number_value(f.get("num") or f.get("n2")) if not f.get("recent") else "X"
        return f"P{int(n) * 3 if n.isdigit() else 'X'}M"
    code = UNITS[f["unit"].lower().rstrip("s")]
    if code in ("DE", "CE") and n.replace(".", "", 1).isdigit() and not n.isdigit():
        return f"P{_whole(float(n) * (10 if code == 'DE' else 100))}Y"  # "half a century" P50Y
    if code == "2W":
        n, code = (str(2 * int(n)) if n.isdigit() else n), "W"
    if code == "TH" and n == "0.5":
        return "PT30M"  # "half an hour"
    if code.startswith("T"):
        return f"PT{n}{code[1:]}"
    return f"P{n}{code}"


def _whole(x: float) -> str:
    """15.0 -> "15", 2.5 -> "2.5"."""
    return str(int(x)) if x == int(x) else str(x)


def set_value(c: TypedCandidate) -> str:
    """P1W, P2Y, XXXX-WXX-4, XXXX-WXX-1TNI for a repeated time."""
    f = c.fields
    if c.kind == "annually":
        return "P1Y"  # "annually"
    if c.kind == "weekends" or f.get("unit", "").lower() == "weekend":
        return "XXXX-WXX-WE"  # "on weekends", "every weekend"
    if c.kind == "plural_wd":
        part = PART_OF_DAY.get((f.get("part") or "").lower(), "")
        return f"XXXX-WXX-{WEEKDAYS[f['wd'].lower()] + 1}" + (f"T{part}" if part else "")
    unit = f["unit"].lower().rstrip(".")
    if unit in MONTHS:
        return f"XXXX-{MONTHS[unit]:02d}"
    if unit.split()[0] in WEEKDAYS:  # "every Tuesday (night)"
        part = PART_OF_DAY.get((f.get("part") or "").lower(), "")
        return f"XXXX-WXX-{WEEKDAYS[unit.split()[0]] + 1}" + (f"T{part}" if part else "")
    if unit in PART_OF_DAY:
        return f"XXXX-XX-XXT{PART_OF_DAY[unit]}"
    if unit in SEASONS:
        return f"XXXX-{SEASONS[unit]}"
    n = number_value(f.get("num")) if f.get("num") and f["num"] != "other" else ("2" if f.get("num") else "1")
    if unit in ("hour", "minute", "second"):  # "every two hours" PT2H
        return f"PT{n}{unit[0].upper()}"
    code = {"day": "D", "week": "W", "month": "M", "year": "Y", "decade": "DE", "quarter": "Q"}[unit]
    return f"P{n}{code}"


def _quarter_year(pub: Date, q: int, size: int, tense: str | None) -> int:
    """The year of "the third quarter" said on ``pub``: a part of the year not begun yet is last year's
    unless the clause is future or present ("expects growth in the second half")."""
    current = (pub.month - 1) // (12 // size) + 1
    return pub.year - 1 if q > current and tense not in ("future", "present") else pub.year


def period_value(c: TypedCandidate, pub: Date | None, tense: str | None) -> str | None:
    """2013-Q1 / 2013-H2 for quarters and halves; 2012 for "fiscal 2012", as TimeBank values it (TIDES
    writes FY2012; TimeBank's "fiscal 1989" are all 1989); "the current fiscal year" 2013, "the latest
    fiscal year" 2012."""
    f = c.fields
    if c.kind == "fiscal":
        return f["year"]
    if c.kind == "fiscal_rel":
        step = {"latest": -1, "last": -1, "previous": -1, "prior": -1, "next": 1, "coming": 1, "new": 1}
        return str(pub.year + step.get((f.get("rel") or "").lower(), 0)) if pub else None
    if f.get("year0"):
        f = {**f, "year": f["year0"]}
    rel = f["rel"].lower()
    size = 4 if c.kind == "quarter" else 2
    rel = {"1": "first", "2": "second", "3": "third", "4": "fourth"}.get(rel, rel)
    if rel == "final":  # "the final quarter (of last year)": the fourth, as its year and tense say
        rel = "fourth" if size == 4 else "second"
    letter = "Q" if size == 4 else "H"
    if rel in ORDINALS:
        n = ORDINALS[rel]
        if f.get("year"):
            return f"{f['year']}-{letter}{n}"
        if pub is None:
            return None
        yrel = f.get("yrel") or f.get("yrel2")
        if yrel:  # "next year's first quarter", "the third quarter of last year"
            return f"{pub.year + {'this': 0, 'last': -1, 'next': 1}[yrel.lower()]}-{letter}{n}"
        back = 1 if f.get("yago") else 0  # "the year-ago third quarter"
        return f"{_quarter_year(pub, n, size, tense) - back}-{letter}{n}"
    if pub is None:
        return None
    current = (pub.month - 1) // (12 // size) + 1
    step = {"last": -1, "previous": -1, "latest": -1, "next": 1}.get(rel, 0)
    index = pub.year * size + current - 1 + step
    return f"{index // size}-{letter}{index % size + 1}"


def season_value(c: TypedCandidate, pub: Date | None, tense: str | None) -> str | None:
    """2013-SP: "this spring", "last summer", "the winter of 2012"."""
    f = c.fields
    code = SEASONS[f["season"].lower()]
    if f.get("year"):
        return f"{f['year']}-{code}"
    if pub is None:
        return None
    if f.get("yrel"):  # "the spring of last year"
        return f"{pub.year + {'last': -1, 'this': 0, 'next': 1}[f['yrel'].lower()]}-{code}"
    words = (f.get("rel") or "the").lower().split()
    rel, start = words[0], SEASON_START[code]
    if rel == "last" or (rel in ("the", "early", "late") and tense == "past") or "past" in words:
        year = pub.year if start + 3 <= pub.month else pub.year - 1
    elif rel == "next" or (rel in ("the", "early", "late") and tense == "future"):
        year = pub.year if start > pub.month else pub.year + 1
    else:
        year = pub.year
    return f"{year}-{code}"


def decade_value(c: TypedCandidate) -> str:
    """199 for "the 1990s", "the '90s" and "the nineties" (the 20th century for a two-digit decade from 30
    up, and for a decade in words)."""
    f = c.fields
    if f.get("word"):  # "the sixties": the 20th century's decade, as HeidelTime and TimeBank value it
        return f"19{DECADE_WORDS.index(f['word'].lower()[:4])}"
    if f.get("short") is not None:
        d = int(f["short"])
        return f"{19 if d >= 3 else 20}{d}"
    return f"{f['century']}{f['d']}"


def week_date_value(c: TypedCandidate, pub: Date | None, tense: str | None) -> str | None:
    """2013-W11 for "last week", 2013-W12-WE for "this weekend" / "the weekend"."""
    if pub is None:
        return None
    f = c.fields
    suffix = "-WE" if c.kind == "weekend" or f.get("unit", "").lower() == "weekend" else ""
    rel = (f.get("rel") or "").lower()
    step = {"last": -7, "next": 7, "coming": 7}.get(rel, 0)
    if "past" in rel and (suffix == "" or pub.weekday() < 5):
        step = -7  # "this past week", "this past weekend" said on a weekday
    if c.kind == "weekend" and tense == "past" and pub.weekday() < 5:
        step = -7
    return week_value(pub + dt.timedelta(days=step), suffix)


def from_now_value(c: TypedCandidate, pub: Date | None) -> str | None:
    """"two years from now": the year (month, day) that far after publication."""
    f = c.fields
    n = number_value(f.get("num"))
    if pub is None or not n.isdigit():
        return None
    unit = f["unit"].lower()
    return shifted(pub, unit, int(n), week_as_day=True) if unit in ("year", "month", "week", "day") else None


def shifted(anchor: Date, unit: str, k: int, week_as_day: bool = False) -> str:
    """The ``unit`` that lies ``k`` units from ``anchor``, at that unit's precision: a year, a month,
    an ISO week (or its day, ``week_as_day``), a decade or century ("201", "20"), else a day."""
    if unit == "year":
        return str(anchor.year + k)
    if unit == "month":
        y, m = shift_month(anchor.year, anchor.month, k)
        return f"{y:04d}-{m:02d}"
    if unit == "week":
        moved = anchor + dt.timedelta(days=7 * k)
        return moved.isoformat() if week_as_day else week_value(moved)
    if unit in ("decade", "century"):
        return str(anchor.year // (10 if unit == "decade" else 100) + k)
    return (anchor + dt.timedelta(days=k)).isoformat()


def the_unit_value(c: TypedCandidate, pub: Date | None) -> str | None:
    """"the past year" 2012, "the coming month" 2013-04, "the last decade" 200: the unit before
    or after the one of publication."""
    if pub is None:
        return None
    step = 1 if c.fields["the"].split()[-1].lower() in ("next", "coming", "following") else -1
    unit = c.fields["unit"].lower()
    return shifted(pub, unit if unit in ("year", "month", "week", "decade") else "century", step)


def shift_value(c: TypedCandidate, anchor: Date | None) -> str | None:
    """"two years later", "a year earlier": that far from the date the text last gave (or
    publication), at the precision of the unit."""
    n, later = number_value(c.fields.get("num")), c.fields["dir"].lower() == "later"
    if n == "X":
        return "FUTURE_REF" if later else "PAST_REF"  # "a few years later", as HeidelTime values it
    if anchor is None or not n.isdigit():
        return None
    k = int(n) * (1 if later else -1)
    unit = c.fields["unit"].lower()
    return shifted(anchor, unit if unit in ("year", "month", "week") else "day", k)


def _partial_date(value: str | None) -> Date | None:
    """The first day of a reduced ISO date ("2010" -> 2010-01-01, "2010-05" -> 2010-05-01)."""
    m = re.fullmatch(r"(\d{4})(?:-(\d\d)(?:-(\d\d))?)?", value or "")
    return Date(int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1)) if m else None


def time_value(c: TypedCandidate, pub: Date | None, inner: str | None) -> str | None:
    """2013-03-19TMO, 2013-03-22T07:30: a part of day or a clock time on its day."""
    f = c.fields
    day = inner or (pub.isoformat() if pub else None)
    if c.kind == "partday":
        first = f["day"].lower()
        if first == "last" and pub:
            day = (pub - dt.timedelta(days=1)).isoformat()
        elif first in ("this", "today") and pub:
            day = pub.isoformat()
        return f"{day}T{PART_OF_DAY[f['part'].lower()]}" if day else None
    if c.kind == "tonight":
        return f"{pub.isoformat()}TNI" if pub else None
    if c.kind == "noon":
        return f"{day or 'XXXX-XX-XX'}T{'24:00' if f['word'].lower() == 'midnight' else '12:00'}"
    if c.kind == "midpart":  # "mid-afternoon" 2013-03-22TAF
        return f"{day}T{PART_OF_DAY[f['part'].lower()]}" if day else None
    hour, minute = int(f["h"]), int(f.get("m") or 0)
    ampm = (f.get("ampm") or "").lower().replace(".", "").replace(" ", "")
    if f.get("part") and hour < 12 and f["part"].lower() != "morning":
        hour += 12  # "4:30 in the afternoon"
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    if hour > 24:
        return None
    zone = "Z" if (f.get("zone") or "").upper() in ("UTC", "GMT", "Z") else ""
    return f"{day or 'XXXX-XX-XX'}T{hour:02d}:{minute:02d}{zone}"


def _unit_value(unit: str | None, pub: Date | None, rel: str | None = None) -> str | None:
    """"the end of the year" / "the start of next month": the publication year or month, or the
    one after ("next") or before ("last")."""
    if pub is None or unit not in ("year", "month", "week", "decade", "century"):
        return None
    return shifted(pub, unit, {"next": 1, "last": -1}.get((rel or "").lower(), 0))


def easter(year: int) -> Date:
    """Western Easter Sunday of ``year`` (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    j = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * j) // 451
    month = (h + j - 7 * m + 114) // 31
    return dt.date(year, month, (h + j - 7 * m + 114) % 31 + 1)


def holiday_date(name: str, year: int) -> Date:
    """The day of a holiday in ``year``."""
    rule = HOLIDAYS[re.sub(r"[ \t]+", " ", name.lower().replace("’", "'"))]
    if rule[0] == "easter":
        return easter(year) + dt.timedelta(days=rule[1])
    if rule[0] == "thanksgiving":  # "Black Friday": the day after Thanksgiving
        return holiday_date("thanksgiving", year) + dt.timedelta(days=rule[1])
    if len(rule) == 2:
        return dt.date(year, rule[0], rule[1])
    month, weekday, nth = rule
    first = dt.date(year, month, 1)
    if nth > 0:
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
    last = dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7)


def holiday_value(c: TypedCandidate, pub: Date | None, tense: str | None) -> str | None:
    """"Christmas", "Easter 2013": the holiday in the stated year, else the one nearest publication
    (the last one for the past tense, the next one for the future)."""
    if c.fields.get("year"):
        return holiday_date(c.fields["name"], int(c.fields["year"])).isoformat()
    if pub is None:
        return None
    days = [holiday_date(c.fields["name"], pub.year + k) for k in (-1, 0, 1)]
    if tense == "past":
        days = [d for d in days if d <= pub] or days
    elif tense == "future":
        days = [d for d in days if d >= pub] or days
    return min(days, key=lambda d: abs((d - pub).days)).isoformat()


def year_ago_value(c: TypedCandidate, pub: Date | None) -> str | None:
    """"the year-ago results" 2012; "the year-ago quarter": the last quarter completed before
    publication, a year earlier (2012-Q4 in a report published in February 2013)."""
    if pub is None:
        return None
    if c.fields.get("unit", "").lower() != "quarter":
        return str(pub.year - 1)
    index = pub.year * 4 + (pub.month - 1) // 3 - 1  # the quarter before the current one
    return f"{index // 4 - 1}-Q{index % 4 + 1}"


_WEEK_DAY = {"first": 4, "second": 11, "third": 18, "fourth": 25}  # a Thursday of that week: its ISO week


def month_week_value(ordinal: str, month: str | None) -> str | None:
    """"the first week of April" said in 2013: 2013-W14, the ISO week holding April 4 (the last week:
    the one holding the month's last day but three); None without the month's value."""
    if not month or not re.fullmatch(r"\d{4}-\d{2}", month[:7]):
        return None
    year, mon = int(month[:4]), int(month[5:7])
    if ordinal in _WEEK_DAY:
        return week_value(dt.date(year, mon, _WEEK_DAY[ordinal]))
    y2, m2 = shift_month(year, mon, 1)
    return week_value(dt.date(y2, m2, 1) - dt.timedelta(days=4))


REFS = {"present": "PRESENT_REF", "past": "PAST_REF", "future": "FUTURE_REF"}


def typed_value(c: TypedCandidate, pub: Date | None, tense: str | None, inner: str | None) -> str | None:
    """The TimeML value of one typed candidate (None when it needs a publication date it lacks)."""
    if c.kind in STRETCH_KINDS:
        return stretch_value(c, pub)
    if c.kind == "monthweek":  # the month as tag_dates read it, else the nearest one ("May" is no date there)
        mon = month_number(c.fields["mname"])
        month = inner or (f"{month_year(pub, mon, tense):04d}-{mon:02d}" if pub else None)
        return month_week_value(c.fields["ord"].lower(), month)
    if c.type == "DURATION":
        return duration_value(c)
    if c.type == "SET":
        return set_value(c)
    if c.type == "TIME":
        return time_value(c, pub, inner)
    if c.kind in REFS:
        return REFS[c.kind]
    if c.kind == "wordyear":  # "nineteen ninety-one" 1991, "the year two thousand" 2000
        hi = 2000 if c.fields["hi"].lower().startswith("two") else 100 * int(number_value(c.fields["hi"]))
        return str(hi + int(number_value(c.fields.get("lo") or "zero")))
    if c.kind == "ofyear":  # "the first nine months of the year": the year named before it, or publication
        return inner[:4] if inner else (str(pub.year) if pub else None)
    if c.kind == "yearend":  # "by year-end" 2013-12-31; "since year-end": the last one
        return f"{pub.year - (c.fields['pre'].lower() == 'since')}-12-31" if pub else None
    if c.kind == "reldecade":  # "this decade" 201, "last century" 19
        return _unit_value(c.fields["unit"].lower(), pub, c.fields["rel"])
    if c.kind in ("partof", "modified"):
        return inner or _unit_value(c.fields.get("unit"), pub, c.fields.get("rel"))
    if c.kind in ("quarter", "half", "fiscal", "fiscal_rel"):
        return period_value(c, pub, tense)
    if c.kind == "season":
        return season_value(c, pub, tense)
    if c.kind == "holiday":
        return holiday_value(c, pub, tense)
    if c.kind == "decade":
        return decade_value(c)
    if c.kind == "thequarter":
        return THE_QUARTER  # valued from the quarter named before it (timex_anchor)
    if c.kind == "yearago":
        return year_ago_value(c, pub)
    if c.kind == "century":
        return str(int(c.fields["n"]) - 1)
    if c.kind == "longago":
        n = number_value(c.fields.get("num"))
        years = 10 if c.fields["unit"].lower().startswith("decade") else 100
        if pub is None or not n.replace(".", "", 1).isdigit():
            return None
        return str(pub.year - int(years * float(n)))  # "a decade ago" 2003, "half a century ago" 1963
    if c.kind == "fromnow":
        return from_now_value(c, pub)
    if c.kind == "shift":
        return shift_value(c, _partial_date(inner) or pub)
    if c.kind == "past_unit":
        return the_unit_value(c, pub)
    if c.kind == "vague_ago":
        return "FUTURE_REF" if c.fields["dir"].lower() == "later" else "PAST_REF"
    return week_date_value(c, pub, tense)

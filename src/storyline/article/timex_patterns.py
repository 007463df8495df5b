"""Surface patterns of English temporal expressions that name a calendar date, month or year.

``find_candidates(text)`` returns ``Candidate`` records (span, kind, parsed fields). It only
reads the surface; resolving a relative expression against the publication date is the job of
``timex_resolve`` and the tense check in ``dates``. Durations ("two hours", "three years"), clock
times ("07:30"), sets ("each week") and vague references ("now", "recently") are not matched."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}

_FULL_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_ABBR_MONTH = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
MONTH = rf"(?P<month>{_FULL_MONTH}|{_ABBR_MONTH})"
WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
RANGE_END = r"(?:[-–][0-3]?\d(?:st|nd|rd|th)?)?"  # "19-20 May 2025": the range starts on the 19th
YEAR = r"(?P<year>1[5-9]\d\d|20\d\d)"
POSS = r"(?:['’]s)?"
# lower case, or capitalised at the start of a sentence ("Two years ago, ...")
_TENS_WORD = r"(?:[Tt]wenty|[Tt]hirty|[Ff]orty|[Ff]ifty|[Ss]ixty|[Ss]eventy|[Ee]ighty|[Nn]inety)"
NUM_WORD = (rf"(?<![\w-])(?P<num>\d{{1,3}}|{_TENS_WORD}(?:-(?:one|two|three|four|five|six|seven|eight|nine))?"
            r"(?![\w-])|(?:[Aa]|[Aa]n|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|"
            r"[Nn]ine|[Tt]en|[Ee]leven|[Tt]welve|(?:[Tt]hir|[Ff]our|[Ff]if|[Ss]ix|[Ss]even|[Ee]igh|[Nn]ine)teen)"
            r"(?![\w-]))")
# not inside a longer number, a decimal, an amount or a clock time
_NOT_NUM_BEFORE = r"(?<![\d$£€.,:/])"
_NOT_NUM_AFTER = r"(?![\d%]|,\d|\.\d|:\d)"
_NOT_CLOCK_AFTER = r"(?![ \t]*(?:GMT|UTC|BST)\b)"  # "by its closing time of 1900 GMT": a clock time
# cues that make a bare month name a month ("in June", "last August", "early March")
MONTH_CUES = (
    r"in|since|by|until|till|through|throughout|during|from|before|after|of|for|last|next|this|"
    r"early|late|mid|earlier|later|around|between|and|to|"
    r"coming|past|previous|the|their|its|his|her|our"
)


@dataclass
class Candidate:
    """One matched expression: ``text[start:end]``, its kind and the fields read from it."""

    start: int
    end: int
    kind: str  # iso, slash, dmy, mdy, md, dm, my, myrel, month, relmonth, year, weekday, ... (see PATTERNS)
    fields: dict = field(default_factory=dict)


def _rx(pattern: str) -> re.Pattern:
    return re.compile(pattern)


SP = r"[ \t\u00a0]+"  # expressions never cross a line break
WD_PREFIX = rf"(?:{WEEKDAY},?{SP})?"  # "Tuesday, March 18"

# order matters: earlier patterns win when spans overlap
PATTERNS: list[tuple[str, re.Pattern]] = [
    # "2013-03-19", and "2004/12/13" as BBC and wire time stamps write it
    ("iso", _rx(r"(?<![\d$£€.,:/-])(?P<year>\d{4})(?P<sep>[-/])(?P<mon>[01]\d)(?P=sep)(?P<day>[0-3]\d)"
                r"(?![\d])")),
    # "09/26/1984", "7/8/07": month first (US news style); a first number above 12 is the day ("26/09/1984")
    ("slash", _rx(r"(?<![\d$£€.,:/-])(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<year>1[5-9]\d\d|20\d\d|\d\d)"
                  r"(?![\d/]|[.,]\d)")),
    ("dmy", _rx(rf"{WD_PREFIX}\b{DAY}{RANGE_END}{SP}(?:of{SP})?{MONTH},?{SP}{YEAR}\b")),
    ("mdy", _rx(rf"{WD_PREFIX}\b{MONTH}{SP}{DAY}{RANGE_END},?{SP}{YEAR}\b")),
    ("md", _rx(rf"{WD_PREFIX}\b{MONTH}{SP}{DAY}\b(?![\d,.:]\d|[ \t\u00a0]*(?:%|percent))")),
    ("dm", _rx(rf"{WD_PREFIX}\b{DAY}{SP}(?:of{SP})?{MONTH}\b")),
    ("my", _rx(rf"\b{MONTH},?{SP}(?:of{SP})?{YEAR}\b")),
    ("myrel", _rx(rf"\b{MONTH}{SP}(?:of{SP})?(?P<rel>this|last|next){SP}year\b")),
    ("relmonth", _rx(rf"\b(?P<rel>[Ll]ast|[Nn]ext|[Tt]his|[Cc]oming){SP}{MONTH}(?![\w-]){POSS}")),
    ("month", _rx(rf"(?i:\b(?P<cue>{MONTH_CUES}))[ \t\u00a0-]+(?P<x>{MONTH}(?![\w-]){POSS})")),
    # "a June report", not "a June Carter song" nor "an August Wilson play"
    ("month", _rx(rf"\b(?P<cue>[Aa]n?)[ \t]+(?P<x>{MONTH})(?=[ \t]+[a-z])")),
    ("relweekday", _rx(rf"\b(?P<rel>[Ll]ast|[Nn]ext|[Tt]his|[Cc]oming){SP}(?P<wd>{WEEKDAY}){POSS}")),
    ("weekday", _rx(rf"\b(?P<wd>{WEEKDAY})(?:['’]s)?(?![\w-])")),
    ("deictic", _rx(rf"\b(?P<word>(?:[Tt]he{SP}day{SP}(?:before{SP}yesterday|after{SP}tomorrow))|[Tt]oday|"
                    r"[Yy]esterday|[Tt]omorrow)(?:['’]s)?\b")),
    ("ago", _rx(rf"(?<![\d,.$])\b{NUM_WORD}{SP}(?P<unit>day|week|month|year)s?{SP}ago\b")),
    ("relunit", _rx(rf"\b(?P<pre>(?:[Ee]arlier|[Ll]ater|[Ee]arly|[Ll]ate){SP})?"
                    rf"(?P<rel>[Ll]ast|[Nn]ext|[Tt]his){SP}(?P<unit>month|year)(?:['’]s)?\b")),
    ("anaphor", _rx(rf"\b(?P<phrase>(?:[Tt]he|[Aa]|[Oo]ne){SP}day{SP}(?P<dir>after|before|later|earlier)|"
                    rf"[Tt]he{SP}(?P<dir2>next|following|previous){SP}day|"
                    rf"(?:[Tt]he|[Tt]hat){SP}(?P<dir3>same){SP}day)\b")),
    ("anaphor_year", _rx(rf"\b(?:[Tt]he{SP}(?P<dir2>previous|following){SP}year|"
                         rf"(?:[Tt]he|[Aa]|[Oo]ne){SP}year{SP}(?P<dir>earlier|later|before|previous))\b")),
    ("year", _rx(_NOT_NUM_BEFORE + r"\b" + YEAR + r"(?:['’]s)?\b" + _NOT_NUM_AFTER + _NOT_CLOCK_AFTER)),
]


def month_number(name: str) -> int:
    """1-12 for a month name or abbreviation ("Sept." -> 9)."""
    return MONTHS[name.lower().rstrip(".")]


def overlaps(c: Candidate, taken: list[Candidate]) -> bool:
    """Does candidate ``c`` (anything with start and end) overlap one of ``taken``?"""
    return any(c.start < t.end and t.start < c.end for t in taken)


def match_fields(m: re.Match) -> dict:
    """The named groups a match filled."""
    return {k: v for k, v in m.groupdict().items() if v is not None}


# a bare "May" needs a cue that the modal and the surname cannot take ("in May", "since May")
STRONG_MAY_CUES = {"in", "since", "by", "until", "till", "through", "throughout", "during", "from",
                   "last", "next", "this", "early", "late", "mid", "earlier", "later"}


def _valid(kind: str, f: dict) -> bool:
    """Reject impossible days and months ("May 45", "2025-13-01") and a weakly cued bare "May"."""
    if kind == "month" and f["month"] == "May" and f["cue"].lower() not in STRONG_MAY_CUES:
        return False
    day = f.get("day")
    if day is not None and not 1 <= int(day) <= 31:
        return False
    return kind != "iso" or 1 <= int(f["mon"]) <= 12


def _plausible_ago(m: re.Match, text: str) -> bool:
    """"two years ago", "Two years ago," opening a sentence; not "In Formula One years ago" (a capital
    mid-sentence, "one" with a plural), nor "the Boeing 737 years ago" (a model number after a name)."""
    num, surface = m.group("num"), m.group(0)
    before = text[max(0, m.start() - 30):m.start()]
    if num.lower() in ("one", "a", "an") and re.search(r"s\b", surface[len(num):].split()[0]):
        return False
    if num[:1].isupper() and not re.search(r"(?:^|[.!?:;\"“”'‘’(\n])[ \t\"“”'‘’(]*$", before):
        return False
    return not (num.isdigit() and len(num) >= 3 and re.search(r"[A-Z][\w-]*[ \t]+$", before))


def find_candidates(text: str) -> list[Candidate]:
    """Every non-overlapping expression the patterns match, in text order."""
    taken: list[Candidate] = []
    for kind, rx in PATTERNS:
        for m in rx.finditer(text):
            start, end = m.span("x") if m.groupdict().get("x") else m.span()
            c = Candidate(start, end, kind, match_fields(m))
            plausible = kind != "ago" or _plausible_ago(m, text)
            if _valid(kind, c.fields) and plausible and not overlaps(c, taken):
                taken.append(c)
    return sorted(taken, key=lambda c: c.start)

"""Typed TIMEX3 patterns of news prose that the core list in ``timex_types`` leaves out
(``find_typed`` runs them with the others; the longest match wins), their values, and
``news_accept``, which ``timex_types`` asks before it keeps any typed candidate:

- ranges: "two to three weeks", "12-18 months", "one or two days" are one DURATION, valued at the
  lower bound (P2W), as TimeBank annotates "two to three weeks" (the second number must be larger);
- a counted period named with its noun: "a three-year period", "the 90-day window" (P3Y, P90D),
  the whole phrase as in TimeBank ("a three-year period" P3Y);
- adverbs of frequency: "the board meets weekly" (P1W), "published daily" (P1D), "nightly"
  (XXXX-XX-XXTNI). The adjective ("a daily newspaper", "weekly magazine", "annual profits") is
  not tagged: TimeBank leaves it out, and in business news it mostly names a rate or a report;
- fractions: "the last half century" P50Y, "a quarter-century" and "a quarter of a century" P25Y,
  "a quarter century ago" (25
  years before publication);
- "that day", "that night", "that year", "the same month", "the next morning", "earlier in the day":
  a placeholder value (``ANCHOR``) that ``timex_anchor`` replaces with the date named before it;
- not times: names ("The Tonight Show", "Peace One Day", "told Us weekly"), "at the last minute",
  ages ("in his early 30s"), "most recent"; "may one day" is FUTURE_REF, not a day-long stretch."""
from __future__ import annotations

import re

from storyline.article.timex_lexicon import MODIFIER, NOT_AMOUNT, NUMW, PARTS, SP, UNIT, number_value

ADVERB_SETS = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "yearly": "P1Y", "hourly": "PT1H",
               "nightly": "XXXX-XX-XXTNI"}
_RANGE_NUM = rf"(?:\d+|{NUMW})"
# what may follow an adverb of frequency: punctuation, or a word that cannot be its noun
_AFTER_ADVERB = (r"(?=[ \t]*(?:[.,;:!?)\"”’']|$)|[ \t]+(?:and|or|but|in|at|on|for|from|since|until|by|with|"
                 r"during|through|throughout|over|as|to|except|between|instead|rather|now|again)\b)")

STRETCH_PATTERNS: list[tuple[str, str, re.Pattern]] = [
    ("DURATION", "range", re.compile(
        rf"{NOT_AMOUNT}(?:{MODIFIER})?(?P<num>{_RANGE_NUM})(?:{SP}(?:to|or)|[ \t]*[-–])[ \t]*"
        rf"(?P<num2>{_RANGE_NUM}){SP}(?:(?:more|additional|extra|further){SP})?{UNIT}s\b"
        rf"(?!-|{SP}(?:old|older|younger|ago|later|earlier)\b)", re.I)),
    ("DURATION", "period", re.compile(
        rf"\b(?:(?:[Aa]n?|[Tt]he){SP})?(?P<num>\d+(?:\.\d+)?|{NUMW})-(?P<unit>second|minute|hour|day|week|"
        rf"month|year|decade)(?:-long)?{SP}(?:period|term|span|stretch|window|spell|interval)\b", re.I)),
    ("SET", "adverb", re.compile(rf"\b(?P<word>{'|'.join(ADVERB_SETS)})\b{_AFTER_ADVERB}")),
    ("DURATION", "fraction", re.compile(rf"\b(?:{MODIFIER}|[Aa]{SP})(?P<frac>half|quarter)"
                                        rf"(?:[- \t]|{SP}of{SP}an?{SP})"
                                        rf"(?P<unit>century|decade)\b(?!-|{SP}(?:ago|low|high|old)\b)",
                                        re.I)),
    ("DATE", "fraction_ago", re.compile(rf"\b(?:(?:about|nearly|almost|more[ \t]+than|over)[ \t]+)?"
                                        rf"(?:[Aa]{SP})?(?P<frac>half|quarter)(?:[- \t]|{SP}of{SP}an?{SP})"
                                        rf"(?P<unit>century|decade)"
                                        rf"{SP}ago\b", re.I)),
]
# "one hour and 45 minutes", "two years, three months": a larger unit, then a smaller one
_UNIT_ORDER = ["year", "month", "week", "day", "hour", "minute", "second"]
_UNIT_CODE = {"year": "Y", "month": "M", "week": "W", "day": "D", "hour": "H", "minute": "M", "second": "S"}
STRETCH_PATTERNS += [
    ("DURATION", "compound", re.compile(
        rf"{NOT_AMOUNT}(?:{MODIFIER})?(?P<num>(?:\d+|{NUMW}|an?)){SP}(?P<unit>year|month|week|day|hour|minute)s?"
        rf"(?:,?{SP}and|,)?{SP}(?P<num2>\d+|{NUMW}){SP}(?P<unit2>month|week|day|hour|minute|second)s?\b"
        rf"(?!-|{SP}(?:old|older|younger|ago|later|earlier)\b)", re.I)),
    # "in one-and-a-half years", "four-and-a-half minutes": a hyphenated count and a half
    ("DURATION", "count", re.compile(rf"{NOT_AMOUNT}(?:{MODIFIER})?(?P<num>\d+|{NUMW})-and-a-(?P<half>half)"
                                     rf"{SP}{UNIT}s\b(?!-)", re.I)),
    # "all day", "the whole week", "the entire month": one unit, whole (not "the full year", a fiscal year)
    ("DURATION", "whole", re.compile(rf"\b(?:[Aa]ll|[Tt]he{SP}(?:whole|entire)){SP}"
                                     rf"(?P<unit>day|week|month|year)(?:{SP}long)?\b(?!['’]s|-)")),
]
_NOT_NOUN = r"\b(?!['’]s|-)"
_NOT_COME = r"(?![ \t]+(?:(?:has|will|would|may)[ \t]+)?(?:come|comes|came)\b)"  # "that day has come"
STRETCH_PATTERNS += [
    ("DATE", "that_unit", re.compile(rf"\b(?:[Tt]hat|[Tt]he{SP}same){SP}(?P<unit>week|month|year)"
                                     rf"{_NOT_NOUN}")),
    ("DATE", "that_unit", re.compile(rf"\b[Tt]hat{SP}(?P<unit>day){_NOT_NOUN}{_NOT_COME}")),
    ("DATE", "that_unit", re.compile(rf"\b(?:[Ee]arlier|[Ll]ater){SP}in{SP}(?P<x>the{SP}"
                                     rf"(?P<unit>day|week|month|year)){_NOT_NOUN}")),  # "earlier in the day"
    ("TIME", "that_unit", re.compile(rf"\b(?:[Tt]hat|[Tt]he{SP}same|[Tt]he{SP}(?P<next>next|following))"
                                     rf"(?:{SP}(?:early|late))?{SP}(?P<unit>{PARTS}){_NOT_NOUN}")),
]
STRETCH_KINDS = {"adverb", "fraction", "fraction_ago", "that_unit", "compound", "whole"}
ANCHOR = "ANCHOR:"  # "that year": a placeholder valued from the date named before it (timex_anchor)
# words one of which a pattern needs (the pattern is not run on a text without any of them)
STRETCH_NEEDS = {"range": (" to ", " or ", "-", "–"),
                 "period": ("period", "term", "span", "stretch", "window", "spell", "interval"),
                 "adverb": tuple(ADVERB_SETS), "fraction": ("half", "quarter"), "fraction_ago": ("ago",),
                 "that_unit": ("that ", "same ", "next ", "following ", " in the "),
                 "compound": ("month", "week", "day", "hour", "minute", "second"),
                 "whole": ("all ", "whole ", "entire ")}

_MODAL_BEFORE = re.compile(r"\b(?:may|might|could|will|would|can|should|must|to|hopes?|hoped)[ \t]+$", re.I)
_POSSESSIVE_BEFORE = re.compile(r"\b(?:his|her|their|my|your|our|its)[ \t]+(?:(?:early|mid|late)[- \t]?)?$",
                                re.I)
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\"“”'‘’(\n][ \t\"“”'‘’(]*)$")


# "said on Monday that day laborers ...": "that" opening a clause after a verb or a date, not "that day"
_CLAUSE_THAT_BEFORE = re.compile(
    r"(?:\b(?:said|says|say|told|tells|tell|added|stated|announced|reported|warned|argued|insisted|noted|"
    r"claimed|believes?|believed|thinks?|thought|knew|knows?|hopes?|hoped|fears?|feared|means?|meant|so|"
    r"such|now|given|ensure|ensured|shows?|showed|found)|\d|(?:day|January|February|March|April|May|June|"
    r"July|August|September|October|November|December))[ \t,]+$", re.I)
_VERBS_IN_S = {"was", "is", "has", "says", "does", "seems", "remains", "comes", "goes", "passes", "becomes",
               "marks", "looks", "means", "brings", "sees", "saw"}
_LONGED_FOR_BEFORE = re.compile(r"\b(?:dream(?:s|ed|ing)?[ \t]+of|until|till|await(?:s|ed|ing)?|"
                                r"look(?:s|ed|ing)?[ \t]+forward[ \t]+to)[ \t]+$", re.I)
_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|this|that|its|their|his|her)[ \t]+$", re.I)


def _anaphoric_that(c, text: str) -> bool:
    """Is "that day" / "that night" a time named before ("that night, fire broke out"), not a clause
    opening with "that" ("said on Monday that day laborers ..."), "year after year", or a day hoped for
    ("dream of that day")?"""
    before, after = text[max(0, c.start - 40):c.start], text[c.end:c.end + 20]
    unit = c.fields["unit"].lower()
    if re.match(rf"{SP}(?:after|by|to){SP}{unit}\b", after, re.I):
        return False
    if not text[c.start:c.end].lower().startswith("that"):
        return True
    if _LONGED_FOR_BEFORE.search(before):
        return False
    noun = re.match(r"[ \t]+([a-z]+s)\b", after)  # "that day laborers": a plural noun follows
    return not (_CLAUSE_THAT_BEFORE.search(before) and noun and noun.group(1) not in _VERBS_IN_S)


def _word_before(text: str, start: int) -> str:
    m = re.search(r"([\w’']+)[^\w\n]*$", text[max(0, start - 30):start])
    return m.group(1) if m else ""


def _name_part(c, text: str) -> bool:
    """"Peace One Day", "The Tonight Show", "Us Weekly": a capitalised word in a name, not a time."""
    surface = text[c.start:c.end]
    if c.kind == "tonight":
        return bool(re.match(r"[ \t'’\"]*[A-Z]", text[c.end:c.end + 4]))  # "Tonight Show"
    if c.kind == "adverb":
        return _word_before(text, c.start)[:1].isupper()  # "told Us weekly"
    words = surface.split()
    return (c.kind == "count" and len(words) > 1 and all(w[:1].isupper() for w in words)
            and not _SENTENCE_START.search(text[max(0, c.start - 4):c.start]))


def _ascending(low: str, high: str) -> bool:
    """"two to three", "12-18": the second number is the larger."""
    a, b = number_value(low), number_value(high)
    return a.isdigit() and b.isdigit() and int(a) < int(b)


def news_accept(c, text: str) -> bool:
    """Reject what news prose often puts in a time's shape: names ("Peace One Day"), the idiom "at
    the last minute", ages ("in his early 30s"); retype "may one day" (some day) as FUTURE_REF."""
    surface, before = text[c.start:c.end].lower(), text[max(0, c.start - 12):c.start]
    if _name_part(c, text):
        return False
    if surface == "the last minute" and re.search(r"\bat[ \t]+$", before):
        return False
    if c.kind == "decade" and c.fields.get("short") and _POSSESSIVE_BEFORE.search(before):
        return False  # "a man in his early 30s"
    if surface == "recent" and re.search(r"\bmost[ \t]+$", before, re.I):
        return False  # "their most recent model": which one, not when
    if c.kind == "range" and not _ascending(c.fields["num"], c.fields["num2"]):
        return False  # "at the age of 16 to 13 years in prison": not one range
    if c.kind == "that_unit" and not _anaphoric_that(c, text):
        return False
    if c.kind == "compound" and _UNIT_ORDER.index(c.fields["unit"].lower()) >= _UNIT_ORDER.index(
            c.fields["unit2"].lower()):
        return False  # "two days three weeks": not one stretch
    if c.kind == "adverb" and _ARTICLE_BEFORE.search(text[max(0, c.start - 12):c.start]):
        return False  # "told the daily", "according to the weekly": a newspaper
    if c.kind == "count" and surface == "one day" and _MODAL_BEFORE.search(before):
        c.type, c.kind = "DATE", "future"  # "the test may one day be used"
    return True


def stretch_value(c, pub) -> str | None:
    """P1W for "weekly", P50Y for "half a century", 1991 for "a quarter century ago" (from ``pub``)."""
    if c.kind == "adverb":
        return ADVERB_SETS[c.fields["word"]]
    if c.kind == "that_unit":  # "that night", "the next morning", "the following month": from the date before
        shift = c.fields.get("shift", 1 if c.fields.get("next") else 0)
        return f"{ANCHOR}{c.fields['unit'].lower()}:{shift}"
    if c.kind == "compound":
        return compound_value(c.fields)
    if c.kind == "whole":  # "all day" P1D
        return f"P1{_UNIT_CODE[c.fields['unit'].lower()]}"
    whole = 100 if c.fields["unit"].lower() == "century" else 10
    years = whole // (2 if c.fields["frac"].lower() == "half" else 4)
    if c.kind == "fraction":
        return f"P{years}Y"
    return str(pub.year - years) if pub else None


def compound_value(f: dict) -> str:
    """PT1H45M for "one hour and 45 minutes", P2Y3M for "two years and three months", P1DT12H."""
    parts = []
    for num, unit in ((f["num"], f["unit"].lower()), (f["num2"], f["unit2"].lower())):
        n = number_value(num)
        parts.append((unit in ("hour", "minute", "second"), f"{n}{_UNIT_CODE[unit]}"))
    date = "".join(p for clock, p in parts if not clock)
    clock = "".join(p for clock, p in parts if clock)
    return f"P{date}" + (f"T{clock}" if clock else "")

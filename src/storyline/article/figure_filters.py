"""Numbers that are not figures: dates, years, clock times, ordinals, phone numbers, names.

``non_figure(text, start, end, value, kind, doc)`` returns a reason code (``"date"``, ``"year"``,
``"time"``, ``"ordinal"``, ``"phone"``, ``"vague"``, ``"name"``, ``"score"``, ``"uncertainty"``,
``"pronoun"``, ``"anaphoric"``) or None when the number at ``text[start:end]`` may be a figure.
``text_reason`` judges the characters around a number (before ranges are joined), ``context_reason``
the parse. Rules:

- time: "07:30", "2 pm", "11 a.m.", "17:22 GMT", "1:36.6" (digits joined by a colon).
- date: a number beside a month name ("March 29", "29 March", "Aug. 14", "June 2, 1609", "Sept. 20-24"),
  numeric dates ("12/05/2023", "9/11", "24/7"), year spans ("2013-14"), decades ("1960s", "'90s").
- ordinal: "21st", "2nd", "3rd", "4th" (spelled ordinals are never read as numbers).
- year: a four-digit integer 1800-2100 written without a comma, with no currency or unit, unless a
  plural common noun follows without a determiner ("2000 soldiers", but "its 2003 results", and
  "between 2000 and 2008 tensions rose"); 1000-1799
  only after a temporal preposition ("between 1600 and 1900"); anything after "AD"/"BC".
Ages ("aged 45", "45-year-old", "Smith, 45,") are figures (``figure_ages``).
- score: "2-0", "89-89", "1-for-7" (but a split of votes or seats is two counts: "split 51-49", "a 5-4
  ruling"); uncertainty: the "0.01" of "2,000.45±0.01".
- phone: the number sits in a phone-shaped run ("+44 20 7946 0958", "555-123-4567").
- name: digits glued to letters ("G7", "COVID-19", "S23", "5G", but not "sub-7" or "minus-5"), "-like"
  compounds ("1776-like"), identifiers ("ISO 3888-2"), a number without a written unit after a capitalised
  word ("Boeing 737", "Section 230", "iPhone 11", "Game 2") or inside a name entity, and capitalised word
  numbers in names ("Kick Six", "BBC One", "Seven Days").
- pronoun: "one" that counts no noun ("one of", "no one", "one another", "one on one"), or that is a
  determiner before its noun ("one study found", "with one notable exception"; ``figure_one``).
- name: a spelled number inside a hyphenated word that is no measure ("high-five", "one-off").
- vague: a spelled "zero" with neither a unit nor a plural noun after it ("zero risk", "paid zero in
  tax"; but "zero deaths", "zero percent", "absolute zero").
- anaphoric: a spelled number up to ten after "the", "these", "those" or "both" ("the two sides"): it refers
  back to a known group rather than stating a count.
Vague plurals ("hundreds", "dozens", "tens of thousands") are never read as numbers at all.
"""
from __future__ import annotations

import re

from storyline.article.figure_one import determiner_one
from storyline.article.figure_references import reference_reason
from storyline.article.figure_units import CURRENCY_PREFIX, unit_after

MONTHS = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?"
)
_TIME_AFTER = re.compile(
    r"^(?::\d|:\s\d\d\b|\s?(?:a\.m\.|p\.m\.|am\b|pm\b|AM\b|PM\b|GMT|BST|CET|UTC|EST|EDT|PST|o'clock|hrs\s+GMT))"
)
_TIME_BEFORE = re.compile(r"\d:\s?$")
_MONTH_BEFORE = re.compile(MONTHS + r"\s+(?:the\s+)?(?:\d{1,2}[-–])?$")
# the second day of a range after a month: "Sept. 19 to 22", "May 3 through 9th"
_MONTH_RANGE_BEFORE = re.compile(MONTHS + r"\s+(\d{1,2})(?:st|nd|rd|th)?\s+(?:to|through|until|thru)\s+$")
_MONTH_AFTER = re.compile(r"^(?:st|nd|rd|th)?(?:\s+of)?\s+" + MONTHS + r"(?!\w)")
_MONTH_YEAR_BEFORE = re.compile(MONTHS + r"\s+(?:of\s+)?(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?$")
_NUMERIC_DATE = re.compile(r"\d{1,4}[/.\-]\d{1,2}[/.\-]\d{2,4}|\d{1,2} / \d{1,2} / \d{2,4}")
_YEAR_SPAN = re.compile(r"^[-–/]\d{2}(?!\d)")
_ORDINAL_AFTER = re.compile(r"^(?:st|nd|rd|th)\b", re.IGNORECASE)
_DECADE_AFTER = re.compile(r"^['’]?s\b")
_PHONE = re.compile(r"(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,5}\)[\s.-]?)?\d{2,5}(?:[\s.-]\d{1,5}){1,4}")
_ONE_IDIOMS = re.compile(
    r"^(?:\s+of\b|\s+another\b|\s+on\s+one\b|-on-one\b|\s+by\s+one\b|\s+or\s+(?:the\s+)?other\b|\s+day\b)",
    re.IGNORECASE,
)
_ONE_BEFORE = re.compile(
    r"\b(?:no|any|every|each|this|that|the|which|someone|such|another)\s+$", re.IGNORECASE
)
_ANAPHORIC_BEFORE = re.compile(r"\b(?:the|these|those|both|all)\s+$", re.IGNORECASE)
_YEAR_RANGE_BEFORE = re.compile(r"\b(?:between|from)\s+(?:1[89]|20)\d\d\s+(?:and|to|until|through)\s+$",
                                re.IGNORECASE)
_TALLY_BEFORE = re.compile(r"\b(?:split|divided|voted|vote\s+of|votes?\s+was|margin\s+of)\s+(?:\d+[-–])?$",
                           re.IGNORECASE)
_TALLY_AFTER = re.compile(r"^(?:[-–]\d+)?\s+(?:majority|split|vote|votes|decision|ruling|margin)\b",
                          re.IGNORECASE)
_DEGREE_PREFIX = re.compile(r"(?:^|[^a-z])(?:sub|under|over|near|top|minus|plus)-$", re.IGNORECASE)
_PERIOD_WORDS = {"second", "minute", "hour", "day", "night", "week", "month", "year", "decade", "century",
                 "season", "term", "game", "match", "round", "stage", "seat", "vote", "point", "goal", "run"}
_WORD_TEN = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"}
NAME_LABELS = {"ORG", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "FAC", "PERSON"}


def _is_time(text: str, start: int, end: int) -> bool:
    return bool(_TIME_AFTER.match(text[end:end + 8]) or _TIME_BEFORE.search(text[max(0, start - 2):start]))


def _is_date(text: str, start: int, end: int) -> bool:
    before, after = text[max(0, start - 20):start], text[end:end + 20]
    is_year_like = bool(re.fullmatch(r"1[89]\d\d|20\d\d", text[start:end]))
    if _MONTH_BEFORE.search(before) or _MONTH_AFTER.match(after):
        return True
    if _MONTH_YEAR_BEFORE.search(before) and (is_year_like or re.fullmatch(r"\d{1,2}", text[start:end])
                                              and not re.search(r"\d,?\s+$", before)):
        return True  # "June 2, 1609", "May 2018", "March 29"; not the 40 of "On May 3, 40 people"
    day_range = _MONTH_RANGE_BEFORE.search(text[max(0, start - 24):start])
    if day_range and re.fullmatch(r"\d{1,2}", text[start:end]) \
            and int(day_range.group(1)) < int(text[start:end]) <= 31 and not unit_after(text, end):
        return True
    slash = re.fullmatch(r"(\d+)[/⁄](\d+)", text[start:end])
    if slash and max(int(slash.group(1)), int(slash.group(2))) <= 31 and not unit_after(text, end) \
            and not re.match(r"\s+of\b", after):
        return True  # "9/11", "24/7", but "1/4 inch", "two 1/3 of"
    if slash and _year_pair(int(slash.group(1)), slash.group(2)):
        return True  # a fiscal year or season, "2006/07", "1999/2000"
    if is_year_like and _YEAR_SPAN.match(after) or re.search(r"(?:19|20)\d\d[-–/]$", before) and \
            re.fullmatch(r"\d\d", text[start:end]):
        return True
    if _DECADE_AFTER.match(after) or (before.endswith("'") and len(text[start:end]) == 2):
        return True
    lo = max(0, start - 10)
    return any(m.start() <= start - lo < m.end() for m in _NUMERIC_DATE.finditer(text[lo:end + 10]))


def _year_pair(first: int, second: str) -> bool:
    """Is ``first/second`` a year and the next one ("2006/07", "1999/2000", "2009/10")?"""
    if not 1800 <= first <= 2100:
        return False
    nxt = first + 1
    return int(second) == (nxt % 100 if len(second) == 2 else nxt)


def _is_year(text: str, start: int, end: int, value: float, next_tag: str) -> bool:
    """A year: 1800-2100 without a comma; 1000-1799 only after a temporal preposition or "AD"."""
    surface = text[start:end]
    before = text[max(0, start - 10):start]
    if re.search(r"\b(?:AD|A\.D\.|BC|B\.C\.)\s*$", before):
        return True
    if not re.fullmatch(r"\d{4}", surface) or not 1000 <= value <= 2100:
        return False
    if value < 1800 and not re.search(r"\b(?:in|since|between|from|until|till|by|of|and|to)\s+$", before):
        return False
    if _YEAR_RANGE_BEFORE.search(text[max(0, start - 30):start]):
        return True  # "between 2000 and 2008 tensions rose": the end of a span of years
    if next_tag == "NNS" and not re.search(r"(?:\b(?:the|its|their|his|her|our|this|last|next)|'s|’s)\s+$",
                                           before, re.IGNORECASE):
        return False  # "2000 soldiers", but "its 2003 results" is a year
    return not re.match(r"\s*(?:[$€£%]|per\s?cent|percent)", text[end:end + 10])


def _is_phone(text: str, start: int, end: int) -> bool:
    """Inside a phone-shaped run: 8+ digits in groups, or a leading "+" or "(area)"; or a dialling
    code, four digits or more with a leading zero ("0845")."""
    if re.fullmatch(r"0\d{3,}", text[start:end]):
        return True
    window_start = max(0, start - 20)
    for m in _PHONE.finditer(text[window_start:end + 20]):
        s, e = m.start() + window_start, m.end() + window_start
        if not (s <= start and end <= e):
            continue
        groups = re.split(r"[\s.()+-]+", m.group().strip("+( "))
        if sum(len(g) for g in groups) >= 8 and (len(groups) >= 3 or m.group()[0] in "+("):
            return True
    return False


def _is_glued_name(text: str, start: int, end: int, unit_follows: bool) -> bool:
    """Digits glued to letters: "G7", "COVID-19", "S23", "5G", "XC40"."""
    before = text[max(0, start - 6):start]
    if re.search(r"(?:^|[^a-z])(?:sub|minus|plus|over|under|near|top)-$", before, re.IGNORECASE):
        return False  # "sub-7 nanometre", "minus-5 yards"
    if before[-1:].isalpha() or before[-1:] in ("_", "@", "#") or (
            before[-1:] == "-" and before[-2:-1].isalpha()):
        return True
    if re.search(r"\d{4}[-–]$", before):
        return True  # "ISO 3888-2"
    after = text[end:end + 1]
    return after.isalpha() and not unit_follows


def _is_capitalised_name(doc, span, counts_noun: bool, kind: str, unit_follows: bool) -> bool:
    """A number inside a name: "Boeing 737", "Section 230", "iPhone 14 Pro", "787 Dreamliner", "BBC One"."""
    first, last = span[0], span[-1]
    prev = doc[first.i - 1] if first.i > span.sent.start else None
    nxt = doc[last.i + 1] if last.i + 1 < span.sent.end else None
    prev_cap = prev is not None and _capitalised(prev)
    if kind != "digits":
        next_cap = nxt is not None and nxt.text[:1].isupper() and nxt.pos_ in ("PROPN", "NOUN")
        return first.text[:1].isupper() and (prev_cap or next_cap and not first.is_sent_start)  # "Kick Six"
    if unit_follows:
        return False  # "MacBook Pro 16 inch", "Dow +0.2%": a written unit makes it a measurement
    if counts_noun and re.fullmatch(r"\d+\.\d+", span.text) and nxt is not None and nxt.tag_ == "NNS":
        return False  # "HuffPollster 4.3 points": a decimal counting a plural is no model number
    in_name = any(t.ent_type_ in NAME_LABELS for t in span)
    inside = prev is not None and prev.ent_type_ == first.ent_type_ and first.ent_iob_ == "I"
    if in_name and (not counts_noun or inside):
        return True
    next_name = nxt is not None and nxt.pos_ == "PROPN" and nxt.text[:1].isupper() and first.text.isdigit() \
        and not (
        nxt.i + 1 < len(doc) and doc[nxt.i + 1].pos_ == "NOUN")
    if prev_cap:
        return True
    return next_name and not counts_noun


def _capitalised(tok) -> bool:
    """A capitalised word that can start a name (not sentence-initial, not a month or a hedge)."""
    if tok.is_sent_start or tok.is_punct or not any(c.isupper() for c in tok.text):
        return False
    if re.fullmatch(MONTHS, tok.text) or tok.text in CURRENCY_PREFIX:
        return False
    return tok.pos_ in ("PROPN", "NOUN", "X") or tok.text[:1].isupper() and tok.pos_ != "DET"


def text_reason(text: str, start: int, end: int, value: float, kind: str, doc, *,
                currency: bool = False) -> str | None:
    """Why the number at ``text[start:end]`` is not a figure, judged from the characters around it
    (time, ordinal, date, year, phone, glued name, score, and the references of ``figure_references``:
    footnote, citation, label); None when it may be one."""
    if kind != "digits":
        return None
    span = doc.char_span(start, end, alignment_mode="expand") if doc is not None else None
    next_tag = doc[span.end].tag_ if span is not None and span.end < len(doc) else ""
    checks = (
        ("time", lambda: _is_time(text, start, end)),
        ("ordinal", lambda: bool(_ORDINAL_AFTER.match(text[end:end + 3]))),
        ("date", lambda: _is_date(text, start, end)),
        ("year", lambda: not currency and _is_year(text, start, end, value, next_tag)),
        ("phone", lambda: _is_phone(text, start, end)),
        ("name", lambda: not currency and _is_glued_name(text, start, end, bool(unit_after(text, end)))),
        ("score", lambda: _is_score(text, start, end) and not _is_tally(text, start, end)
                  or bool(re.match(r"-for-\d", text[end:end + 6]))
                  or bool(re.search(r"\d-for-$", text[max(0, start - 6):start]))),
        ("name", lambda: bool(re.match(r"-(?:like|style|era|esque|type|class)\b", text[end:end + 8]))),
        ("uncertainty", lambda: bool(re.search(r"(?:±|\+/-|\+-)\s*$", text[max(0, start - 4):start]))),
    )
    for reason, check in checks:
        if check():
            return reason
    if currency:
        return None
    return reference_reason(text, start, end, value, unit_follows=bool(unit_after(text, end)))


def context_reason(text: str, start: int, end: int, kind: str, doc, *, counts_noun: bool = False,
                   unit_follows: bool = False) -> str | None:
    """Why a number is not a figure, judged from the parse around it (name inside a capitalised run,
    pronoun "one", anaphoric "the two"); None when it may be one."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    if _is_capitalised_name(doc, span, counts_noun, kind, unit_follows):
        return "name"
    if text[start:end].lower() == "zero" and not unit_follows and not _before_plural(doc, span) \
            and not re.search(r"\babsolute\s+$", text[max(0, start - 10):start], re.IGNORECASE):
        return "vague"  # "zero risk", "paid zero in tax"; but "zero deaths", "zero percent"
    one = text[start:end].lower() == "one" and not unit_follows
    if one and (not counts_noun or determiner_one(span[-1])):
        return "pronoun"  # "one of them", "no one"; a determiner: "one study found", "one notable exception"
    if kind != "digits" and _in_compound(text, start, end, unit_follows):
        return "name"
    return _word_reason(text, start, end)


def _before_plural(doc, span) -> bool:
    """Is the token after ``span`` (or after one describing word) a plural noun: "zero new cases"?"""
    for i in (span.end, span.end + 1):
        if i < len(doc) and doc[i].tag_ in ("NNS", "NNPS"):
            return True
        if i >= len(doc) or doc[i].pos_ != "ADJ":
            return False
    return False


def _in_compound(text: str, start: int, end: int, unit_follows: bool) -> bool:
    """A spelled number inside a hyphenated word that is no measure: "high-five", "one-off", "one-sided"
    (but "one-year", "four-way", "twenty-one")."""
    before = text[max(0, start - 8):start]
    if re.search(r"[A-Za-z]-$", before) and not _DEGREE_PREFIX.search(before):
        return True  # "high-five", but "sub-eight seconds"
    if text[start:end].lower() != "one" or unit_follows or not re.match(r"-[a-z]", text[end:end + 2]):
        return False
    word = re.match(r"-([a-z]+)", text[end:end + 16]).group(1)
    return word != "on" and word.removesuffix("s") not in _PERIOD_WORDS


def non_figure(text: str, start: int, end: int, value: float, kind: str, doc, *,
               unit_follows: bool = False, counts_noun: bool = False, currency: bool = False) -> str | None:
    """Why the number at ``text[start:end]`` is not a figure, or None when it may be one."""
    return text_reason(text, start, end, value, kind, doc, currency=currency) or context_reason(
        text, start, end, kind, doc, counts_noun=counts_noun, unit_follows=unit_follows)


def _is_score(text: str, start: int, end: int) -> bool:
    """A score or tally "2-0", "3-1", "2-2": small integers joined by a hyphen, not rising."""
    m = re.match(r"[-–](\d{1,3})(?!\d|[.,]\d|%)", text[end:end + 6])
    first = text[start:end]
    if m and first.isdigit() and int(first) >= int(m.group(1)) and not text[end + m.end():].startswith("-"):
        return True
    m = re.search(r"(?<![\d.,])(\d{1,3})[-–]$", text[max(0, start - 5):start])
    return bool(m and text[start:end].isdigit() and int(m.group(1)) >= int(text[start:end])
                and not re.match(r"[%a-zA-Z]", text[end:end + 1]))


def _is_tally(text: str, start: int, end: int) -> bool:
    """A split of votes or seats ("split 51-49", "a 5-4 majority", "voted 52-48"): two counts, no score."""
    before, after = text[max(0, start - 30):start], text[end:end + 30]
    return bool(_TALLY_BEFORE.search(before) or _TALLY_AFTER.match(after))


def _word_reason(text: str, start: int, end: int) -> str | None:
    surface = text[start:end].lower()
    before = text[max(0, start - 12):start]
    if surface == "one" and (_ONE_IDIOMS.match(text[end:end + 16]) or _ONE_BEFORE.search(before)
                             or re.search(r"\bone[\s-]+on[\s-]+$", before, re.IGNORECASE)):
        return "pronoun"
    if surface == "zero" and text[end:end + 1] in "-‐":
        return "name"  # "zero-tolerance policies", "a zero-sum game": an adjective, not a count
    if surface in _WORD_TEN and _ANAPHORIC_BEFORE.search(before) and text[end:end + 1] != "-":
        return "anaphoric"
    if surface.startswith("a ") and re.match(r"a\s+(third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)",
                                             surface) and not re.match(r"\s+of\b", text[end:end + 4]):
        return "ordinal"
    return None

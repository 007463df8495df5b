"""Matches that look like dates but are not: names, quantities, stretches of time.

"Black Monday", "the Sunday Times", "coach Mike Friday", "the Russell 2000 Index", "2000 soldiers",
"in the last year" (twelve months up to now). Each check reads the text and, when given, the parse."""
from __future__ import annotations

import re

from storyline.article.timex_patterns import MONTHS, Candidate

QUANTITY_CUES = {"about", "some", "nearly", "over", "than", "around", "$", "approximately"}
_PREV_WORD = re.compile(r"([A-Za-z]+)[\s-]+$")


def is_duration(c: Candidate, text: str) -> bool:
    """"in the last year", "over the past month": a stretch of time up to now, not a calendar unit."""
    if c.kind != "relunit" or c.fields.get("pre") or c.fields["rel"].lower() != "last":
        return False
    return bool(re.search(r"\bthe[ \t]+$", text[max(0, c.start - 6):c.start], re.I))


def is_quantity_year(c: Candidate, doc) -> bool:
    """A bare four-digit number counting things ("2000 soldiers"), not a year."""
    if c.kind != "year" or doc is None:
        return False
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    if span is None:
        return False
    nxt = doc[span.end] if span.end < len(doc) else None
    prev = doc[span.start - 1] if span.start > 0 else None
    if nxt is not None and nxt.tag_ == "NNS" and (prev is None or prev.pos_ not in ("DET", "PRON", "ADP")):
        return True
    return prev is not None and prev.lower_ in QUANTITY_CUES


# "Black Monday", "Super Tuesday", "Good Friday": named days, not the weekday before publication
NAMED_DAY_MODIFIERS = {"black", "good", "super", "ash", "easter", "bloody", "cyber", "holy", "maundy",
                       "palm", "shrove", "blue", "giving", "manic", "fat"}


# "the Sunday Times", "Monday Night Football": a weekday naming a paper or a show
_NEWSPAPER = re.compile(r"\w+(?:['’]s)?[ \t]+(?:Times|Telegraph|Express|Mirror|Post|Herald|Mail|Sport|Star|"
                        r"Tribune|Observer|Independent|World|Night|Morning|Service)\b")
NAME_LABELS = {"PERSON", "ORG", "WORK_OF_ART", "FAC", "PRODUCT"}


def _after_person(c: Candidate, doc) -> bool:
    """A weekday glued to a lone first name ("Mike Friday"): a surname, not a day. After a full name
    ("sentenced Brian Nichols Saturday", "arrested John Smith Monday") it is the day, in news style."""
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    if span is None or span.start == 0:
        return False
    prev = doc[span.start - 1]
    return (prev.ent_type_ == "PERSON" and prev.ent_iob_ == "B" and prev.tag_ == "NNP"
            and prev.idx + len(prev) + 1 == c.start)


def is_name_part(c: Candidate, text: str, doc) -> bool:
    """A weekday or year inside a name ("Black Monday", "Russell 2000 Index"), not a date."""
    if c.kind == "weekday":
        m = _PREV_WORD.search(text[max(0, c.start - 20):c.start])
        if m and m.group(1).lower() in NAMED_DAY_MODIFIERS or _NEWSPAPER.search(text, c.start, c.end + 14):
            return True
        if re.search(r"\b(?:Mail|Independent|Observer)[ \t]+on[ \t]+$", text[max(0, c.start - 20):c.start]):
            return True
    if c.kind in ("weekday", "month") and doc is not None:  # "coach Mike Friday", "April Ryan"
        return any(e.label_ in NAME_LABELS and e.start_char <= c.start and c.end <= e.end_char
                   and e.end_char - e.start_char > c.end - c.start for e in doc.ents) or _after_person(c, doc)
    if c.kind != "year" or doc is None:
        return False
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    if span is None or span.start == 0:
        return False
    prev, nxt = doc[span.start - 1], doc[span.end] if span.end < len(doc) else None
    inside = nxt is not None and nxt.tag_ == "NNP" and nxt.text[:1].isupper()  # "Russell 2000 Index"
    return (inside and prev.tag_ == "NNP" and prev.text[:1].isupper() and not prev.is_sent_start
            and prev.lower_.rstrip(".") not in MONTHS)


def not_a_date(c: Candidate, text: str, doc) -> bool:
    """True when the match is a name part, a quantity or a duration rather than a date."""
    return is_quantity_year(c, doc) or is_name_part(c, text, doc) or is_duration(c, text)

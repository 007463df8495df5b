"""Ages of people as figures: "aged 45", "a 40-year-old man", "29 years old", "Smith, 45,", "aged 11 to 16".

An age counts years (or the "months", "weeks", "days" written with it), so it is a figure like any other
count: ``value`` is the age, ``unit`` "year" (or the written unit), ``measure`` "age", and for an age in
apposition to a name ("Maria Lopez, 45, said") ``subject`` is that name. The span takes in the words
that make it an age: "aged 45", "40-year-old", "29 years old". A person's age is at most 130: "a
300,000 year-old skull" is a duration, measured as one.

``is_age(text, start, end, doc, tok)`` tells whether the number at ``text[start:end]`` is an age;
``age_span(text, start, end)`` widens a figure's offsets over "aged" and "-year-old"; ``age_unit`` and
``apposed_person`` give the unit and the person.
"""
from __future__ import annotations

import re

from storyline.article.numbers import parse_number

_AGED = r"\b(?:aged?|ages)\s+(?:of\s+)?(?:between\s+)?$"  # "aged", "aged between" just before the number
AGE_BEFORE = re.compile(_AGED + r"|,\s+(?:then|now)\s+$", re.IGNORECASE)
AGE_AFTER = re.compile(r"^[\s-](years?|months?|weeks?|days?)[\s-](?:olds?|of age)\b", re.IGNORECASE)
# the first of two ages that share "years old": "27 and 29 years old"
_PAIR_AFTER = re.compile(r"^,?\s+(?:and|or)\s+\d{1,3}[\s-](?:years?|months?)[\s-]olds?\b", re.IGNORECASE)
_AGED_WORD = re.compile(_AGED, re.IGNORECASE)
MAX_AGE = 130


def is_age(text: str, start: int, end: int, doc, tok) -> bool:
    """Is the number at ``text[start:end]`` (first token ``tok`` of ``doc``) a person's age?"""
    value = parse_number(text[start:end])
    if value is None or value > MAX_AGE or value != int(value):
        return False  # "a 300,000 year-old skull" is no person's age
    after = text[end:end + 30]
    if AGE_BEFORE.search(text[max(0, start - 20):start]) or AGE_AFTER.match(after) \
            or _PAIR_AFTER.match(after):
        return True
    return apposed_person(doc, tok) is not None


def apposed_person(doc, tok):
    """The name a bare number is set beside, "Smith, 45," or "Jane Doe (29)": its last token, or None."""
    if tok is None or tok.i < 2 or tok.i + 1 >= len(doc) or not tok.like_num:
        return None
    prev2, prev1, following = doc[tok.i - 2], doc[tok.i - 1], doc[tok.i + 1]
    person = prev2.ent_type_ == "PERSON" or prev2.pos_ == "PROPN"
    if prev1.text == "," and person and following.text in (",", ")"):
        return prev2
    if prev1.text == "(" and prev2.ent_type_ == "PERSON" and following.text == ")":
        return prev2
    return None


def person_name(doc, tok) -> str | None:
    """The whole name ending at ``tok`` (its PERSON entity, else the run of proper nouns)."""
    if tok.ent_type_ == "PERSON":
        for ent in doc.ents:
            if ent.start <= tok.i < ent.end:
                return ent.text
    first = tok
    while first.i > 0 and doc[first.i - 1].pos_ == "PROPN" and not doc[first.i - 1].is_sent_start:
        first = doc[first.i - 1]
    return doc[first.i:tok.i + 1].text if tok.pos_ == "PROPN" else None


def age_unit(text: str, end: int) -> str:
    """The unit of an age ending at ``end``: "month" for "3-month-old", else "year"."""
    m = AGE_AFTER.match(text[end:end + 16])
    return m.group(1).lower().removesuffix("s") if m else "year"


def age_span(text: str, start: int, end: int, num_end: int) -> tuple[int, int]:
    """``start``/``end`` widened over a preceding "aged"/"age" and a following "-year-old", "years old"
    (``num_end``: the end of the last number)."""
    m = _AGED_WORD.search(text[max(0, start - 20):start])
    if m:
        start = max(0, start - 20) + m.start()
    after = AGE_AFTER.match(text[num_end:num_end + 16])
    if after:
        end = max(end, num_end + after.end())
    return start, end

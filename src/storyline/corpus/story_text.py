"""Sentence clean-up for story leads and titles: no datelines, agency tags, transcript labels or captions.

- ``strip_prefix``: a sentence without its leading dateline and agency tag ("SALT LAKE CITY (AP) —",
  "(CNN)", "LONDON (Reuters) -"), or transcript speaker label ("TRUMP:", "Q:").
- ``caption_like``: a sentence shaped like a photo caption (an agency credit in brackets, a
  "FILE -"/"In this ... photo" opening, a full weekday date at its end, "(L)"/"left" position notes
  next to names), which says nothing about what happened.
"""
from __future__ import annotations

import re

from storyline.article.furniture import WEEKDAY_DATE_END, caption_or_credit

_AGENCY = r"(AP|AFP|CNN|Reuters|UPI|PA|dpa|EFE|ANSA|Xinhua|TASS|BBC|NBC|CBS|ABC|Fox News|Bloomberg)"
# "SALT LAKE CITY (AP) —", "WASHINGTON, D.C. (Reuters) -", "(CNN)", "LONDON —"
_DATELINE = re.compile(
    rf"\s*((?:(?!(?:The|A|An|In|On|At|As|But|And)\b)[A-Z][A-Za-z.'’-]*,?\s+){{0,5}}\(\s*{_AGENCY}(?:\s*/[^()]*)?\s*\)\s*[—–-]*\s*"
    r"|[A-Z][A-Z.'’-]+(?:[ ,]+[A-Z][A-Za-z.'’-]+){0,4}\s+[—–]\s+)"
)
# an upper-case transcript label: "TRUMP:", "Q:", "MR. SANGER:" (not a headline's "BREAKING:")
_LABEL = re.compile(r"\s*(?:[A-Z]{1,4}\.?\s)?[A-Z][A-Z'’-]{0,24}:\s+(?=[A-Z\"“'‘])")


def prefix_end(line: str) -> int:
    """Where ``line`` starts after a leading dateline/agency tag and transcript label (0 when none, or
    when nothing would be left)."""
    end = 0
    for pattern in (_DATELINE, _LABEL):
        match = pattern.match(line, end)
        if match and line[match.end():].strip():
            end = match.end()
    return end


def strip_prefix(sentence: str) -> str:
    """``sentence`` without a leading dateline/agency tag or transcript label (unchanged when it would
    leave nothing)."""
    return sentence[prefix_end(sentence):].strip()


def caption_like(sentence: str) -> bool:
    """The sentence reads like a photo caption rather than news text."""
    return caption_or_credit(sentence) or bool(WEEKDAY_DATE_END.search(sentence.strip()))

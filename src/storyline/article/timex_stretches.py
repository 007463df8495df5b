"""Typed TIMEX3 patterns for stretches and repetitions of news prose that the core list in
``timex_types`` leaves out (``find_typed`` runs them with the others; the longest match wins):

- ranges: "two to three weeks", "12-18 months", "one or two days" are one DURATION, valued at the
  lower bound (P2W), as TimeBank annotates "two to three weeks";
- a counted period named with its noun: "a three-year period", "the 90-day window" (P3Y, P90D),
  the whole phrase as in TimeBank ("a three-year period" P3Y);
- adverbs of frequency: "the board meets weekly" (P1W), "published daily" (P1D), "nightly"
  (XXXX-XX-XXTNI). The adjective ("a daily newspaper", "weekly magazine", "annual profits") is
  not tagged: TimeBank leaves it out, and in business news it mostly names a rate or a report."""
from __future__ import annotations

import re

from storyline.article.timex_lexicon import MODIFIER, NUMW, SP, UNIT

ADVERB_SETS = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "yearly": "P1Y", "hourly": "PT1H",
               "nightly": "XXXX-XX-XXTNI"}
_RANGE_NUM = rf"(?:\d+|{NUMW})"
_NOT_AMOUNT = r"(?<![\w$£€%,.])"
# what may follow an adverb of frequency: punctuation, or a word that cannot be its noun
_AFTER_ADVERB = (r"(?=[ \t]*(?:[.,;:!?)\"”’']|$)|[ \t]+(?:and|or|but|in|at|on|for|from|since|until|by|with|"
                 r"during|through|throughout|over|as|to|except|between|instead|rather|now|again)\b)")

STRETCH_PATTERNS: list[tuple[str, str, re.Pattern]] = [
    ("DURATION", "range", re.compile(
        rf"{_NOT_AMOUNT}(?:{MODIFIER})?(?P<num>{_RANGE_NUM})(?:{SP}(?:to|or)|[ \t]*[-–])[ \t]*{_RANGE_NUM}"
        rf"{SP}{UNIT}s\b(?!-|{SP}(?:old|older|younger|ago|later|earlier)\b)", re.I)),
    ("DURATION", "period", re.compile(
        rf"\b(?:(?:[Aa]n?|[Tt]he){SP})?(?P<num>\d+(?:\.\d+)?|{NUMW})-(?P<unit>second|minute|hour|day|week|"
        rf"month|year|decade)(?:-long)?{SP}(?:period|term|span|stretch|window|spell|interval)\b", re.I)),
    ("SET", "adverb", re.compile(rf"\b(?P<word>{'|'.join(ADVERB_SETS)})\b{_AFTER_ADVERB}")),
]
# words one of which a pattern needs (the pattern is not run on a text without any of them)
STRETCH_NEEDS = {"range": (" to ", " or ", "-", "–"),
                 "period": ("period", "term", "span", "stretch", "window", "spell", "interval"),
                 "adverb": tuple(ADVERB_SETS)}

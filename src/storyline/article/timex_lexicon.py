"""Words and regular-expression pieces shared by the typed TIMEX3 patterns (``timex_types``,
``timex_stretches``) and their values (``timex_values``): number words, duration units, the
modifiers TimeML keeps inside a span ("more than", "nearly"), parts of day and seasons, and
``number_value`` ("three" -> "3", "a few" -> "X")."""
from __future__ import annotations

import re

from storyline.article.numbers import SMALL, TENS

WORD_NUMBERS = SMALL | TENS | {"a": 1, "an": 1, "another": 1, "hundred": 100, "dozen": 12}
VAGUE = {"few", "several", "many", "some", "couple", "numerous", "recent"}

ONES = r"(?:one|two|three|four|five|six|seven|eight|nine)"
NUMW = (r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ]" + ONES + r")?|"
         + "|".join(sorted(set(WORD_NUMBERS) - set(TENS), key=len, reverse=True)) + r")")
NUM = (rf"(?P<num>(?:\d+|{NUMW})[ \t]+and[ \t]+a[ \t]+half|\d{{1,3}}(?:,\d{{3}})+|"
       r"\d+(?:[ \t]+1/2|½|-(?:plus|odd))|\d+(?:\.\d+)?|an?[ \t]+(?:dozen|hundred)|"
       rf"a[ \t]+(?:number|handful)[ \t]+of|{NUMW}|a[ \t]+few|"
       r"(?:a[ \t]+)?couple[ \t]+of|"
       r"(?:a[ \t]+)?half[ \t]+an?|several|many|some|few|numerous)")
UNITS = {"second": "TS", "minute": "TM", "hour": "TH", "day": "D", "week": "W", "fortnight": "2W",
         "month": "M", "year": "Y", "decade": "DE", "century": "CE", "centurie": "CE"}
UNIT = r"(?P<unit>second|minute|hour|day|week|fortnight|month|year|decade|centur(?:y|ie))"
MODIFIER = (r"(?:(?:(?:just|well|a[ \t]+little|slightly)[ \t]+(?=(?:over|under|more|less)\b))?"
            r"(?:(?:more|less|fewer)[ \t]+than|at[ \t]+least|nearly|almost|about|around|roughly|"
            r"approximately|some|(?:over|under)(?![ \t]+(?:many|several|some|a[ \t]+few|a[ \t]+couple)\b)|"
            r"up[ \t]+to|close[ \t]+to|(?:at[ \t]+least[ \t]+)?another|"
            r"an?[ \t]+(?:additional|extra|further|full)|"
            r"final|remaining|"
            r"the[ \t]+(?:past|last|next|first|coming|previous|following|final|remaining)))[ \t]+")
PART_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
PARTS = "|".join(PART_OF_DAY)  # morning|afternoon|evening|night
NOT_AMOUNT = r"(?<![\w$£€%,.])"  # not inside a number, an amount or a word
THE_QUARTER = "XXXX-QX"  # "the quarter": valued from the quarter named before it (timex_anchor)
SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
# spaces, or one line break of hard-wrapped text; possessive, so runs of spaces are never re-split
SP = r"(?:(?>[ \t\u00a0]+\n?|\n)[ \t\u00a0]*+)"


def number_value(raw: str | None) -> str:
    """"3", "three", "twenty-five", "a few" as the number of a TimeML duration ("X" when vague)."""
    if raw is None:
        return "1"
    raw = re.sub(r"-(?:plus|odd)$", "", raw.strip())  # "20-plus years", "40-odd years": at least the number
    half = re.search(r"(?:[- \t]+and[- \t]+a[- \t]+half|[ \t]+1/2|½)$", raw)
    if half:
        whole = number_value(raw[:half.start()])
        return "X" if whole == "X" else str(float(whole) + 0.5)
    words = re.split(r"[- \t]+", raw.lower().strip())
    if "couple" in words:
        return "2"  # "a couple of years" P2Y, as TimeML values it (approximately two)
    if any(w in VAGUE for w in words) or words[-1] == "of":
        return "X"
    if re.fullmatch(r"\d+(?:\.\d+)?", raw.strip()):
        value = float(raw)
        return str(int(value)) if value == int(value) else str(value)
    if words[-1] in ("a", "an") and "half" in words or words in (["a", "half"], ["an", "half"]):
        return "0.5"  # "half an hour", "a half hour"
    total = 0
    for w in words:
        if w in ("hundred", "dozen"):  # "a hundred", "two dozen"
            total = max(total, 1) * (100 if w == "hundred" else 12)
        elif w in WORD_NUMBERS:
            total += WORD_NUMBERS[w]
        else:
            return "X"
    return str(total)

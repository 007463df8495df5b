"""Find numbers in text, written in digits or words, and read their values.

``find_numbers(text)`` returns every number expression with its character span and value:
"43,000", "1.5 million", "$5bn"'s "5bn", "four", "twenty-one", "a hundred and two", "a dozen",
"two-thirds", "2 1/2", "½", "three and a half", "one 5th" (the speed: 0.2). It knows nothing about
what a number counts or whether it is a date: that is the figure stage's job (``storyline.article.figures``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

SMALL = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90,
}
SCALES = {
    "hundred": 100.0, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
}
# abbreviated scales written after digits: "5bn", "$2.174T", "0.5k", "1.2 mln"
SUFFIX_SCALES = {
    "k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "mil": 1e6, "million": 1e6, "b": 1e9, "bn": 1e9, "bln": 1e9,
    "billion": 1e9, "t": 1e12, "tn": 1e12, "trn": 1e12, "trillion": 1e12, "thousand": 1e3,
    "hundred": 100.0,
}
# denominators of spelled fractions: "two-thirds", "one sixth", "three quarters"
FRACTIONS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4,
    "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7,
    "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10,
}
VULGAR = {"½": 0.5, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 0.25, "¾": 0.75, "⅕": 0.2, "⅛": 0.125, "⅙": 1 / 6}

_WORD = "|".join(sorted(list(SMALL) + list(TENS), key=len, reverse=True))
_SCALE = "hundred|thousand|million|billion|trillion"
_FRAC = "|".join(sorted(FRACTIONS, key=len, reverse=True))
# units counted in halves: "half an hour", "half a mile", "half a percentage point"
_HALF_OF = "hour|day|week|month|year|minute|second|decade|century|mile|metre|meter|kilometre|kilometer|" \
    r"percentage\s+point|point|litre|liter|kilo|kilogram|pound|ton|tonne|gallon|cup|inch|foot"
_DIGITS = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"
_VULG = "[" + "".join(VULGAR) + "]"
# one spelled cardinal: "twenty-one", "a hundred and two", "three million, two hundred & forty"
_CARD_ATOM = rf"(?:(?:{_WORD})(?:-(?:{_WORD}))?|a(?=\s+(?:{_SCALE})))"
_CARD = (
    rf"{_CARD_ATOM}(?:\s+{_SCALE}s?\b)?"
    rf"(?:(?:,?\s+and\s+|\s+&\s+|,\s+(?=(?:{_WORD})\s+{_SCALE})|\s+)"
    rf"(?:{_WORD}|{_SCALE})(?:-(?:{_WORD}))?\b)*"
)
_SUFFIX = rf"(?:(?:\s*|-)(?:{_SCALE})\b|(?:k|mn|mln|mil|bn|bln|tn|trn|[mbMBT])\b)"
NUMBER_RE = re.compile(
    rf"""
    (?P<sci>(?<![\d.])\d+(?:\.\d+)?\s?[×x]\s?10\^?[-−]?\d+            # 1.99×10−30
      |(?<![\w.])-?\d+(?:\.\d+)?e[-−]?\d+\b)                           # 4e14
    | (?P<mixed>\d+\s+\d+/\d+|\d+{_VULG})                                  # 2 1/2, 2½
    | (?P<slash>(?<![\d/⁄])\d+[/⁄]\d+(?![\d/⁄]))                             # 1/4 (dates are filtered later)
    | (?P<vulgar>{_VULG})
    | (?P<digits>(?<![\d.,])(?:(?<![-−\w])[-−](?=[\d.]))?{_DIGITS}{_SUFFIX}?)
    | (?P<halfscale>\b(?:a\s+)?half[-\s]+(?:an?[-\s]+)?(?:{_SCALE})\b)     # half a million, a half-billion
    | (?P<halfa>\bhalf\s+an?(?=\s+(?:{_HALF_OF})\b))                       # half an hour
    | (?P<dozen>\b(?:a\s+)?half[-\s](?:a\s+)?dozen\b|\b(?:a|{_WORD})\s+dozen\b)  # a dozen, half a dozen
    | (?P<andhalf>\b(?:{_WORD}|a)[\s-]+and[\s-]+a[\s-]+half(?:\s+(?:{_SCALE})\b)?\b)  # two and a half
    | (?P<fraction>\b(?:{_WORD}|a)[-\s](?:{_FRAC})\b)                   # two-thirds, one sixth, a third
    | (?P<nth>\bone[-\s]\d{{1,3}}(?:st|nd|rd|th)(?=\s+(?:the|of)\b))         # one 15th the power
    | (?P<words>\b{_CARD}\b)
    """,
    re.IGNORECASE | re.VERBOSE,
)


@dataclass(frozen=True)
class NumberSpan:
    """A number expression: ``text[start:end]`` has value ``value``; ``kind`` tells how it was written."""

    start: int
    end: int
    value: float
    kind: str  # digits | words | fraction


def _words_value(text: str) -> float | None:
    """Value of a spelled cardinal ("a hundred and two", "twenty-one", "three million, two hundred")."""
    total, current, seen = 0.0, 0.0, False
    for word in re.findall(r"[a-z]+", text.lower()):
        if word in ("and", "a"):
            continue
        if word in SMALL or word in TENS:
            current += SMALL.get(word, TENS.get(word, 0))
        elif word.rstrip("s") in SCALES:
            scale = SCALES[word.rstrip("s")]
            if scale == 100:
                current = (current or 1.0) * scale
            else:
                total, current = total + (current or 1.0) * scale, 0.0
        else:
            return None
        seen = True
    return total + current if seen else None


def _digits_value(text: str) -> float | None:
    """Value of digits with an optional scale word or suffix: "43,000", "1.5 million", "5bn"."""
    m = re.match(rf"([-−]?{_DIGITS})[\s-]*([a-zA-Z]*)$", text.strip())
    if not m:
        return None
    base = float(m.group(1).replace(",", "").replace("−", "-"))
    suffix = m.group(2).lower()
    if not suffix:
        return base
    scale = SUFFIX_SCALES.get(suffix)
    return base * scale if scale else None


def _fraction_value(text: str) -> float | None:
    """Value of a spelled fraction: "two-thirds", "one sixth", "a quarter", "three and a half"."""
    words = re.findall(r"[a-z]+", text.lower())
    scale = SCALES.get(words[-1], 1.0)
    if scale != 1.0:
        words = words[:-1]  # "two and a half million"
    if words[-3:] == ["and", "a", "half"]:
        whole = 1.0 if words[0] == "a" else _words_value(words[0])
        return None if whole is None else (whole + 0.5) * scale
    num = 1.0 if words[0] in ("a", "one") else _words_value(" ".join(words[:-1]))
    den = FRACTIONS.get(words[-1])
    return None if num is None or not den else num / den


def _half_scale_value(text: str) -> float | None:
    """Half of a scale word: "half a million" -> 500,000, "a half-billion" -> 5e8."""
    scale = SCALES.get(re.findall(r"[a-z]+", text.lower())[-1])
    return None if scale is None else scale / 2


def _dozen_value(text: str) -> float | None:
    words = re.findall(r"[a-z]+", text.lower())
    if "half" in words:
        return 6.0
    n = 1.0 if words[0] == "a" else _words_value(words[0])
    return None if n is None else n * 12


def _mixed_value(text: str) -> float:
    for sym, val in VULGAR.items():
        if text.endswith(sym):
            return float(text[:-1]) + val
    whole, frac = text.split()
    num, den = frac.split("/")
    return float(whole) + float(num) / float(den)


def _value(kind: str, text: str) -> float | None:
    if kind == "digits":
        return _digits_value(text)
    if kind == "sci":
        mantissa, exponent = re.split(r"\s?[×x]\s?10\^?|e", text.replace("−", "-"), maxsplit=1)
        return float(mantissa) * 10 ** int(exponent)
    if kind == "mixed":
        return _mixed_value(text)
    if kind == "slash":
        num, den = text.replace("⁄", "/").split("/")
        return float(num) / float(den) if float(den) else None
    if kind == "vulgar":
        return VULGAR[text]
    if kind in ("fraction", "andhalf"):
        return _fraction_value(text)
    if kind == "dozen":
        return _dozen_value(text)
    if kind == "nth":
        return 1 / float(re.search(r"\d+", text).group())
    if kind == "halfa":
        return 0.5
    if kind == "halfscale":
        return _half_scale_value(text)
    return _words_value(text)


def parse_number(text: str) -> float | None:
    """The value of a whole number expression, or None when ``text`` is not one."""
    m = NUMBER_RE.fullmatch(text.strip())
    return _value(m.lastgroup, m.group(m.lastgroup)) if m else None


def _word_kind(word: str) -> str:
    """"scale" for hundred/thousand/..., "tens" for twenty..ninety, "unit" for one..nineteen, else "other"."""
    if word.rstrip("s") in SCALES:
        return "scale"
    return "tens" if word in TENS else "unit" if word in SMALL else "other"


def _joins(prev: str, joiner: str, word: str) -> bool:
    """May spelled number words ``prev`` and ``word`` be parts of one cardinal? "hundred and two",
    "twenty one", "two million" are; "six and eight", "two three", "thousand hundred" are not."""
    prev_kind, kind = _word_kind(prev.split("-")[-1]), _word_kind(word.split("-")[0])
    if prev_kind == "scale":
        return kind != "scale" or SCALES[word.rstrip("s")] > SCALES[prev.rstrip("s")]
    if re.search(r"and|&|,", joiner):
        return False  # "and" only follows a scale word: "a hundred and two", never "six and eight"
    if kind == "scale":
        return True
    return prev_kind == "tens" and "-" not in prev and kind == "unit" and 0 < SMALL[word] < 10


def _cardinal_parts(chunk: str) -> list[tuple[int, int]]:
    """Split a run of spelled number words into the cardinals it holds: "six and eight" -> six, eight."""
    words = list(re.finditer(r"\b(?!and\b)[A-Za-z]+(?:-[A-Za-z]+)?", chunk, re.IGNORECASE))
    parts, first = [], 0
    for k in range(1, len(words)):
        prev, word = words[k - 1], words[k]
        if not _joins(prev.group().lower(), chunk[prev.end():word.start()], word.group().lower()):
            parts.append((words[first].start(), prev.end()))
            first = k
    return parts + [(words[first].start(), words[-1].end())] if words else []


def _spans(m: re.Match) -> list[tuple[int, int, str]]:
    """(start, end, kind) of the number expressions in one regex match (a word run may hold several)."""
    kind = m.lastgroup or "words"
    if kind != "words":
        return [(m.start(), m.end(), kind)]
    return [(m.start() + s, m.start() + e, kind) for s, e in _cardinal_parts(m.group())]


def find_numbers(text: str) -> list[NumberSpan]:
    """Every number expression in ``text``, left to right, with its value."""
    out: list[NumberSpan] = []
    for m in NUMBER_RE.finditer(text):
        for start, end, kind in _spans(m):
            value = _value(kind, text[start:end])
            if value is None:
                continue
            label = "digits" if kind in ("digits", "mixed", "slash", "vulgar", "sci") else (
                "fraction" if kind in ("fraction", "andhalf", "nth") else "words")
            out.append(NumberSpan(start, end, value, label))
    return out

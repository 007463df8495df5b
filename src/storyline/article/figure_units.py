"""Units written next to a number: currency signs before it, unit words and abbreviations after it.

Counted nouns ("soldiers", "regions") are not here: the figure stage reads them from the parse.
This module knows the closed vocabulary that a parser tags poorly: "%", "per cent", "$", "US$", "£",
"km", "mph", "GB", "bn" etc. Canonical names are singular ("percent", "dollar", "kilometre").
"""
from __future__ import annotations

import re

# prefixes before a number: "$5", "US$1.5bn", "€10M", "£2,000", "HK$3"
CURRENCY_PREFIX = {
    "US$": "dollar", "US $": "dollar", "$US": "dollar", "USD": "dollar", "HK $": "hong kong dollar",
    "$": "dollar", "A$": "australian dollar", "AU$": "australian dollar",
    "$A": "australian dollar", "C$": "canadian dollar", "CA$": "canadian dollar", "HK$": "hong kong dollar",
    "NZ$": "new zealand dollar", "S$": "singapore dollar", "R$": "brazilian real", "€": "euro", "EUR": "euro",
    "£": "pound", "GBP": "pound", "¥": "yen", "₹": "rupee", "Rs": "rupee", "Rs.": "rupee", "₽": "rouble",
    "₴": "hryvnia", "₪": "shekel", "RM": "ringgit", "CHF": "swiss franc", "₩": "won",
    "AUD": "australian dollar", "CAD": "canadian dollar", "HKD": "hong kong dollar",
    "NZD": "new zealand dollar", "SGD": "singapore dollar",
    "JPY": "yen", "CNY": "yuan", "RMB": "yuan", "INR": "rupee", "RUB": "rouble", "UAH": "hryvnia",
    "ZAR": "rand", "NIS": "shekel", "S $": "singapore dollar",
}
# ISO codes written after a number: "110 JPY", "$1.1396 EUR"
CODE_SUFFIX = {code: unit for code, unit in CURRENCY_PREFIX.items() if len(code) == 3 and code.isalpha()}
# currency signs written after a number: "15€"
CURRENCY_SUFFIX = {"€": "euro", "$": "dollar", "£": "pound"}

# unit words after a number, case-insensitive; plural forms are folded by _singular
UNIT_WORDS = {
    "percent": "percent", "per cent": "percent", "percentage point": "percentage point",
    "percentage-point": "percentage point", "basis point": "basis point", "bps": "basis point",
    "dollar": "dollar", "us dollar": "dollar", "euro": "euro", "pound sterling": "pound", "pound": "pound",
    "yen": "yen", "yuan": "yuan", "renminbi": "yuan", "rupee": "rupee", "rouble": "rouble", "ruble": "rouble",
    "hryvnia": "hryvnia", "hryvnias": "hryvnia", "shekel": "shekel", "franc": "franc", "peso": "peso",
    "lira": "lira", "ringgit": "ringgit", "cent": "cent", "pence": "penny", "penny": "penny",
    "australian dollar": "australian dollar", "canadian dollar": "canadian dollar",
    "kilometre": "kilometre", "kilometer": "kilometre", "metre": "metre", "meter": "metre",
    "centimetre": "centimetre", "centimeter": "centimetre", "millimetre": "millimetre",
    "millimeter": "millimetre", "nanometre": "nanometre", "nanometer": "nanometre", "mile": "mile",
    "feet": "foot", "foot": "foot", "inch": "inch", "inches": "inch", "yard": "yard",
    "kilogram": "kilogram", "kilogramme": "kilogram", "gram": "gram", "gramme": "gram",
    "milligram": "milligram", "tonne": "tonne", "ton": "ton",
    "litre": "litre", "liter": "litre", "millilitre": "millilitre", "milliliter": "millilitre",
    "gallon": "gallon", "barrel": "barrel", "acre": "acre", "hectare": "hectare",
    "square metre": "square metre", "square meter": "square metre", "square foot": "square foot",
    "square feet": "square foot", "square mile": "square mile", "square kilometre": "square kilometre",
    "square kilometer": "square kilometre", "cubic metre": "cubic metre",
    "cubic kilometre": "cubic kilometre", "cubic kilometer": "cubic kilometre",
    "miles per hour": "mile per hour", "miles an hour": "mile per hour",
    "kilometres per hour": "kilometre per hour", "kilometers per hour": "kilometre per hour",
    "miles per gallon": "mile per gallon", "horsepower": "horsepower", "degrees celsius": "celsius",
    "degree celsius": "celsius", "degrees fahrenheit": "fahrenheit", "degree fahrenheit": "fahrenheit",
    "degree": "degree", "celsius": "celsius", "fahrenheit": "fahrenheit",
    "watt": "watt", "kilowatt": "kilowatt", "megawatt": "megawatt", "gigawatt": "gigawatt",
    "kilowatt hour": "kilowatt hour", "kilowatt-hour": "kilowatt hour", "megawatt hour": "megawatt hour",
    "gigabyte": "gigabyte", "megabyte": "megabyte", "terabyte": "terabyte", "exabyte": "exabyte",
    "hertz": "hertz", "gigahertz": "gigahertz", "megahertz": "megahertz", "calorie": "calorie",
}
# abbreviations after a number, case-sensitive: "4,000 km", "10kg", "256GB", "74 mph", "30 °C"
UNIT_ABBREVIATIONS = {
    "%": "percent", "pc": "percent", "pct": "percent", "km": "kilometre", "cm": "centimetre",
    "mm": "millimetre", "nm": "nanometre", "ng": "nanogram", "µg": "microgram", "μg": "microgram",
    "mcg": "microgram", "μm": "micrometre", "mi": "mile", "ft": "foot", "yd": "yard",
    "kg": "kilogram", "kgs": "kilogram", "mg": "milligram", "lb": "pound-mass", "lbs": "pound-mass",
    "oz": "ounce",
    "t": "tonne", "mph": "mile per hour", "km/h": "kilometre per hour", "kph": "kilometre per hour",
    "kmh": "kilometre per hour", "mpg": "mile per gallon", "hp": "horsepower", "bhp": "horsepower",
    "HP": "horsepower", "GB": "gigabyte", "MB": "megabyte", "TB": "terabyte", "kW": "kilowatt",
    "MW": "megawatt", "GW": "gigawatt", "kWh": "kilowatt hour", "MWh": "megawatt hour", "Wh": "watt hour",
    "GWh": "gigawatt hour", "W": "watt", "Hz": "hertz", "MHz": "megahertz", "GHz": "gigahertz",
    "°C": "celsius", "°F": "fahrenheit", "ºC": "celsius", "ºF": "fahrenheit", "°": "degree",
    "ml": "millilitre", "mL": "millilitre", "L": "litre", "cl": "centilitre", "sq m": "square metre",
    "sqm": "square metre", "m2": "square metre", "km2": "square kilometre", "sq ft": "square foot",
    "sq mi": "square mile", "ppm": "part per million", "ppb": "part per billion",
    "rpm": "revolution per minute", "mAh": "milliampere hour", "eV": "electronvolt", "m": "metre",
    "hrs": "hour", "hr": "hour", "min": "minute", "mins": "minute", "sec": "second", "secs": "second",
    "yrs": "year", "kHz": "kilohertz", "Nm": "newton metre", "Mbps": "megabit per second",
    "mbps": "megabit per second", "Gbps": "gigabit per second", "lb-ft": "pound-foot", "PS": "horsepower",
    "degF": "fahrenheit", "degC": "celsius", "deg F": "fahrenheit", "deg C": "celsius", "deg": "degree",
    "bn": None, "mn": None,
}
# abbreviations also recognised in any letter case ("2.4Ghz", "74 MPH")
_CASELESS = {a.lower(): u for a, u in UNIT_ABBREVIATIONS.items()
             if u and len(a) >= 2 and a.isalpha()
             and a.lower() not in ("in", "pc", "mi", "sec", "min", "hr", "ps")}
# one-letter units read only when glued to the digits: "164p", "45g", "1.0l"
GLUED = {"p": "penny", "g": "gram", "l": "litre", "C": "celsius", "F": "fahrenheit"}


def _plural_forms(word: str) -> list[str]:
    """The written forms of a unit word: itself and its regular plural."""
    last = word.split()[-1]
    if last.endswith(("s", "x")) or last in ("feet", "inches", "pence", "yen", "yuan", "horsepower"):
        return [word]
    plural = last[:-1] + "ies" if last.endswith("y") and last[-2:] != "ey" else last + "s"
    return [word, word[: len(word) - len(last)] + plural]


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_WORD_FORMS = {form: unit for word, unit in UNIT_WORDS.items() for form in _plural_forms(word)}
_WORDS_RE = re.compile(r"[\s-]?(" + _alternation(list(_WORD_FORMS)) + r")\b", re.IGNORECASE)
_ABBR_RE = re.compile(
    r" ?(" + _alternation([a for a, u in UNIT_ABBREVIATIONS.items() if u]) + r")(?![\w°])"
)
_INCH_RE = re.compile(r" in(?=\s*(?:[.,;)]|$|thick|long|wide|tall|high|deep))")
_CASELESS_RE = re.compile(r" ?(" + _alternation(list(_CASELESS)) + r")(?![\w°])", re.IGNORECASE)
_PREFIX_RE = re.compile(r"(" + _alternation(list(CURRENCY_PREFIX)) + r") ?$")


# units written only as the second half of a ratio: "km/h" is listed whole, "ng/ml" uses "ml"
PER_ONLY_UNITS = {"h": "hour", "s": "second", "d": "day", "dl": "decilitre", "dL": "decilitre", "l": "litre",
                  "m3": "cubic metre", "m³": "cubic metre"}
PER_ONLY = re.compile(r"(" + _alternation(list(PER_ONLY_UNITS)) + r")(?![\w°])")

_SPACED_DEGREES = re.compile(
    r" (C|F)(?=[.,;:!?)]|$|\s+(?:in|on|at|and|or|by|with|outside|inside|today|tonight|yesterday|overnight)"
    r"\b)")


def unit_after(text: str, pos: int) -> tuple[int, str] | None:
    """A unit written right after offset ``pos``: (end offset, canonical unit) or None. A ratio of
    abbreviations is one unit: "5 ng/ml" is "nanogram per millilitre"."""
    found = _single_unit(text, pos)
    if found is None or not text.startswith("/", found[0]):
        return found
    per = _ABBR_RE.match(text, found[0] + 1) or PER_ONLY.match(text, found[0] + 1)
    if per is None or per.group(1).startswith(" ") or text[found[0] + 1:found[0] + 2].isspace():
        return found
    second = UNIT_ABBREVIATIONS.get(per.group(1)) or PER_ONLY_UNITS[per.group(1)]
    return per.end(), f"{found[1]} per {second}"


def _single_unit(text: str, pos: int) -> tuple[int, str] | None:
    for regex in (_ABBR_RE, _WORDS_RE, _CASELESS_RE):
        m = regex.match(text, pos)
        if m:
            surface = m.group(1)
            unit = UNIT_ABBREVIATIONS.get(surface) or _WORD_FORMS.get(surface.lower()) or _CASELESS.get(
                surface.lower())
            if unit:
                return m.end(), unit
    glued = re.match(r"([a-zA-Z])(?![\w°])", text[pos:pos + 2])
    if glued and glued.group(1) in GLUED:
        return pos + 1, GLUED[glued.group(1)]
    spaced = _SPACED_DEGREES.match(text, pos)
    if spaced:  # "30 C outside", "a high of 86 F."
        return spaced.end(1), "celsius" if spaced.group(1)[-1] == "C" else "fahrenheit"
    code = re.match(r" ?([A-Z]{3})\b", text[pos:pos + 5])
    if code and code.group(1) in CODE_SUFFIX:
        return pos + len(code.group()), CODE_SUFFIX[code.group(1)]
    if _INCH_RE.match(text, pos):
        return pos + 3, "inch"
    if pos < len(text) and text[pos] in CURRENCY_SUFFIX:
        return pos + 1, CURRENCY_SUFFIX[text[pos]]
    return None


def currency_before(text: str, pos: int) -> tuple[int, str] | None:
    """A currency sign or code right before offset ``pos``: (start offset, unit) or None."""
    head = text[max(0, pos - 5):pos]
    m = _PREFIX_RE.search(head)
    if not m:
        return None
    start = pos - (len(head) - m.start())
    if start > 0 and (text[start - 1].isalnum() and m.group(1)[0].isalpha()):
        return None  # "ARM5" is not ringgit
    return start, CURRENCY_PREFIX[m.group(1)]

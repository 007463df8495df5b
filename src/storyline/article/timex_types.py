"""Surface patterns of the TIMEX3 expressions the calendar-date patterns (``timex_patterns``) leave out.

``find_typed(text)`` returns ``TypedCandidate`` records with their TimeML type (DATE, TIME,
DURATION, SET) and the fields read from the surface; ``timex_values`` turns them into TimeML
values against the publication date. What is matched:

- DURATION: "three years" P3Y, "a decade" P1DE, "24 hours" PT24H, "the past two weeks" P2W,
  "several months" PXM, "for years" PXY, "recent years" PXY, "the past day" P1D, "three-year"
  (adjective) P3Y, "month-long" P1M, "hours after ..." PTXH, "three days later" P3D ("later" is
  the signal, as TimeBank marks it), "every four years" (SET P4Y);
- SET: "every week" P1W, "each Thursday" XXXX-WXX-4, "each August" XXXX-08, "twice a year" P1Y,
  "four flights a week" (a rate: "a week") P1W, "on Mondays", "Monday evenings" XXXX-WXX-1TEV;
- TIME: "7:30 a.m." and "19:45 GMT" (Z), "noon", "Tuesday morning", "this afternoon", "tonight",
  "last night" (a part of day is TMO, TAF, TEV or TNI after the day);
- DATE that is not a calendar value: "now"/"currently"/"current" PRESENT_REF, "recently"/"recent"/
  "the past" PAST_REF, "soon"/"the future" FUTURE_REF, weeks ("last week" 2013-W11, "this weekend"
  2013-W12-WE), quarters ("the first quarter" 2013-Q1), halves (2013-H1), seasons ("this spring"
  2013-SP), fiscal years ("fiscal 2012" 2012, "the current fiscal year" 2013), "by year-end"
  (2013-12-31), decades ("the 1990s" 199), centuries (19), the
  unit before or after publication ("the past year" 2012, "the coming month" 2013-04), "two years
  later" (from the last year the text gave), "several years ago" PAST_REF, "this decade" 201,
  decade words ("the sixties" 196), years in words ("nineteen ninety-one");
- DATE with a calendar value that the brief's patterns leave out or cut short: holidays
  ("Christmas Eve", "Easter", "Labor Day", "Black Friday"), "the end of the year", "mid-March",
  "earlier today" (the day with its modifier; the brief keeps "today").

Spans follow TimeML: modifiers ("more than a month") and a leading "the" ("the first quarter")
are part of the expression; prepositions are not. Not tagged: "NOW" in capitals, ages ("45-year-
old", "three years old"), ordinals ("a second time"), adjectives like "daily" and "yearly".
Ranges, named periods, adverbs of frequency and "that day"-like references are in ``timex_stretches``."""
from __future__ import annotations

import re
import string
from dataclasses import dataclass, field

from storyline.article.timex_lexicon import (
    MODIFIER,
    NOT_AMOUNT,
    NUM,
    NUMW,
    PARTS,
    SEASONS,
    SP,
    UNIT,
    number_value,
)
from storyline.article.timex_patterns import MONTH, WEEKDAY, YEAR, match_fields, overlaps
from storyline.article.timex_stretches import STRETCH_NEEDS, STRETCH_PATTERNS, news_accept

OF_YEAR = rf"(?:{SP}(?:of{SP})?(?:fiscal{SP})?{YEAR})?"
ZONE = (r"(?:[ \t]*(?P<zone>UTC|GMT|Z|[ECMP][SD]?T|BST|CES?T|EES?T|MSK|IST|JST|KST|HKT|SGT|AE[SD]T|"
        r"local[ \t]+time)\b)?")
_MONTH = MONTH.replace("(?P<month>", "(?:")
_YEAR = r"(?:1[5-9]\d\d|20\d\d)"
_ONES = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_THE_NUM = rf"[Tt]he{SP}(?=\d|{NUMW}{SP})"  # "(in) the nine months"
_YEAR_BEFORE = r"(?P<year0>1[5-9]\d\d|20\d\d)"  # "the 1988 second quarter"
_QUARTER_REL = (r"(?i:first|second|third|fourth|1st|2nd|3rd|4th|final|last|latest|current|this|next|"
                r"previous)")
_SEASON_REL = rf"[Tt]his{SP}past|[Tt]his|[Ll]ast|[Nn]ext|[Ee]arly|[Ll]ate|[Tt]he"
_NOT_SEASON_NOUN = rf"(?![ \t]+(?:of{SP}(?!\d)|in\b|[a-z]+s\b))"


# holidays: fixed (month, day), days after Easter or Thanksgiving, or (month, weekday, n-th; -1 = last)
HOLIDAYS: dict[str, tuple] = {
    "new year's day": (1, 1), "valentine's day": (2, 14), "st. patrick's day": (3, 17),
    "st patrick's day": (3, 17), "independence day": (7, 4), "halloween": (10, 31),
    "christmas eve": (12, 24), "christmas day": (12, 25), "christmas": (12, 25), "new year's eve": (12, 31),
    "easter sunday": ("easter", 0), "easter": ("easter", 0), "easter monday": ("easter", 1),
    "good friday": ("easter", -2), "thanksgiving day": (11, 3, 4), "thanksgiving": (11, 3, 4),
    "memorial day": (5, 0, -1), "labor day": (9, 0, 1), "martin luther king day": (1, 0, 3),
    "martin luther king jr. day": (1, 0, 3), "presidents day": (2, 0, 3), "presidents' day": (2, 0, 3),
    "columbus day": (10, 0, 2), "veterans day": (11, 11), "juneteenth": (6, 19), "boxing day": (12, 26),
    "black friday": ("thanksgiving", 1), "cyber monday": ("thanksgiving", 4), "april fools' day": (4, 1),
    "remembrance day": (11, 11), "armistice day": (11, 11), "bastille day": (7, 14), "may day": (5, 1),
    "martin luther king, jr. day": (1, 0, 3), "washington's birthday": (2, 0, 3), "mother's day": (5, 6, 2),
    "father's day": (6, 6, 3), "ash wednesday": ("easter", -46), "palm sunday": ("easter", -7),
    "pentecost": ("easter", 49),
}
US_HOLIDAYS = {"independence day", "thanksgiving day", "thanksgiving", "memorial day", "labor day",
               "martin luther king day", "martin luther king jr. day", "presidents day", "presidents' day",
               "columbus day", "black friday", "cyber monday", "martin luther king, jr. day",
               "washington's birthday", "mother's day", "father's day"}
# a nation other than the US named right before a holiday: "Ukraine's", "India’s", "Canadian"
_OTHER_NATION = re.compile(r"\b(?!(?:America|US|U\.S)\b)[A-Z][\w.]*(?:['’]s|ian|ese|ish|an)[ \t]+$")
_HOLIDAYS = "|".join(re.escape(string.capwords(h)).replace(r"\ ", "[ \t]+").replace("'", "['’]")
                     for h in sorted(HOLIDAYS, key=len, reverse=True))


@dataclass
class TypedCandidate:
    """One matched expression: ``text[start:end]``, its TimeML type, the kind of rule and its fields."""

    start: int
    end: int
    type: str
    kind: str
    fields: dict = field(default_factory=dict)


def _rx(pattern: str, flags: int = 0) -> re.Pattern:
    return re.compile(pattern, flags)


# (type, kind, pattern); the longest match wins where spans overlap, then the earlier entry
TYPED_PATTERNS: list[tuple[str, str, re.Pattern]] = [
    ("DATE", "quarter", _rx(rf"\b(?:(?P<yrel>[Tt]his|[Ll]ast|[Nn]ext){SP}year['’]s{SP}|(?P<the>[Tt]he{SP}"
                            rf"(?:{_YEAR_BEFORE}{SP})?(?:(?P<yago>year-(?:ago|earlier)){SP})?))?"
                            rf"(?:(?P<fiscal>fiscal){SP})?(?P<rel>{_QUARTER_REL})(?:{SP}|-)(?:fiscal{SP})?"
                            rf"quarter\b(?:{SP}of{SP}(?P<yrel2>last|this|next){SP}year\b|{OF_YEAR})")),
    ("DATE", "quarter", _rx(rf"\bQ(?P<rel>[1-4])(?:{SP}{YEAR})?\b")),
    ("DATE", "half", _rx(rf"\b(?P<the>[Tt]he{SP})?(?P<rel>first|second)(?:{SP}|-)half\b"
                         rf"(?:{SP}of{SP}(?:the{SP}year|{YEAR}|(?P<yrel2>last|this|next){SP}year\b))?")),
    ("DATE", "fiscal", _rx(rf"\b(?:[Ff]iscal(?:{SP}year)?|FY){SP}?['’]?{YEAR}\b")),
    # "the current fiscal year", "the latest fiscal year" (not "the fiscal year ended June 30": a stretch)
    ("DATE", "fiscal_rel", _rx(rf"\b[Tt]he{SP}(?:(?P<rel>current|latest|last|previous|prior|next|coming|new)"
                               rf"{SP})?(?:fiscal|financial){SP}year\b(?!['’]s|-|{SP}(?:ended|ending|to)\b)")),
    # "by year-end", "since year end": the last day of the year (the one before when past)
    ("DATE", "yearend", _rx(rf"\b(?P<pre>[Ss]ince|[Bb]y|[Uu]ntil|[Aa]t|[Bb]efore|[Aa]fter|[Aa]round|"
                            rf"[Tt]hrough){SP}(?P<x>(?:the{SP})?year[- ]end)\b(?!-|[ \t]+(?!(?:and|or|but|to|"
                            rf"in|of|for|as|when|if|at|on|with|from|after|before|than)\b)[a-z])")),
    ("DATE", "season", _rx(rf"\b(?:(?P<prep>[Ii]n|[Bb]y|[Ss]ince|[Uu]ntil|[Dd]uring){SP})?(?P<x>(?:(?P<rel>"
                           rf"{_SEASON_REL}){SP})?(?:(?:early|late|mid)[- ]?)?"
                           rf"(?P<season>[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)\b(?:{SP}of{SP}"
                           rf"(?P<yrel>last|this|next){SP}year\b|{_NOT_SEASON_NOUN}(?:{SP}(?:of{SP})?{YEAR})?))")),
    ("DATE", "decade", _rx(rf"\b(?:[Tt]he{SP})?(?:(?:early|mid|late)[- \t]?)?"
                           rf"(?:(?P<century>1[89]|20)(?P<d>\d)0['’]?s|['’](?P<short>\d)0['’]?s)\b")),
    ("DATE", "decade", _rx(rf"\b(?:[Tt]he|[Ee]arly|[Ll]ate|[Mm]id){SP}(?P<short>[1-9])0s\b")),
    ("DATE", "decade", _rx(rf"\b[Tt]he{SP}(?:(?:early|mid|late)[- \t]?)?(?:[Nn]ineteen[- \t]?)?"
                           rf"(?P<word>(?i:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\b")),
    # not a name: a capitalised word after "Century" without "the" ("20th Century Fox"), or two
    # ("the 21st Century Cures Act"); "in the 20th Century Europe was ..." is the century
    ("DATE", "century", _rx(rf"\b(?P<article>[Tt]he{SP})?(?:(?:early|mid|late)[- \t]?)?(?P<n>1\d|2[01]|[2-9])"
                            rf"(?:st|nd|rd|th)(?:{SP}|-)[Cc]entury\b(?!{SP}[A-Z]\w*{SP}[A-Z])"
                            rf"(?(article)|(?!{SP}[A-Z]))")),
    ("DATE", "week", _rx(rf"\b(?:(?P<pre>[Ee]arlier|[Ll]ater|[Ee]arly|[Ll]ate){SP})?(?P<rel>[Tt]his{SP}past|"
                         rf"[Tt]his|[Ll]ast|[Nn]ext|[Cc]oming){SP}(?P<unit>week(?:end)?)\b")),
    ("DATE", "holiday", _rx(rf"\b(?P<name>{_HOLIDAYS})(?:['’]s)?(?:{SP}(?:of{SP})?{YEAR})?\b")),
    ("DATE", "weekend", _rx(rf"\b[Tt]he{SP}weekend\b")),
    # "the first week of April", "the last week of January 2012": the ISO week of that part of the month
    ("DATE", "monthweek", _rx(rf"\b[Tt]he{SP}(?P<ord>first|second|third|fourth|final|last){SP}week{SP}of{SP}"
                              rf"(?P<mname>{_MONTH})(?:,?{SP}{_YEAR})?\b")),
    # a year in words, as broadcast transcripts write it: "nineteen ninety-one", "the year two thousand";
    # not a count of things ("nineteen fifty people", "Nineteen eighty-four copies")
    ("DATE", "wordyear", _rx(rf"\b(?:[Tt]he{SP}year{SP})?(?P<hi>[Nn]ineteen|[Ee]ighteen)[- \t](?P<lo>"
                             rf"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-{_ONES})?|ten|eleven|"
                             rf"twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)\b"
                             rf"(?!-|[ \t]{_ONES}\b|[ \t]+(?:people|men|women|children|[a-z]+s)\b)")),
    ("DATE", "wordyear", _rx(rf"\b[Tt]he{SP}year{SP}(?P<hi>two{SP}thousand)(?:{SP}and)?(?:[- \t](?P<lo>"
                             rf"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))?\b")),
    ("DATE", "reldecade", _rx(rf"\b(?P<rel>[Tt]his|[Ll]ast|[Nn]ext){SP}(?P<unit>decade|century)"
                              rf"\b(?!['’]s|-)")),
    ("DATE", "shift", _rx(rf"\b(?:(?:about|some|nearly|almost){SP})?{NUM}{SP}"
                          rf"(?P<unit>day|week|month|year)s?{SP}(?P<dir>later|earlier)\b", re.I)),
    ("DATE", "vague_ago", _rx(rf"\b(?P<num>several|a{SP}few|a{SP}couple{SP}of|some|many){SP}"
                              rf"(?P<unit>day|week|month|year|decade)s{SP}(?P<dir>ago|earlier|later)\b",
                              re.I)),
    ("DATE", "vague_ago", _rx(rf"(?<![\d,.] )(?<!illion )\b(?:[Dd]ay|[Ww]eek|[Mm]onth|[Yy]ear|[Dd]ecade)s{SP}"
                              rf"(?P<dir>ago)\b")),
    ("DATE", "fromnow", _rx(rf"\b{NUM}{SP}{UNIT}s?{SP}from{SP}now\b", re.I)),
    ("DATE", "longago", _rx(rf"\b{NUM}{SP}(?P<unit>decade|centur(?:y|ie))s?{SP}ago\b", re.I)),
    ("TIME", "partday", _rx(rf"\b(?:(?:[Ee]arl(?:y|ier)|[Ll]ater?){SP})?(?P<day>[Tt]his|[Yy]esterday|"
                            rf"[Tt]omorrow|[Tt]oday|[Ll]ast|{WEEKDAY})(?:['’]s)?{SP}"
                            rf"(?P<part>{PARTS})\b")),
    ("TIME", "tonight", _rx(r"\b(?P<word>[Tt]onight)\b")),
    ("TIME", "clock", _rx(r"(?<![\d:.,$])\b(?P<h>[01]?\d|2[0-4])(?:[:.](?P<m>[0-5]\d))?[ \t]*"
                          r"(?P<ampm>[AaPp](?:\.[ \t]?[Mm]\b\.?|[ \t]?[Mm]\b))" + ZONE)),
    ("TIME", "clock24", _rx(rf"(?<![\d:.,$/])\b(?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d)\b(?![:\d.,/]\d)"
                            rf"(?:{SP}in{SP}the{SP}(?P<part>morning|afternoon|evening)\b)?" + ZONE)),
    ("TIME", "clock24", _rx(r"(?<![\d:.,$/])\b(?P<h>[01]\d|2[0-3])(?P<m>[0-5]\d)[ \t]*(?P<zone>UTC|GMT)\b")),
    ("TIME", "noon", _rx(r"\b(?P<word>noon|midnight)\b")),
    ("TIME", "noon", _rx(rf"\b(?:[Aa]t|[Bb]y|[Aa]round|[Bb]efore|[Aa]fter|[Uu]ntil|[Tt]ill|[Ff]rom|[Ss]ince|"
                         rf"[Nn]ear|[Aa]bout|[Tt]owards?){SP}(?P<x>(?P<word>midday))\b(?!-)")),
    # "mid-afternoon", "midmorning", "early afternoon": a part of the day of its sentence (or publication)
    ("TIME", "midpart", _rx(rf"\b(?:[Mm]id-?|(?:[Ee]arly|[Ll]ate){SP})(?P<part>morning|afternoon|evening)\b"
                            rf"(?!-|{SP}(?:of|edition|session|trading|show|news|paper|prayers?)\b)")),
    ("SET", "every", _rx(rf"\b(?:[Ee]very|[Ee]ach){SP}(?:(?P<num>other|few|several|couple{SP}of|{NUMW}|\d+)"
                         rf"{SP})?(?P<unit>day|week|month|year|decade|quarter|summer|winter|spring|autumn|"
                         rf"weekend|{PARTS}|{WEEKDAY}(?:{SP}(?P<part>{PARTS}))?|{_MONTH})(?(num)s?)\b")),
    # "every two hours", "every 30 minutes": a clock unit needs its number ("every minute" is an idiom)
    ("SET", "every", _rx(rf"\b[Ee]very{SP}(?P<num>few|several|{NUMW}|\d+){SP}"
                         rf"(?P<unit>hour|minute|second)s\b")),
    ("SET", "times", _rx(rf"\b(?P<times>once|twice|(?:{NUMW}|\d+){SP}times){SP}(?:a|an|per|each|every)"
                         rf"{SP}(?P<unit>day|week|month|year)\b")),
    ("SET", "annually", _rx(r"\b(?P<word>[Aa]nnually)\b")),
    ("SET", "plural_wd", _rx(rf"\b(?:[Oo]n{SP})(?P<x>(?P<wd>{WEEKDAY})s(?:{SP}(?P<part>{PARTS})s)?)\b")),
    ("SET", "plural_wd", _rx(rf"\b(?P<wd>{WEEKDAY}){SP}(?P<part>{PARTS})s\b")),
    ("SET", "weekends", _rx(rf"\b(?:[Oo]n|[Aa]t){SP}(?P<x>weekends)\b")),
    ("DURATION", "past_unit", _rx(rf"\b(?P<the>(?:[Tt]he|[Tt]his(?={SP}(?:past|coming)\b)){SP}(?:past|"
                                  rf"last|previous|next|coming|following)){SP}"
                                  rf"{UNIT}\b(?P<half>{SP}and{SP}a{SP}half\b)?(?!['’]s)")),
    ("DURATION", "count", _rx(rf"{NOT_AMOUNT}(?:{MODIFIER}|{_THE_NUM})?(?:(?P<few>(?:past|last|next|coming|"
                              rf"first){SP}(?:few|several|\d+|{NUMW}))|{NUM}){SP}(?:(?:more|full|long|straight|"
                              rf"consecutive|additional|extra|entire|whole|further|successive|trading|business|working){SP})?{UNIT}s?\b(?P<half>{SP}and{SP}"
                              rf"a{SP}half\b)?(?!-|{SP}(?:olds?|older|younger|young|ago|hand)\b)(?:{SP}or{SP}so\b)?",
                              re.I)),
    ("DURATION", "halfhour", _rx(rf"\b(?:{MODIFIER})?(?P<num>[Aa]{SP}half)[- \t](?P<unit>hour)\b(?!-)")),
    ("DURATION", "ended", _rx(rf"\b(?P<x>[Tt]he{SP}(?:(?:fiscal|financial){SP})?(?P<unit>year))"
                              rf"(?={SP}(?:ended|ending|(?:to|through){SP}{_MONTH})\b)")),
    ("DURATION", "quarters", _rx(rf"\b(?:(?:{MODIFIER})(?P<num>two|three|four|five|six|seven|eight|several|"
                                 rf"few|\d)|"
                                 rf"(?P<n2>two|three|four|five|six|seven|eight|\d)(?={SP}(?:consecutive|straight|"
                                 rf"successive))|(?P<recent>[Rr]ecent)){SP}(?:(?:consecutive|straight|successive)"
                                 rf"{SP})?(?P<unit>quarter)s\b(?!{SP}of\b)")),
    ("DURATION", "adjective", _rx(rf"\b(?P<num>(?:\d+|{NUMW})-and-a-half|\d+(?:\.\d+)?|{NUMW}|several|multi)-"
                                  rf"(?P<unit>second|minute|hour|day|week|month|year|decade|century)"
                                  rf"(?:-long)?\b(?!-old)", re.I)),
    ("DURATION", "plural", _rx(rf"\b(?P<pre>[Ff]or|[Oo]ver|[Ii]n|[Ww]ithin){SP}(?P<x>(?:the{SP})?"
                               rf"(?:(?:coming|past|next|last){SP})?(?P<unit>minute|hour|day|week|month|year|"
                               rf"decade)s)\b")),
    ("DURATION", "plural", _rx(r"\b(?P<unit>[Dd]ecade|[Cc]enturie)s\b(?!-)")),
    ("DURATION", "plural", _rx(rf"(?<!last )(?<!first )(?<!final )\b"
                               rf"(?P<unit>[Mm]inute|[Hh]our|[Dd]ay|[Ww]eek|[Mm]onth|[Yy]ear)s(?={SP}"
                               rf"(?:after|before|later|earlier|ahead|of{SP}(?!the\b|his\b|her\b|their\b|its\b)))")),
    # "the weeks ahead": a vague stretch to come (TimeBank PXW)
    ("DURATION", "plural", _rx(rf"\b[Tt]he{SP}(?P<unit>day|week|month|year|decade)s{SP}ahead\b")),
    ("DURATION", "long", _rx(r"\b(?P<unit>day|week|month|year|decade|hour)(?P<plural>s)?-?long\b", re.I)),
    ("DURATION", "plural", _rx(rf"\b(?:(?:took|takes?|taking|lasted|lasts|lasting|spent|spends?|spending|"
                               rf"waited|waits?|waiting)(?:{SP}(?:him|her|them|us|me|it|you))?|[Mm]atter{SP}of){SP}"
                               rf"(?P<x>(?P<unit>minute|hour|day|week|month|year|decade)s)\b")),
    ("DATE", "yearago", _rx(rf"\b(?:[Tt]he{SP})?[Yy]ear-(?:ago|earlier){SP}(?P<unit>quarter|period)\b")),
    ("DATE", "yearago", _rx(r"\b[Yy]ear-(?:ago|earlier)\b")),
    ("DATE", "thequarter", _rx(rf"\b[Tt]he{SP}quarter\b(?!-|{SP}(?:of|century|mile|point|note)\b)")),
    # "the latest period" of a quarterly report: the quarter it named (dropped when it named none)
    ("DATE", "thequarter", _rx(rf"\b[Tt]he{SP}latest{SP}period\b")),
    # "the first nine months of the year": "the year" is a DATE of its own, as TimeBank marks it
    ("DATE", "ofyear", _rx(rf"\b(?:months|weeks|days|quarters?|half){SP}of{SP}(?P<x>the{SP}year)"
                           rf"\b(?!['’]s|-)")),
    # "sales for the full year", "a high for the year", "by year's end": the year of the report (the one
    # named before it in the sentence, else publication's), as TimeBank marks it; not "the year ended
    # June 30" (a stretch), "the year ahead", "the year since", "the year 2000"
    ("DATE", "ofyear", _rx(rf"\b(?:[Ff]or|[Dd]uring|[Tt]hroughout|[Ii]n(?={SP}the{SP}full\b)){SP}"
                           rf"(?P<x>the{SP}(?:full{SP})?year)\b(?!['’]s|-|{SP}(?:ended|ending|to|through|before|after|"
                           rf"earlier|ago|ahead|since|that|in{SP}which|when|of(?!{SP}[$£€\d])|as|prior|\d))")),
    ("DATE", "ofyear", _rx(rf"\b(?:[Tt]he{SP})?[Yy]ear['’]s{SP}end\b")),
    ("DATE", "yearago", _rx(rf"\b[Tt]he{SP}(?:same|corresponding|comparable|year-(?:ago|earlier)|"
                            rf"prior-year){SP}(?P<unit>period)(?:{SP}(?:last{SP}year|a{SP}year{SP}(?:ago|earlier)|"
                            rf"of{SP}(?:the{SP})?(?:last|previous|prior){SP}year))?\b")),
    ("DATE", "present", _rx(r"\b(?P<word>(?:[Rr]ight[ \t]+)?[Nn]ow|[Cc]urrently|[Nn]owadays|[Pp]resently|"
                            r"[Aa]t[ \t]+present|[Tt]hese[ \t]+days|[Aa]t[ \t]+the[ \t]+moment|"
                            r"[Tt]he[ \t]+present|[Cc]urrent(?![ \t]+(?:account|affairs|events|assets|"
                            r"liabilities|carrying|flows?)\b))\b(?!-)")),
    # "in the near term", "over the long term" (not "the short term debt")
    ("DATE", "future", _rx(r"\b(?P<word>[Tt]he[ \t]+(?:near|short|long|longer|medium)[ \t]+term)\b(?!-)"
                           r"(?=[ \t]*(?:[.,;:!?)\"”’]|$)|[ \t]+(?:and|or|but|as|to|in|is|are|was|will|would|"
                           r"could|should|may|might|because|if|when)\b)")),
    ("DATE", "future", _rx(r"\b(?P<word>[Ss]oon)\b(?![ \t]+(?:after|before|as|afterwards?|thereafter)\b)")),
    ("DATE", "partof", _rx(rf"\b[Tt]he{SP}(?:very{SP})?(?:end|beginning|start|middle|close|turn){SP}of{SP}"
                           rf"(?P<inner>(?P<rel>the|this|last|next){SP}(?P<unit>year|month|week|decade|century)|"
                           rf"{_MONTH}(?:{SP}{_YEAR})?|{_YEAR})\b")),
    ("DATE", "modified", _rx(rf"\b(?:[Ee]arly|[Ll]ate|[Mm]id)(?:-|{SP})(?P<inner>{_MONTH}(?:{SP}{_YEAR})?|"
                             rf"{WEEKDAY}|{_YEAR})\b")),
    # "earlier today", "later Monday", "late yesterday": the day, with its modifier as TimeBank marks it
    ("DATE", "modified", _rx(rf"\b(?:[Ee]arl(?:y|ier)|[Ll]ater?){SP}(?P<inner>[Tt]oday|[Yy]esterday|"
                             rf"[Tt]omorrow|{WEEKDAY})\b(?!['’])")),
    ("DATE", "past", _rx(r"\b(?P<word>[Rr]ecently|[Ll]ately|[Tt]he[ \t]+past\b"
                         r"(?![ \t]+(?:few|several|two|three|four|five|six|seven|eight|nine|ten|\d|decade|"
                         r"century|year|month|week|day|hour|night|weekend|quarter|half|[a-z]+s\b|[a-z]+ing\b)))\b")),
    ("DATE", "past", _rx(r"\b(?P<word>[Rr]ecent)\b")),
    ("DURATION", "plural", _rx(r"\b(?:[Rr]ecent|[Cc]oming)[ \t]+(?P<unit>minute|hour|day|week|month|year|"
                               r"decade)s\b")),
    ("DATE", "future", _rx(r"\b(?P<word>[Tt]he[ \t]+(?:near[ \t]+|foreseeable[ \t]+|distant[ \t]+)?"
                           r"future)\b")),
]
TYPED_PATTERNS += STRETCH_PATTERNS


def _is_rate(text: str, start: int) -> bool:
    """"four flights a week", "$5 million a year", "doubling its profits annually": a count per unit,
    not a stretch of time (TIDES leaves rates unmarked; TimeBank tags none of its five "annually")."""
    before = text[max(0, start - 30):start]
    return bool(re.search(r"(?:\d|%|\d(?i:bn|m|k)|\b(?:million|billion|trillion|thousand|hundred|times|"
                          r"[a-z]+s))[ \t]+$", before)
                or _COUNTED_THING.search(before))


# "one meal a day", "a dollar a day", "two full meals a day": a counted thing right before "a day"
_COUNTED_THING = re.compile(r"\b(?:one|a|an|two|three|four|five|\d+)[ \t]+(?:[a-z]+[ \t]+)?"
                            r"(?!(?:for|in|within|after|before|over|by|to|of|about|than|at|on|during|from|until|"
                            r"since|and|or|but|"
                            r"nearly|almost|just|only|least|more|less|another|"
                            # verbs that take a stretch of time: "the two sides have a week to ..."
                            r"have|has|had|take|takes|took|taken|need|needs|needed|give|gives|gave|given|get|"
                            r"gets|got|spend|spends|spent|wait|waits|waited|last|lasts|lasted|be|been|is|are|"
                            r"was|were)\b)[a-z]+[ \t]+$")


_MATURITY = re.compile(r"(?:[ \t]+(?:U\.S\.|[Tt]reasury|[Gg]overnment|fixed(?:-rate)?|zero-coupon))*[ \t]+"
                       r"(?:bonds?|notes?|bills?|[Tt]reasur(?:y|ies)|mortgages?|debentures?|yields?|gilts?)\b")
_VERB_LAST = re.compile(r"\b(?:will|would|could|can|may|might|should|must|to|not|'ll|’ll)[ \t]+$", re.I)
_TEMPERATURE = re.compile(r"\b(?:temperatures?|highs?|lows?|degrees?|thermometers?|readings?)\b[^.;!?]*$",
                          re.I)
_PAST_WORDS = re.compile(r"\b(?:past|last|recent|previous)\b", re.I)
_AHEAD_WORDS = re.compile(r"\b(?:coming|next|upcoming)\b", re.I)


def _vague_point(c: TypedCandidate, text: str, surface: str) -> None:
    """"in the last few months", "in recent days", "in coming months": a vague stretch of days,
    weeks or months placed by "in" is the past (PAST_REF) or the future (FUTURE_REF) as TimeBank
    annotates it; years ("in recent years") and "for the past few months" stay durations (PXY)."""
    if c.type != "DURATION" or c.kind not in ("plural", "count"):
        return
    if c.fields.get("unit", "").lower() in ("year", "decade", "centurie", "century"):
        return  # "in recent years" stays PXY in TimeBank
    if c.kind == "count" and number_value(c.fields.get("num") or c.fields.get("few", "x").split()[-1]) != "X":
        return
    if not re.search(r"\b[Ii]n\s+$", text[max(0, c.start - 4):c.start]):
        return
    if _PAST_WORDS.search(surface):
        c.type, c.kind = "DATE", "past"
    elif _AHEAD_WORDS.search(surface):
        c.type, c.kind = "DATE", "future"


_THE_STRETCH = re.compile(r"\b(?:[Ii]n|[Ff]or|[Dd]uring|[Oo]ver|[Tt]hrough|[Ww]ithin)[ \t]+$")


def _anchored_stretch(c: TypedCandidate, text: str) -> None:
    """"three days later", "a few weeks earlier": the stretch is the TIMEX3 (DURATION P3D, PXW) and
    "later" its signal, as TimeBank marks them and as "20 minutes later" and "hours later" already are;
    "a year earlier" stays a DATE (a year back, as financial reports compare)."""
    m = re.search(rf"{SP}(?:later|earlier)$", text[c.start:c.end], re.I)
    c.type, c.kind, c.end = "DURATION", "anchored", c.start + m.start()


def _trim(c: TypedCandidate, text: str) -> None:
    """Reshape a candidate's extent: "three days later" is the stretch, "the two days of talks" keeps
    "the" only after "for/in/over", "could last 18 months" loses the verb, "the third-quarter loss"
    loses "the"."""
    surface = text[c.start:c.end]
    if c.kind in ("shift", "vague_ago") and c.fields["dir"].lower() in ("later", "earlier") and \
            c.fields["unit"].lower() in ("day", "week", "month"):
        _anchored_stretch(c, text)
    if c.kind == "count" and re.match(
            r"(?i)the\s+(?!past|last|next|coming|first|previous|following|final|remaining)", surface) and (
            not surface.endswith("s") or not _THE_STRETCH.search(text[max(0, c.start - 10):c.start])):
        c.start += re.match(r"(?i)the\s+", surface).end()  # "the two days of talks" is a stretch;
        surface = text[c.start:c.end]  # "for the nine months" includes "the"
    if c.kind == "count" and surface.lower().startswith("last ") and \
            _VERB_LAST.search(text, max(0, c.start - 16), c.start):
        c.start += 5  # "could last 18 months": the verb, not "the last 18 months"
    if c.kind == "quarter" and re.match(r"(?i)the\s+\w+-quarter$", surface):
        c.start += re.match(r"(?i)the\s+", surface).end()  # "the third-quarter loss": an adjective


def _relative_unit(c: TypedCandidate, text: str) -> bool | None:
    """"the past year" (DATE, the year before), "the following month" (from the date the text gave),
    not "the last week of January" nor "the next day" (``tag_dates``'s): True / False to keep / drop
    at once, None to go on checking."""
    unit = c.fields.get("unit", "").lower()
    of_after = re.match(rf"{SP}of\b", text[c.end:c.end + 6])
    if c.kind == "week" and of_after and re.search(r"\b[Tt]he[ \t]+$", text[max(0, c.start - 4):c.start]):
        return False  # "the last week of the trial": which week of it, not the week before publication
    if c.kind != "past_unit" or c.fields.get("half"):
        return None  # "the past year and a half" stays a stretch (P1.5Y)
    anaphoric = re.search(r"(?i)following|previous", c.fields["the"])
    if of_after or unit == "day" and (anaphoric or "next" in c.fields["the"].lower()):
        return False  # "the last week of January", "the next day" (a day after a date: ``tag_dates``)
    if unit in ("week", "month") and anaphoric:
        c.type, c.kind = "DATE", "that_unit"  # "the following month": after the month the text named
        c.fields["shift"] = 1 if "following" in c.fields["the"].lower() else -1
        return True
    if unit in ("week", "month", "year", "decade", "century"):
        c.type = "DATE"  # "the past year": the year before, as TimeML taggers normalise it
    return None


# words of a game report around "the first half" ("scored in the first half", "led at half-time")
_GAME = re.compile(r"\b(?:scor(?:e|es|ed|ing)|goals?|match|game|half-time|halftime|penalty|kick-?off|striker|"
                   r"midfielder|goalkeeper|touchdowns?|innings|quarterback|referee|equali[sz]er|"
                   r"the[ \t]+break)\b", re.I)


def _misfire(c: TypedCandidate, text: str) -> bool:
    """Shapes of a time that are not one here: a rate ("four flights a week"), "a second", a bond's
    maturity, digits glued to a number, a foreign national day, an uncued or capitalised season,
    "highs in the sixties", "the minutes of the meeting"."""
    surface, unit = text[c.start:c.end], c.fields.get("unit", "").lower()
    if c.kind in ("count", "annually") and _is_rate(text, c.start) and (
            c.kind == "annually" or surface.lower() in ("a " + unit, "an hour")):
        return True  # "four flights a week", "$17.9 million annually": a rate, not tagged in TimeBank
    if c.kind == "half" and surface.lower().endswith("half") and _GAME.search(text, max(0, c.start - 150),
                                                                             c.end + 150):
        return True  # "scored in the first half": a half of a match, not of the year
    if c.kind == "plural" and surface.lower() == "minutes" and re.match(rf"{SP}of\b", text[c.end:c.end + 6]):
        return True  # "the minutes of the meeting": its record, not a stretch of time
    if c.kind == "count" and unit == "second" and number_value(c.fields.get("num")) == "1":
        return True
    if c.kind == "adjective" and _MATURITY.match(text, c.end):
        return True  # "the 30-year Treasury bond": a maturity naming an instrument
    if c.kind == "clock24" and re.search(r"\d[ \t]*$", text[max(0, c.start - 3):c.start]):
        return True
    if c.kind == "holiday" and c.fields["name"].lower() in US_HOLIDAYS and _OTHER_NATION.search(
            text, max(0, c.start - 24), c.start):
        return True  # "Ukraine's Independence Day", "Canadian Thanksgiving": not the US date
    if c.kind == "decade" and c.fields.get("word") and _TEMPERATURE.search(text, max(0, c.start - 40),
                                                                            c.start):
        return True  # "highs in the sixties": degrees, not the 1960s
    return c.kind == "season" and _uncued_season(c)


def _uncued_season(c: TypedCandidate) -> bool:
    """A bare "summer", a capitalised "Spring" without a year ("Fall River"), "the fall in prices"."""
    f = c.fields
    if not (f.get("prep") or f.get("rel") or f.get("year")):
        return True
    if f["season"][0].isupper() and not f.get("year"):
        return True
    return f["season"] == "fall" and not f.get("rel", "").lower().startswith(
        ("this", "last", "next", "early", "late")) and not f.get("year")


def _accept(c: TypedCandidate, text: str) -> bool:
    """Keep a candidate after reshaping it (``_trim``, ``_vague_point``, ``_relative_unit``), unless it
    is a misfire (``_misfire``) or capitalised shouting ("NOW")."""
    if not news_accept(c, text) or _misfire(c, text):
        return False
    _trim(c, text)
    surface = text[c.start:c.end]
    _vague_point(c, text, surface)
    decided = _relative_unit(c, text)
    if decided is not None:
        return decided
    return not (c.kind in ("present", "past") and surface.isupper() and len(surface) > 1)


# words one of which a pattern needs: the pattern is not run on a text without any of them (speed)
NEEDS = {"quarter": ("quarter", "q"), "half": ("half",), "fiscal": ("fiscal", "fy"), "fromnow": ("from now",),
         "fiscal_rel": ("fiscal year", "financial year"), "yearend": ("year end", "year-end"),
         "longago": ("ago",), "shift": ("later", "earlier"), "vague_ago": ("ago", "later", "earlier"),
         "season": tuple(SEASONS), "times": ("once", "twice", "times"), "annually": ("annually",),
         "adjective": ("-",), "long": ("long",), "halfhour": ("half",),
         "ended": ("ended", "ending", "year to ", "year through "),
         "quarters": ("quarters",), "thequarter": ("the quarter", "latest period"),
         "ofyear": (" of the year", "the year", "the full year", "year's end", "year’s end"),
         "yearago": ("year-", "period"),
         "partof": ("of",), "century": ("century",), "week": ("week",), "weekend": ("weekend",),
         "monthweek": ("week of",),
         "future": ("soon", "future", " term"), "wordyear": ("nineteen", "eighteen", "two thousand"),
         "reldecade": ("decade", "century"),
         "every": ("every", "each"), "weekends": ("weekends",),
         "noon": ("noon", "midnight", "midday"), "tonight": ("tonight",), "midpart": ("mid", "early", "late"),
         "clock": ("m",), "clock24": (":", "utc", "gmt"),
         "holiday": ("christmas", "easter", "year's", " day", "halloween", "good friday", "thanksgiving",
                     "black friday", "cyber monday", "juneteenth", "birthday", "pentecost", "ash wed",
                     "palm sun"),
         **STRETCH_NEEDS}


def find_typed(text: str) -> list[TypedCandidate]:
    """Every non-overlapping typed expression, in text order (longest match first, then pattern order)."""
    found: list[TypedCandidate] = []
    lowered = text.lower()
    for ttype, kind, rx in TYPED_PATTERNS:
        if kind in NEEDS and not any(w in lowered for w in NEEDS[kind]):
            continue
        for m in rx.finditer(text):
            start, end = m.span("x") if m.groupdict().get("x") else m.span()
            c = TypedCandidate(start, end, ttype, kind, match_fields(m))
            if text[c.start:c.end].strip() and _accept(c, text):
                found.append(c)
    found.sort(key=lambda c: (-(c.end - c.start), c.start))
    taken: list[TypedCandidate] = []
    for c in found:
        if not overlaps(c, taken):
            taken.append(c)
    return sorted(taken, key=lambda c: c.start)

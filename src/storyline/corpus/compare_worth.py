"""Which figures are worth comparing across sources, and where their sentences place them.

A discrepancy needs two figures about the same thing. Left out before any comparison: money,
percentages and other measurements (too often about different things), rates and ratios, increments
("12 more"), points in time ("two years ago"), ages, counts used as classifiers ("three-party
politics"), a single person ("one supporter"), a poll's sample ("surveyed 552 voters"), a threshold
("the 1,237 delegates needed to clinch") and a share ("four in 10 voters")."""
from __future__ import annotations

import re

from storyline.corpus.entity_types import PLACE_LABELS
from storyline.model import Article, Figure

TIME_UNITS = {"second": 1 / 86400, "minute": 1 / 1440, "hour": 1 / 24, "day": 1, "week": 7, "month": 30.4,
              "year": 365.25, "decade": 3652.5}
MEASUREMENT_UNITS = {
    "percent", "point", "metre", "meter", "kilometre", "kilometer", "mile", "foot", "inch", "tonne", "ton",
    "kilogram", "gram", "pound", "litre", "liter", "gallon", "barrel", "degree", "euro", "dollar", "rouble",
    "ruble", "yuan", "yen", "hryvnia", "franc", "rupee", "time", "cent", "acre", "hectare",
}
_INCREMENT = re.compile(r"\b(?:more(?!\s+than)|another|other|additional|further|extra|new|remaining)\b", re.I)
_OFFSET_AFTER = re.compile(r"\s+(?:before|after|ago|earlier|later|from now|since|into)\b", re.I)
_OFFSET_BEFORE = re.compile(r"\b(?:in|within|after|from)\s+$")
_AGE = re.compile(r"\b(?:years?|months?|weeks?|days?)[\s-]+olds?\b", re.I)
# a poll's sample ("surveyed 552 likely voters"): how a figure was measured, not a disputed fact
_SAMPLE_BEFORE = re.compile(
    r"\b(?:surveyed|polled|sampled|(?:sample|poll|survey) of"
    r"|(?:poll|survey|sample) (?:included|covered|reached))\s+(?:[\w-]+\s+){0,3}$", re.I)
# a share ("four in 10 voters"), not a count: only after a bare number
_PROPORTION_AFTER = re.compile(
    r"\s+(?:in|out of)\s+(?:every\s+)?(?:10|ten|100|a hundred|five|5|four|4|three|3)\b", re.I)
_PROPORTION_BEFORE = re.compile(  # "four in [10 voters]", not "in [30 cities]"
    r"\b(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:in|out\s+of)\s+(?:every\s+)?$",
    re.I)
# a threshold ("the 1,237 delegates needed to clinch", "200,000 jobs will need to be created"): a rule,
# not a count of what happened ("1,500 residents needed to be evacuated" is a count)
_THRESHOLD_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:(?:needed|required|necessary)\s+(?:to|for)\b(?!\s+be\b)"
    r"|(?:will|would|must)\s+need\s+to\b|needs?\s+to\b)", re.I)
_SINGLE = re.compile(r"(?:one|a|an)\b", re.I)  # "one Sanders supporter": a person, not a count
_LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|near|outside|inside)\s+(?:the\s+)?$", re.I)


def _number_end(text: str, figure: Figure) -> int:
    """The end of the number a figure opens with ("four" in "four in 10 voters")."""
    m = re.match(r"(?:about|around|nearly|almost|some|roughly)?\s*[\w.,]+", text[figure.start:figure.end],
                 re.I)
    return figure.start + m.end() if m else figure.end


def time_offset(article: Article, figure: Figure) -> bool:
    """A point in time, not a duration: "in about 30 days", "nine days before", "two years ago"."""
    if (figure.unit or "").lower() not in TIME_UNITS:
        return False
    before = article.text[max(0, figure.start - 8):figure.start].lower()
    return bool(_OFFSET_AFTER.match(article.text, figure.end) or _OFFSET_BEFORE.search(before))


def comparable(article: Article, figure: Figure) -> bool:
    """A count or duration worth comparing (see the module docstring for what is left out)."""
    unit = (figure.unit or "").lower()
    if not unit or unit in MEASUREMENT_UNITS or figure.value <= 0 or _INCREMENT.search(figure.text):
        return False
    if " per " in unit or unit.endswith(" point"):
        return False  # rates and ratios ("14 Mbps", "ng/ml") and percentage points are measurements too
    if unit not in TIME_UNITS and (re.search(r"\w-\w", figure.text) or _AGE.search(figure.text)):
        return False  # "three-party politics", "18 to 24 year olds"
    if figure.value == 1 and _SINGLE.match(figure.text):
        return False
    text = article.text
    if _SAMPLE_BEFORE.search(text, max(0, figure.start - 40), figure.start) \
            or _THRESHOLD_AFTER.match(text, figure.end, figure.end + 40) \
            or _PROPORTION_AFTER.match(text, _number_end(text, figure), figure.end + 20) \
            or _PROPORTION_BEFORE.search(text, max(0, figure.start - 20), figure.start):
        return False
    return not time_offset(article, figure)


def places_of(article: Article, figure: Figure, entity_of) -> set[str]:
    """The places a figure's sentence puts it in: place names after "in", "at", "near" ..., as entity
    ids where the entities stage knows them (so "Kiev" and "Kyiv" are one place)."""
    sent = article.sentence_of(figure.start, figure.end)
    if sent is None:
        return set()
    return {entity_key(article.id, ent.text, entity_of) for ent in article.entities
            if ent.label in PLACE_LABELS and sent[0] <= ent.start < sent[1]
            and _LOCATIVE_BEFORE.search(article.text, max(sent[0], ent.start - 12), ent.start)}


def article_places(article: Article, entity_of) -> set[str]:
    """Every name the article uses, keyed as ``places_of`` keys places (NER may call a place it names
    in passing an organisation)."""
    return {entity_key(article.id, ent.text, entity_of) for ent in article.entities}


def entity_key(doc_id: str, name: str, entity_of) -> str:
    """The entity id of a name as used in a document, else the name in lower case."""
    return entity_of(doc_id, name) or name.lower()

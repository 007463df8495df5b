"""The short phrase shown for a disputed value: a figure widened to the words that say what it is.

"43,000 soldiers" followed by "killed and 370,000 wounded" becomes the whole breakdown;
"four years" after "has lasted for" becomes "lasted for four years"; a bare "21" followed by
"of its members" keeps them. Offsets stay exact: the phrase is ``text[start:end]``."""
from __future__ import annotations

import re

from storyline.model import Article, Figure

TIME_WORDS = {"second", "minute", "hour", "day", "week", "month", "year", "decade"}
_PARTICIPLE = re.compile(r"\s+(\w+(?:ed|en|ing))\b")
_OF_GROUP = re.compile(r"\s+of\s+(?:its|their|his|her|our|the)\s+[a-z]+\b")
_DURATION_VERB = re.compile(r"\b\w+(?:ed|ing|s)\s+for\s+$")


def _participle_end(article: Article, figure: Figure, end: int) -> int:
    """Take a following measure participle ("43,000 soldiers killed")."""
    m = _PARTICIPLE.match(article.text, end)
    measure = (figure.measure or "").lower().split()
    if m and m.group(1).lower() in measure:
        return m.end()
    return end


def _next_in_breakdown(article: Article, figure: Figure, end: int) -> Figure | None:
    """The figure joined by "and" right after this one, with the same unit or none ("and 370,000 wounded")."""
    m = re.match(r",?\s+and\s+", article.text[end:end + 8])
    if not m:
        return None
    for other in article.figures:
        if other.start == end + m.end() and (other.unit in (figure.unit, None) or other.measure):
            return other
    return None


def value_phrase(article: Article, figure: Figure) -> tuple[int, int]:
    """Offsets of the phrase shown for ``figure`` (see the module docstring)."""
    start, end = figure.start, _participle_end(article, figure, figure.end)
    if figure.low is not None and article.text[max(0, start - 8):start].lower() == "between ":
        start -= 8
    nxt = _next_in_breakdown(article, figure, end)
    if nxt is not None:
        end = _participle_end(article, nxt, nxt.end)
    if figure.unit is None:
        m = _OF_GROUP.match(article.text, end)
        end = m.end() if m else end
    if (figure.unit or "") in TIME_WORDS:
        line_start = article.text.rfind("\n", 0, start) + 1
        m = _DURATION_VERB.search(article.text, max(line_start, start - 40), start)
        start = m.start() if m else start
    return start, end

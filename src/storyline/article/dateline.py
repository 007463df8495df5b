"""Publication date read from the article itself when the metadata gave none.

News pages state when they were written in a few fixed shapes near the top: a wire dateline
("KIEV, April 7 (Reuters) -", "PARIS, Dec 8, 2024 (AFP) —"), a labelled stamp ("Updated 12 March
2025", "Published: March 12, 2025 10:31 GMT", "Posted on 2025-03-12", "8:13 AM PDT Dec. 7, 2009",
"WASHINGTON, DC, April 28, 2009") or a lone date line. Numeric dates count only when unambiguous
("25/03/2025", "5/5/2010", "2025-03-12"; not "05/02/2013"). The
cleaning stage moves lone stamps to ``boilerplate``, so both the first lines of the text and the
removed lines are read. Runs after cleaning and before the date stage (it needs no parse).

A date found this way becomes ``article.published`` with ``published_inferred = True`` and a
``W101`` warning that says where it came from. A dateline without a year takes the latest year
the article states in its first lines or its stamps; with none, nothing is inferred (no guess)."""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from storyline.article.base import ArticleStage
from storyline.model import Article

HEAD_LINES = 6  # lines of text (and of boilerplate) read from the top
_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
_MONTH = (r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
          r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_WEEKDAY = r"(?:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)[a-z]*\.?,?\s+)?"
_DATE_FORMS = [
    rf"{_WEEKDAY}{_DAY}\s+{_MONTH},?\s+{_YEAR}",
    rf"{_WEEKDAY}{_MONTH}\s+{_DAY},?\s+{_YEAR}",
    r"(?P<ymd>(?:19|20)\d\d)[-./](?P<ym>[01]?\d)[-./](?P<yd>[0-3]?\d)",
    rf"{_WEEKDAY}(?P<num1>[0-3]?\d)/(?P<num2>[0-3]?\d)/{_YEAR}",  # 5/5/2010: only when unambiguous
]
_LABEL = (r"(?:(?P<label>(?:[A-Za-z]+\s+){0,2}(?:updated|published|posted|created|modified|dated|date)"
          r"(?:\s+on)?\s*:?\s*)|on\s+|(?-i:[A-Z][A-Z.'’ -]{1,30}(?:,\s*[A-Z]{2,3})?),\s+)")
_CLOCK = r"(?:\d{1,2}[:.]\d\d(?:[:.]\d\d)?\s*(?:[ap]\.?\s?m\.?)?\s*(?:[A-Z]{2,5}\b)?\s*,?\s*)"
# what may follow an unlabelled date on a stamp line: clock times, zones, "at", separators
_TAIL = re.compile(r"^(?:[\s,.;:()|/–-]|(?i:at|am|pm|a\.m\.|p\.m\.|updated|[ap]m?\b)|[A-Z]{2,5}\b"
                   r"|GMT[+-]?[\d:]*|[\d/]+(?:[:.]\d\d){0,2}(?i:[ap]m?)?)*$")
_STAMPS = [re.compile(rf"^\s*{_LABEL}?{_CLOCK}?{form}(?:\b|$)(?P<rest>.*)$", re.I) for form in _DATE_FORMS]
_WIRE = re.compile(
    r"^\s*(?P<place>[A-Z][A-Z.'’ -]{1,40}(?:,\s*[A-Z][A-Za-z.'’ -]{1,30})?),?\s+"
    rf"{_WEEKDAY}{_MONTH}\s+{_DAY}(?:,?\s+{_YEAR})?\s*(?:\((?P<agency>[A-Za-z .]{{2,30}})\))?\s*[-–—:]")
_ANY_YEAR = re.compile(r"\b((?:19|20)\d\d)\b")


def _value(m: re.Match, year: int | None) -> str | None:
    """The ISO day a match names, or None when it is not a real day."""
    groups = m.groupdict()
    year = int(groups["year"]) if groups.get("year") else year
    if groups.get("ymd"):
        year, month, day = int(groups["ymd"]), int(groups["ym"]), int(groups["yd"])
    elif groups.get("num1"):
        first, second = int(groups["num1"]), int(groups["num2"])
        if first != second and first <= 12 and second <= 12:
            return None  # 05/02/2013: May 2 or 5 February, the text does not say
        month, day = (first, second) if first <= 12 else (second, first)
    elif year is None:
        return None
    else:
        month, day = _MONTHS[groups["month"].lower()[:3]], int(groups["day"])
    try:
        return dt.date(year, month, day).isoformat() if year else None
    except ValueError:
        return None


def _stamp(line: str) -> tuple[str, str] | None:
    """(value, matched text) of a labelled or lone date line: the date must open the line and
    only a clock time or a short tail may follow."""
    m = next((m for m in (p.match(line) for p in _STAMPS) if m), None)
    if not m:
        return None
    rest = m.group("rest")
    if not (_TAIL.match(rest) or (m.group("label") and len(rest.split()) <= 4)):
        return None
    value = _value(m, None)
    return (value, line.strip()) if value else None


def _wire(line: str, fallback_year: int | None) -> tuple[str, str] | None:
    """(value, matched text) of a wire dateline at the start of a body line."""
    m = _WIRE.match(line)
    if not m or (not m.group("agency") and not m.group("year") and "(" not in line[:m.end()]
                 and not m.group("place").isupper()):
        return None
    value = _value(m, fallback_year)
    return (value, line[m.start():m.end()].strip()) if value else None


def infer_published(article: Article) -> tuple[str, str] | None:
    """(ISO date, the text it was read from) for an article's publication, or None."""
    head = [ln for ln in article.text.split("\n")[:HEAD_LINES] if ln.strip()]
    extra = [ln for ln in article.boilerplate[:HEAD_LINES] if ln.strip()]
    for line in extra + head:
        found = _stamp(line)
        if found:
            return found
    years = [int(y) for ln in extra + head for y in _ANY_YEAR.findall(ln)]
    fallback = max(years) if years else None
    for line in head:
        found = _wire(line, fallback)
        if found:
            return found
    return None


class DatelineStage(ArticleStage):
    """Fills ``article.published`` from a dateline or a date stamp when metadata gave none."""

    name = "dateline"
    requires = ("text",)
    produces = ("published",)

    def process(self, article: Article) -> Article:
        if article.published:
            return article
        found = infer_published(article)
        if found:
            article.published, source = found
            article.published_inferred = True
            article.warnings.append(f"W101: publication date {article.published} inferred from '{source}'")
        return article

    def process_batch(self, articles: Sequence[Article]) -> list[Article]:
        return [self.process(a) for a in articles]

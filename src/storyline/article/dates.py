"""The date stage: temporal expressions resolved to calendar values against the publication date.

``tag_dates(text, doc, published)`` finds absolute dates ("19 May 2025"), partial ones
("November 7", "February 2022", "in 2014"), weekdays and relative expressions ("on Sunday",
"last August", "two days ago", "earlier this month") with the tense read from the parse, and
returns ``DateMention`` records whose value has the precision the text supports. Candidates come
from our own patterns (``timex_patterns``) plus spaCy's DATE entities, which are used only when
they hold an absolute date our patterns missed (parsed with dateparser, never its tagger).
Spans are the expression itself without a leading preposition ("Sunday", not "on Sunday"), as in
TimeML; a possessive stays on it ("Monday’s").

Without a publication date a relative expression is kept with value None (not guessed);
absolute ones still resolve. Week-precision expressions ("last week") are not calendar dates: they,
durations, sets, clock times and PRESENT_REF-like references go to ``tag_timexes`` (every TIMEX3,
typed), which the stage stores as ``article.timexes``; ``article.dates`` stays calendar-only."""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import replace

from storyline.article.base import ArticleStage
from storyline.article.timex_anchor import anchor_periods
from storyline.article.timex_filters import not_a_date
from storyline.article.timex_patterns import MONTHS, WEEKDAYS, Candidate, find_candidates, month_number
from storyline.article.timex_resolve import Resolution, day_value, parse_iso, resolve, weekday_year
from storyline.article.timex_tense import tense_at, weak_past
from storyline.article.timex_types import TypedCandidate, find_typed
from storyline.article.timex_values import typed_value, week_value
from storyline.model import Article, DateMention, DateValue

PAST_CUES = {"since", "ago", "last", "past", "previous", "earlier"}
FUTURE_CUES = {"next", "coming", "upcoming", "until", "till"}
_PREV_WORD = re.compile(r"([A-Za-z]+)[\s-]+$")
_CLOCK_TAIL = re.compile(r"[ \t]+\d{1,2}(?:[:.]\d\d)?[ \t]*[ap]\.?[ \t]?m\b\.?(?:[ \t]+[A-Z]{2,4})?,?[ \t]+$")
_DATEPARSER_OK = re.compile(r"\b(1[5-9]\d\d|20\d\d)\b")


_LASTED = re.compile(r"\b(?:last|lasted|continued|ran|remained|stayed|persisted|went[ \t]+on)\b", re.I)


def _cue_tense(text: str, start: int) -> str | None:
    """Tense forced by the words before the expression: "since May" is past, "until June" future."""
    before = _CLOCK_TAIL.sub(" ", text[max(0, start - 40):start])  # "until 5 p.m. EST Nov. 9"
    if re.search(r"\bas of[ \t]+$", before, re.I):
        return "past"
    m = _PREV_WORD.search(before)
    if m and m.group(1).lower() in ("mid", "early", "late"):  # "until mid-November": the word before "mid"
        m = _PREV_WORD.search(before, 0, m.start())
        if m and m.group(1).lower() in ("until", "till") and _LASTED.search(before):
            return None  # the clause's tense decides: "lasted until late November" is past
    if not m:
        return None
    word = m.group(1).lower()
    if word == "later":
        return "present"  # "rallies would be held later Monday": that day itself or the next one
    return "past" if word in PAST_CUES else "future" if word in FUTURE_CUES else None


def _day(m: DateMention | None) -> dt.date | None:
    return parse_iso(m.value) if m is not None else None


def _anaphor_value(c: Candidate, text: str, found: list[DateMention], following: list[Candidate],
                   published: dt.date | None, doc) -> tuple[dt.date | None, bool]:
    """(anchor, same_day) for "a day after ...": the date after it, one in its sentence, or the last one."""
    direction = (c.fields.get("dir") or "").lower()
    if direction in ("after", "before"):
        nxt = next((f for f in following if f.start > c.end), None)
        if nxt is not None and text[c.end:nxt.start].strip() == "":
            r = resolve(nxt, published, tense_at(doc, nxt.start, nxt.end))
            return (parse_iso(r.value) if r else None), False
        sent = _sentence_bounds(doc, c.start)
        same = [m for m in found if _day(m) and sent[0] <= m.start < sent[1]]
        return (_day(same[-1]), True) if same else (None, False)
    days = [m for m in found if _day(m)]
    return (_day(days[-1]) if days else None), False


def _sentence_bounds(doc, offset: int) -> tuple[int, int]:
    if doc is None:
        return (offset, offset)
    for s in doc.sents:
        if s.start_char <= offset < s.end_char:
            return (s.start_char, s.end_char)
    return (offset, offset)


def _previous_sentence_start(doc, offset: int) -> int:
    """The start of the sentence before the one holding ``offset`` (``offset`` itself without a parse)."""
    previous = offset
    for s in doc.sents if doc is not None else ():
        if s.start_char <= offset < s.end_char:
            return previous
        previous = s.start_char
    return offset


def _year_anaphor(c: Candidate, doc, pub: dt.date | None, found: list[DateMention]) -> Resolution | None:
    """"the previous year", "a year earlier": a year off the last date of its sentence, or of the
    sentence before when its own names none ("Floods hit in 2010. The following year, ..."), else
    publication."""
    sent = _sentence_bounds(doc, c.start)
    same = [m for m in found if m.value and sent[0] <= m.start < c.start]
    if not same:
        lo = _previous_sentence_start(doc, c.start)
        same = [m for m in found if m.value and lo <= m.start < c.start]
    year = int(same[-1].value[:4]) if same else (pub.year if pub else None)
    if year is None:
        return Resolution(None, True)
    step = 1 if (c.fields.get("dir") or c.fields.get("dir2")) in ("later", "following") else -1
    return Resolution(str(year + step), True)


def _resolve_one(c: Candidate, text: str, doc, pub: dt.date | None, found: list[DateMention],
                 cands: list[Candidate]) -> Resolution | None:
    if c.kind == "anaphor":
        anchor, same_day = _anaphor_value(c, text, found, cands, pub, doc)
        if same_day and anchor is not None:
            return Resolution(anchor.isoformat(), True)
        return resolve(c, pub, None, anchor)
    if c.kind == "anaphor_year":
        return _year_anaphor(c, doc, pub, found)
    named = _named_weekday(c, text, pub)  # a weekday picking the year needs no tense
    if named is not None:
        return named
    tense = _cue_tense(text, c.start) or tense_at(doc, c.start, c.end)
    if tense == "past" and c.kind in ("md", "dm") and weak_past(doc, c.start, c.end):
        tense = "past_weak"
    if tense in ("present", None) and c.kind == "weekday" and _reported_weekday(text, c):
        tense = "past"
    return resolve(c, pub, tense)


# words of sequence that make an event named by its weekday one already past ("follows Tuesday's declaration")
_AFTER_EVENT = re.compile(r"\b(?:follow(?:s|ed|ing)?|after|since|despite|amid|in[ \t]+the[ \t]+wake[ \t]+of|"
                          r"aftermath[ \t]+of|results?[ \t]+of)[ \t]+$", re.I)


def _reported_weekday(text: str, c: Candidate) -> bool:
    """"follows Tuesday's declaration", "after Friday's purchases": a weekday naming an event by its noun
    after a word of sequence, in a present clause, is the one just past; not a preview ("Sunday's vote is
    seen as a test", "ahead of Sunday's vote")."""
    return bool(re.match(r"['’]s\b", text[c.end - 2:c.end])) and bool(
        _AFTER_EVENT.search(text, max(0, c.start - 24), c.start))


_WEEKDAY_FIRST = re.compile(r"(?i)(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b")


def _named_weekday(c: Candidate, text: str, pub: dt.date | None) -> Resolution | None:
    """"Saturday, April 25": the year in which that day is a Saturday (nearest to publication)."""
    m = _WEEKDAY_FIRST.match(text, c.start)
    if m is None or pub is None or c.kind not in ("md", "dm"):
        return None
    month, day = month_number(c.fields["month"]), int(c.fields["day"])
    year = weekday_year(pub, month, day, WEEKDAYS[m.group(1).lower()])
    return Resolution(dt.date(year, month, day).isoformat(), True) if year else None


def _entity_candidates(doc, taken: list[Candidate]) -> list[tuple[int, int, str]]:
    """spaCy DATE entities our patterns did not cover that hold an absolute date (month name + year)."""
    if doc is None:
        return []
    out = []
    for ent in doc.ents:
        if ent.label_ != "DATE" or any(ent.start_char < t.end and t.start < ent.end_char for t in taken):
            continue
        words = {w.lower().rstrip(".") for w in re.findall(r"[A-Za-z.]+", ent.text)}
        if _DATEPARSER_OK.search(ent.text) and words & set(MONTHS):
            out.append((ent.start_char, ent.end_char, ent.text))
    return out


def _parse_absolute(text: str) -> str | None:
    """ISO value of an absolute date string, reduced to the parts the string states (dateparser)."""
    import dateparser  # imported lazily: only used for the rare entity our patterns miss

    parsed = dateparser.parse(text, languages=["en"], settings={"REQUIRE_PARTS": ["month", "year"]})
    if parsed is None:
        return None
    has_day = re.search(r"\b[0-3]?\d(?:st|nd|rd|th)?\b(?!\d)", _DATEPARSER_OK.sub("", text))
    return parsed.date().isoformat() if has_day else f"{parsed.year:04d}-{parsed.month:02d}"


def tag_dates(text: str, doc, published: str | None) -> list[DateMention]:
    """Every temporal expression of ``text`` that names a calendar date, month or year.

    ``doc`` is the spaCy parse of ``text`` (or None: no tense, no entity candidates);
    ``published`` an ISO date or None. Mentions are in text order; ``text == text[start:end]``."""
    pub = parse_iso(published) if published else None
    cands = [c for c in find_candidates(text) if not not_a_date(c, text, doc)]
    found: list[DateMention] = []
    for c in cands:
        r = _resolve_one(c, text, doc, pub, found, cands)
        if r is not None:
            found.append(DateMention(c.start, c.end, text[c.start:c.end], r.value, r.relative))
    for start, end, surface in _entity_candidates(doc, cands):
        value = _parse_absolute(surface)
        if value:
            found.append(DateMention(start, end, surface, value, False))
    return sorted(found, key=lambda m: m.start)


def tonight(text: str, published: str | None) -> list[DateMention]:
    """"tonight" (a clock-time TIMEX3, left out of ``tag_dates``) as the publication day, for the brief's
    dates; not "The Tonight Show"."""
    if not published:
        return []
    day = day_value(parse_iso(published))
    return [DateMention(m.start(), m.end(), m.group(), day, True) for m in _TONIGHT.finditer(text)]


_TONIGHT = re.compile(r"\b[Tt]onight\b(?![ \t]+Show\b)")  # not "The Tonight Show"
TENSE_KINDS = {"weekend", "season", "quarter", "half", "holiday"}


def _inner_value(c: TypedCandidate, text: str, doc, dates: list[DateMention]) -> str | None:
    """The calendar day a typed expression sits on: the date inside it ("Tuesday" of "Tuesday
    morning"), the last year before it for "two years later", or, for a clock time, the nearest
    day-precision date of its sentence."""
    inside = [m for m in dates if c.start <= m.start and m.end <= c.end and m.value]
    if inside:
        return inside[0].value[:10]
    if c.kind == "shift":  # "two years later": counted from the last year (month, day) the text gave
        need = {"year": 4, "month": 7}.get(c.fields["unit"].lower(), 10)
        before = [m for m in dates if m.end <= c.start and m.value and m.value[:4].isdigit()
                  and len(m.value) >= need and (len(m.value) in (4, 7, 10))]
        return before[-1].value[:need] if before else None
    if c.kind == "ofyear":  # "In 2010 ... the first nine months of the year": the year named before it
        lo = _sentence_bounds(doc, c.start)[0] if doc is not None else max(0, c.start - 200)
        years = [m for m in dates if lo <= m.start and m.end <= c.start and (m.value or "")[:4].isdigit()]
        return years[-1].value[:4] if years else None
    if c.type != "TIME" or c.kind == "partday":
        return None
    lo, hi = _sentence_bounds(doc, c.start) if doc is not None else (c.start - 40, c.end + 40)
    days = [m for m in dates if m.value and len(m.value) == 10 and lo <= m.start and m.end <= hi]
    return min(days, key=lambda m: abs(m.start - c.start)).value if days else None


def _wins(c: TypedCandidate, dates: list[DateMention]) -> bool:
    """A typed expression replaces the calendar dates it overlaps only when it is longer than each, or
    when it is the stretch of "a day later" (a DURATION, "later" its signal)."""
    return c.kind == "anchored" or all(m.end - m.start < c.end - c.start for m in dates
                                       if m.start < c.end and c.start < m.end)


def _join_clock_day(c: TypedCandidate, text: str, dates: list[DateMention]) -> None:
    """"5 p.m. EST Nov. 9", "noon Thursday": a clock time followed by its day is one TIMEX3."""
    if c.kind not in ("clock", "clock24", "noon", "midpart"):
        return
    for m in dates:
        if m.start >= c.end and m.value and len(m.value) == 10:
            if re.fullmatch(r"[ \t]*,?[ \t]*", text[c.end:m.start]):
                c.end = m.end
            return


def tag_timexes(text: str, doc, published: str | None,
                dates: list[DateMention] | None = None) -> list[DateMention]:
    """Every TIMEX3 of ``text`` with its TimeML type and value: the calendar dates of ``tag_dates``
    (passed in as ``dates`` when already computed) plus durations, sets, times and the dates that
    are not calendar values. A longer typed expression replaces the dates inside it ("the first
    quarter of 2013" over "2013", "Tuesday morning" over "Tuesday")."""
    dates = tag_dates(text, doc, published) if dates is None else dates
    pub = parse_iso(published) if published else None
    typed, replaced = [], set()
    for c in find_typed(text):
        _join_clock_day(c, text, dates)
        if not _wins(c, dates):
            continue
        tense = tense_at(doc, c.start, c.end) if c.kind in TENSE_KINDS else None
        value = typed_value(c, pub, tense, _inner_value(c, text, doc, dates))
        relative = c.type != "DURATION" and c.kind not in ("decade", "century", "fiscal")
        typed.append(DateMention(c.start, c.end, text[c.start:c.end], value, relative, c.type))
        replaced |= {id(m) for m in dates if m.start < c.end and c.start < m.end}
    kept = [_week_granular(m) for m in dates if id(m) not in replaced]
    return anchor_periods(sorted((_with_modifier(m, text) for m in kept + typed), key=lambda m: m.start), doc)


_WEEKS_AGO = re.compile(r"\bweeks?[ \t]+ago$", re.I)


_AGO_MODIFIER = re.compile(r"(?i)\b(?:(?:just|well)[ \t]+)?(?:about|almost|nearly|roughly|around|"
                           r"approximately|some|(?:more|less)[ \t]+than|over|under|at[ \t]+least)[ \t]+$")


def _with_modifier(m: DateMention, text: str) -> DateMention:
    """"about two years ago", "more than 20 years ago": as a TIMEX3 the modifier is inside the extent (its
    TimeML ``mod``, APPROX or MORE_THAN); the brief's date keeps the bare expression."""
    if m.timex_type != "DATE" or not m.text.lower().endswith(" ago"):
        return m
    mod = _AGO_MODIFIER.search(text, max(0, m.start - 24), m.start)
    return replace(m, start=mod.start(), text=text[mod.start():m.end]) if mod else m


def _week_granular(m: DateMention) -> DateMention:
    """"two weeks ago": as a TIMEX3, the ISO week it names (2013-W10), at the granularity of its unit as
    HeidelTime and TimeBank value it; the brief's date keeps the day."""
    day = parse_iso(m.value) if m.value and _WEEKS_AGO.search(m.text) else None
    return replace(m, value=week_value(day)) if day else m



def resolve_said_on(article: Article, start: int, end: int) -> DateValue | None:
    """The date stated in the sentence around ``start:end`` (for a quote's said_on), or None.

    Dates inside the span itself (what the quote talks about) are not when it was said; among the
    others a day beats a month or a year, then the nearest to the span wins."""
    sent = article.sentence_of(start, end) or (start, end)
    lo, hi = min(sent[0], start), max(sent[1], end)
    near = [m for m in article.dates
            if m.value and lo <= m.start and m.end <= hi and not (start <= m.start and m.end <= end)]
    if not near:
        return None

    def rank(m: DateMention) -> tuple[int, int]:
        distance = start - m.end if m.end <= start else m.start - end
        return (-len(m.value or ""), abs(distance))

    best = min(near, key=rank)
    return DateValue(best.value, best.text)


class DateStage(ArticleStage):
    """Fills ``article.dates`` from the parse and the publication date."""

    name = "dates"
    requires = ("doc",)
    produces = ("dates", "timexes")

    def process(self, article: Article) -> Article:
        dates = tag_dates(article.text, article.doc, article.published)
        article.timexes = tag_timexes(article.text, article.doc, article.published, dates)
        article.dates = sorted(dates + tonight(article.text, article.published), key=lambda m: m.start)
        return article

    def process_batch(self, articles: Sequence[Article]) -> list[Article]:
        return [self.process(a) for a in articles]

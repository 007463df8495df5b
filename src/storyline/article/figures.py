"""The figure stage: every number in an article, with what it counts and who claims it.

``extract_figures(doc)`` finds figures in a parsed spaCy doc (no claimants); ``FigureStage`` runs it on an
article and adds claimants from the article's quotes (``storyline.article.figure_claims``).

Conventions (the brief's ``figures``):
- ``value`` is the number; ``approximate`` is set by "approximately", "about", "around", "nearly",
  "almost", "roughly", "some", "more than", "over", "up to", "at least", "less than", "fewer than",
  "under", "an estimated", "as many as", "close to", "upwards of", "in excess of", or a trailing "+",
  "or more", "or so", "-plus".
- Ranges ("between 10 and 20", "10-20", "10 to 20", "10- to 20-metre", "from 10 to 20") are two figures
  in the brief, one for each end: the range, whose ``value`` is the first end, and its second end, whose
  span starts at the second number ("7,000 jobs" of "between 6,000 and 7,000 jobs"); both have ``low``
  and ``high`` set to the two ends as written ("from 4.8 to 4.7 percent" keeps low 4.8, high 4.7: a
  movement). ``extract_figures`` gives the range alone unless asked for ``range_ends``. Spelled ends are
  two numbers, never a sum: "between six and eight weeks" is low 6, high 8 ("and" joins spelled numbers
  only after a scale word: "a hundred and two"), and a scale word after the high end is shared ("two to
  three hundred" -> 200-300).
  "rose 5% to 164" and "by $4bn to $419bn" are two figures (a change and a level); "2-0" is a score.
- ``rate`` is the period of "each week", "per day", "a year", "/hour", "annually" after the figure, or the
  denominator of "per barrel", "per share".
- ``unit`` is a unit from the closed vocabulary of ``figure_units`` (currency signs, "%", "km") or the
  counted noun's singular lemma; with no noun, the unit of a figure coordinated with it ("43,000 soldiers
  killed and 370,000 wounded" -> soldier for both).
- A part of a total stated before ("the other two bombs", "the remaining three hostages", "another two")
  starts at "other", "remaining" or "another", and its measure starts with that word ("other bombs
  landed"): the comparison stage reads "other"/"another" in a figure's text as a part or an increment and
  does not set it against totals.
- What is not a figure is listed in ``figure_filters`` and ``figure_references``; a number with neither a
  written unit nor a counted noun stays a figure only when its sentence shows it counts something
  (``figure_references.bare_reason``: "killing 11", "two of the bombs", "fell by 1,132").
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from storyline.article.base import ArticleStage
from storyline.article.figure_ages import age_span, age_unit, apposed_person, is_age, person_name
from storyline.article.figure_claims import carry_poll_claims, claim_of, gapped_claims
from storyline.article.figure_filters import context_reason, text_reason
from storyline.article.figure_measure import (
    amount_measure,
    counted_noun,
    measure_phrase,
    noun_phrase,
    subject_of,
    unit_name,
)
from storyline.article.figure_references import bare_reason
from storyline.article.figure_units import currency_before, unit_after
from storyline.article.numbers import NumberSpan, find_numbers, parse_number
from storyline.article.speakers import SpeakerResolver
from storyline.model import Article, Figure

_APPROX_BEFORE = re.compile(
    r"(?:\b(?:approximately|nearly|almost|roughly|more\s+than|less\s+than|fewer\s+than|at\s+least|"
    r"an\s+estimated|as\s+many\s+as|as\s+much\s+as|close\s+to|upwards\s+of|in\s+excess\s+of|up\s+to|"
    r"circa|just\s+over|just\s+under|well\s+over|some|about|around|over|under)|~)\s*$",
    re.IGNORECASE,
)
_PREPOSITION_LIKE = {"some", "about", "around", "over", "under", "up to"}
_APPROX_AFTER = re.compile(r"^(?:\+|-plus\b|\s+or\s+(?:more|so)\b)", re.IGNORECASE)
_PERIODS = "day|week|month|year|hour|minute|second|quarter|decade|night|session|game|season"
_RATE_AFTER = re.compile(
    rf"^(?:\s+\w+){{0,2}}?\s*(?:(?:each|every|per|a|an)\s+|/\s*)({_PERIODS})\b(?!\s+(?:ago|after|before|later|earlier))"
    r"|^(?:\s+\w+){0,2}?\s+(daily|weekly|monthly|annually|yearly|hourly)\b",
    re.IGNORECASE,
)
_PER_AFTER = re.compile(r"^\s*(?:per|/)\s*((?:square\s+)?[a-zA-Z]+)\b", re.IGNORECASE)
_ADVERB_PERIOD = {"daily": "day", "weekly": "week", "monthly": "month", "annually": "year", "yearly": "year",
                  "hourly": "hour"}
_PLUS_MINUS = re.compile(r"\bplus\s*(?:or|/)\s*minus\s+$", re.IGNORECASE)
_PART_BEFORE = re.compile(r"\b(other|remaining|another)\s+$", re.IGNORECASE)
_RANGE_JOIN = re.compile(r"^(?:-|–|—|-?\s*to|and)$", re.IGNORECASE)
# a glued "m" is metres, not millions, before a word of distance or size: "400m away", "a 30m-high wall"
_METRES_AFTER = re.compile(
    r"[\s-](?:away|long|high|deep|wide|tall|above|below|beneath|underground|underwater|further|farther"
    r"|ahead|apart|short|inside|from)\b", re.IGNORECASE)
_FLOP_NOUNS = {"calculation", "operation", "computation", "flop"}
_SHARE_GAP = re.compile(r"\s+(in|out\s+of|of)\s+(?:every\s+)?", re.IGNORECASE)
_SHARE_WHOLES = {2, 3, 4, 5, 6, 7, 8, 9, 10, 20, 100, 1000}
_CHANGE_BEFORE = re.compile(
    r"\b(?:by|rose|rise|rises|risen|fell|fall|falls|fallen|gained|gains?|lost|loses|dropped|drops?|jumped|"
    r"climbed|slipped|slid|increased|decreased|declined|grew|shrank|surged|plunged|up|down|added|edged)"
    r"(?:\s+\w+)?$"
)


@dataclass
class _Candidate:
    start: int
    end: int  # end of the number (and unit when one is written)
    value: float
    kind: str
    num_start: int  # the (last) number itself, without currency, unit or hedge
    num_end: int
    first: tuple[int, int] = (0, 0)  # the first number of a range
    unit: str | None = None
    currency: bool = False
    low: float | None = None
    high: float | None = None
    approximate: bool = False
    kept: str | None = None  # a non-figure reason the caller asked to keep ("pronoun")
    high_start: int | None = None  # for a range: where its second end starts ("$15bn" of "$10bn-$15bn")


def _candidate(text: str, num: NumberSpan) -> _Candidate:
    """A number with its currency sign before and written unit after."""
    cand = _Candidate(num.start, num.end, num.value, num.kind, num.start, num.end, (num.start, num.end))
    if num.kind == "fraction" and text[num.start:num.end].lower().endswith("quarters") \
            and not re.match(r"\s+of\b", text[num.end:num.end + 4]):
        cand.value = parse_number(text[num.start:num.end].split()[0].split("-")[0]) or num.value
        cand.unit = "quarter"  # "in three quarters" counts quarters; "three quarters of" is a fraction
    plus_minus = _PLUS_MINUS.search(text[max(0, num.start - 16):num.start])
    minus = re.search(r"\bminus[\s-]$", text[max(0, num.start - 7):num.start], re.IGNORECASE)
    if plus_minus:  # a margin ("plus or minus 4 points") is a size, not a negative number
        cand.start = num.start - len(plus_minus.group())
    elif minus:
        cand.start, cand.value = num.start - len(minus.group()), -num.value
    before = currency_before(text, num.start)
    if before:
        cand.start, cand.unit = before
        cand.currency = True
    elif re.search(r"\dm$", text[num.start:num.end]) and _METRES_AFTER.match(text, num.end):
        cand.value = float(text[num.start:num.end - 1].replace(",", ""))  # "400m away", "a 30m-high wall"
        cand.unit, cand.num_end = "metre", num.end - 1
    elif re.search(r"\d[kKmMbBtT]$", text[num.start:num.end]) and not re.match(r" [a-z]", text[num.end:]):
        # a one-letter multiplier needs a currency sign or a counted word: "$5m", "5m people", not "573.15K"
        cand.value = float(text[num.start:num.end - 1].replace(",", ""))
        cand.end = cand.num_end = num.end - 1
    after = unit_after(text, num.end)
    if after and not (cand.unit and after[1] not in ("dollar", "euro", "pound")):
        cand.end, unit = after
        cand.unit = cand.unit or unit
    return cand


def _join_ranges(text: str, cands: list[_Candidate]) -> list[_Candidate]:
    """Merge "X-Y", "X to Y", "between X and Y", "from X to Y" into one figure with low and high."""
    out: list[_Candidate] = []
    for cand in cands:
        prev = out[-1] if out else None
        if prev is not None and prev.high is None and _is_range(text, prev, cand):
            low = _shared_scale(text, prev, cand)
            prev.value, prev.low, prev.high, prev.end = low, low, cand.value, cand.end
            prev.num_start, prev.num_end, prev.high_start = cand.num_start, cand.num_end, cand.start
            prev.unit = prev.unit or cand.unit
            continue
        out.append(cand)
    return out


def _shared_scale(text: str, a: _Candidate, b: _Candidate) -> float:
    """The low end with the high end's scale word: "$10 to $15 billion" -> 10e9, "four to five thousand"."""
    pattern = re.compile(r"(?:\s*(hundred|thousand|million|billion|trillion)|\d(bn|mn|m|k))$", re.IGNORECASE)
    scale = pattern.search(text[b.num_start:b.num_end])
    if not scale or pattern.search(text[a.num_start:a.num_end]):
        return a.value
    factor = parse_number("1 " + scale.group(1)) if scale.group(1) else parse_number("1" + scale.group(2))
    if factor is None:
        return a.value
    return a.value * factor if factor and a.value * factor <= b.value * 1.5 else a.value


def _is_range(text: str, a: _Candidate, b: _Candidate) -> bool:
    gap = text[a.end:b.start].strip()
    before = text[max(0, a.start - 30):a.start].lower().rstrip()
    if before.endswith("from") and re.fullmatch(r"(?:[^,;()]{0,40}\s)?to", gap, re.IGNORECASE):
        return not (a.unit and b.unit and a.unit != b.unit)  # "from 208 pounds to 193"
    if not _RANGE_JOIN.match(gap) or (a.unit and b.unit and a.unit != b.unit) or (a.unit and not b.unit):
        return False
    word = gap.lower().lstrip("- ")
    if word == "and":
        return before.endswith("between")
    if before.endswith("from"):
        return word == "to"
    if _CHANGE_BEFORE.search(before):
        return False  # "rose 6.5% to 164p", "increased by $43.6 billion to $419.2 billion"
    return a.value < b.value


def _approximate(doc, text: str, cand: _Candidate, sent_start: int) -> None:
    """Set ``approximate`` and pull a hedge word into the figure's span."""
    m = _APPROX_BEFORE.search(text[max(sent_start, cand.start - 24):cand.start])
    if m:
        word = re.sub(r"\s+", " ", m.group().strip().lower())
        prev_tok = doc.char_span(cand.start - len(m.group()), cand.start, alignment_mode="expand")
        prev = doc[prev_tok.start - 1] if prev_tok is not None and prev_tok.start > 0 else None
        if word in _PREPOSITION_LIKE and prev is not None and prev.pos_ in ("NOUN", "PROPN"):
            return  # "control over four regions", "talks about two issues"
        cand.approximate = True
        cand.start -= len(m.group()) - (len(m.group()) - len(m.group().lstrip()))
    if _APPROX_AFTER.match(text[cand.end:cand.end + 8]):
        cand.approximate = True


def _rate(text: str, end: int) -> tuple[str | None, int]:
    """The period or denominator after a figure: "each week" -> week, "per barrel" -> barrel."""
    m = _RATE_AFTER.match(text[end:end + 40])
    if m:
        period = (m.group(1) or _ADVERB_PERIOD.get((m.group(2) or "").lower(), "")).lower() or None
        return period, end + m.end()
    m = _PER_AFTER.match(text[end:end + 30])
    if m:
        known = unit_after(" " + m.group(1), 0)
        if known and known[0] == len(m.group(1)) + 1:
            return known[1], end + m.end()
        word = m.group(1).lower()
        return (word[:-1] if word.endswith("s") and not word.endswith("ss") else word), end + m.end()
    return None, end


def _figure(doc, text: str, cand: _Candidate, keep: frozenset[str]) -> Figure | None:
    """Build the Figure for one candidate: unit, measure, subject, rate, span text."""
    span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
    num_span = doc.char_span(cand.num_start, cand.num_end, alignment_mode="expand")
    if span is None or num_span is None:
        return None
    age = _age_figure(doc, text, cand)
    if age is not None:
        return age
    noun, head = counted_noun(doc, num_span) if cand.unit is None and not _tally(text, cand) else (None, None)
    counts = noun is not None
    for start, end in {cand.first, (cand.num_start, cand.num_end)}:
        reason = context_reason(text, start, end, cand.kind, doc, counts_noun=counts,
                                unit_follows=cand.unit is not None)
        if reason and reason not in keep:
            return None
        cand.kept = cand.kept or reason
    unit = cand.unit or (unit_name(noun) if counts else None)
    end = max(cand.end, (head or noun).idx + len((head or noun).text)) if counts else cand.end
    if counts and head is None and _of_tail(noun):
        end = _of_tail(noun)
    rate, rate_end = _rate(text, end)
    end = rate_end if rate else end
    measure = measure_phrase(noun, head) if counts else amount_measure(span.root)
    subject = subject_of(noun if counts else span.root)
    start = cand.start
    part = _PART_BEFORE.search(text[max(0, start - 16):start])
    if part:  # "the other two bombs": a part of a total stated before
        start -= len(part.group())
        measure = " ".join([part.group(1).lower()] + ([measure] if measure else []))
    value, unit, rate = _teraflops(cand.value, unit, rate)
    return Figure(start, end, text[start:end], value, unit, cand.approximate, measure,
                  subject, None, cand.low, cand.high, rate)


def _tally(text: str, cand: _Candidate) -> bool:
    """One side of a split of votes or seats ("51-49", "a 5-4 ruling"; ranges are joined before): the noun
    after it is what was split, not what it counts."""
    before = text[max(0, cand.num_start - 2):cand.num_start]
    return cand.low is None and bool(re.match(r"[-–]\d", text[cand.num_end:cand.num_end + 2])
                                     or re.search(r"\d[-–]$", before))


def _teraflops(value: float, unit: str | None, rate: str | None) -> tuple[float, str | None, str | None]:
    """A computer's speed in teraflops: "42.7 trillion calculations per second" is 42.7 teraflop."""
    if unit in _FLOP_NOUNS and rate == "second" and value >= 1e9:
        return value / 1e12, "teraflop", None
    return value, unit, rate


def _age_figure(doc, text: str, cand: _Candidate) -> Figure | None:
    """The figure of a person's age ("aged 45", "a 40-year-old", "Smith, 45,"), or None (``figure_ages``)."""
    ends = [cand.first, (cand.num_start, cand.num_end)]
    toks = [doc.char_span(s, e, alignment_mode="expand") for s, e in ends]
    if cand.unit not in (None, "year", "month", "week", "day") or not any(
            t is not None and is_age(text, s, e, doc, t[0]) for (s, e), t in zip(ends, toks, strict=True)):
        return None
    start, end = age_span(text, cand.start, cand.end, cand.num_end)
    person = apposed_person(doc, toks[0][0]) if toks[0] is not None else None
    subject = person_name(doc, person) if person is not None else None
    return Figure(start, end, text[start:end], cand.value, age_unit(text, cand.num_end), cand.approximate,
                  "age", subject, None, cand.low, cand.high)


def _of_tail(noun) -> int | None:
    """The end of a short "of X" after the counted noun ("prisoners of war"), or None."""
    for child in noun.rights:
        if child.dep_ == "prep" and child.lower_ == "of":
            objs = [c for c in child.children if c.dep_ == "pobj"]
            short = objs and len(list(objs[0].subtree)) <= 2
            if short and not any(c.dep_ == "conj" for c in objs[0].children):
                return objs[0].idx + len(objs[0].text)
    return None


def _coordinated(text: str, a: Figure, b: Figure) -> bool:
    """Two figures joined by "and", "or" or "to" within a short stretch of one clause, or "60 of 300"."""
    gap = text[a.end:b.start]
    if gap.strip().lower() in ("of", "out of"):
        return True
    if len(gap) > 40 or not re.search(r"\b(?:and|or|to)\b", gap) or re.search(r"[.;:!?()]", gap):
        return False
    return not re.match(r"\s*of\b", text[b.end:b.end + 4])


def _fill_ellipsis(doc, text: str, figures: list[Figure]) -> None:
    """Share the unit of coordinated figures: "43,000 soldiers killed and 370,000 wounded" (forwards),
    "eight or nine euros", "from 13.5 to 14.0 mm" (backwards)."""
    for prev, fig in zip(figures, figures[1:], strict=False):
        if fig.unit is None and prev.unit is not None and _coordinated(text, prev, fig):
            _take_unit(doc, text, fig, prev)
    for prev, fig in zip(figures, figures[1:], strict=False):
        if prev.unit is None and fig.unit is not None and _coordinated(text, prev, fig):
            gap = text[prev.end:fig.start].strip().lower()
            if gap in ("or", "to", "and", ",", "-", "–", "of", "out of"):
                prev.unit, prev.measure = fig.unit, prev.measure or fig.measure


def _take_unit(doc, text: str, fig: Figure, prev: Figure) -> None:
    fig.unit = prev.unit
    fig.subject_name = fig.subject_name or prev.subject_name
    tail = doc.char_span(fig.end, min(len(text), fig.end + 20), alignment_mode="expand")
    verb = tail[0] if tail is not None and len(tail) and tail[0].pos_ in ("VERB", "ADJ") else None
    base = prev.measure.split(" ")[:-1] if prev.measure and " " in prev.measure else [prev.unit]
    fig.measure = " ".join(base + ([verb.text] if verb is not None else []))
    if verb is not None:
        fig.end = verb.idx + len(verb.text)
        fig.text = text[fig.start:fig.end]


def _sentence_candidates(doc, text: str, sent, keep: frozenset[str]) -> list[_Candidate]:
    """Number candidates of one sentence, without dates, years, times, ordinals, phones and glued names.
    ``text`` is ``doc.text``, passed in: spaCy joins every token again on each ``doc.text``."""
    offset = sent.start_char
    cands: list[_Candidate] = []
    dropped_end = -1  # end of the last number that is not a figure
    for n in find_numbers(text[sent.start_char:sent.end_char]):
        cand = _candidate(text, NumberSpan(n.start + offset, n.end + offset, n.value, n.kind))
        reason = text_reason(text, cand.num_start, cand.num_end, cand.value, cand.kind, doc,
                             currency=cand.currency)
        if reason is None and re.fullmatch(r"[-–]", text[dropped_end:cand.start]):
            reason = "range"  # the second end of a dropped range: "pp. 77–91"
        if reason is None or reason in keep:
            cands.append(cand)
        else:
            dropped_end = cand.end
    return _join_shares(text, _join_ranges(text, cands))


def _join_shares(text: str, cands: list[_Candidate]) -> list[_Candidate]:
    """A share is one figure: "1 in 4 residents" is 0.25 and "eight of 10 voters", "three out of four"
    count the part (8, 3); the whole it is taken from ("4", "10") is no figure of its own. Only after
    "in", "out of", or "of" before 10 or 100 ("60 of 300 colonists" are two counts)."""
    out: list[_Candidate] = []
    for cand in cands:
        prev = out[-1] if out else None
        gap = text[prev.end:cand.start] if prev is not None else ""
        m = _SHARE_GAP.fullmatch(gap)
        if prev is None or m is None or prev.unit or cand.unit or prev.high is not None \
                or cand.high is not None or not 0 < prev.value < cand.value:
            out.append(cand)
            continue
        joiner = m.group(1).lower()
        if cand.value not in _SHARE_WHOLES or joiner == "of" and cand.value not in (10, 100):
            out.append(cand)
            continue
        prev.value = prev.value / cand.value if joiner == "in" else prev.value
        prev.end, prev.num_start, prev.num_end = cand.end, cand.num_start, cand.num_end
    return out


def extract_figures(doc, keep: frozenset[str] = frozenset(), range_ends: bool = False) -> list[Figure]:
    """Every figure in a parsed doc, in text order, without claimants.

    ``keep`` names non-figure reasons (see ``figure_filters``) to keep anyway, e.g. {"pronoun"}.
    ``range_ends``: a range is two figures, one for each end (the brief's convention, see
    ``_with_high_end``); without it a range is one figure with ``low`` and ``high`` (NewsQuant's)."""
    found: list[tuple[Figure, _Candidate]] = []
    text = doc.text  # once: spaCy rebuilds it from the tokens on every access
    for sent in doc.sents:
        for cand in _sentence_candidates(doc, text, sent, keep):
            _approximate(doc, text, cand, sent.start_char)
            fig = _figure(doc, text, cand, keep)
            if fig is not None:
                found.append((fig, cand))
    figures = [fig for fig, _ in found]
    _fill_ellipsis(doc, text, figures)
    out: list[Figure] = []
    for fig, cand in found:
        if fig.unit is not None or cand.kept or _counts_in_context(doc, cand, keep):
            out.extend(_with_high_end(text, fig, cand) if range_ends else [fig])
    return out


def _with_high_end(text: str, fig: Figure, cand: _Candidate) -> list[Figure]:
    """A range is two figures, one for each end: the range itself (``value`` the first end) and its
    second end, from where that number starts to the end of the range ("between 6,000 and 7,000 jobs"
    and "7,000 jobs"); both keep ``low`` and ``high``."""
    if fig.low is None or fig.high is None or cand.high_start is None \
            or not fig.start < cand.high_start < fig.end:
        return [fig]
    start = cand.high_start
    high = Figure(start, fig.end, text[start:fig.end], fig.high, fig.unit, fig.approximate, fig.measure,
                  fig.subject_name, None, fig.low, fig.high, fig.rate)
    return [fig, high]


def _counts_in_context(doc, cand: _Candidate, keep: frozenset[str]) -> bool:
    """May a number with no unit and no counted noun stay a figure (``figure_references.bare_reason``)?"""
    span = doc.char_span(cand.num_start, cand.num_end, alignment_mode="expand")
    if span is None:
        return True
    reason = bare_reason(span.root)
    return reason is None or reason in keep


class FigureStage(ArticleStage):
    """Fill ``article.figures`` from the parse, with claimants from ``article.quotes``."""

    name = "figures"
    requires = ("doc", "quotes")
    produces = ("figures",)

    def process(self, article: Article) -> Article:
        if article.doc is None:
            article.figures = []
            return article
        figures = extract_figures(article.doc, range_ends=True)
        cache: list[SpeakerResolver] = []

        def resolver() -> SpeakerResolver:
            if not cache:
                cache.append(SpeakerResolver(article.doc))
            return cache[0]

        claims = [claim_of(article, fig, resolver) for fig in figures]
        gapped_claims(article, figures, claims)
        carry_poll_claims(article, figures, claims)
        for fig, claim in zip(figures, claims, strict=True):
            fig.claimed_by_name = claim.name
        article.figures = figures
        return article

    def process_batch(self, articles: Sequence[Article]) -> list[Article]:
        return [self.process(a) for a in articles]


__all__ = ["FigureStage", "extract_figures", "noun_phrase"]

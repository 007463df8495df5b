"""Figures the text itself says are disputed: "Hollen disputes that figure", "X put the number higher",
"17 workers ..., a number the union disputes".

A dispute cue pairs the nearest figure before it (same or previous sentence) with the nearest
figure after it (the rest of the sentence; also the next sentence when the figure before is
in an earlier one) when both count things (no percentages, money or time)
and differ. A cue with no figure after it, whose figure before repeats a value already disputed
in the scope, adds that mention to the existing dispute."""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from storyline.corpus.compare_scope import sentence_span
from storyline.corpus.compare_worth import MEASUREMENT_UNITS, TIME_UNITS, range_end
from storyline.model import Article, Figure

_NOUN = r"(?:figure|number|count|toll|estimate|total|tally|numbers|figures|estimates)"
DISPUTE_CUES = re.compile(
    r"\b(?:disput(?:es|ed|e)|contest(?:s|ed)?|challeng(?:es|ed)|reject(?:s|ed)?|den(?:ies|ied|y))\s+"
    rf"(?:that|the|this|these|those|its|their)\s+(?:\w+\s+)?{_NOUN}\b"
    rf"|\b{_NOUN}\b[^.;]{{0,50}}?\b(?:disputes|disputed|contests|contested|rejects|rejected|denies|denied)\b"
    rf"|\bput\s+(?:the|that|its|their)\s+{_NOUN}\s+(?:much\s+|far\s+|even\s+)?(?:higher|lower)\b",
    re.I,
)


@dataclass
class Dispute:
    article: Article
    before: Figure
    after: Figure | None


def _countable(f: Figure) -> bool:
    unit = (f.unit or "").lower()
    return unit not in TIME_UNITS and unit not in MEASUREMENT_UNITS and not f.rate and f.value > 0 \
        and not range_end(f)


def _figures_between(article: Article, start: int, end: int) -> list[Figure]:
    return sorted((f for f in article.figures if start <= f.start and f.end <= end and _countable(f)),
                  key=lambda f: f.start)


def disputes_in(article: Article) -> list[Dispute]:
    """Every dispute cue of ``article`` with the figures it sets against each other."""
    out = []
    for m in DISPUTE_CUES.finditer(article.text):
        s, e = sentence_span(article, m.start())
        prev_s, _ = sentence_span(article, max(0, s - 2)) if s > 1 else (s, e)
        next_e = sentence_span(article, min(len(article.text) - 1, e + 1))[1] if e < len(article.text) else e
        before = _figures_between(article, prev_s, m.start())
        if not before:
            continue
        after = _figures_between(article, m.end(), e if before[-1].start >= s else next_e)
        first_after = after[0] if after else None
        if first_after is not None and first_after.value == before[-1].value:
            first_after = None
        out.append(Dispute(article, before[-1], first_after))
    return out


def disputes_of(articles: Sequence[Article]) -> list[Dispute]:
    return [d for a in sorted(articles, key=lambda a: (a.published or "", a.id)) for d in disputes_in(a)]

"""Marker words: evidence that two groups of articles report two different events.

Reports of one event share its words; reports of two events of one kind (two earthquakes, two offers
to one player) share the kind's words too, but each event brings words of its own (the other club,
the other island, another year, another death toll) that most reports of that event use and the
other event's reports rarely do. A word is a *marker* of group A when it is more common in A than in
B and the chance of at least that many of its carriers landing in A, were the carriers spread at
random over the two groups (one-sided hypergeometric tail, Fisher's exact test), is below ``alpha``
divided by the number of words tested (Bonferroni). Any marker, on either side, is the evidence.

Only *name-like* words can be markers (``name_like``): names (capitalised in mid-sentence in most of
their uses in the articles' leads), numbers and spelled-out numbers. What tells two events of one
kind apart is who, where and how many; common words differ between reports of one event too (one
phrasing against another: "the coastal city", "wounded", a quoted "undeserved") and between the
phases of one developing story ("indicted", "verdict", "summit"). This also limits the double dip
of testing words against a cut made on a similarity that already includes them: a cut that follows
phrasing follows common words, which are not tested.

Only words carried by at least two articles are counted and tested; the test stops at the first
marker found, trying the words with the largest difference in share first, so the cost is small
next to the pairwise similarities of the split itself.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence

MARKER_ALPHA = 0.2  # family-wise: chosen on ECB+ topics 1-17 and 18-35 (each alone) and 1-35 pooled
NUMBER_WORDS = frozenset((
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty",
    "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand", "million", "billion"))
_DIGIT = re.compile(r"\d")
_LONG_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]{3,}")
_SENTENCE_OPENERS = ".!?:\"“‘("
_SENTENCE_ENDS = ".!?\"”’)…"
HEADLINE_SHARE = 0.6  # a line with more capitalised long words than this is in headline case


def _log_comb(n: int, k: int) -> float:
    return math.lgamma(n + 1) - math.lgamma(k + 1) - math.lgamma(n - k + 1)


def tail_probability(in_a: int, size_a: int, in_b: int, size_b: int) -> float:
    """P(X >= in_a) for X the number of a word's ``in_a + in_b`` carriers that fall in group A when
    they are spread at random over the ``size_a + size_b`` articles (hypergeometric upper tail)."""
    carriers, total = in_a + in_b, size_a + size_b
    if in_a <= 0:
        return 1.0
    top = min(carriers, size_a)
    log_total = _log_comb(total, size_a)
    return min(1.0, sum(math.exp(_log_comb(carriers, x) + _log_comb(total - carriers, size_a - x) - log_total)
                        for x in range(in_a, top + 1)))


def _counts(groups: Iterable[Iterable[str]]) -> Counter[str]:
    return Counter(w for words in groups for w in set(words))


def _headline(line: str) -> bool:
    """A line in headline case: no closing punctuation and mostly capitalised long words."""
    words = _LONG_WORD.findall(line)
    return bool(words) and line.rstrip()[-1:] not in _SENTENCE_ENDS \
        and sum(w[0].isupper() for w in words) > HEADLINE_SHARE * len(words)


def body_lines(texts: Iterable[str]) -> list[str]:
    """The lines of ``texts`` that are not in headline case (their capitals say nothing)."""
    return [line for text in texts for line in text.split("\n") if not _headline(line)]


def _case_counts(word: str, lines: Iterable[str]) -> tuple[int, int]:
    """(capitalised, lower-case) uses of ``word`` in mid-sentence in the body ``lines`` (sentence-initial
    uses skipped: their capital says nothing)."""
    body = re.escape(word).replace("'", "['’]")
    pattern = re.compile(rf"(?<![\w'’-]){body}(?![\w'’-])", re.IGNORECASE)
    upper = lower = 0
    for line in lines:
        for m in pattern.finditer(line):
            before = line[: m.start()].rstrip()
            if before and before[-1] not in _SENTENCE_OPENERS:
                upper += m.group()[0].isupper()
                lower += m.group()[0].islower()
    return upper, lower


def is_number(word: str) -> bool:
    """A number or a spelled-out number (also in a compound: "eight-year")."""
    return bool(_DIGIT.search(word)) or any(part in NUMBER_WORDS for part in word.split("-"))


def name_like(word: str, texts: Iterable[str], lines: Sequence[str] | None = None) -> bool:
    """Is ``word`` (lower case, as in ``DocFeatures.terms``) a number, a spelled-out number (also in a
    compound: "eight-year") or a name: capitalised in mid-sentence in ``texts`` at least once and at
    least twice as often as in lower case? ``lines``: ``body_lines(texts)`` when the caller has them."""
    if is_number(word):
        return True
    upper, lower = _case_counts(word, body_lines(texts) if lines is None else lines)
    return upper > 0 and upper >= 2 * lower


def marker(group_a: Sequence[Iterable[str]], group_b: Sequence[Iterable[str]],
           alpha: float = MARKER_ALPHA, accept: Callable[[str], bool] | None = None) -> str | None:
    """A word that marks one group against the other (see the module docstring), or None.
    ``group_a`` and ``group_b``: the words of each article of each group; ``accept``: which words may
    be markers (default: any; the story split passes ``name_like`` over the story's leads). The
    Bonferroni count is over every word tested, accepted or not."""
    if not group_a or not group_b:
        return None
    ca, cb = _counts(group_a), _counts(group_b)
    na, nb = len(group_a), len(group_b)
    tested = sorted(w for w in set(ca) | set(cb) if ca[w] + cb[w] >= 2)
    if not tested:
        return None
    level = alpha / len(tested)
    ranked = sorted(tested, key=lambda w: (-abs(ca[w] / na - cb[w] / nb), w))
    for word in ranked:
        if ca[word] / na > cb[word] / nb:
            p = tail_probability(ca[word], na, cb[word], nb)
        else:
            p = tail_probability(cb[word], nb, ca[word], na)
        if p < level and (accept is None or accept(word)):
            return word
    return None

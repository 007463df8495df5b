"""Phases of one developing story: a later group of reports that adds names keeps the story whole.

A developing story names more as it goes: the court first appears at the hearing, the lake where a
missing walker was found appears when he is found, the cast of a film appears once filming starts.
To the marker test (``story_markers``) such a name looks like another event's: common in one group of
the story's reports, absent from the other. What tells a *phase* from *another event of the same
kind* is what the later reports keep, not what they add: reports of a later phase still name the
main actors and places of the earlier reports (the defendant, the town), while reports of another
event (a second earthquake, a second shooting a week later) do not name the first event's victims,
town or officials.

So a split whose only evidence is a marker word (the groups agree too well for the gap rule) is
undone as a phase when every article is dated, the group carrying the marker starts later than the
other group, and every *main name* of the earlier group (a name, not a number or a date word,
carried by more than half of its articles) is carried by at least half of the later group's
articles. Undated articles (ECB+, Multi-News) are never judged phases, so the rule cannot merge two
events whose order is unknown.
"""
from __future__ import annotations

import calendar
from collections import Counter
from collections.abc import Callable, Iterable, Sequence

from storyline.article.timex_patterns import WEEKDAYS
from storyline.corpus.story_markers import is_number

MAIN_SHARE = 0.5  # a main name of the earlier group: carried by more than this share of its articles
KEPT_SHARE = 0.5  # ... that the later group keeps: carried by at least this share of its articles
# weekday and month names, "today", "yesterday", "tonight": each phase has its own day
DATE_WORDS = frozenset(WEEKDAYS) | {m.lower() for m in calendar.month_name[1:]} | {
    "today", "yesterday", "tonight"}


def main_names(groups: Sequence[Iterable[str]], is_name: Callable[[str], bool],
               share: float = MAIN_SHARE) -> set[str]:
    """The names carried by more than ``share`` of the articles (``groups``: the words of each), not
    numbers (a death toll rises from phase to phase) or date words (each phase has its own day)."""
    counts = Counter(w for words in groups for w in set(words))
    return {w for w, n in counts.items() if n > share * len(groups) and w not in DATE_WORDS
            and not is_number(w) and is_name(w)}


def carriers(word: str, groups: Sequence[Iterable[str]]) -> int:
    """How many articles (``groups``: the words of each) carry ``word``."""
    return sum(word in words for words in groups)


def later_phase(words: Sequence[Sequence[Iterable[str]]], days: Sequence[Sequence[int | None]], word: str,
                is_name: Callable[[str], bool]) -> bool:
    """Is the group whose articles carry the marker ``word`` more often a later phase of the other
    (see the module docstring)? ``words``: per group, the words of each article; ``days``: per group,
    each article's day (None when undated)."""
    if any(d is None for group in days for d in group):
        return False
    shares = [carriers(word, group) / len(group) for group in words]
    late = 0 if shares[0] > shares[1] else 1
    early = 1 - late
    if min(days[late]) <= min(days[early]):
        return False
    names = main_names(words[early], is_name)
    return bool(names) and all(carriers(n, words[late]) >= KEPT_SHARE * len(words[late]) for n in names)

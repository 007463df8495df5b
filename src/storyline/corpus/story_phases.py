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
undone as a phase when, judged on the dated articles only (at least ``min_size`` in each group; an
undated report is left out, not a veto), one group starts later than the other and

- the later group keeps every *main name* of the earlier group (a name, not a number or a date word,
  carried by more than half of its articles), except the names of spokespersons (``story_names``: a
  police officer who speaks for every case in a town; later reports may quote someone else);
- at least ``MIN_ACTORS`` of those kept names are the heads of names that are no spokesperson (the
  defendant and the town, the walker and the hills: one place and one police officer in common are
  what two shootings in one town share);
- a marker carried by the earlier group is a spokesperson's word (the sergeant the later reports
  drop); any other name the later reports drop is another event's.

Corpora without dates (ECB+, Multi-News) are never judged phases, so the rule cannot merge two events
whose order is unknown.
"""
from __future__ import annotations

import calendar
from collections import Counter
from collections.abc import Callable, Iterable, Sequence

from storyline.article.timex_patterns import WEEKDAYS
from storyline.corpus.story_markers import is_number
from storyline.corpus.story_names import NameRun, heads_of, name_runs, spokespersons

MAIN_SHARE = 0.5  # a main name of the earlier group: carried by more than this share of its articles
KEPT_SHARE = 0.5  # ... that the later group keeps: carried by at least this share of its articles
MIN_ACTORS = 2  # a phase keeps at least this many main names of the earlier group that are no spokesperson
PHASE_MIN = 3  # dated articles needed in each group to judge
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
                is_name: Callable[[str], bool], lines: Sequence[str] = (), min_size: int = PHASE_MIN) -> bool:
    """Is the split of two groups of a story's articles, marked by ``word``, a later phase of one story
    (see the module docstring)? ``words``: per group, the words of each article; ``days``: per group,
    each article's day (None when undated); ``lines``: the body lines of the story's leads."""
    dated = [[w for w, d in zip(group, ds, strict=True) if d is not None]
             for group, ds in zip(words, days, strict=True)]
    known = [[d for d in ds if d is not None] for ds in days]
    if min(len(group) for group in dated) < max(1, min_size) or min(known[0]) == min(known[1]):
        return False
    early = 0 if min(known[0]) < min(known[1]) else 1
    late = 1 - early
    runs = list(name_runs(lines))
    speakers = spokespersons(runs)
    if _share(word, dated[early]) > _share(word, dated[late]) and not _spoken(word, runs, speakers):
        return False
    names = main_names(dated[early], is_name)
    heads = heads_of(names, runs)
    actors = {h for w in names for h in heads[w] if h in names} - speakers
    kept = [n for n in names if not heads[n] or not heads[n] <= speakers]
    return len(actors) >= MIN_ACTORS and all(
        carriers(n, dated[late]) >= KEPT_SHARE * len(dated[late]) for n in kept)


def _share(word: str, groups: Sequence[Iterable[str]]) -> float:
    return carriers(word, groups) / len(groups)


def _spoken(word: str, runs: Sequence[NameRun], speakers: set[str]) -> bool:
    """Is ``word`` part of a spokesperson's name only (every run holding it has a spokesperson's head)?"""
    heads = heads_of([word], runs)[word]
    return bool(heads) and heads <= speakers

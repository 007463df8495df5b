"""Event anchors: an event named by its day ("Monday's debate", "the debates Monday") in an article.

Reports of one event from different angles (the polls before a debate, the moderators' fairness,
the polls after it) may share few words and names beyond those of every story of a campaign, but
they name the event itself by its day: "Monday's debate" (resolved by the time stage to one calendar
day), "Monday night's first debate", "the first of three debates Monday". Two articles that name the
same event noun on the same day very likely report one event; two events of one kind (a shooting on
Saturday, another on Thursday) fall on different days.

An article's *anchors* are (word, day) pairs taken around its day-precise date mentions:

- *firm* anchors, from a possessive date: the content words of the (up to three-word) noun phrase
  that follows ("Monday night's first debate" gives "debate"; an ordinal such as "first" is not an
  event word), cut at the first stop word, punctuation, word ending in "-ed" or "-ly" or common verb
  ("Monday's debate widely panned" gives "debate", "Thursday's statement said" "statement");
- *near* anchors: the firm ones, and the content word just before the date ("debates Monday", "the
  vote on Tuesday"), which may as well be a verb ("said Monday"), so it counts only against another
  article's firm anchor.

Two articles (or an article and a story) *share an event* when a firm anchor of either is a near
anchor of the other. Plural nouns are folded to the singular ("debates": "debate").
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date

from spacy.lang.en.stop_words import STOP_WORDS

from storyline.model import Article

_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_POSSESSIVE = re.compile(r"['’]s?$")
_AFTER_POSSESSIVE = re.compile(r"(?:\s+(?:night|morning|afternoon|evening))?['’]s?(?=\s)")
_PHRASE = re.compile(r"\s+([a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2})")
_WORD_BEFORE = re.compile(r"(?<![A-Za-z'’-])([a-z][a-z-]*)\s+(?:(?:on|of|last|this|next|early|late)\s+)?$")
_VERB_OR_ADVERB = re.compile(
    r"..(?:ed|ly)$|^(?:said|says|told|tells|made|went|came|gave|took|saw|drew|won|lost)$")
NOT_EVENT_WORDS = frozenset({"first", "second", "third", "last", "final", "latest", "next", "previous",
                             "night", "morning", "afternoon", "evening", "early", "late", "news"})
MIN_WORD = 4  # shorter words ("win", "top") say too little about which event


@dataclass(frozen=True)
class Anchors:
    """An article's event anchors: (word, day) pairs, ``firm`` ones included in ``near``."""

    firm: frozenset[tuple[str, int]] = field(default_factory=frozenset)
    near: frozenset[tuple[str, int]] = field(default_factory=frozenset)


def _fold(word: str) -> str | None:
    """A content word as an anchor word (singular, lower case), or None for a stop or ordinal word."""
    word = word.lower()
    if len(word) < MIN_WORD or word in STOP_WORDS or word in NOT_EVENT_WORDS:
        return None
    return word[:-1] if word.endswith("s") and not word.endswith("ss") and len(word) > MIN_WORD else word


def _phrase_words(text: str, end: int) -> list[str]:
    """The content words of the noun phrase after a possessive ending at ``end`` (up to three words,
    cut at the first stop word)."""
    m = _PHRASE.match(text, end)
    words: list[str] = []
    for word in m.group(1).split() if m else ():
        if word in NOT_EVENT_WORDS:  # "first" is a stop word, but "Monday's first debate" goes on
            continue
        if word in STOP_WORDS or _VERB_OR_ADVERB.search(word):  # "Monday's debate, widely panned"
            break
        words.append(word)
    return [w for w in map(_fold, words) if w]


def _possessive_end(text: str, start: int, end: int) -> int | None:
    """Where the possessive of the date mention ``start:end`` ends ("Monday's", "Monday night's"), or
    None when the mention is no possessive."""
    if _POSSESSIVE.search(text[start:end]) and text[end - 1: end] in "s'’":
        return end
    m = _AFTER_POSSESSIVE.match(text, end)
    return m.end() if m else None


def anchors(article: Article) -> Anchors:
    """The event anchors of ``article`` (see the module docstring), from its resolved date mentions."""
    firm: set[tuple[str, int]] = set()
    near: set[tuple[str, int]] = set()
    text = article.text
    for mention in article.dates:
        if not mention.value or not _DAY.match(mention.value):
            continue
        day = date.fromisoformat(mention.value).toordinal()
        cut = _possessive_end(text, mention.start, mention.end)
        if cut is not None:
            firm.update((w, day) for w in _phrase_words(text, cut))
        before = _WORD_BEFORE.search(text, max(0, mention.start - 40), mention.start)
        word = _fold(before.group(1)) if before else None
        if word:
            near.add((word, day))
    return Anchors(frozenset(firm), frozenset(firm | near))


def shares_event(a: Anchors, firm: Iterable[tuple[str, int]] | Mapping[tuple[str, int], int],
                 near: Iterable[tuple[str, int]] | Mapping[tuple[str, int], int]) -> bool:
    """Do the anchors ``a`` share an event with another article's or story's ``firm`` and ``near``
    anchors (a firm anchor of either side is a near anchor of the other)?"""
    return any(x in near for x in a.firm) or any(x in firm for x in a.near)

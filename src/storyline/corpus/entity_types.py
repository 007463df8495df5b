"""Entity types by corpus-level voting.

spaCy's small model mislabels names (a city as PERSON, a surname as WORK_OF_ART or GPE). A type is
therefore never read off one mention: each mention casts weighted votes from its NER label and its
context (a role title or an honorific before it says PERSON, "in"/"from" before it says PLACE), and
the merged group takes the heaviest type."""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from storyline.corpus.entity_names import has_corporate_suffix

TYPES = ("PERSON", "ORG", "PLACE", "GROUP", "OTHER")
LABEL_TYPE = {
    "PERSON": "PERSON", "ORG": "ORG", "GPE": "PLACE", "LOC": "PLACE", "FAC": "PLACE", "NORP": "GROUP",
    "EVENT": "OTHER", "WORK_OF_ART": "OTHER", "LAW": "OTHER", "PRODUCT": "OTHER",
}
LABEL_WEIGHT = {"FAC": 0.5, "WORK_OF_ART": 0.5, "PRODUCT": 0.5, "EVENT": 0.5, "LAW": 0.5}
PLACE_LABELS = {"GPE", "LOC", "FAC"}
# prepositions that take a place far more often than a person ("talks in Kyiv", "shelling near Kursk")
_PLACE_PREPOSITION = re.compile(
    r"\b(?:in|near|across|outside|inside|into|throughout|towards?)\s+(?:the\s+)?$", re.IGNORECASE)
_POSSESSIVE_AFTER = re.compile(r"^['’]s?\b")


def label_vote(label: str, n_words: int) -> tuple[str, float]:
    """The type an NER label speaks for and how much it weighs; PERSON and ORG on a one-word mention
    are weak evidence (the small model calls a bare "Trump" ORG and a bare "Kyiv" PERSON)."""
    kind = LABEL_TYPE.get(label, "OTHER")
    weight = LABEL_WEIGHT.get(label, 1.0)
    if n_words == 1 and label in ("PERSON", "ORG"):
        weight = 0.5
    if label == "SPEAKER":  # a name handed over by the quote or figure stage, not by NER
        return "PERSON", 0.3
    if label == "GAZETTEER":  # a known name found again in the text: its group decides the type
        return "OTHER", 0.0
    return kind, weight


def context_votes(text: str, start: int, end: int, has_title: bool,
                  has_honorific: bool) -> list[tuple[str, float]]:
    """Votes from the words around a mention."""
    votes: list[tuple[str, float]] = []
    if has_title or has_honorific:
        votes.append(("PERSON", 1.5))
    if after_place_preposition(text, start, end):
        votes.append(("PLACE", 1.0))
    return votes


def after_place_preposition(text: str, start: int, end: int) -> bool:
    """Is the mention at ``text[start:end]`` governed by a place preposition ("in Kyiv", not "in Kyiv's")?"""
    if _POSSESSIVE_AFTER.match(text[end:end + 3]):
        return False
    return bool(_PLACE_PREPOSITION.search(text[max(0, start - 20):start]))


def elect(votes: Iterable[tuple[str, float]]) -> str:
    """The heaviest type; ties go to the order of ``TYPES`` so the result is stable."""
    tally: Counter[str] = Counter()
    for kind, weight in votes:
        tally[kind] += weight
    if not tally:
        return "OTHER"
    return max(TYPES, key=lambda t: (tally[t], -TYPES.index(t)))


def group_type(votes: Counter[str], forms: Iterable[str]) -> str:
    """The type of a group of names: ORG when one of them carries a corporate suffix ("Hollen Coal
    Company"), else the heaviest vote."""
    if any(has_corporate_suffix(f) for f in forms):
        return "ORG"
    return elect(votes.items())


def tally(votes: Iterable[tuple[str, float]]) -> Counter[str]:
    """Summed weights per type."""
    out: Counter[str] = Counter()
    for kind, weight in votes:
        out[kind] += weight
    return out


def compatible(a: str, b: str) -> bool:
    """May groups of types ``a`` and ``b`` be merged? A person never merges with a place or org."""
    if a == b or "OTHER" in (a, b):
        return True
    return "PERSON" not in (a, b)

"""Records of speaker resolution (titles, name uses, resolutions, subject candidates) and the small
comparisons they need: one surname, a role description fitting a title, merged character spans."""
from __future__ import annotations

from dataclasses import dataclass

from storyline.article.speaker_words import IGNORED_MODS, LEADER_HEADS
from storyline.corpus.entity_names import fold, surname_keys


def same_surname(a: str, b: str) -> bool:
    """One surname, letter for letter (case and accents aside), or a transliteration variant of a
    long one (Zelensky, Zelenskiy, Zelenskyy); never a prefix (Harris/Harrison, Clint/Clinton)."""
    if fold(a) == fold(b):
        return True
    keys_a = {k for k in surname_keys(a) if k.startswith("~")}
    return bool(keys_a & set(surname_keys(b)))


@dataclass
class Title:
    """A role the article gives a named person: head noun ("president") and modifiers ("ukrainian")."""

    head: str
    mods: frozenset[str]
    name: str
    pos: int


@dataclass
class NameUse:
    """How an article mentions one full name: how often, whether as the subject of a reporting
    verb, and whether only inside a kinship description ("his wife X", "parents X and Y")."""

    count: int = 0
    speaks: bool = False
    described_only: bool = True

    def rank(self) -> tuple[bool, bool, int]:
        return (not self.described_only, self.speaks, self.count)


@dataclass
class Resolution:
    text: str
    start: int
    end: int
    name: str | None
    person: bool = False


@dataclass
class SubjectCandidate:
    """A main-clause subject before the quoted spans filter it: a pronoun (its lower-cased word), or a
    mention resolved without pronouns (name, kind, mention text; ``keep``: it enters the subjects)."""

    offset: int
    pronoun: str | None
    name: str | None = None
    kind: str = ""
    text: str = ""
    keep: bool = False
    speaks: bool = False  # the subject of a reporting verb
    gender: str = ""  # "f" or "m" for an unnamed person whose noun says it ("A woman")
    token: int = -1  # the subject's token index


SUBORDINATE_MODS = {"vice", "deputy", "assistant", "associate", "under"}


def title_fits(title: Title, head: str, mods: set[str]) -> bool:
    """Does a role description (head noun, modifiers) fit a title the article gave someone? A vice or
    deputy role is another office: "the presidential nominee" is not the vice presidential nominee."""
    head_ok = title.head == head or (head in LEADER_HEADS and title.head in LEADER_HEADS)
    return head_ok and mods - IGNORED_MODS <= title.mods and not (title.mods & SUBORDINATE_MODS) - mods


def merge_spans(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted, disjoint union of character spans (so one bisect answers "is this offset inside?")."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out

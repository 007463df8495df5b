"""The names of a story's leads grouped by the name they belong to, and which of them are spokespersons.

A *name run* is a sequence of capitalised words in a body line (``story_markers.body_lines``), cut
at a comma or any other punctuation, at a lower-case word and after a possessive "'s" ("Sergeant Ian
Holt's search" gives "Sergeant Ian Holt"). Its *head* is its last word: "Chief Inspector Ruth Kane"
and "Ruth Kane" both have the head "kane", so the words of a run belong to the name of its head
(a title such as "President" may belong to several).

A *spokesperson* is a name whose mentions are mostly attributions: the run is followed by a verb of
saying ("Sergeant Ian Holt said"), possibly after an apposition between commas or an "of" phrase
("Ruth Kane, the chief inspector, said", "Ruth Kane of Brenmouth police said"), or preceded by
"said" or "according to" ("..., said Sergeant Ian Holt"). A police officer or a press officer speaks
for every case in a town; what tells one event from another is the victim, the street, the club,
which are named rather than quoted.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

SPOKESPERSON_SHARE = 0.5  # a spokesperson: more than this share of its mentions are attributions
_TOKEN = re.compile(r"[A-Za-z][A-Za-z.'’-]*")
_POSSESSIVE = re.compile(r"['’]s?$")
_SAY = r"(?:said|says|told|tells|added|adds|stated|announced|explained|confirmed|warned|insisted|noted)"
_AFTER = re.compile(
    r"(?:\s*,[^,.;:!?\"“”]{1,80},|\s+of\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+)+(?:[a-z]+\s+)?)?\s*" + _SAY + r"\b")
_BEFORE = re.compile(r"\b(?:said|says|according\s+to)\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class NameRun:
    """One run of capitalised words: its lower-case words, its line and where it ends there."""

    words: tuple[str, ...]
    line: str
    start: int
    end: int

    @property
    def head(self) -> str:
        return self.words[-1]

    def attribution(self) -> bool:
        """Is this mention of a name the speaker of an attribution (see the module docstring)?"""
        return bool(_AFTER.match(self.line, self.end)) or bool(_BEFORE.search(self.line[: self.start]))


def _key(token: str) -> str:
    return token.lower().replace("’", "'")


def name_runs(lines: Iterable[str]) -> Iterator[NameRun]:
    """The runs of capitalised words in ``lines`` (see the module docstring)."""
    for line in lines:
        run: list[str] = []
        start = end = 0
        for m in _TOKEN.finditer(line):
            token = m.group().rstrip(".")
            glued = bool(run) and line[end: m.start()].isspace() and "\n" not in line[end: m.start()]
            if run and not (glued and token[0].isupper()):
                yield NameRun(tuple(run), line, start, end)
                run = []
            if not token[0].isupper():
                continue
            if not run:
                start = m.start()
            bare = _POSSESSIVE.sub("", token) if _POSSESSIVE.search(token) and len(token) > 2 else token
            run.append(_key(bare))
            end = m.start() + len(bare)
            if bare != token:  # a possessive ends the name
                yield NameRun(tuple(run), line, start, end)
                run = []
        if run:
            yield NameRun(tuple(run), line, start, end)


def heads_of(words: Iterable[str], runs: Iterable[NameRun]) -> dict[str, set[str]]:
    """Per word of ``words``, the heads of the runs it appears in (empty when in none)."""
    wanted = set(words)
    out: dict[str, set[str]] = {w: set() for w in wanted}
    for run in runs:
        for w in run.words:
            if w in wanted:
                out[w].add(run.head)
    return out


def spokespersons(runs: Iterable[NameRun]) -> set[str]:
    """The heads whose mentions are more than ``SPOKESPERSON_SHARE`` attributions."""
    mentions: Counter[str] = Counter()
    said: Counter[str] = Counter()
    for run in runs:
        mentions[run.head] += 1
        said[run.head] += run.attribution()
    return {h for h, n in mentions.items() if said[h] > SPOKESPERSON_SHARE * n}

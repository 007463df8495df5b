"""A person named two ways because one name was wrong, as the text itself says: "the paperwork lists
an incorrect last name for the man ... His name is Dallas Swonger." while the same article (and
perhaps others) call him "Dallas Delynn".

A correction is a sentence that says a name was wrong (``WRONG`` near the word "name") followed,
in that sentence or the next, by "(his|her|the|whose) [real|correct|...] name is First Last". The
corrected person is the PERSON entity mentioned there; the wrong name is another PERSON entity of
the same document with the same first name and another last name, mentioned from the
sentence before the right name to the sentence after it (a namesake further on is a bystander: "Neighbour
David Reed said"). Only a text that says so is believed: two surnames for one first name are otherwise
two people."""
from __future__ import annotations

import re
from dataclasses import dataclass

from storyline.corpus.compare_scope import sentence_span
from storyline.model import Article, Entity, Span

WRONG = re.compile(r"\b(?:incorrect(?:ly)?|wrong(?:ly)?|erroneous(?:ly)?|mistaken(?:ly)?|misspel\w*"
                   r"|misidentif\w*|misnam\w*|misreport\w*)\b", re.I)
NAME_WORD = re.compile(r"\bnames?\b", re.I)
NAME_IS = re.compile(r"\b(?i:his|her|their|the|whose)\s+(?:(?:real|correct|actual|true|full|last)\s+)?"
                     r"name\s+is\s+([A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+)+)")


@dataclass
class NameCorrection:
    """One person's right name and the wrong one, with their mentions to show."""

    right: Entity
    wrong: Entity
    mentions: list[tuple[Article, Span]]


def _corrected_spans(article: Article) -> list[tuple[int, int, int, int]]:
    """Offsets of the names a correction in ``article`` gives as right, each with the stretch (from
    the sentence before it to the sentence after it) where the wrong name must appear."""
    out = []
    for cue in WRONG.finditer(article.text):
        s, e = sentence_span(article, cue.start())
        if not NAME_WORD.search(article.text, s, e):
            continue
        after = sentence_span(article, e + 1)[1] if e + 1 < len(article.text) else e
        found = NAME_IS.search(article.text, cue.end(), max(after, e))
        if found:
            out.append(found.span(1) + _near(article, *found.span(1)))
    return out


def _near(article: Article, start: int, end: int) -> tuple[int, int]:
    """From the sentence before the one holding ``start:end`` to the sentence after it."""
    s, e = sentence_span(article, start, end)
    lo = sentence_span(article, s - 2)[0] if s > 1 else s
    hi = sentence_span(article, e + 1)[1] if e + 1 < len(article.text) else e
    return min(lo, s), max(hi, e)


def _mentioned(entity: Entity, doc: str, start: int | None = None, end: int | None = None) -> bool:
    return any(m.doc == doc and (start is None or (m.start < end and m.end > start)) for m in entity.mentions)


def _first_last(name: str) -> tuple[str, str]:
    words = name.split()
    return words[0].lower(), words[-1].lower()


def corrections(articles: dict[str, Article], people: list[Entity]) -> list[NameCorrection]:
    """Name corrections the texts state, each with the first full mention of either name per document."""
    out = []
    for doc, article in sorted(articles.items()):
        for start, end, near_start, near_end in _corrected_spans(article):
            right = next((p for p in people if _mentioned(p, doc, start, end)), None)
            if right is None or len(right.name.split()) < 2:
                continue
            for wrong in people:  # a namesake mentioned near the correction, not a bystander further on
                if _namesake(wrong, right) and _mentioned(wrong, doc, near_start, near_end):
                    out.append(NameCorrection(right, wrong, _shown(articles, [wrong, right])))
    return out


def _namesake(wrong: Entity, right: Entity) -> bool:
    """Another person of two names or more with the same first name and another last name."""
    if wrong is right or len(wrong.name.split()) < 2:
        return False
    (first, last), (first2, last2) = _first_last(right.name), _first_last(wrong.name)
    return first == first2 and last != last2


def _shown(articles: dict[str, Article], entities: list[Entity]) -> list[tuple[Article, Span]]:
    """Per entity and document, the first mention of two words or more (else the first)."""
    out = []
    for entity in entities:
        for doc in sorted({m.doc for m in entity.mentions if m.doc in articles}):
            mentions = sorted((m for m in entity.mentions if m.doc == doc), key=lambda m: m.start)
            full = [m for m in mentions if len(articles[doc].text[m.start:m.end].split()) > 1]
            out.append((articles[doc], (full or mentions)[0]))
    return out

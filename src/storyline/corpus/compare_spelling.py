"""A person's name spelt two ways: "Narongsak Osoththanakorn" in one report, "Narongsak Osatanakorn" in
another, both resolved to one person by the entities stage.

The entities stage decides which spellings are one person (``entity_merge``); this module only reads its
result. A person entity whose full names (two words or more, honorifics left out) give one first name
and two surnames that are not one romanisation (``consonant_key``: Zelenskiy/Zelenskyy and
Khavkin/Chavkin are one spelling in two house styles, like honour/honor) is a discrepancy. Surnames
that differ only by a plural or possessive "s" are reading errors, not spellings. The values are the
first mention of each spelling in each document."""
from __future__ import annotations

import re
from dataclasses import dataclass

from storyline.article.speaker_words import UNDOTTED_HONORIFICS as _HONORIFICS
from storyline.corpus.entity_names import tokens, translit_token
from storyline.model import Article, Entity, Span

MIN_SURNAME = 4  # letters: shorter surnames ("Li"/"Lee") are often two names, not one spelt two ways


@dataclass
class Spelling:
    """A person's name in two spellings, with the mentions to show."""

    person: Entity
    forms: tuple[str, str]  # the two surnames as folded words
    mentions: list[tuple[Article, Span]]


def full_name(text: str) -> tuple[str, tuple[str, ...]] | None:
    """(first name, the words after it) of a written name of two words or more, folded; None for a bare
    name. The surname is the last of those words."""
    words = tokens(text)
    while words and words[0] in _HONORIFICS:
        words = words[1:]
    if len(words) < 2:
        return None
    return words[0], tuple(words[1:])


def _other_spelling(a: str, b: str, runs_a: set[str], runs_b: set[str]) -> bool:
    """True when two surnames are two spellings, not one in two transliterations, a plural/possessive, or
    one name hyphenated or not: ``runs_a``/``runs_b`` are the keys of the words after the first name run
    together ("Chan-ocha" / "Chanocha", "Jae-myung" / "Jaemyung" are one)."""
    if min(len(a), len(b)) < MIN_SURNAME or not (a.isalpha() and b.isalpha()):
        return False
    if a.rstrip("s") == b.rstrip("s") or runs_a & runs_b:
        return False
    return consonant_key(a) != consonant_key(b)


def consonant_key(surname: str) -> str:
    """A surname with the romanisation choices of its consonants folded away (``translit_token``, ch read
    as h, then an h after a consonant dropped, c and q read as k, doubled letters as one): Khavkin, Havkin
    and Chavkin are one name (the Cyrillic Х as kh, h or the German ch), Tanakorn and Thanakorn too. A
    changed vowel is kept: Osatanakorn and Osoththanakorn are two spellings."""
    key = re.sub(r"(?<=[^aeiou])h", "", translit_token(surname).replace("ch", "h"))
    return re.sub(r"(.)\1+", r"\1", key.replace("c", "k").replace("q", "k"))


def _spellings(person: Entity, articles: dict[str, Article]) -> dict[tuple[str, str], list[Span]]:
    """The person's mentions in ``articles`` by (first name, surname) of their full names."""
    out: dict[tuple[str, str], list[Span]] = {}
    for m in sorted(person.mentions, key=lambda m: (m.doc, m.start)):
        article = articles.get(m.doc)
        name = full_name(article.text[m.start:m.end]) if article else None
        if name:
            out.setdefault((name[0], name[1][-1]), []).append(m)
    return out


def _runs(mentions: list[Span], articles: dict[str, Article]) -> set[str]:
    """The keys of the words after the first name, run together, of some mentions of one spelling."""
    names = (full_name(articles[m.doc].text[m.start:m.end]) for m in mentions)
    return {consonant_key("".join(name[1])) for name in names if name}


def misspellings(people: list[Entity], articles: dict[str, Article]) -> list[Spelling]:
    """People whose name is spelt two ways in ``articles``, each pair of spellings once."""
    out = []
    for person in people:
        forms = _spellings(person, articles)
        runs = {key: _runs(ms, articles) for key, ms in forms.items()}
        names = sorted(forms)
        for i, (first, last) in enumerate(names):
            for first2, last2 in names[i + 1:]:
                if (translit_token(first) == translit_token(first2)
                        and _other_spelling(last, last2, runs[(first, last)], runs[(first2, last2)])):
                    shown = _first_per_doc(forms[(first, last)]) + _first_per_doc(forms[(first2, last2)])
                    out.append(Spelling(person, (last, last2), [(articles[m.doc], m) for m in shown]))
    return out


def _first_per_doc(mentions: list[Span]) -> list[Span]:
    seen: dict[str, Span] = {}
    for m in mentions:
        seen.setdefault(m.doc, m)
    return list(seen.values())

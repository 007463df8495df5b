"""Words of a quotation, normalised for comparing two reports of one statement.

Two transcripts of one statement differ in ways that are house style, not wording: case, punctuation,
typographic quotes, British/US spelling ("honour"/"honor"), clock minutes ("6:00 p.m."/"6 p.m."),
contractions ("do not"/"don't"), numerals ("10"/"ten"), hyphenation ("e-mail"/"email"), fillers ("uh").
``quote_words`` tokenises a span into ``Word`` records with those differences folded away, keeping
character offsets, and marks the places where the text itself says words were left out or replaced: an
ellipsis ("..." or "…"), an editor's bracket or parenthesis ("[the president]", "(UN)"), a word starred
out ("f***") or a quotation mark inside the quote (the report stepped out of it)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from storyline.article.numbers import SMALL, TENS

WORD = re.compile(r"[^\W\d_]+\*+[^\W\d_]*|[^\W_]+(?:['’][^\W\d_]+)*"  # starred-out words, words
                  r"|\.\.\.|…|\[[^\]]*\]|\([^)]*\)|%|[\"“”]")  # ellipses, brackets, parentheses, marks
GAP = "<gap>"  # an ellipsis or bracket: words may be missing here
FILLERS = {"uh", "um", "er", "erm", "ah", "uhm"}
# "ten" and "10" are one word ("%" and "percent" too): the number words of ``numbers``, as digits
NUMBER_WORDS = {word: str(int(value)) for word, value in {**SMALL, **TENS}.items()} | {"hundred": "100",
                                                                                     "%": "percent"}
CONTRACTIONS = {"n't": "not", "'re": "are", "'ve": "have", "'ll": "will", "'d": "would", "'m": "am"}
IRREGULAR = {"won't": ["will", "not"], "can't": ["can", "not"], "shan't": ["shall", "not"],
             "ain't": ["is", "not"], "cannot": ["can", "not"]}
IS_PRONOUNS = {"it", "that", "what", "there", "here", "he", "she", "who", "where", "this", "let"}
# British endings and their US forms; applied to every word alike, so a rule can only merge forms.
SPELLING = [(re.compile(p), r) for p, r in (
    (r"(?<=\w{2})our", "or"),  # honour, favourite, neighbourhood
    (r"(?<=\w{2})is(e|ed|es|ing|ation|ations)$", r"iz\1"),
    (r"(?<=\w{2})ys(e|ed|es|ing)$", r"yz\1"),
    (r"(?<=\w{2})tre(s)?$", r"ter\1"),
    (r"(?<=\w{2}[aeiou])ll(ed|ing|er|ers)$", r"l\1"),
    (r"(?<=\w{2})ence$", "ense"),
    (r"(?<=\w{2})ogue(s)?$", r"og\1"),
    (r"^programme", "program"),
    (r"dgement(s)?$", r"dgment\1"),  # judgement, acknowledgement
)]


@dataclass(frozen=True, slots=True)
class Word:
    """One normalised word of a quotation and its offsets in the article text."""

    norm: str
    start: int
    end: int


@lru_cache(maxsize=65536)
def _spelling(word: str) -> str:
    for pattern, repl in SPELLING:
        word = pattern.sub(repl, word)
    return word


@lru_cache(maxsize=65536)
def _split(token: str) -> tuple[str, ...]:
    """A lower-case token as its normalised words: contractions spelled out, numbers as digits."""
    token = token.replace("’", "'")
    if token in IRREGULAR:
        return tuple(IRREGULAR[token])
    if token.endswith("'s") and token[:-2] in IS_PRONOUNS:
        return token[:-2], "is"
    for ending, full in CONTRACTIONS.items():
        if token.endswith(ending) and len(token) > len(ending):
            return _spelling(token[: -len(ending)]), full
    return (NUMBER_WORDS.get(token) or _spelling(token),)


def quote_words(text: str, start: int, end: int) -> list[Word]:
    """The normalised words of ``text[start:end]``; ellipses and brackets become ``GAP`` words."""
    out: list[Word] = []
    for m in WORD.finditer(text, start, end):
        token = m.group().lower()
        if token in ("...", "…", '"', "“", "”") or token[0] in "[(" or "*" in token:
            out.append(Word(GAP, m.start(), m.end()))
        elif token not in FILLERS and not _clock_minutes(text, token, m.start()):
            out += [Word(w, m.start(), m.end()) for w in _split(token)]
    return _join_per_cent(out)


def _clock_minutes(text: str, token: str, start: int) -> bool:
    """True for the "00" of "6:00" (the same time as "6")."""
    return token == "00" and text[max(0, start - 3):start].rstrip().endswith(":")


def _join_per_cent(words: list[Word]) -> list[Word]:
    out: list[Word] = []
    for w in words:
        if w.norm == "cent" and out and out[-1].norm == "per":
            out[-1] = Word("percent", out[-1].start, w.end)
        else:
            out.append(w)
    return out

"""Which source sentences may stand alone in a summary, and the words they are compared by.

A summary sentence is a verbatim source sentence read out of its context, so a sentence is a
*candidate* only when it makes sense alone:

- it does not open with a word that points back (a pronoun such as "He", "They", "This", a
  connective such as "But", "However", "Also", "Meanwhile": ``DANGLING_OPENERS``);
- it is a finished statement: it ends with sentence punctuation (headings and subheadings do not),
  is not a question, and does not start in lowercase or with a closing mark (a fragment);
- it is no headline set in title case, even when the scraper gave it a full stop ("Clinton Speaks
  Directly To Voters After Shooting."), and no aside in brackets ("(Except it isn't funny.)");
- it is not a bare quotation (no speaker named outside the quote marks), a piece of a longer
  quotation (unbalanced quote marks), nor a statement attributed only to a pronoun
  ("..., he said."), whose speaker the reader cannot know;
- it has ``MIN_WORDS`` to ``MAX_WORDS`` words and no page furniture (links, e-mail addresses,
  "click here", copyright notices, photo credits).

``content_words`` gives the lowercased, lightly stemmed words without stop words that the TF-IDF
vectors of ``summary_rank`` are built from.
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS

from storyline.corpus.story_text import caption_like

MIN_WORDS = 8
MAX_WORDS = 55
ATTRIBUTION_WORDS = 2  # words outside the quote marks that name who speaks ("Smith said")

DANGLING_OPENERS = frozenset((
    "he", "she", "they", "it", "this", "that", "these", "those", "his", "her", "hers", "their", "theirs",
    "its", "him", "them", "we", "our", "us", "i", "my", "me", "you", "your", "such", "both", "either",
    "neither", "another", "other", "others", "there's", "here's", "but", "however", "also", "meanwhile",
    "and", "or", "so", "yet", "still", "instead", "moreover", "furthermore", "besides", "thus",
    "therefore", "hence", "nevertheless", "nonetheless", "additionally", "likewise", "similarly",
    "otherwise", "afterwards", "afterward", "again", "indeed", "then", "nor", "plus",
))
DANGLING_PHRASES = (
    "in addition", "as a result", "on the other hand", "at the same time", "for example", "for instance",
    "in turn", "in contrast", "by contrast", "even so", "the latter", "the former", "in response",
    "that's", "it's", "he's", "she's", "they're", "this is", "that is", "as well",
)
PRONOUN_WORDS = frozenset(("he", "she", "they", "it", "we", "i", "you"))
PRONOUN_SPEAKERS = "(?:" + "|".join(sorted(PRONOUN_WORDS)) + ")"
PRONOUN_ATTRIBUTION = re.compile(
    rf"[,\"”’']\s*(?:{PRONOUN_SPEAKERS}\s+\w+|\w+\s+{PRONOUN_SPEAKERS})\s*[.!]?[\"”’']?\s*$", re.I)
FURNITURE = re.compile(
    r"https?://|www\.|\S+@\S+\.\w|\bclick here\b|\bsubscribe\b|\bsign up\b|\ball rights reserved\b"
    r"|\bphoto(?:graph)?:|\bimage:|\(photo\b|\bcaption\b|\bnewsletter\b|\bcookies?\b|\bjavascript\b"
    r"|\bbrowser\b|\bfollow us\b|\bread more\b|\bwatch:|\bvideo:|\bthis (?:site|page|website)\b"
    r"|\bdisplay(?:ed)? correctly\b|\byour (?:device|browser|inbox)\b|\badvertisement\b", re.I)
END_PUNCT = re.compile(r"[.!…][\"”’')\]]*$")
QUOTE_MARKS = "\"“”"
QUOTE_OPENERS = "\"“"
BRACKET_OPENERS = "(["
TITLE_SMALL_WORDS = frozenset((
    "a", "an", "the", "and", "or", "nor", "but", "of", "to", "in", "on", "at", "for", "by", "with", "from",
    "as", "vs", "via", "per", "into", "over", "off", "up",
))
TITLE_MIN_WORDS = 5
WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*|\d+(?:[.,]\d+)*")
SUFFIXES = ("ations", "ation", "ings", "ing", "ies", "ied", "ers", "er", "ed", "es", "ly", "s")


def word_count(text: str) -> int:
    """Words as the length budget counts them: whitespace-separated tokens."""
    return len(text.split())


def first_words(text: str, n: int = 4) -> list[str]:
    """The first ``n`` words, lowercased, with opening quote marks and brackets stripped."""
    return [w.strip("\"“”‘’'()[]—–-,:;").lower() for w in text.split()[:n]]


def dangling(text: str) -> bool:
    """True when the sentence opens with a word or phrase that points back to earlier text.

    A sentence opening with a quotation is judged by ``quotation_only`` instead: "We" inside the
    quote marks is the speaker's word, named after the quote."""
    if text[:1] in QUOTE_OPENERS:
        return False
    words = first_words(text)
    if not words:
        return True
    head = " ".join(words).replace("’", "'")
    return words[0] in DANGLING_OPENERS or any(head.startswith(p) for p in DANGLING_PHRASES)


def outside_quotes(text: str) -> str:
    """The sentence without what stands between straight or curly double quote marks."""
    out, inside = [], False
    for ch in text:
        if ch in QUOTE_MARKS:
            inside = not inside if ch == '"' else ch == "“"
            continue
        if not inside:
            out.append(ch)
    return "".join(out)


def unbalanced(text: str) -> bool:
    """Quote marks that open or close outside the sentence: a piece of a longer quotation."""
    return text.count('"') % 2 == 1 or text.count("“") != text.count("”")


def quotation_only(text: str) -> bool:
    """A bare quotation (fewer than ``ATTRIBUTION_WORDS`` words outside its quote marks), part of a
    longer one, or a statement whose only speaker is a pronoun ("..., he said.", '"...," he told the
    BBC Today programme.')."""
    outside = WORD.findall(outside_quotes(text))
    if unbalanced(text) or len(outside) < ATTRIBUTION_WORDS:
        return True
    opens_quoted = text.lstrip()[:1] in QUOTE_OPENERS
    return bool(PRONOUN_ATTRIBUTION.search(text)) or (opens_quoted and outside[0].lower() in PRONOUN_WORDS)


def fragment(text: str) -> bool:
    """Not a finished statement: heading, question, lowercase or punctuation start, no end mark."""
    if not END_PUNCT.search(text) or text.rstrip("\"”’')] ").endswith("?"):
        return True
    first = text.lstrip("\"“‘'([").strip()[:1]
    return not first or not (first.isupper() or first.isdigit())


def title_case(text: str) -> bool:
    """A headline in title case: every word but the small ones (articles, short prepositions) is
    capitalised. A sentence has lowercase words of its own ("met", "said"), however many names it holds."""
    words = [w for w in WORD.findall(text) if not w[0].isdigit()]
    if len(words) < TITLE_MIN_WORDS:
        return False
    return all(w[0].isupper() or w.lower() in TITLE_SMALL_WORDS for w in words)


def aside(text: str) -> bool:
    """A sentence set in brackets: the writer's aside, read only beside the sentence before."""
    return text.lstrip("\"“‘'")[:1] in BRACKET_OPENERS


@lru_cache(maxsize=1 << 16)  # a sentence is judged for its story's summary and again for the corpus's
def standalone(text: str) -> bool:
    """True when a sentence can be read alone as a summary sentence (module docstring)."""
    if "\n" in text or not MIN_WORDS <= word_count(text) <= MAX_WORDS:
        return False
    if fragment(text) or title_case(text) or aside(text) or dangling(text) or quotation_only(text):
        return False
    return not FURNITURE.search(text) and not caption_like(text)


@lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """A light suffix stripper: enough to match "talks"/"talk" and "agreed"/"agree"."""
    for suffix in SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def content_words(text: str) -> list[str]:
    """Lowercased, stemmed words of a sentence without stop words."""
    return list(_content_words(text))


@lru_cache(maxsize=1 << 16)
def _content_words(text: str) -> tuple[str, ...]:
    words = (w.lower().replace("’", "'") for w in WORD.findall(text))
    return tuple(stem(w) for w in words if w not in STOP_WORDS and len(w) > 1)


@lru_cache(maxsize=1 << 16)
def normal_key(text: str) -> str:
    """A sentence compared across documents: lowercased words only (copies differ in quotes, spaces)."""
    return " ".join(w.lower() for w in WORD.findall(text))

"""What story clustering reads from each article: its lead, its date and the entities it names.

- ``lead_text``: the title plus the first sentences of the body (about ``LEAD_WORDS`` words), the
  part of a news article that says what happened; embedding every sentence would cost as much as
  parsing.
- ``article_day``: the publication date as a day number (None when unknown or unreadable).
- ``doc_entities``: per document, the ids of the corpus entities it mentions (from the entity
  stage's ``EntityIndex``), or, without an index, its folded NER mention texts.
- ``doc_terms``: the content words and numbers of the title and the first ``TERM_WORDS`` words,
  log-scaled counts normalised to unit length (rare shared words such as a boxer's opponent or a
  ship's name tell two events of the same kind apart).
- ``anchors``: the events the article names by their day ("Monday's debate", ``story_anchors``).
"""
from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from spacy.lang.en.stop_words import STOP_WORDS

from storyline.corpus.story_anchors import Anchors, anchors
from storyline.corpus.story_text import caption_like, prefix_end
from storyline.datevalue import first_day
from storyline.model import Article

LEAD_WORDS = 120
LEAD_SENTENCES = 3
MIN_SENTENCE_WORDS = 5
TERM_WORDS = 200
_TERM = re.compile(r"[A-Za-z][A-Za-z'’-]+|\d+(?:[.,]\d+)?")
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])|\n+")
_WORD = re.compile(r"\S+")
NAME_TYPES = frozenset({"PERSON", "ORG"})
_NER_TYPE = {"PERSON": "PERSON", "ORG": "ORG"}


@dataclass
class DocFeatures:
    """The features of one article for story clustering."""

    id: str
    lead: str
    day: int | None = None
    entities: frozenset[str] = field(default_factory=frozenset)
    terms: dict[str, float] = field(default_factory=dict)
    names: frozenset[str] = field(default_factory=frozenset)  # the entities that are people or organisations
    anchors: Anchors = field(default_factory=Anchors)  # events named by their day (story_anchors)


def _sentences(article: Article) -> list[str]:
    """The article's sentences, without leading datelines, agency tags and transcript labels, skipping
    those in a caption-like line: from the parse when there is one, else split on punctuation."""
    text = article.text
    spans = article.sentences or _split_spans(text)
    out = []
    for start, end in spans:
        line_start, line = _line_of(text, start, end)
        if caption_like(line):
            continue
        start = max(start, line_start + prefix_end(line))
        if text[start:end].strip():
            out.append(text[start:end].strip())
    return out


def _split_spans(text: str) -> list[tuple[int, int]]:
    """Sentence spans of unparsed text, split on final punctuation (closing quotes kept) and newlines."""
    spans, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        end = m.start() + len(m.group().rstrip())
        spans.append((start, end))
        start = m.end()
    spans.append((start, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def _line_of(text: str, start: int, end: int) -> tuple[int, str]:
    """The start and text of the line (paragraph) of ``text`` holding the span ``start:end``."""
    stop = text.find("\n", end)
    first = text.rfind("\n", 0, start) + 1
    return first, text[first: stop if stop >= 0 else len(text)]


def lead_text(article: Article, words: int = LEAD_WORDS, sentences: int = LEAD_SENTENCES) -> str:
    """The title and the body's first ``sentences`` full sentences, cut at about ``words`` words."""
    parts = [article.title.strip()] if article.title and article.title.strip() else []
    count, full = 0, 0
    for sentence in _sentences(article):
        text = " ".join(sentence.split())
        n = len(_WORD.findall(text))
        if not n or text == (article.title or "").strip():
            continue
        parts.append(text)
        count += n
        full += n >= MIN_SENTENCE_WORDS
        if full >= sentences or count >= words:
            break
    return _cut_words("\n".join(parts), words + 40)


def _cut_words(text: str, limit: int) -> str:
    """``text`` up to its ``limit``-th word."""
    matches = list(_WORD.finditer(text))
    return text if len(matches) <= limit else text[: matches[limit - 1].end()]


def article_day(article: Article) -> int | None:
    """The publication date as a proleptic ordinal day; month or year precision takes its first day."""
    day = first_day(article.published)
    return day.toordinal() if day else None


def doc_entities(articles: Sequence[Article], index: Any = None,
                 types: frozenset[str] | None = None) -> dict[str, frozenset[str]]:
    """Per document id, the entities it mentions (only those of ``types`` when given): entity ids from
    ``index`` (an ``EntityIndex``) when given, else the folded texts of its NER mentions."""
    found: dict[str, set[str]] = defaultdict(set)
    if index is not None and getattr(index, "entities", None) is not None:
        for entity in index.entities:
            if types is None or entity.type in types:
                for span in entity.mentions:
                    found[span.doc].add(entity.id)
    else:
        for article in articles:
            found[article.id].update(_fold(m.text) for m in article.entities
                                     if types is None or _NER_TYPE.get(m.label) in types)
    return {a.id: frozenset(x for x in found.get(a.id, ()) if x) for a in articles}


def _fold(name: str) -> str:
    """A mention text as a key: lower case, no leading article, no possessive, single spaces."""
    text = " ".join(name.lower().replace("’", "'").split())
    text = re.sub(r"^the\s+", "", text)
    return re.sub(r"'s?$", "", text)


def doc_terms(article: Article, words: int = TERM_WORDS) -> dict[str, float]:
    """Unit-length log-count vector of the content words in the title and the first ``words`` words."""
    text = f"{article.title or ''}\n{article.text}"
    tokens = [t.lower().replace("’", "'") for t in _TERM.findall(text)[:words]]
    counts = Counter(t for t in tokens if len(t) > 1 and t not in STOP_WORDS)
    weights = {t: 1.0 + math.log(n) for t, n in counts.items()}
    norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
    return {t: w / norm for t, w in sorted(weights.items())}


def features(articles: Sequence[Article], index: Any = None) -> list[DocFeatures]:
    """The features of each article, in the order given."""
    ents = doc_entities(articles, index)
    names = doc_entities(articles, index, NAME_TYPES)
    return [DocFeatures(a.id, lead_text(a), article_day(a), ents[a.id], doc_terms(a), names[a.id], anchors(a))
            for a in articles]

"""What the comparison stages compare: groups of documents, sentences, parses and value phrases.

Documents are compared inside a *scope*: the documents of a story together with the stories it
continues (``Story.continues``), or the whole corpus when no stories stage ran. Near-copies are
left out (their original speaks for them)."""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from storyline.article.nlp import load_nlp
from storyline.corpus.base import CorpusContext
from storyline.datevalue import first_day
from storyline.model import Article


def scopes(ctx: CorpusContext) -> list[list[Article]]:
    """Groups of original articles to compare with each other: linked stories, else the corpus."""
    originals = ctx.originals()
    stories = ctx.results.get("stories") or []
    if not stories:
        return [originals] if originals else []
    parent = {s.id: s.id for s in stories}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for s in stories:
        for other in getattr(s, "continues", []) or []:
            if other in parent:
                parent[find(s.id)] = find(other)
    root_of_doc = {d: find(s.id) for s in stories for d in s.documents}
    groups: dict[str, list[Article]] = {}
    for a in originals:
        groups.setdefault(root_of_doc.get(a.id, "_unplaced"), []).append(a)
    return [groups[k] for k in sorted(groups)]


def published(article: Article) -> dt.date | None:
    """The publication day (month and year values count as their first day); None when unknown."""
    return first_day(article.published)


def sentence_span(article: Article, start: int, end: int | None = None) -> tuple[int, int]:
    """The sentence around ``start`` (the line when the article has no sentences)."""
    found = article.sentence_of(start, end)
    if found:
        return found
    line_start = article.text.rfind("\n", 0, start) + 1
    line_end = article.text.find("\n", start)
    return line_start, (len(article.text) if line_end < 0 else line_end)


UNUSED_PIPES = ("ner",)  # the comparisons read tags, lemmas and dependencies, never entity labels


class SentenceParses:
    """spaCy parses of single sentences, made on demand and kept (comparison touches few sentences),
    without the components in ``UNUSED_PIPES`` (the last in the pipeline: the rest parse the same)."""

    def __init__(self) -> None:
        self._cache: dict[tuple[str, int, int], object] = {}

    def prefetch(self, article: Article, spans: list[tuple[int, int]]) -> None:
        """Parse the sentences ``spans`` of ``article`` in one batch (``get`` then finds them)."""
        keys = [k for k in dict.fromkeys(sentence_span(article, s, e) for s, e in spans)
                if (article.id, *k) not in self._cache]
        docs = load_nlp().pipe((article.text[s:e] for s, e in keys), disable=UNUSED_PIPES)
        for (s, e), doc in zip(keys, docs, strict=True):
            self._cache[(article.id, s, e)] = doc

    def get(self, article: Article, start: int, end: int | None = None):
        """(doc of the sentence around ``start``, offset of that sentence in the article)."""
        s, e = sentence_span(article, start, end)
        key = (article.id, s, e)
        if key not in self._cache:
            self._cache[key] = load_nlp()(article.text[s:e], disable=UNUSED_PIPES)
        return self._cache[key], s


PLACE_TYPES = {"GPE", "LOC", "FAC", "NORP"}  # NER labels of places and peoples


def ner_label(article: Article, offset: int, token) -> str:
    """The article's NER label of a token of a sentence parse at ``offset`` ("" when none): the sentence
    parses have no NER of their own (``UNUSED_PIPES``)."""
    at = offset + token.idx
    return next((m.label for m in article.entities if m.start <= at < m.end), "")


def token_at(doc, offset: int):
    """The token of ``doc`` covering character ``offset`` (or the last one before it)."""
    best = None
    for tok in doc:
        if tok.idx <= offset:
            best = tok
        else:
            break
    return best


def tokens_in(doc, start: int, end: int) -> list:
    """Tokens of ``doc`` that overlap the character range [start, end)."""
    return [t for t in doc if t.idx < end and t.idx + len(t.text) > start]


def first(items: Iterable):
    return next(iter(items), None)


def clause_verb(tok):
    """The first verb above ``tok`` (itself when a verb): the clause a word belongs to."""
    steps = 0
    while tok is not None and steps < 10:
        if tok.pos_ in ("VERB", "AUX"):
            return tok
        if tok.head is tok:
            return None
        tok, steps = tok.head, steps + 1
    return None


def clause_years(article: Article, doc, offset: int, tok, sent: tuple[int, int]) -> set[str]:
    """Years of the dates in the sentence span ``sent`` that belong to the clause of ``tok`` (a figure's
    unit): "Nordair, which posted a loss of $950 million in 2023, said that 2024 was worse" -> {"2023"}."""
    verb = clause_verb(tok)
    if verb is None:
        return set()
    years = set()
    for d in article.dates:
        if d.value and d.value[:4].isdigit() and sent[0] <= d.start < sent[1]:
            toks = tokens_in(doc, d.start - offset, d.end - offset)
            own = clause_verb(toks[-1]) if toks else None
            if own is not None and own.i == verb.i:
                years.add(d.value[:4])
    return years

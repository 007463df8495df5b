"""The cited summary: per story and for the whole corpus, the salient source sentences, verbatim.

``SummaryStage`` (corpus stage ``summary``) writes ``ctx.results["summary"]``: a list of
``SummarySentence(text, citations, story)``, the whole-corpus sentences first (``story=None``), then
each story's (``ctx.results["stories"]`` when a story stage ran; without it only the corpus
summary is made).

How a summary is made (``summarise``):

1. Candidates: the first ``MAX_POSITION`` sentences of each source document that can be read
   alone (``summary_text.standalone``: no opening pronoun or connective, no heading, question,
   bare quotation or furniture). Near-duplicate documents (``ctx.duplicate_of``) are not sources;
   a sentence repeated verbatim in several sources is one candidate.
2. Ranking and selection (``summary_rank``): TF-IDF vectors over every sentence of the sources,
   centroid cosine + agreement of the other sources + position prior, then MMR under the word
   budget (``STORY_WORDS`` per story, ``CORPUS_WORDS`` for the corpus; whole sentences only, the
   budget is never exceeded). The corpus summary gives each story one sentence first, while the budget lasts.
3. Order: the chosen sentences follow the events as the sources tell them, by the publication
   date of their document (undated last), then their place in it (lead sentences of one day before
   later sentences of that day), then the document's order.
4. Citations: the sentence's exact offsets in its document, plus every other document (near-copies
   included) with the very same sentence, so ``text == document.text[start:end]`` for each citation.

Nothing is rewritten: a summary sentence is a source sentence, character for character.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from storyline.corpus.base import CorpusContext, CorpusStage
from storyline.corpus.summary_rank import Params, salience, select, support, tfidf_vectors
from storyline.corpus.summary_text import content_words, normal_key, standalone, word_count
from storyline.model import Article, Span, SummarySentence

STORY_WORDS = 100  # word budget of a story's summary
CORPUS_WORDS = 150  # word budget of the whole-corpus summary
MAX_POSITION = 20  # only a document's first sentences are candidates


@dataclass(frozen=True)
class Candidate:
    """A source sentence that may enter the summary."""

    doc: str
    index: int  # place among the document's sentences
    start: int
    end: int
    text: str
    order: tuple[str, int, int]  # (publication date or "~", index, document order)


def _sentences(article: Article) -> list[tuple[int, int, str]]:
    """The article's sentences as (start, end, text), empty ones dropped."""
    return [(s, e, article.text[s:e]) for s, e in article.sentences if e > s]


def candidates(sources: Sequence[Article], max_position: int = MAX_POSITION) -> list[tuple[Candidate, int]]:
    """Standalone sentences among the first ``max_position`` of each source, verbatim repeats once,
    each with its row among all the sources' sentences (``_sentences`` order)."""
    seen: set[str] = set()
    out, row = [], 0
    for rank, article in enumerate(sources):
        sentences = _sentences(article)
        for index, (start, end, text) in enumerate(sentences[:max_position]):
            key = normal_key(text)
            if key not in seen and standalone(text):
                seen.add(key)
                order = (article.published or "~", index, rank)
                out.append((Candidate(article.id, index, start, end, text, order), row + index))
        row += len(sentences)
    return out


def centroid_of(rows, params: Params) -> np.ndarray:
    """The group's centroid: the mean of all its sentence vectors (sparse rows), only its heaviest
    terms kept."""
    centroid = np.asarray(rows.mean(axis=0)).ravel() if rows.shape[0] else np.zeros(rows.shape[1])
    if params.centroid_terms and centroid.size > params.centroid_terms:
        cut = np.sort(centroid)[-params.centroid_terms]
        centroid = np.where(centroid >= cut, centroid, 0.0)
    return centroid


def summarise(sources: Sequence[Article], budget: int, params: Params | None = None,
              max_position: int = MAX_POSITION, groups: Mapping[str, str] | None = None) -> list[Candidate]:
    """The chosen sentences of ``sources`` within ``budget`` words, in event order (module docstring).

    ``groups`` (document id -> story id) makes the selection give each story a sentence first."""
    params = params or Params()
    pool = candidates(sources, max_position)
    if not pool or budget <= 0:
        return []
    every = [(rank, text) for rank, a in enumerate(sources) for _, _, text in _sentences(a)]
    rows = tfidf_vectors([content_words(text) for _, text in every])
    vectors, centroid = rows[[row for _, row in pool]], centroid_of(rows, params)
    agreement = support(vectors, [every[row][0] for _, row in pool], rows, [rank for rank, _ in every])
    scores = salience(vectors, centroid, [c.index for c, _ in pool], params, agreement)
    labels = [groups.get(c.doc) for c, _ in pool] if groups else None
    chosen = select(scores, vectors, [word_count(c.text) for c, _ in pool], budget, params, labels)
    return sorted((pool[i][0] for i in chosen), key=lambda c: c.order)


def sentence_index(articles: Sequence[Article]) -> dict[str, list[Span]]:
    """Every sentence text of every article -> where it occurs (for citing all copies)."""
    index: dict[str, list[Span]] = defaultdict(list)
    for article in articles:
        for start, end, text in _sentences(article):
            index[text].append(Span(article.id, start, end))
    return index


def cited(chosen: Sequence[Candidate], index: dict[str, list[Span]],
          story: str | None) -> list[SummarySentence]:
    """Summary sentences citing their own sentence first, then each verbatim copy elsewhere."""
    out = []
    for c in chosen:
        own = Span(c.doc, c.start, c.end)
        others = [s for s in index.get(c.text, []) if s != own]
        out.append(SummarySentence(c.text, [own, *others], story))
    return out


def _ordered(articles: Sequence[Article]) -> list[Article]:
    """Articles by publication date (undated last), then id, so the result does not depend on input order."""
    return sorted(articles, key=lambda a: (a.published or "~", a.id))


class SummaryStage(CorpusStage):
    """Corpus stage: the cited extractive summary of the corpus and of each story (module docstring)."""

    name = "summary"

    def __init__(self, story_words: int = STORY_WORDS, corpus_words: int = CORPUS_WORDS,
                 params: Params | None = None):
        self.story_words = story_words
        self.corpus_words = corpus_words
        self.params = params or Params()

    def run(self, ctx: CorpusContext) -> None:
        originals = _ordered(ctx.originals())
        index = sentence_index(ctx.articles)
        stories = ctx.results.get("stories") or []
        groups = {doc: story.id for story in stories for doc in story.documents}
        out = cited(summarise(originals, self.corpus_words, self.params, groups=groups), index, None)
        for story in stories:
            members = set(story.documents)
            sources = [a for a in originals if a.id in members]
            out += cited(summarise(sources, self.story_words, self.params), index, story.id)
        ctx.results["summary"] = out



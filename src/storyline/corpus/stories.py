"""Stories: articles about the same news event grouped, titled, and linked to the stories they continue.

``StoryStage`` (corpus stage "stories") sets ``ctx.results["stories"]`` to a list of ``Story``.
Each original article (not a near-copy) is embedded once (title + lead, ``story_features``) and
placed online, in publication order, by ``story_cluster.OnlineClusterer``; near-copies join their
original's story. A second pass (``story_split``) splits a story whose articles fall into two
groups that agree far less with each other than within themselves, or where a name or number is far
more common in one group than in the other (``story_markers``: two events of the same kind joined by
one early decision; common words, which differ between phrasings and phases of one story, are not
tested); the part without the founder becomes a story of its own, founded by its earliest
article. A story's id is ``"s"`` + a hash of its founding (earliest) article's id, so
the same input gives the same ids, and adding an article never renames a story it does not found.

Incremental use: pass the vector cache (``{text_key: vector}``, see ``embed.text_key``) and the
stories of the previous run. Articles already placed keep their story (unless the second pass splits
a story that received new articles in this run); only new articles are scored.
The stage also reads them from ``ctx.results["story_vectors"]`` and ``ctx.results["stories_before"]``
and leaves the filled cache in ``ctx.results["story_vectors"]``.
"""
from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

import numpy as np

from storyline.article.furniture import SECTION_LABEL
from storyline.corpus.base import CorpusContext, CorpusStage
from storyline.corpus.embed import embed_cached, text_key
from storyline.corpus.story_cluster import ClusterParams, OnlineClusterer
from storyline.corpus.story_features import DocFeatures, features
from storyline.corpus.story_links import continuation_links
from storyline.corpus.story_split import split_stories
from storyline.corpus.story_text import caption_like, strip_prefix
from storyline.model import Article, Story

TITLE_WORDS = 14
MIN_TITLE_WORDS = 6  # an untitled story is named by its first sentence at least this long
MIN_HEADLINE_WORDS = 4  # a shorter "title" is a section label ("Challenge Overview")
LEAD_SENTENCES = 6  # ... among the first few


@dataclass
class _Run:
    """The clusterer after placing every original article, with the inputs it saw."""

    clusterer: OnlineClusterer
    feats: dict[str, DocFeatures]
    vectors: dict[str, np.ndarray]
    ids: list[str]  # story id per clusterer story index


def story_id(founder: str) -> str:
    """The stable id of the story founded by document ``founder``."""
    return "s" + hashlib.sha1(founder.encode("utf-8")).hexdigest()[:10]


def _order_key(f: DocFeatures) -> tuple[bool, int, str]:
    return (f.day is None, f.day or 0, f.id)


def _root(doc_id: str, duplicate_of: dict[str, str]) -> str:
    """The original of a near-copy (following chains, stopping on a cycle)."""
    seen = {doc_id}
    while doc_id in duplicate_of and duplicate_of[doc_id] not in seen:
        doc_id = duplicate_of[doc_id]
        seen.add(doc_id)
    return doc_id


def cluster_articles(articles: Sequence[Article], entity_index: Any = None,
                     cache: dict[str, np.ndarray] | None = None, previous: Sequence[Story] = (),
                     params: ClusterParams | None = None) -> _Run:
    """Place every article in publication order; articles of ``previous`` stories come first and keep
    their story (replayed, not scored), so that only new articles are placed by similarity."""
    cache = {} if cache is None else cache
    before = {d: s.id for s in previous for d in s.documents}
    feats = sorted(features(articles, entity_index), key=lambda f: (f.id not in before, *_order_key(f)))
    matrix = embed_cached([text_key(f.id, f.lead) for f in feats], [f.lead for f in feats], cache)
    vectors = {f.id: matrix[i] for i, f in enumerate(feats)}
    clusterer, ids, index_of = OnlineClusterer(params), [], {}
    for f in feats:
        known = before.get(f.id)
        if known is not None:
            index = clusterer.place(f, vectors[f.id], index_of.get(known))
        else:
            index = clusterer.add(f, vectors[f.id])
        if index == len(ids):
            ids.append(known if known is not None else story_id(f.id))
            index_of[ids[-1]] = index
    return _Run(clusterer, {f.id: f for f in feats}, vectors, ids)


def build_stories(articles: Sequence[Article], duplicate_of: dict[str, str] | None = None,
                  entity_index: Any = None, cache: dict[str, np.ndarray] | None = None,
                  previous: Sequence[Story] = (), params: ClusterParams | None = None) -> list[Story]:
    """The stories of ``articles`` (see the module docstring), in order of their first article; a part
    split off by the second pass comes right after the story it left, and has no continuation link."""
    duplicate_of = duplicate_of or {}
    by_id = {a.id: a for a in articles}
    # a near-copy whose original is not in the corpus stands alone
    originals = [a for a in articles if _root(a.id, duplicate_of) == a.id
                 or _root(a.id, duplicate_of) not in by_id]
    run = cluster_articles(originals, entity_index, cache, previous, params)
    copies = _copies_by_original(articles, duplicate_of, by_id)
    stories, first_part = [], {}
    for index, members in _second_pass(run, previous):
        sid = run.ids[index] if index not in first_part else story_id(members[0])
        first_part.setdefault(index, len(stories))
        documents = [d for m in members for d in [m, *copies.get(m, [])]]
        stories.append(Story(id=sid, title=story_title(members, run, by_id), documents=documents))
    for index, earlier in continuation_links(run.clusterer).items():
        stories[first_part[index]].continues = [run.ids[i] for i in earlier]
    return stories


def _second_pass(run: _Run, previous: Sequence[Story]) -> list[tuple[int, list[str]]]:
    """``story_split`` over the stories that received an article not placed by ``previous``."""
    placed = {d for s in previous for d in s.documents}
    touched = [i for i, state in enumerate(run.clusterer.stories)
               if any(m not in placed for m in state.members)]
    return split_stories(run.clusterer, run.feats, run.vectors, touched)


def _copies_by_original(articles: Sequence[Article], duplicate_of: dict[str, str],
                        by_id: dict[str, Article]) -> dict[str, list[str]]:
    """Near-copies of each original, sorted by id."""
    out: dict[str, list[str]] = {}
    for a in sorted(articles, key=lambda a: a.id):
        root = _root(a.id, duplicate_of)
        if root != a.id and root in by_id:
            out.setdefault(root, []).append(a.id)
    return out


def story_title(members: list[str], run: _Run, by_id: dict[str, Article]) -> str:
    """The title of the member nearest the centroid (among members with a title, when any has one;
    else its trimmed lead sentence), with the month."""
    centroid = np.sum([run.vectors[m] for m in members], axis=0)
    titled = [m for m in members if good_title(by_id[m].title)] or members
    central = max(titled, key=lambda m: (float(run.vectors[m] @ centroid), m))
    article = by_id[central]
    title = strip_prefix((article.title or "").strip())
    text = title if good_title(title) else lead_sentence(article) or _first_line(run.feats[central].lead)
    month = _month([run.feats[m].day for m in members])
    return f"{_trim(text)} ({month})" if month else _trim(text)


def good_title(title: str | None) -> bool:
    """A headline worth naming a story by: some words, not a caption, credit or section label."""
    text = strip_prefix((title or "").strip())
    return len(text.split()) >= MIN_HEADLINE_WORDS and not caption_like(text) \
        and not SECTION_LABEL.match(text)


def lead_sentence(article: Article) -> str | None:
    """The first sentence of an untitled article that reads as news: a full sentence of some length,
    not a caption, photo credit or gallery label ("Gallery 12 photo Gallery © EPA ...")."""
    for start, end in article.sentences[:LEAD_SENTENCES]:
        text = strip_prefix(" ".join(article.text[start:end].split()))
        if len(text.split()) >= MIN_TITLE_WORDS and text[-1:] in ".!?\"”’" and not caption_like(text):
            return text
    return None


def _first_line(lead: str) -> str:
    return lead.split("\n", 1)[0] if lead else ""


def _trim(text: str, words: int = TITLE_WORDS) -> str:
    """``text`` on one line, cut to ``words`` words (with an ellipsis when cut)."""
    parts = text.split()
    if len(parts) <= words:
        return " ".join(parts).rstrip(".")
    return " ".join(parts[:words]).rstrip(",;:.") + "…"


def _month(days: list[int | None]) -> str | None:
    """The most common publication month of the members ("May 2025"), the earliest on a tie."""
    months = Counter((d.year, d.month) for d in (date.fromordinal(x) for x in days if x is not None))
    if not months:
        return None
    year, month = min(months, key=lambda ym: (-months[ym], ym))
    return date(year, month, 1).strftime("%B %Y")


class StoryStage(CorpusStage):
    """Corpus stage "stories": ``ctx.results["stories"]`` = list of ``Story`` (see the module docstring)."""

    name = "stories"

    def __init__(self, cache: dict[str, np.ndarray] | None = None, previous: Sequence[Story] | None = None,
                 params: ClusterParams | None = None):
        self.cache = cache
        self.previous = previous
        self.params = params

    def run(self, ctx: CorpusContext) -> None:
        cache = self.cache if self.cache is not None else ctx.results.get("story_vectors")
        cache = {} if cache is None else cache
        previous = self.previous if self.previous is not None else ctx.results.get("stories_before", [])
        ctx.results["stories"] = build_stories(ctx.articles, ctx.duplicate_of, ctx.results.get("entities"),
                                               cache, previous, self.params)
        ctx.results["story_vectors"] = cache

"""Links between stories that continue each other: the same affair, weeks or months apart.

Two stories are a continuation when they are apart in time (the later one starts more than the
clusterer's grace days after the earlier one ends), name largely the same entities (idf-weighted
cosine of their entity counts at least ``LINK_ENTITIES``; their content words, ``LINK_TERMS``,
when either names no entity) and are moderately similar in embedding
space (centroid cosine at least ``LINK_COSINE``, below what would have merged them). Each story
links to the latest earlier story that qualifies, so a long affair reads as a chain."""
from __future__ import annotations

from collections import Counter

import numpy as np

from storyline.corpus.story_cluster import OnlineClusterer

LINK_COSINE = 0.45
LINK_ENTITIES = 0.25
LINK_TERMS = 0.25
NEIGHBOURS = 20


def story_entity_cosine(clusterer: OnlineClusterer, a: Counter[str], b: Counter[str]) -> float:
    """Cosine of two stories' idf-weighted entity counts."""
    return clusterer.entity_cosine(a, b)


def continuation_links(clusterer: OnlineClusterer) -> dict[int, list[int]]:
    """Story index -> [index of the earlier story it continues] (stories without one are absent)."""
    stories = clusterer.stories
    if len(stories) < 2:
        return {}
    centroids = clusterer.centroids()
    links: dict[int, list[int]] = {}
    for later, state in enumerate(stories):
        if state.first_day is None:
            continue
        sims = centroids @ centroids[later]
        k = min(NEIGHBOURS + 1, len(sims))
        nearest = np.argpartition(-sims, k - 1)[:k]
        options = [
            (stories[i].last_day, float(sims[i]), -int(i)) for i in nearest
            if int(i) != later and _apart(clusterer, int(i), later) and sims[i] >= LINK_COSINE
            and _shared_names(clusterer, int(i), later)
        ]
        if options:
            links[later] = [-max(options)[2]]
    return links


def _shared_names(clusterer: OnlineClusterer, earlier: int, later: int) -> bool:
    """True when the two stories name largely the same entities (or, when either has none, the same
    rare words)."""
    a, b = clusterer.stories[earlier], clusterer.stories[later]
    if a.entities and b.entities:
        return story_entity_cosine(clusterer, a.entities, b.entities) >= LINK_ENTITIES
    return clusterer.term_cosine(a.terms, b.terms) >= LINK_TERMS


def _apart(clusterer: OnlineClusterer, earlier: int, later: int) -> bool:
    """True when story ``earlier`` ends more than the grace days before story ``later`` starts."""
    end, start = clusterer.stories[earlier].last_day, clusterer.stories[later].first_day
    if end is None or start is None:
        return False
    return start - end > clusterer.params.grace_days

"""Online story clustering: each article joins the nearest existing story or starts a new one.

Articles arrive in a fixed order (publication day, then id). For each one, the stories whose
centroids are nearest in embedding space (a numpy dot over the story centroids, top
``candidates``) are scored by

    score = (1 - w_ent) * cos(article, centroid) + w_ent * entity_cosine - time_penalty

where ``entity_cosine`` compares the article's entities with the story's (weighted by inverse
document frequency, counted online over the articles seen so far, so that a later article never
changes an earlier decision) and ``time_penalty`` grows with the days between the article and the
story's date range beyond ``grace_days``. The article joins the best story when the score reaches
``join``, else it founds a new story. A placement once made is never revisited: adding an article
changes only the story it joins (or adds one), and a known placement can be replayed with
``place`` instead of being recomputed.
"""
from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field

import numpy as np

from storyline.corpus.story_features import DocFeatures


@dataclass(frozen=True)
class ClusterParams:
    """Thresholds of the online clusterer (tuned on ECB+ train/dev topics, see bench/)."""

    join: float = 0.55
    w_ent: float = 0.3
    grace_days: int = 3
    day_penalty: float = 0.02
    candidates: int = 10


@dataclass
class StoryState:
    """One story while clustering: members, vector sum, date range and entity counts."""

    founder: str
    members: list[str] = field(default_factory=list)
    first_day: int | None = None
    last_day: int | None = None
    entities: Counter[str] = field(default_factory=Counter)


class OnlineClusterer:
    """Stories built one article at a time (see the module docstring)."""

    def __init__(self, params: ClusterParams | None = None, dim: int = 384):
        self.params = params or ClusterParams()
        self.stories: list[StoryState] = []
        self._sums = np.zeros((16, dim), dtype=np.float32)
        self._df: Counter[str] = Counter()
        self._n_docs = 0

    # ---- placing articles ----

    def add(self, doc: DocFeatures, vector: np.ndarray) -> int:
        """Put ``doc`` in its best story (or a new one); returns the story's index."""
        self._count(doc)
        best, score = self.best_story(doc, vector)
        if best is None or score < self.params.join:
            best = self._new_story(doc.id)
        self.place(doc, vector, best, counted=True)
        return best

    def place(self, doc: DocFeatures, vector: np.ndarray, story: int | None, counted: bool = False) -> int:
        """Put ``doc`` in story ``story`` (a new story when None) without scoring."""
        if not counted:
            self._count(doc)
        if story is None:
            story = self._new_story(doc.id)
        state = self.stories[story]
        state.members.append(doc.id)
        self._sums[story] += vector
        state.entities.update(doc.entities)
        if doc.day is not None:
            state.first_day = doc.day if state.first_day is None else min(state.first_day, doc.day)
            state.last_day = doc.day if state.last_day is None else max(state.last_day, doc.day)
        return story

    def _count(self, doc: DocFeatures) -> None:
        self._n_docs += 1
        self._df.update(doc.entities)

    def _new_story(self, founder: str) -> int:
        if len(self.stories) == len(self._sums):
            self._sums = np.vstack([self._sums, np.zeros_like(self._sums)])
        self.stories.append(StoryState(founder))
        return len(self.stories) - 1

    # ---- scoring ----

    def centroids(self) -> np.ndarray:
        """The unit-length centroid of every story, one row each."""
        sums = self._sums[: len(self.stories)]
        return sums / np.clip(np.linalg.norm(sums, axis=1, keepdims=True), 1e-12, None)

    def best_story(self, doc: DocFeatures, vector: np.ndarray) -> tuple[int | None, float]:
        """The best-scoring story among the nearest centroids, and its score."""
        if not self.stories:
            return None, -math.inf
        sims = self.centroids() @ vector
        k = min(self.params.candidates, len(sims))
        nearest = np.argpartition(-sims, k - 1)[:k]
        scored = [(self.score(doc, float(sims[i]), int(i)), -int(i)) for i in nearest]
        score, neg_index = max(scored)
        return -neg_index, score

    def score(self, doc: DocFeatures, cosine: float, story: int) -> float:
        """The combined score of ``doc`` against story ``story`` given their embedding cosine."""
        p = self.params
        ent = self.entity_cosine(doc.entities, self.stories[story].entities)
        return (1 - p.w_ent) * cosine + p.w_ent * ent - self.time_penalty(doc.day, story)

    def idf(self, entity: str) -> float:
        """Smoothed inverse document frequency over the articles counted so far."""
        return math.log((1 + self._n_docs) / (1 + self._df[entity])) + 1.0

    def entity_cosine(self, entities: frozenset[str], counts: Counter[str]) -> float:
        """Cosine of the idf-weighted entity vectors of an article and a story (0 when either is empty)."""
        if not entities or not counts:
            return 0.0
        weights = {e: self.idf(e) for e in set(entities) | set(counts)}
        dot = sum(weights[e] ** 2 * counts[e] for e in entities if e in counts)
        doc_norm = math.sqrt(sum(weights[e] ** 2 for e in entities))
        story_norm = math.sqrt(sum((weights[e] * c) ** 2 for e, c in counts.items()))
        return dot / (doc_norm * story_norm)

    def time_penalty(self, day: int | None, story: int) -> float:
        """Penalty for the days between ``day`` and the story's date range beyond the grace days."""
        state = self.stories[story]
        if day is None or state.first_day is None or state.last_day is None:
            return 0.0
        gap = max(state.first_day - day, day - state.last_day, 0)
        return self.params.day_penalty * max(0, gap - self.params.grace_days)

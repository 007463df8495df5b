"""Online story clustering: each article joins the nearest existing story or starts a new one.

Articles arrive in a fixed order (publication day, then id). For each one, the stories whose
centroids are nearest in embedding space (a numpy dot over the story centroids, top
``candidates``) are scored by

    score = (1 - w_ent - w_lex) * cos_emb + w_ent * entity_cosine + w_lex * term_cosine
            + name_bonus + event_bonus - time_penalty
    cos_emb = (1 - w_member) * cos(article, centroid) + w_member * max cos(article, member)

where ``entity_cosine`` and ``term_cosine`` compare the article's entities and content words with
the story's (weighted by inverse document frequency, counted online over the articles seen so far,
so that a later article never changes an earlier decision), ``name_bonus`` is ``w_names`` when the
article shares at least ``name_min`` rare people or organisations (mentioned by at most ``rare_docs``
articles so far) with the story (a photo-caption lead or a review's angle can make the embeddings
disagree while the names agree), ``event_bonus`` is ``w_event`` when the article names an event on
the same day as one of the story's articles ("Monday's debate", ``story_anchors``: angles on one
event, the polls before a debate and its moderators, share little else), and ``time_penalty`` grows with the
days between the article and the story's date range beyond ``grace_days``. The article joins the
best story when the score reaches ``join``, else it founds a new story. A placement once made is
never revisited: adding an article changes only the story it joins (or adds one), and a known
placement can be replayed with ``place`` instead of being recomputed.
"""
from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

import numpy as np

from storyline.corpus.story_anchors import shares_event
from storyline.corpus.story_features import DocFeatures


@dataclass(frozen=True)
class ClusterParams:
    """Thresholds of the online clusterer (tuned on ECB+ topics 1-35 and Multi-News, see bench/)."""

    join: float = 0.34  # with the second pass (story_split) to undo wrong joins; was 0.38 without it
    w_ent: float = 0.2
    w_lex: float = 0.3
    grace_days: int = 3
    day_penalty: float = 0.02
    candidates: int = 10
    w_member: float = 0.3  # share of the nearest member's cosine in the embedding term (rest: centroid)
    w_names: float = 0.05  # bonus when the article shares at least name_min rare people/organisations
    name_min: int = 1
    rare_docs: int = 4  # a name is rare when at most this many articles seen so far mention it
    w_event: float = 0.05  # bonus when the article names an event of the story on its day (story_anchors)


@dataclass
class StoryState:
    """One story while clustering: members, vector sum, date range and entity counts."""

    founder: str
    members: list[str] = field(default_factory=list)
    first_day: int | None = None
    last_day: int | None = None
    entities: Counter[str] = field(default_factory=Counter)
    terms: Counter[str] = field(default_factory=Counter)
    names: Counter[str] = field(default_factory=Counter)
    firm: Counter[tuple[str, int]] = field(default_factory=Counter)  # event anchors (story_anchors)
    near: Counter[tuple[str, int]] = field(default_factory=Counter)


class OnlineClusterer:
    """Stories built one article at a time (see the module docstring)."""

    def __init__(self, params: ClusterParams | None = None, dim: int = 384):
        self.params = params or ClusterParams()
        self.stories: list[StoryState] = []
        self._sums = np.zeros((16, dim), dtype=np.float32)
        self._df: Counter[str] = Counter()
        self._term_df: Counter[str] = Counter()
        self._n_docs = 0
        self._vectors = np.zeros((16, dim), dtype=np.float32)  # one row per placed article
        self._owner: list[int] = []  # the story of each row

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
        state.terms.update(doc.terms)
        state.names.update(doc.names)
        state.firm.update(doc.anchors.firm)
        state.near.update(doc.anchors.near)
        if len(self._owner) == len(self._vectors):
            self._vectors = np.vstack([self._vectors, np.zeros_like(self._vectors)])
        self._vectors[len(self._owner)] = vector
        self._owner.append(story)
        if doc.day is not None:
            state.first_day = doc.day if state.first_day is None else min(state.first_day, doc.day)
            state.last_day = doc.day if state.last_day is None else max(state.last_day, doc.day)
        return story

    def _count(self, doc: DocFeatures) -> None:
        self._n_docs += 1
        self._df.update(doc.entities | doc.names)
        self._term_df.update(doc.terms.keys())

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
        if self.params.w_member:
            sims = (1 - self.params.w_member) * sims + self.params.w_member * self.member_cosines(vector)
        k = min(self.params.candidates, len(sims))
        nearest = np.argpartition(-sims, k - 1)[:k]
        scored = [(self.score(doc, float(sims[i]), int(i)), -int(i)) for i in nearest]
        score, neg_index = max(scored)
        return -neg_index, score

    def member_cosines(self, vector: np.ndarray) -> np.ndarray:
        """Per story, the highest cosine between ``vector`` and one of its members."""
        best = np.full(len(self.stories), -1.0, dtype=np.float32)
        if self._owner:
            np.maximum.at(best, np.asarray(self._owner), self._vectors[: len(self._owner)] @ vector)
        return best

    def score(self, doc: DocFeatures, cosine: float, story: int) -> float:
        """The combined score of ``doc`` against story ``story`` given their embedding cosine."""
        p = self.params
        state = self.stories[story]
        ent = self.entity_cosine(dict.fromkeys(doc.entities, 1.0), state.entities)
        lex = self.term_cosine(doc.terms, state.terms) if p.w_lex else 0.0
        mixed = (1 - p.w_ent - p.w_lex) * cosine + p.w_ent * ent + p.w_lex * lex
        bonus = p.w_names if p.w_names and self.rare_shared(doc, story) >= p.name_min else 0.0
        if p.w_event and shares_event(doc.anchors, state.firm, state.near):
            bonus += p.w_event
        return mixed + bonus - self.time_penalty(doc.day, story)

    def rare_shared(self, doc: DocFeatures, story: int) -> int:
        """How many rare people and organisations ``doc`` shares with the story."""
        names = self.stories[story].names
        return sum(1 for n in doc.names if n in names and self._df[n] <= self.params.rare_docs)

    def idf(self, entity: str) -> float:
        """Smoothed inverse document frequency of an entity over the articles counted so far."""
        return math.log((1 + self._n_docs) / (1 + self._df[entity])) + 1.0

    def term_idf(self, term: str) -> float:
        """Smoothed inverse document frequency of a content word over the articles counted so far."""
        return math.log((1 + self._n_docs) / (1 + self._term_df[term])) + 1.0

    def entity_cosine(self, a: Mapping[str, float], b: Mapping[str, float]) -> float:
        """Cosine of two idf-weighted entity vectors (0 when either is empty)."""
        return weighted_cosine(a, b, self.idf)

    def term_cosine(self, a: Mapping[str, float], b: Mapping[str, float]) -> float:
        """Cosine of two idf-weighted content-word vectors (0 when either is empty)."""
        return weighted_cosine(a, b, self.term_idf)

    def time_penalty(self, day: int | None, story: int) -> float:
        """Penalty for the days between ``day`` and the story's date range beyond the grace days."""
        state = self.stories[story]
        if day is None or state.first_day is None or state.last_day is None:
            return 0.0
        gap = max(state.first_day - day, day - state.last_day, 0)
        return self.params.day_penalty * max(0, gap - self.params.grace_days)


def weighted_cosine(a: Mapping[str, float], b: Mapping[str, float], weight: Callable[[str], float]) -> float:
    """Cosine of two sparse vectors after scaling each dimension by ``weight`` (0 when either is empty)."""
    if not a or not b:
        return 0.0
    w = {k: weight(k) for k in set(a) | set(b)}
    dot = sum(w[k] ** 2 * x * b[k] for k, x in a.items() if k in b)
    norm_a = math.sqrt(sum((w[k] * x) ** 2 for k, x in a.items()))
    norm_b = math.sqrt(sum((w[k] * x) ** 2 for k, x in b.items()))
    return dot / (norm_a * norm_b) if norm_a and norm_b else 0.0

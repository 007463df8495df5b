"""Salience and selection for an extractive summary: TF-IDF vectors, centroid and graph ranking, MMR.

Everything here works on plain numpy arrays; the sentences themselves are chosen in ``summary``.

- ``tfidf_vectors``: one L2-normalised row per sentence; the IDF comes from every sentence of the
  group (not only the candidates), sublinear term frequency ``1 + log(tf)``.
- ``salience``: for each candidate, a weighted sum of (a) its cosine with the group's centroid
  (the mean of all its sentence vectors: what the documents keep talking about), (b) optionally
  its continuous LexRank score (PageRank on the cosine graph of the candidates, edges below
  ``Params.edge`` dropped; Erkan and Radev 2004; weight 0 by default: no gain on the tuning
  clusters), (c) its agreement with the other documents (``support``: the mean, over the other
  documents, of its best cosine with one of their sentences: facts several sources report), each
  scaled to a maximum of 1, and (d) a position prior ``1 / (1 + index) ** Params.decay`` for the
  sentence's place in its document (news puts the main facts first).
- ``select``: maximal marginal relevance (Carbonell and Goldstein 1998) under a word budget:
  repeatedly the candidate with the best ``lambda * salience - (1 - lambda) * max similarity to
  what was chosen`` among those that still fit; candidates more similar than ``Params.redundant``
  to a chosen one are never taken.
"""
from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class Params:
    """Weights of the ranking (tuned on Multi-News clusters 1-100, see bench/multinews_summary.py)."""

    centroid: float = 1.0
    centroid_terms: int = 0  # keep only the centroid's heaviest terms (0: all)
    graph: float = 0.0  # LexRank weight: no gain over the centroid on the tuning clusters
    support: float = 1.5  # agreement of the other documents
    position: float = 1.0
    decay: float = 0.5
    edge: float = 0.1  # cosine below which two sentences are not linked in the graph
    damping: float = 0.85
    mmr: float = 0.7  # lambda: weight of salience against redundancy
    redundant: float = 0.35  # cosine above which a sentence repeats a chosen one


def tfidf_vectors(token_lists: Sequence[Sequence[str]]) -> np.ndarray:
    """L2-normalised TF-IDF rows, one per token list (a row of zeros for an empty list)."""
    vocab: dict[str, int] = {}
    for tokens in token_lists:
        for t in tokens:
            vocab.setdefault(t, len(vocab))
    df = Counter(t for tokens in token_lists for t in set(tokens))
    n = len(token_lists)
    idf = np.zeros(len(vocab), dtype=np.float64)
    for term, j in vocab.items():
        idf[j] = math.log((1 + n) / (1 + df[term])) + 1.0
    out = np.zeros((n, len(vocab)), dtype=np.float64)
    for i, tokens in enumerate(token_lists):
        for term, tf in Counter(tokens).items():
            out[i, vocab[term]] = (1.0 + math.log(tf)) * idf[vocab[term]]
    return unit_rows(out)


def unit_rows(matrix: np.ndarray) -> np.ndarray:
    """Rows scaled to length 1 (zero rows stay zero)."""
    norms = np.linalg.norm(matrix, axis=-1, keepdims=True)
    return matrix / np.clip(norms, 1e-12, None)


def lexrank(similarity: np.ndarray, edge: float, damping: float, iterations: int = 100) -> np.ndarray:
    """Continuous LexRank: stationary scores of a random walk on the thresholded cosine graph."""
    n = similarity.shape[0]
    if n == 0:
        return np.zeros(0)
    weights = np.where(similarity >= edge, similarity, 0.0)
    np.fill_diagonal(weights, 0.0)
    sums = weights.sum(axis=1, keepdims=True)
    walk = np.where(sums > 0, weights / np.clip(sums, 1e-12, None), 1.0 / n)
    scores = np.full(n, 1.0 / n)
    for _ in range(iterations):
        updated = (1 - damping) / n + damping * walk.T @ scores
        if np.abs(updated - scores).sum() < 1e-9:
            return updated
        scores = updated
    return scores


def _scaled(values: np.ndarray) -> np.ndarray:
    """Values divided by their maximum (all zeros stay zeros)."""
    top = float(values.max()) if values.size else 0.0
    return values / top if top > 0 else values


def support(vectors: np.ndarray, own: Sequence[int], rows: np.ndarray, row_docs: Sequence[int]) -> np.ndarray:
    """For each candidate (``vectors``, from document ``own``), the mean over the *other* documents
    of its best cosine with one of their sentences (``rows``, from ``row_docs``): how far the other
    sources report the same thing. Zeros when there is one document."""
    docs = np.asarray(row_docs)
    others = sorted(set(docs.tolist()))
    out = np.zeros(vectors.shape[0])
    if len(others) < 2 or vectors.shape[0] == 0:
        return out
    similarity = vectors @ rows.T
    own_docs = np.asarray(own)
    for doc in others:
        best = similarity[:, docs == doc].max(axis=1)
        out += np.where(own_docs == doc, 0.0, best)
    return out / (len(others) - 1)


def salience(vectors: np.ndarray, centroid: np.ndarray, positions: Sequence[int], params: Params,
             agreement: np.ndarray | None = None) -> np.ndarray:
    """Score of each candidate row: centroid cosine, LexRank, agreement of the other documents
    (``support``) and position prior (module docstring)."""
    if vectors.shape[0] == 0:
        return np.zeros(0)
    norm = float(np.linalg.norm(centroid))
    central = vectors @ (centroid / norm) if norm > 0 else np.zeros(vectors.shape[0])
    score = params.centroid * _scaled(np.clip(central, 0, None))
    if params.graph:
        score += params.graph * _scaled(lexrank(vectors @ vectors.T, params.edge, params.damping))
    if agreement is not None and params.support:
        score += params.support * _scaled(agreement)
    prior = 1.0 / (1.0 + np.asarray(positions, dtype=np.float64)) ** params.decay
    return score + params.position * prior


def _mmr_best(pool: Sequence[int], scores: np.ndarray, vectors: np.ndarray, chosen: list[int],
              params: Params) -> int | None:
    """The candidate of ``pool`` with the best MMR value that does not repeat a chosen one."""
    best, best_value = None, -math.inf
    for i in sorted(pool):
        overlap = max((float(vectors[i] @ vectors[j]) for j in chosen), default=0.0)
        value = params.mmr * scores[i] - (1 - params.mmr) * overlap
        if overlap < params.redundant and value > best_value:
            best, best_value = i, value
    return best


def select(scores: np.ndarray, vectors: np.ndarray, lengths: Sequence[int], budget: int,
           params: Params, groups: Sequence[str | None] | None = None) -> list[int]:
    """Indices chosen by MMR whose lengths sum to at most ``budget`` (module docstring).

    With ``groups`` (one label per candidate, e.g. its story), candidates of groups not yet in the
    summary go first, so that each group gets a sentence while the budget lasts."""
    chosen: list[int] = []
    covered: set[str | None] = set()
    used = 0
    while True:
        fitting = [i for i in range(len(lengths)) if i not in chosen and used + lengths[i] <= budget]
        fresh = [i for i in fitting if groups is not None and groups[i] not in covered]
        best = _mmr_best(fresh, scores, vectors, chosen, params) if fresh else None
        best = best if best is not None else _mmr_best(fitting, scores, vectors, chosen, params)
        if best is None:
            return chosen
        chosen.append(best)
        covered.add(groups[best] if groups is not None else None)
        used += lengths[best]

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
from scipy import sparse


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


def tfidf_vectors(token_lists: Sequence[Sequence[str]]) -> sparse.csr_matrix:
    """L2-normalised TF-IDF rows as a sparse matrix, one per token list (empty lists: empty rows)."""
    vocab: dict[str, int] = {}
    for tokens in token_lists:
        for t in tokens:
            vocab.setdefault(t, len(vocab))
    df = Counter(t for tokens in token_lists for t in set(tokens))
    n = len(token_lists)
    data, cols, starts = [], [], [0]
    for tokens in token_lists:
        counts = Counter(tokens)
        weights = [(1.0 + math.log(tf)) * (math.log((1 + n) / (1 + df[t])) + 1.0) for t, tf in counts.items()]
        norm = math.sqrt(sum(w * w for w in weights)) or 1.0
        data += [w / norm for w in weights]
        cols += [vocab[t] for t in counts]
        starts.append(len(data))
    return sparse.csr_matrix((np.array(data, dtype=np.float64), np.array(cols, dtype=np.int64), starts),
                             shape=(n, len(vocab)))


def dense(matrix) -> np.ndarray:
    """A sparse or dense matrix as a dense array."""
    return matrix.toarray() if sparse.issparse(matrix) else np.asarray(matrix)


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


def support(vectors, own: Sequence[int], rows, row_docs: Sequence[int], chunk: int = 256) -> np.ndarray:
    """For each candidate (``vectors``, from document ``own``), the mean over the *other* documents
    of its best cosine with one of their sentences (``rows``, from ``row_docs``, each document's rows
    together): how far the other sources report the same thing. Zeros when there is one document.
    Works in blocks of ``chunk`` candidates so that memory stays bounded on large corpora."""
    docs = np.asarray(row_docs)
    out = np.zeros(vectors.shape[0])
    bounds = np.flatnonzero(np.r_[True, docs[1:] != docs[:-1]]) if docs.size else np.zeros(0, int)
    if len(bounds) < 2 or vectors.shape[0] == 0:
        return out
    labels, own_docs = docs[bounds], np.asarray(own)
    for at in range(0, vectors.shape[0], chunk):
        block = dense(vectors[at:at + chunk] @ rows.T)
        best = np.maximum.reduceat(block, bounds, axis=1)  # candidates x documents
        best[labels[None, :] == own_docs[at:at + chunk, None]] = 0.0
        out[at:at + chunk] = best.sum(axis=1)
    return out / (len(bounds) - 1)


def salience(vectors: np.ndarray, centroid: np.ndarray, positions: Sequence[int], params: Params,
             agreement: np.ndarray | None = None) -> np.ndarray:
    """Score of each candidate row: centroid cosine, LexRank, agreement of the other documents
    (``support``) and position prior (module docstring)."""
    if vectors.shape[0] == 0:
        return np.zeros(0)
    norm = float(np.linalg.norm(centroid))
    central = np.ravel(vectors @ (centroid / norm)) if norm > 0 else np.zeros(vectors.shape[0])
    score = params.centroid * _scaled(np.clip(central, 0, None))
    if params.graph:
        score += params.graph * _scaled(lexrank(dense(vectors @ vectors.T), params.edge, params.damping))
    if agreement is not None and params.support:
        score += params.support * _scaled(agreement)
    prior = 1.0 / (1.0 + np.asarray(positions, dtype=np.float64)) ** params.decay
    return score + params.position * prior


def _similarities(vectors, i: int) -> np.ndarray:
    """Cosines of every candidate with candidate ``i``."""
    return np.ravel(dense(vectors @ vectors[i].T))


def select(scores: np.ndarray, vectors, lengths: Sequence[int], budget: int,
           params: Params, groups: Sequence[str | None] | None = None) -> list[int]:
    """Indices chosen by MMR whose lengths sum to at most ``budget`` (module docstring).

    With ``groups`` (one label per candidate, e.g. its story), candidates of groups not yet in the
    summary go first, so that each group gets a sentence while the budget lasts. Ties go to the
    earlier candidate."""
    n = len(lengths)
    sizes, labels = np.asarray(lengths), list(groups) if groups is not None else [None] * n
    open_, overlap = np.ones(n, dtype=bool), np.zeros(n)
    chosen: list[int] = []
    covered: set[str | None] = set()
    used = 0
    while True:
        able = open_ & (used + sizes <= budget) & (overlap < params.redundant)
        fresh = able & np.array([groups is not None and g not in covered for g in labels], dtype=bool)
        pool = fresh if fresh.any() else able
        if not pool.any():
            return chosen
        value = np.where(pool, params.mmr * scores - (1 - params.mmr) * overlap, -np.inf)
        best = int(np.argmax(value))
        chosen.append(best)
        covered.add(labels[best])
        used += int(sizes[best])
        open_[best] = False
        overlap = np.maximum(overlap, _similarities(vectors, best))

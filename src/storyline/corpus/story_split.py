"""Second pass over the online stories: a story whose articles fall into two groups that agree far
less with each other than within themselves is split in two.

The online clusterer decides once per article and never revisits a placement, so one early wrong
join (two title defences of one boxer, two earthquakes: same kind of event, very close in embedding
space) lets a story absorb a second event. Here, per story, every pair of its articles is scored with
the clusterer's own combination (embedding cosine, idf-weighted entity and content-word cosines,
same weights, idfs counted over the articles seen), the articles are cut in two by spectral
bisection (a normalised cut, which does not peel off a single outlier as average-link would), and
the story is split when

    mean similarity within the groups - mean similarity between them >= ``gap``

or a *marker word* (``story_markers``) is far more common in one group than in the other (another
club, another island, another year, another death toll: the names and numbers each event brings of its
own; only name-like words are tested, since common words differ between phrasings of one event and
between the phases of one developing story), and each group has at least ``min_size`` articles. The
gap alone misses two events whose reports agree almost as much with each other as among themselves;
the marker alone misses a heap of unrelated pages with no word in common. A marker carried by a
later group of dated reports that keeps every main name of the earlier group is the name a new phase
adds (the court at a hearing, the lake where a missing walker is found: ``story_phases``), not evidence
of another event. The group holding the
story's founder keeps the story; the other becomes a new story founded by its earliest article. Only
the stories that received new articles in this run are examined, so a story left untouched by new
articles is never split again, and the work is local to one story (pairs and an eigen-decomposition:
cubic in its size, so stories of more than ``SPLIT_MAX`` articles are left whole), never in the size
of the corpus.
"""
from __future__ import annotations

import functools
import math
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence

import numpy as np

from storyline.corpus.story_cluster import OnlineClusterer
from storyline.corpus.story_features import DocFeatures
from storyline.corpus.story_markers import MARKER_ALPHA, body_lines, marker, name_like
from storyline.corpus.story_phases import later_phase

SPLIT_GAP = 0.125  # the middle of the range good on ECB+ topics 1-17 and on 18-35; Multi-News unchanged
SPLIT_MIN = 3
SPLIT_MAX = 400


def weighted_rows(items: Sequence[Mapping[str, float]], weight: Callable[[str], float]) -> np.ndarray:
    """One row per sparse vector, each dimension scaled by ``weight`` and the row divided by its full
    norm, keeping only the dimensions shared by at least two items (the others add nothing to a dot
    product between two rows); an empty vector gives a zero row."""
    counts = Counter(k for item in items for k in item)
    vocab = {k: i for i, k in enumerate(sorted(k for k, n in counts.items() if n > 1))}
    rows = np.zeros((len(items), max(1, len(vocab))), dtype=np.float32)
    for r, item in enumerate(items):
        scaled = {k: weight(k) * x for k, x in item.items()}
        norm = math.sqrt(sum(v * v for v in scaled.values()))
        for k, v in scaled.items():
            if k in vocab and norm > 0:
                rows[r, vocab[k]] = v / norm
    return rows


def pair_similarity(clusterer: OnlineClusterer, docs: Sequence[DocFeatures],
                    vectors: Sequence[np.ndarray]) -> np.ndarray:
    """The clusterer's combined similarity for every pair of ``docs`` (a symmetric matrix)."""
    p = clusterer.params
    emb = np.asarray(vectors, dtype=np.float64)
    ents = weighted_rows([dict.fromkeys(d.entities, 1.0) for d in docs], clusterer.idf)
    terms = weighted_rows([d.terms for d in docs], clusterer.term_idf)
    return (1 - p.w_ent - p.w_lex) * (emb @ emb.T) + p.w_ent * (ents @ ents.T) + p.w_lex * (terms @ terms.T)


def two_groups(sim: np.ndarray) -> tuple[list[int], list[int]]:
    """The rows of ``sim`` cut in two by spectral bisection (normalised cut, Shi and Malik 2000): the
    sign of the second eigenvector of the normalised graph Laplacian of the clipped similarities.
    The first group holds row 0; a group may come back empty when the graph does not cut."""
    weights = np.clip(sim.astype(np.float64), 0.0, None)
    np.fill_diagonal(weights, 0.0)
    scale = 1.0 / np.sqrt(np.maximum(weights.sum(axis=1), 1e-9))
    laplacian = np.eye(len(weights)) - scale[:, None] * weights * scale[None, :]
    _, vectors = np.linalg.eigh(laplacian)
    side = scale * vectors[:, 1] >= 0
    first = [i for i in range(len(side)) if side[i] == side[0]]
    second = [i for i in range(len(side)) if side[i] != side[0]]
    return first, second


def agreement_gap(sim: np.ndarray, a: list[int], b: list[int]) -> float:
    """Mean within-group similarity (the mean of the two groups' means) minus the mean between them."""
    def within(g: list[int]) -> float:
        block = sim[np.ix_(g, g)]
        return float((block.sum() - np.trace(block)) / (len(g) * (len(g) - 1)))

    return (within(a) + within(b)) / 2 - float(sim[np.ix_(a, b)].mean())


def split_members(clusterer: OnlineClusterer, members: Sequence[str], feats: Mapping[str, DocFeatures],
                  vectors: Mapping[str, np.ndarray], gap: float = SPLIT_GAP, min_size: int = SPLIT_MIN,
                  alpha: float | None = MARKER_ALPHA) -> tuple[list[str], list[str]] | None:
    """(kept, split off) member lists in placement order when the story splits, else None.
    ``alpha``: the marker test's level (None: the agreement gap alone decides)."""
    if len(members) < 2 * min_size or len(members) > SPLIT_MAX:
        return None
    sim = pair_similarity(clusterer, [feats[m] for m in members], [vectors[m] for m in members])
    kept, other = two_groups(sim)
    if min(len(kept), len(other)) < max(1, min_size):
        return None
    weak = agreement_gap(sim, kept, other) < gap
    if weak and (alpha is None or not marked(members, feats, kept, other, alpha, min_size)):
        return None
    return [members[i] for i in kept], [members[i] for i in other]


def marked(members: Sequence[str], feats: Mapping[str, DocFeatures], kept: list[int], other: list[int],
           alpha: float, min_size: int = SPLIT_MIN) -> bool:
    """Is there a name-like marker word (``story_markers``) of one group of ``members`` against the
    other, judged on the words of their title and first words, its case read in their leads, that is
    not the names a later phase of the story adds (``story_phases``)?"""
    words = [[feats[members[i]].terms.keys() for i in group] for group in (kept, other)]
    lines = body_lines(feats[m].lead for m in members)  # split once, not once per word tested
    is_name = functools.cache(lambda word: name_like(word, (), lines))
    word = marker(*words, alpha=alpha, accept=is_name)
    if word is None:
        return False
    days = [[feats[members[i]].day for i in group] for group in (kept, other)]
    return not later_phase(words, days, word, is_name, lines, min_size)


def split_stories(clusterer: OnlineClusterer, feats: Mapping[str, DocFeatures],
                  vectors: Mapping[str, np.ndarray], examine: Iterable[int] | None = None,
                  gap: float = SPLIT_GAP, min_size: int = SPLIT_MIN,
                  alpha: float | None = MARKER_ALPHA) -> list[tuple[int, list[str]]]:
    """Per story (clusterer index), its member list after the second pass; a split-off part follows
    its story with the same index. ``examine``: the story indices to look at (default: all)."""
    todo = set(range(len(clusterer.stories)) if examine is None else examine)
    out: list[tuple[int, list[str]]] = []
    for index, state in enumerate(clusterer.stories):
        parts = None
        if index in todo:
            parts = split_members(clusterer, state.members, feats, vectors, gap, min_size, alpha)
        out.extend((index, part) for part in (parts or (list(state.members),)))
    return out

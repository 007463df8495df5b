"""Second pass: a story holding two events of one kind (two groups that agree little with each other)
is split; a coherent story is left whole."""
import numpy as np

from storyline.corpus.story_cluster import ClusterParams, OnlineClusterer
from storyline.corpus.story_features import DocFeatures
from storyline.corpus.story_split import agreement_gap, split_stories, two_groups


def _unit(*xs: float) -> np.ndarray:
    v = np.zeros(384, dtype=np.float32)
    v[: len(xs)] = xs
    return v / np.linalg.norm(v)


def _doc(doc_id: str, names: set[str], words: set[str]) -> DocFeatures:
    terms = {w: 1 / len(words) ** 0.5 for w in words}
    return DocFeatures(doc_id, "", None, frozenset(names), terms, frozenset(names))


def _two_fights() -> tuple[OnlineClusterer, dict, dict]:
    """One story, forced together: three reports of a bout against one opponent, three of another."""
    c = OnlineClusterer(ClusterParams())
    docs, vectors = {}, {}
    for i in range(6):
        first = i % 2 == 0  # interleaved, as an online stream would deliver them
        opponent, venue = ("okafor", "lisbon") if first else ("brandt", "oslo")
        docs[f"d{i}"] = _doc(f"d{i}", {"champion", opponent}, {"champion", "title", opponent, venue,
                                                               "seventh" if first else "sixth"})
        vectors[f"d{i}"] = _unit(1.0, 0.35 if first else -0.35, 0.05 * i)
        c.place(docs[f"d{i}"], vectors[f"d{i}"], 0 if i else None)
    return c, docs, vectors


def test_two_groups_separates_two_blocks_and_keeps_row_zero_first():
    sim = np.full((5, 5), 0.1)
    sim[np.ix_([0, 2, 4], [0, 2, 4])] = 0.9
    sim[np.ix_([1, 3], [1, 3])] = 0.8
    kept, other = two_groups(sim)
    assert (kept, other) == ([0, 2, 4], [1, 3])
    assert abs(agreement_gap(sim, kept, other) - (0.85 - 0.1)) < 1e-9


def test_story_with_two_events_of_one_kind_is_split():
    c, docs, vectors = _two_fights()
    parts = split_stories(c, docs, vectors)
    assert [members for _, members in parts] == [["d0", "d2", "d4"], ["d1", "d3", "d5"]]
    assert [index for index, _ in parts] == [0, 0]


def test_coherent_story_and_unexamined_story_stay_whole():
    c, docs, vectors = _two_fights()
    assert [m for _, m in split_stories(c, docs, vectors, examine=[])] == [[f"d{i}" for i in range(6)]]
    same = OnlineClusterer(ClusterParams())
    for i in range(6):
        doc = _doc(f"s{i}", {"champion", "okafor"}, {"champion", "title", "okafor", "lisbon"})
        docs[doc.id], vectors[doc.id] = doc, _unit(1.0, 0.3, 0.05 * i)
        same.place(doc, vectors[doc.id], 0 if i else None)
    assert [m for _, m in split_stories(same, docs, vectors)] == [[f"s{i}" for i in range(6)]]


def test_split_needs_enough_articles_on_each_side():
    c, docs, vectors = _two_fights()
    assert len(split_stories(c, docs, vectors, min_size=4)) == 1

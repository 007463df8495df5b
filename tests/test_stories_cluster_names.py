"""Clusterer: a rare shared person/organisation and a near member pull an article into a story."""
import numpy as np

from storyline.corpus.story_cluster import ClusterParams, OnlineClusterer
from storyline.corpus.story_features import DocFeatures, doc_entities
from storyline.model import Article, EntityMention


def _unit(*xs: float) -> np.ndarray:
    v = np.zeros(384, dtype=np.float32)
    v[: len(xs)] = xs
    return v / np.linalg.norm(v)


def _doc(doc_id: str, names: set[str]) -> DocFeatures:
    return DocFeatures(doc_id, "", None, frozenset(names), {}, frozenset(names))


def _clusterer(params: ClusterParams) -> OnlineClusterer:
    c = OnlineClusterer(params)
    for i in range(40):  # background articles, each with its own name
        c.add(_doc(f"bg{i}", {f"other{i}"}), _unit(*([0] * (10 + i % 50)), 1.0))
    return c


def test_rare_shared_name_joins_a_weak_embedding_match():
    base = ClusterParams(join=0.4, w_ent=0.0, w_lex=0.0, w_member=0.0, w_names=0.0)
    boosted = ClusterParams(join=0.4, w_ent=0.0, w_lex=0.0, w_member=0.0, w_names=0.1, name_min=1)
    results = []
    for params in (base, boosted):
        c = _clusterer(params)
        first = c.add(_doc("a", {"lauri love"}), _unit(1.0, 0.0))
        results.append(c.add(_doc("b", {"lauri love"}), _unit(0.35, 0.94)) == first)
    assert results == [False, True]


def test_common_name_gives_no_bonus():
    c = _clusterer(ClusterParams(w_names=0.1, rare_docs=3))
    story = c.add(_doc("a", {"common"}), _unit(1.0))
    for i in range(5):
        c.add(_doc(f"c{i}", {"common"}), _unit(*([0] * (60 + i)), 1.0))
    assert c.rare_shared(_doc("x", {"common"}), story) == 0


def test_name_min_two_needs_two_rare_names():
    c = _clusterer(ClusterParams(join=0.4, w_ent=0.0, w_lex=0.0, w_member=0.0, w_names=0.1, name_min=2))
    first = c.add(_doc("a", {"jane roe", "acme corp", "x"}), _unit(1.0, 0.0))
    assert c.add(_doc("b", {"jane roe"}), _unit(0.35, 0.94)) != first
    assert c.add(_doc("c", {"jane roe", "acme corp"}), _unit(0.35, 0.0, 0.94)) == first


def test_nearest_member_counts_when_weighted():
    c = OnlineClusterer(ClusterParams(w_member=1.0))
    story = c.add(_doc("a", set()), _unit(1.0, 0.0))
    c.place(_doc("b", set()), _unit(0.0, 1.0), story)
    assert c.member_cosines(_unit(1.0, 0.0))[story] == np.float32(1.0)


def test_names_are_people_and_organisations_only():
    text = "Jane Roe of Acme Corp visited Paris."
    ents = [EntityMention(0, 8, "Jane Roe", "PERSON"), EntityMention(12, 21, "Acme Corp", "ORG"),
            EntityMention(30, 35, "Paris", "GPE")]
    article = Article(id="a", path="a", text=text, entities=ents)
    assert doc_entities([article], None, frozenset({"PERSON", "ORG"}))["a"] == {"jane roe", "acme corp"}

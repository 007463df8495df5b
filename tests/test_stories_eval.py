"""Clustering scores used by the story benches: pairwise and B-cubed on small worked examples."""
from __future__ import annotations

import pytest

from storyline.corpus.story_eval import bcubed, pairwise

GOLD = {"a": 1, "b": 1, "c": 1, "d": 2, "e": 2}


def test_stories_eval_perfect_clustering_scores_one():
    assert pairwise(GOLD, GOLD) == (1.0, 1.0, 1.0)
    assert bcubed(GOLD, GOLD) == (1.0, 1.0, 1.0)


def test_stories_eval_one_merged_cluster():
    pred = dict.fromkeys(GOLD, 0)
    p, r, _ = pairwise(pred, GOLD)
    assert (p, r) == pytest.approx((4 / 10, 1.0))
    p, r, _ = bcubed(pred, GOLD)
    assert p == pytest.approx((3 * 3 / 5 + 2 * 2 / 5) / 5) and r == 1.0


def test_stories_eval_missing_documents_are_singletons():
    p, r, _ = pairwise({"a": 0, "b": 0}, GOLD)
    assert p == 1.0 and r == pytest.approx(1 / 4)

"""Stories built one article at a time: adding an article changes only the story it joins."""
from __future__ import annotations

from story_fixtures import BANK, BRIDGE_2, CHESS, article, corpus
from storyline.corpus import stories as stories_mod
from storyline.corpus.stories import build_stories, story_id


def _groups(stories) -> dict[str, list[str]]:
    return {s.id: s.documents for s in stories}


def test_stories_group_the_same_event_and_split_the_others():
    got = {frozenset(s.documents) for s in build_stories(corpus())}
    expected = {frozenset({"bridge-a", "bridge-b"}), frozenset({"bank-a", "bank-b"}), frozenset({"inquiry"})}
    assert got == expected


def test_stories_unrelated_article_adds_a_story_and_leaves_the_others():
    before = build_stories(corpus())
    after = build_stories(corpus() + [article("chess", CHESS, "2026-03-06")])
    assert {k: v for k, v in _groups(after).items() if k != story_id("chess")} == _groups(before)
    assert _groups(after)[story_id("chess")] == ["chess"]


def test_stories_joining_article_changes_only_its_story():
    before = _groups(build_stories(corpus()))
    after = _groups(build_stories(corpus() + [article("bridge-c", BRIDGE_2, "2026-03-05")]))
    bridge = story_id("bridge-a")
    assert after[bridge] == before[bridge] + ["bridge-c"]
    assert {k: v for k, v in after.items() if k != bridge} == {k: v for k, v in before.items() if k != bridge}


def test_stories_previous_placements_are_replayed_not_recomputed():
    before = build_stories(corpus())
    # an article dated before everything else: a fresh run would found stories differently,
    # a run given the previous stories keeps them and only places the newcomer
    early = article("bank-early", BANK, "2026-03-01")
    after = build_stories(corpus() + [early], previous=before)
    kept = {s.id: s.documents for s in after if s.id in _groups(before)}
    assert {k: [d for d in v if d != "bank-early"] for k, v in kept.items()} == _groups(before)
    assert "bank-early" in _groups(after)[story_id("bank-a")]


def test_stories_cached_vectors_are_not_embedded_again(monkeypatch):
    cache: dict = {}
    build_stories(corpus(), cache=cache)
    assert len(cache) == 5
    calls = []
    real = stories_mod.embed_cached

    def counting(keys, texts, cache):
        calls.append(sum(k not in cache for k in keys))
        return real(keys, texts, cache)

    monkeypatch.setattr(stories_mod, "embed_cached", counting)
    build_stories(corpus() + [article("chess", CHESS, "2026-03-06")], cache=cache)
    assert calls == [1]

"""Stories are deterministic: same input, same ids, titles and members, whatever the input order."""
from __future__ import annotations

from story_fixtures import BRIDGE_1, article, corpus
from storyline.corpus.base import CorpusContext
from storyline.corpus.stories import StoryStage, build_stories, story_id


def _dump(stories):
    return [(s.id, s.title, s.documents, s.continues) for s in stories]


def test_stories_same_input_same_output_in_any_order():
    first = _dump(build_stories(corpus()))
    assert first == _dump(build_stories(list(reversed(corpus()))))
    assert first == _dump(build_stories(corpus()))


def test_stories_ids_come_from_the_earliest_article():
    ids = {frozenset(s.documents): s.id for s in build_stories(corpus())}
    assert ids[frozenset({"bridge-a", "bridge-b"})] == story_id("bridge-a")
    assert story_id("bridge-a").startswith("s") and story_id("bridge-a") != story_id("bridge-b")


def test_stories_titles_carry_the_month_and_a_headline():
    titles = {frozenset(s.documents): s.title for s in build_stories(corpus())}
    expected = "Inquiry into Varnel bridge collapse hears from inspectors (May 2026)"
    assert titles[frozenset({"inquiry"})] == expected
    assert titles[frozenset({"bank-a", "bank-b"})].endswith("(March 2026)")


def test_stories_later_story_continues_the_earlier_one():
    by_docs = {frozenset(s.documents): s for s in build_stories(corpus())}
    inquiry = by_docs[frozenset({"inquiry"})]
    assert inquiry.continues == [story_id("bridge-a")]
    assert by_docs[frozenset({"bank-a", "bank-b"})].continues == []


def test_stories_near_copies_join_their_original():
    copy = article("bridge-copy", BRIDGE_1, "2026-03-09")
    stories = build_stories(corpus() + [copy], duplicate_of={"bridge-copy": "bridge-a"})
    bridge = next(s for s in stories if "bridge-a" in s.documents)
    assert bridge.documents == ["bridge-a", "bridge-copy", "bridge-b"]
    assert sum(len(s.documents) for s in stories) == 6


def test_stories_empty_corpus_gives_no_stories():
    ctx = CorpusContext([])
    StoryStage().run(ctx)
    assert ctx.results["stories"] == []
    assert ctx.results["story_vectors"] == {}


def test_stories_undated_articles_still_cluster():
    undated = [article(a.id, (a.title, a.text), None) for a in corpus()]
    groups = {frozenset(s.documents) for s in build_stories(undated)}
    assert frozenset({"bank-a", "bank-b"}) in groups
    assert all("(" not in s.title for s in build_stories(undated))


def test_stories_copy_of_a_missing_original_stands_alone():
    copy = article("bridge-copy", BRIDGE_1, "2026-03-09")
    stories = build_stories(corpus() + [copy], duplicate_of={"bridge-copy": "gone"})
    expected = sorted([a.id for a in corpus()] + ["bridge-copy"])
    assert sorted(d for s in stories for d in s.documents) == expected

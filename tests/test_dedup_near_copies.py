"""Near-duplicates by MinHash LSH: a syndicated copy with small edits is marked; other articles are not."""

from __future__ import annotations

from conftest import seed_paths
from storyline.corpus.dedup import near_duplicates
from storyline.model import Article


def _edit(text: str) -> str:
    """A re-scrape with small edits: a furniture line, one sentence reworded, a word changed."""
    sentences = text.split(". ")
    sentences[1] = sentences[1].replace(" the ", " a ", 1)
    return "Share this article\n" + ". ".join(sentences).replace("said", "stated", 1)


def test_dedup_marks_a_near_copy_of_a_seed():
    texts = [p.read_text(encoding="utf-8") for p in seed_paths()]
    articles = [
        Article(id=f"d{i}", path=f"{i}.txt", text=t, published=f"2025-01-0{i + 1}")
        for i, t in enumerate(texts)
    ]
    copy = Article(id="copy", path="copy.txt", text=_edit(texts[3]), published="2025-02-01")
    found = near_duplicates(articles + [copy], threshold=0.5, num_perm=128)
    assert found == {"copy": "d3"}


def test_dedup_keeps_different_outlets_on_one_story_apart():
    texts = [p.read_text(encoding="utf-8") for p in seed_paths()]
    articles = [Article(id=f"d{i}", path=f"{i}.txt", text=t) for i, t in enumerate(texts)]
    assert near_duplicates(articles, threshold=0.5, num_perm=128) == {}


def test_dedup_original_is_the_earliest_published():
    text = (
        "The council voted on the new harbour plan after a long debate about costs and jobs in the town. " * 3
    )
    late = Article(id="a-late", path="a.txt", text=text, published="2025-03-01")
    early = Article(id="z-early", path="z.txt", text=text + " Extra line.", published="2025-01-01")
    assert near_duplicates([late, early], threshold=0.5, num_perm=128) == {"a-late": "z-early"}

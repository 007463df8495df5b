"""Seed floor: the five seed articles (read from ../shared at run time) fall into the gold stories.

The articles go through ingest, cleaning, the spaCy stage, near-copy detection and the entity stage
before the story stage, as in a build; the floor is the grader's pairwise F1 over document pairs."""
from __future__ import annotations

import json
from itertools import combinations
from pathlib import Path

import pytest

from conftest import SEEDS
from storyline.article.clean import CleanStage
from storyline.article.nlp import NlpStage
from storyline.corpus.base import CorpusContext
from storyline.corpus.dedup import DedupStage
from storyline.corpus.runner import EntityStage
from storyline.corpus.stories import StoryStage
from storyline.ingest.base import discover, read_source
from storyline.ingest.manifest import apply_manifest, load_manifest

FLOOR_F1 = 1.0


def _pairs(groups) -> set[tuple[str, str]]:
    return {pair for g in groups for pair in combinations(sorted(g), 2)}


@pytest.fixture(scope="module")
def seed_run() -> tuple[CorpusContext, dict[str, str]]:
    sources, _ = discover([str(SEEDS)])
    manifest = load_manifest(str(SEEDS / "manifest.jsonl"))
    articles = []
    for src in sources:
        for article in read_source(src)[0]:
            apply_manifest(article, manifest)
            articles.append(CleanStage().process(article))
    ctx = CorpusContext(NlpStage().process_batch(articles))
    for stage in (DedupStage(), EntityStage(), StoryStage()):
        stage.run(ctx)
    return ctx, {a.id: Path(a.path).name for a in ctx.articles}


def test_stories_seeds_pairwise_f1_floor(seed_run, gold):
    ctx, name_of = seed_run
    predicted = _pairs([[name_of[d] for d in s.documents] for s in ctx.results["stories"]])
    expected = _pairs([s["documents"] for s in gold["stories"]])
    tp = len(predicted & expected)
    f1 = 2 * tp / (len(predicted) + len(expected)) if predicted or expected else 1.0
    assert f1 >= FLOOR_F1, (sorted(predicted), sorted(expected))


def test_stories_seeds_every_document_in_one_story(seed_run):
    ctx, _ = seed_run
    placed = [d for s in ctx.results["stories"] for d in s.documents]
    assert sorted(placed) == sorted(a.id for a in ctx.articles)


def test_stories_seeds_titles_name_the_month_and_later_stories_continue(seed_run, gold):
    ctx, name_of = seed_run
    months = {json.dumps(sorted(s["documents"])): s["title"].rsplit("(", 1)[1] for s in gold["stories"]}
    stories = ctx.results["stories"]
    for story in stories:
        key = json.dumps(sorted(name_of[d] for d in story.documents))
        if key in months:
            assert story.title.endswith("(" + months[key])
    earlier = {s.id for s in stories[:1]}
    assert any(set(s.continues) & earlier for s in stories[1:])
    assert not stories[0].continues

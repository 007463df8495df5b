"""Run the corpus stages in order over every article of the store."""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from storyline.corpus.aliases import resolve_entities
from storyline.corpus.base import CorpusContext, CorpusStage
from storyline.corpus.compare import CompareStage
from storyline.corpus.dedup import DedupStage
from storyline.corpus.embed import unpack_vector
from storyline.corpus.events import EventCorpusStage
from storyline.corpus.positions import PositionStage
from storyline.corpus.stories import StoryStage
from storyline.corpus.summary import SummaryStage
from storyline.model import Article


class EntityStage(CorpusStage):
    """Entities with aliases resolved across the corpus (corpus/aliases.py)."""

    name = "entities"

    def run(self, ctx: CorpusContext) -> None:
        ctx.results["entities"] = resolve_entities(ctx.articles)


class LeadVectorSeedStage(CorpusStage):
    """The lead vectors the article stage ``lead_vector`` made, put into the stories' vector cache
    (``ctx.results["story_vectors"]``, keyed by ``embed.text_key``) for the original articles."""

    name = "lead_vectors"

    def run(self, ctx: CorpusContext) -> None:
        cache = ctx.results.get("story_vectors")
        cache = {} if cache is None else cache
        for article in ctx.originals():
            packed = article.lead_vector
            if packed and packed.get("key") not in cache:
                cache[packed["key"]] = unpack_vector(packed["vector"])
        ctx.results["story_vectors"] = cache


def default_corpus_stages() -> list[CorpusStage]:
    """Near-copies, entities, stories, then what reads them: events fill stories, the rest read both."""
    return [
        DedupStage(),
        EntityStage(),
        LeadVectorSeedStage(),
        StoryStage(),
        EventCorpusStage(),
        PositionStage(),
        CompareStage(),
        SummaryStage(),
    ]


def run_corpus(
    articles: Sequence[Article],
    stages: Sequence[CorpusStage] | None = None,
    carried: dict[str, Any] | None = None,
) -> CorpusContext:
    """Run the stages; ``carried`` seeds ctx.results with what the last run kept (vectors, stories)."""
    ctx = CorpusContext(list(articles), results=dict(carried or {}))
    for stage in stages if stages is not None else default_corpus_stages():
        stage.run(ctx)
    return ctx

"""Run the corpus stages in order over every article of the store."""
from __future__ import annotations

from collections.abc import Sequence

from storyline.corpus.aliases import resolve_entities
from storyline.corpus.base import CorpusContext, CorpusStage
from storyline.corpus.dedup import DedupStage
from storyline.model import Article


class EntityStage(CorpusStage):
    """Entities with aliases resolved across the corpus (corpus/aliases.py)."""

    name = "entities"

    def run(self, ctx: CorpusContext) -> None:
        ctx.results["entities"] = resolve_entities(ctx.articles)


def default_corpus_stages() -> list[CorpusStage]:
    return [DedupStage(), EntityStage()]


def run_corpus(articles: Sequence[Article], stages: Sequence[CorpusStage] | None = None) -> CorpusContext:
    ctx = CorpusContext(list(articles))
    for stage in stages if stages is not None else default_corpus_stages():
        stage.run(ctx)
    return ctx

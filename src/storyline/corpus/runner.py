"""Run the corpus stages in order over every article of the store."""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from storyline.corpus.aliases import resolve_entities
from storyline.corpus.aside import Aside, can_fork
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
        cache = ctx.results.setdefault("story_vectors", {})
        for article in ctx.originals():
            packed = article.lead_vector
            if packed and packed.get("key") not in cache:
                cache[packed["key"]] = unpack_vector(packed["vector"])


# stages that only assign their own outcome (``ctx.results[name]`` or ``ctx.duplicate_of``) and change
# no shared object in place, with the first later stage that reads that outcome (None: only the brief):
# near-copies are first read by ``lead_vectors`` (the entities do not read them), discrepancies by none
ASIDE: dict[str, str | None] = {"dedup": "lead_vectors", "discrepancies": None}


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
    aside: bool = True,
) -> CorpusContext:
    """Run the stages; ``carried`` seeds ctx.results with what the last run kept (vectors, stories).

    With ``aside``, a stage named in ``ASIDE`` runs in a forked child while this process goes on with
    the next stages (the machine's other core), and its outcome is joined before the stage that
    reads it (see ``corpus/aside.py``); the results are the same as one after the other."""
    ctx = CorpusContext(list(articles), results=dict(carried or {}))
    pending: dict[str, Aside] = {}
    try:
        for stage in stages if stages is not None else default_corpus_stages():
            for name in [n for n, job in pending.items() if job.needed_by == stage.name]:
                pending.pop(name).join(ctx)
            needed_by = ASIDE.get(stage.name, "")
            if aside and needed_by != "" and can_fork():
                pending[stage.name] = Aside.start(stage, ctx, needed_by)
            else:
                stage.run(ctx)
        while pending:
            pending.popitem()[1].join(ctx)
    finally:
        for job in pending.values():  # a stage failed here: stop the children still running
            job.stop()
    return ctx

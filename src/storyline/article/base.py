"""The article-stage protocol (after datatrove's PipelineStep and spaCy's components).

A stage reads and fills ``Article`` fields. ``requires`` and ``produces`` name fields
(or the transient ``doc``); the pipeline checks at build time that every requirement is
produced by an earlier stage. Stages never touch the store."""
from __future__ import annotations

from collections.abc import Iterable, Sequence

from storyline.errors import PipelineError
from storyline.model import Article

# fields an article has when it leaves ingest and cleaning
INGESTED = ("text", "title", "published", "outlet", "url", "boilerplate")


class ArticleStage:
    """Base class: override ``process``; override ``process_batch`` when batching pays (spaCy)."""

    name: str = "stage"
    requires: tuple[str, ...] = ()
    produces: tuple[str, ...] = ()

    def process(self, article: Article) -> Article:
        raise NotImplementedError

    def process_batch(self, articles: Sequence[Article]) -> list[Article]:
        return [self.process(a) for a in articles]


def check_requirements(stages: Iterable[ArticleStage], available: Iterable[str] = INGESTED) -> None:
    """Fail with E200 when a stage needs a field that no earlier stage produces."""
    have = set(available)
    for stage in stages:
        missing = [r for r in stage.requires if r not in have]
        if missing:
            raise PipelineError("E200", f"stage '{stage.name}' requires {', '.join(missing)}")
        have.update(stage.produces)

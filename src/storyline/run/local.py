"""Local executor: in this process, or a pool of processes (spaCy loaded once in each)."""
from __future__ import annotations

import multiprocessing as mp
from collections.abc import Callable, Iterator, Sequence

from storyline.article.base import ArticleStage
from storyline.run.base import Shard
from storyline.run.worker import process_shard
from storyline.store.base import SourceResult

_STAGES: list[ArticleStage] = []


def _init_worker(factory: Callable[[], list[ArticleStage]]) -> None:
    _STAGES[:] = factory()


def _work(shard: Shard) -> list[SourceResult]:
    return process_shard(shard, _STAGES)


def preload(stages: Sequence[ArticleStage]) -> None:
    """Call each stage's optional ``preload()`` here, before the pool is forked: what it loads (the
    spaCy pipeline) is inherited by every worker instead of being loaded in each of them."""
    for stage in stages:
        hook = getattr(stage, "preload", None)
        if callable(hook):
            hook()


class LocalExecutor:
    """``workers == 1`` runs in this process; more start a process pool."""

    def __init__(self, stage_factory: Callable[[], list[ArticleStage]], workers: int = 1):
        self.stage_factory = stage_factory
        self.workers = max(1, workers)

    def map(self, shards: Sequence[Shard]) -> Iterator[list[SourceResult]]:
        if self.workers == 1 or len(shards) < 2:
            stages = self.stage_factory()
            for shard in shards:
                yield process_shard(shard, stages)
            return
        preload(self.stage_factory())
        ctx = mp.get_context("fork")
        with ctx.Pool(self.workers, initializer=_init_worker, initargs=(self.stage_factory,)) as pool:
            yield from pool.imap(_work, shards)

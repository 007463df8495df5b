"""Executors: where the article stages run (``local`` processes or ``ray``)."""
from __future__ import annotations

from collections.abc import Callable

from storyline.article.base import ArticleStage
from storyline.errors import StorylineError
from storyline.run.base import Executor
from storyline.run.local import LocalExecutor

EXECUTORS = ("local", "ray")


def make_executor(kind: str, stage_factory: Callable[[], list[ArticleStage]], workers: int) -> Executor:
    """The executor named ``kind`` running ``workers`` copies of the stages ``stage_factory`` makes."""
    if kind == "local":
        return LocalExecutor(stage_factory, workers)
    if kind == "ray":
        from storyline.run.ray import RayExecutor

        return RayExecutor(stage_factory, workers)
    raise StorylineError("E400", f"unknown executor {kind!r} (choose from {', '.join(EXECUTORS)})")


__all__ = ["make_executor", "EXECUTORS", "Executor", "LocalExecutor"]

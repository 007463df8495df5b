"""The one layer the CLI and the web app call: build, add, brief, open_store."""
from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from storyline import settings
from storyline.corpus.runner import run_corpus
from storyline.export.brief import assemble_brief
from storyline.ingest.base import SourceFile, discover
from storyline.ingest.manifest import load_manifest
from storyline.model import Rejection, Story
from storyline.pipeline import default_stages
from storyline.run import make_executor
from storyline.run.base import Executor, RunStats, Shard
from storyline.store import Store, open_store
from storyline.store.codec import plain
from storyline.store.sql import now

log = logging.getLogger(__name__)
BRIEF = "brief"
STORIES = "stories"
Progress = Callable[[int, int], None]  # (files done, files to do)


@dataclass
class BuildResult:
    stats: RunStats
    rejected: list[Rejection] = field(default_factory=list)  # this run's rejections
    brief: dict[str, Any] = field(default_factory=dict)


def plan(store: Store, sources: Sequence[SourceFile]) -> list[SourceFile]:
    """The files that are new or changed since they were last stored (a killed run resumes here)."""
    done = store.source_sha1s()
    return [s for s in sources if done.get(s.path) != s.sha1]


def shards_of(sources: Sequence[SourceFile], manifest: dict[str, dict], size: int) -> list[Shard]:
    return [Shard(i // size, list(sources[i:i + size]), manifest) for i in range(0, len(sources), size)]


def executor_for(kind: str | None, workers: int | None, files: int) -> Executor:
    """The executor of setting ``executor`` (or ``kind``). Locally, a run of fewer than ``small_run``
    files stays in this process; Ray, once asked for, is used whatever the size of the run."""
    kind = kind or settings.get("executor")
    workers = workers or settings.get("workers")
    if kind == "local" and files < settings.get("small_run"):
        workers = 1
    return make_executor(kind, default_stages, workers)


def add(store: Store, inputs: Sequence[str], manifest: str | None = None, workers: int | None = None,
        progress: Progress | None = None, executor: str | None = None) -> tuple[RunStats, list[Rejection]]:
    """Ingest new or changed inputs and run the article stages (on ``executor``: 'local' or 'ray',
    default: the setting); each file is stored in one transaction."""
    started = time.perf_counter()
    sources, rejected = discover(inputs)
    meta = load_manifest(manifest) if manifest else {}
    todo = plan(store, sources)
    stats = RunStats(sources_seen=len(sources), sources_skipped=len(sources) - len(todo))
    if rejected:
        store.put_rejections(rejected)
    runner = executor_for(executor, workers, len(todo))
    for results in runner.map(shards_of(todo, meta, settings.get("shard_size"))):
        for result in results:
            outcome = store.put_source(result)
            rejected.extend(result.rejections)
            stats = stats.add(RunStats(
                sources_processed=1, articles_stored=outcome.stored, exact_copies=outcome.copies,
                words=sum(len(a.text.split()) for a in result.articles),
            ))
            if progress:
                progress(stats.sources_processed, len(todo))
    stats.rejected = len(rejected)
    stats.seconds = round(time.perf_counter() - started, 3)
    return stats, rejected


def refresh_brief(store: Store) -> dict[str, Any]:
    """Run the corpus stages over the whole store and keep the brief in it.

    Embedding vectors and the last run's stories are carried over, so an added article joins the
    stories as they were instead of reclustering the world."""
    before = [Story(**s) for s in store.get_corpus(STORIES) or []]
    carried = {"story_vectors": store.get_vectors(), "stories_before": before}
    ctx = run_corpus(list(store.iter_articles()), carried=carried)
    brief = assemble_brief(ctx, store.rejections(), store.copies())
    store.put_vectors(ctx.results.get("story_vectors") or {})
    store.put_corpus(STORIES, plain(ctx.results.get("stories", [])))
    store.put_corpus(BRIEF, brief)
    return brief


def build(inputs: Sequence[str], db: str | Path | None = None, manifest: str | None = None,
          workers: int | None = None, progress: Progress | None = None,
          executor: str | None = None) -> BuildResult:
    """Add the inputs to the store at ``db`` (a SQLite path or a ``postgresql://`` URL) and rebuild
    the brief of the whole store."""
    store = open_store(db or settings.get("db"))
    try:
        started = now()
        stats, rejected = add(store, inputs, manifest, workers, progress, executor)
        brief = refresh_brief(store)
        brief["stats"] = stats.as_dict()
        store.record_run(started, stats.as_dict())
        return BuildResult(stats, rejected, brief)
    finally:
        store.close()


def brief(db: str | Path | None = None) -> dict[str, Any]:
    """The stored brief, without re-processing anything (rebuilt from the store if it is missing)."""
    store = open_store(db or settings.get("db"))
    try:
        return store.get_corpus(BRIEF) or refresh_brief(store)
    finally:
        store.close()


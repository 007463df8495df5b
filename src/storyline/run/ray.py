"""Ray executor: the same ``map(shards)`` contract as ``LocalExecutor``, each shard processed by a
Ray actor that created the article stages once (spaCy and the models load once per actor).

Ray runs as a private single-machine cluster started here (``ray.init`` with ``num_cpus``, no
dashboard, usage statistics off, nothing downloaded) unless the caller already initialised Ray.
Ray's own servers listen on this machine's address (Ray 2.60 turns 127.0.0.1 into it) behind the
token authentication Ray enables by default.
Results come back in shard order, so the store sees the same sequence of files as with the local
executor, and a killed run resumes the same way (each file is marked done when it is stored)."""
from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from storyline.article.base import ArticleStage
from storyline.errors import PipelineError
from storyline.run.base import Shard
from storyline.run.worker import process_shard
from storyline.store.base import SourceResult

_ANSI = re.compile(r"\x1b\[[0-9;]*m")  # Ray colours its error messages
OBJECT_STORE_BYTES = 256 * 2**20  # shard results are small; keep Ray's shared memory modest
_ACTORS: dict[tuple[Any, ...], list[Any]] = {}  # the live actors: one set, keyed (factory, count, Ray job)


def _ray() -> Any:
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
    try:
        import ray
    except ImportError as exc:  # the 'scale' extra is not installed
        raise PipelineError("E202", "the Ray executor needs ray: pip install 'storyline[scale]'") from exc
    return ray


def start_ray(num_cpus: int) -> None:
    """Start a local Ray for this process unless Ray is already initialised."""
    ray = _ray()
    if ray.is_initialized():
        return
    ray.init(num_cpus=num_cpus, include_dashboard=False, log_to_driver=False, configure_logging=False,
             object_store_memory=OBJECT_STORE_BYTES, namespace="storyline")


class ShardWorker:
    """The body of a Ray actor: the stages made once, then one shard per call."""

    def __init__(self, stage_factory: Callable[[], list[ArticleStage]]):
        self.stages = stage_factory()

    def process(self, shard: Shard) -> list[SourceResult]:
        return process_shard(shard, self.stages)


class RayExecutor:
    """``workers`` actors (at most the cluster's CPUs), kept for later runs in the same Ray session."""

    def __init__(self, stage_factory: Callable[[], list[ArticleStage]], workers: int = 2):
        self.stage_factory = stage_factory
        self.workers = max(1, workers)

    def map(self, shards: Sequence[Shard]) -> Iterator[list[SourceResult]]:
        if not shards:
            return
        ray = _ray()
        from ray.util import ActorPool

        start_ray(self.workers)
        pool = ActorPool(self.actors())
        try:
            yield from pool.map(lambda actor, shard: actor.process.remote(shard), list(shards))
        except ray.exceptions.RayError as exc:
            release_actors()  # a broken set is not reused
            raise PipelineError("E202", f"Ray: {type(exc).__name__}: {_ANSI.sub('', str(exc))}") from exc

    def actors(self) -> list[Any]:
        """The actors for this executor's stages, started on first use and kept for later runs in the
        same Ray session. Only one set lives at a time: each actor holds a CPU, so a second set could
        wait forever for CPUs the first one keeps."""
        ray = _ray()
        cpus = int(ray.cluster_resources().get("CPU", 1))
        count = max(1, min(self.workers, cpus))
        key = (self.stage_factory, count, ray.get_runtime_context().get_job_id())
        if key not in _ACTORS:
            release_actors()
            remote = ray.remote(num_cpus=1)(ShardWorker)
            _ACTORS[key] = [remote.remote(self.stage_factory) for _ in range(count)]
        return _ACTORS[key]


def release_actors() -> None:
    """Stop the kept actors of the current Ray session (their CPUs and loaded models are freed);
    forget those of an earlier session."""
    ray = _ray()
    job = ray.get_runtime_context().get_job_id() if ray.is_initialized() else None
    for (_, _, actor_job), actors in _ACTORS.items():
        for actor in actors if actor_job == job else []:
            ray.kill(actor)
    _ACTORS.clear()

"""Ray executor: the same ``map(shards)`` contract as ``LocalExecutor``, each shard processed by a
Ray actor that created the article stages once (spaCy and the models load once per actor).

Ray runs as a private single-machine cluster started here (``ray.init`` with ``num_cpus``, no
dashboard, usage statistics off, bound to 127.0.0.1) unless the caller already initialised Ray.
Results come back in shard order, so the store sees the same sequence of files as with the local
executor, and a killed run resumes the same way (each file is marked done when it is stored)."""
from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from storyline.article.base import ArticleStage
from storyline.errors import PipelineError
from storyline.run.base import Shard
from storyline.run.worker import process_shard
from storyline.store.base import SourceResult

OBJECT_STORE_BYTES = 256 * 2**20  # shard results are small; keep Ray's shared memory modest
_ACTORS: dict[tuple[Any, ...], list[Any]] = {}  # live actors per (factory, workers, Ray job)


def _ray() -> Any:
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
    try:
        import ray
    except ImportError as exc:  # the 'scale' extra is not installed
        raise PipelineError("E202", "the Ray executor needs ray: pip install 'storyline[scale]'") from exc
    return ray


def start_ray(num_cpus: int) -> None:
    """Start a local Ray for this process unless Ray is already initialised (nothing leaves 127.0.0.1)."""
    ray = _ray()
    if ray.is_initialized():
        return
    ray.init(num_cpus=num_cpus, include_dashboard=False, log_to_driver=False, configure_logging=False,
             object_store_memory=OBJECT_STORE_BYTES, _node_ip_address="127.0.0.1", namespace="storyline")


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
            raise PipelineError("E202", f"Ray: {type(exc).__name__}: {exc}") from exc

    def actors(self) -> list[Any]:
        """This executor's actors in the current Ray session, started on first use."""
        ray = _ray()
        cpus = int(ray.cluster_resources().get("CPU", 1))
        count = max(1, min(self.workers, cpus))
        key = (self.stage_factory, count, ray.get_runtime_context().get_job_id())
        if key not in _ACTORS:
            remote = ray.remote(num_cpus=1)(ShardWorker)
            _ACTORS[key] = [remote.remote(self.stage_factory) for _ in range(count)]
        return _ACTORS[key]

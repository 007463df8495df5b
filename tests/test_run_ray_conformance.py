"""The same pipeline through the local and the Ray executor gives the same stored articles and the
same brief (DESIGN.md's executor conformance test). Ray starts once for this module (2 CPUs,
no dashboard, usage statistics off); the seeds are cut into shards of two so both actors work."""
from __future__ import annotations

import dataclasses
import functools
import os

import pytest

from conftest import SEEDS, seed_paths
from storyline import api
from storyline.errors import PipelineError, StorylineError
from storyline.ingest.base import discover
from storyline.run import make_executor
from storyline.run.base import Shard
from storyline.store import open_store

try:
    import ray
except ImportError:  # the 'scale' extra is locked for the tests: in CI a missing Ray is a failure
    if os.environ.get("CI", "").lower() not in ("", "0", "false"):
        raise
    pytest.skip("ray is not installed", allow_module_level=True)


@pytest.fixture(scope="module")
def ray_session():
    from storyline.run.ray import start_ray

    os.environ["RAY_USAGE_STATS_ENABLED"] = "0"
    started = not ray.is_initialized()
    start_ray(2)
    yield
    if started:
        ray.shutdown()


def stored(db) -> list[dict]:
    store = open_store(db)
    try:
        return [dataclasses.asdict(dataclasses.replace(a, doc=None)) for a in store.iter_articles()]
    finally:
        store.close()


def test_run_ray_and_local_store_the_same_articles_and_brief(tmp_path, monkeypatch, ray_session, seeds_brief):
    monkeypatch.setenv("STORYLINE_SHARD_SIZE", "2")
    inputs, manifest = [str(p) for p in seed_paths()], str(SEEDS / "manifest.jsonl")
    local = open_store(tmp_path / "local.db")
    local_stats, _ = api.add(local, inputs, manifest, workers=2, executor="local")
    local.close()
    result = api.build(inputs, db=tmp_path / "ray.db", manifest=manifest, workers=2, executor="ray")
    assert result.stats.sources_processed == local_stats.sources_processed == 5
    assert result.stats.articles_stored == local_stats.articles_stored
    assert stored(tmp_path / "ray.db") == stored(tmp_path / "local.db")
    ray_brief = {k: v for k, v in result.brief.items() if k != "stats"}
    assert ray_brief == {k: v for k, v in seeds_brief.items() if k != "stats"}


def test_run_ray_resumes_and_reuses_its_actors(tmp_path, ray_session):
    inputs = [str(p) for p in seed_paths()[:2]]
    first = api.build(inputs, db=tmp_path / "s.db", workers=2, executor="ray")
    again = api.build([str(p) for p in seed_paths()[:3]], db=tmp_path / "s.db", workers=2, executor="ray")
    assert (first.stats.sources_processed, again.stats.sources_processed) == (2, 1)
    assert again.stats.sources_skipped == 2 and len(again.brief["documents"]) == 3
    from storyline.run.ray import _ACTORS

    assert sum(len(actors) for actors in _ACTORS.values()) <= 2  # one set of actors for the session


def test_run_ray_chosen_by_the_environment_from_the_command_line(tmp_path, monkeypatch, ray_session):
    from storyline.cli import main
    from storyline.pipeline import default_stages
    from storyline.run.ray import _ACTORS, release_actors

    release_actors()
    monkeypatch.setenv("STORYLINE_EXECUTOR", "ray")
    code = main(["build", str(seed_paths()[0]), "--workers", "1", "--db", str(tmp_path / "s.db"),
                 "--json", str(tmp_path / "b.json"), "--quiet"])
    assert code == 0 and (tmp_path / "b.json").is_file()
    assert [(key[0], len(actors)) for key, actors in _ACTORS.items()] == [(default_stages, 1)]


def test_run_ray_failed_worker_is_a_coded_error(ray_session):
    from storyline.run.ray import RayExecutor

    sources, _ = discover([str(seed_paths()[0])])
    broken = RayExecutor(functools.partial(int, "not a stage list"), workers=1)  # the actor cannot start
    with pytest.raises(PipelineError) as err:
        list(broken.map([Shard(0, sources)]))
    assert err.value.code == "E202" and "not a stage list" in str(err.value)
    reading_only = RayExecutor(list, workers=2)  # no stages: the broken actor is gone, new ones start
    assert [len(results) for results in reading_only.map([Shard(0, sources)])] == [1]


def test_run_unknown_executor_is_a_usage_error():
    with pytest.raises(StorylineError) as err:
        make_executor("spark", list, 2)
    assert err.value.code == "E400"

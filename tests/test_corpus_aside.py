"""Corpus stages run aside (in a forked child) give the same context as one after the other; a stage
that fails in its child is run again in the parent."""
from __future__ import annotations

import os

import pytest

from conftest import SEEDS, seed_paths
from storyline import api
from storyline.corpus.aside import Aside, can_fork
from storyline.corpus.base import CorpusContext, CorpusStage
from storyline.corpus.runner import ASIDE, run_corpus
from storyline.store import open_store

pytestmark = pytest.mark.skipif(not can_fork(), reason="needs fork")


class Where(CorpusStage):
    """Records the process it ran in; fails in any process but ``fail_outside``'s when that is set."""

    name = "where"

    def __init__(self, fail_outside: int | None = None):
        self.fail_outside = fail_outside

    def run(self, ctx: CorpusContext) -> None:
        if self.fail_outside is not None and os.getpid() != self.fail_outside:
            raise RuntimeError("not here")
        ctx.results["where"] = os.getpid()
        ctx.duplicate_of = {"b": "a"}


def test_corpus_aside_outcome_comes_back_from_the_child():
    ctx = CorpusContext([])
    job = Aside.start(Where(), ctx, None)
    assert "where" not in ctx.results
    job.join(ctx)
    assert ctx.results["where"] != os.getpid() and ctx.duplicate_of == {"b": "a"}


def test_corpus_aside_failing_child_runs_the_stage_in_the_parent():
    ctx = CorpusContext([])
    Aside.start(Where(fail_outside=os.getpid()), ctx, None).join(ctx)
    assert ctx.results["where"] == os.getpid()


def test_corpus_aside_default_stages_give_the_same_results_as_in_order(tmp_path):
    db = tmp_path / "seeds.db"
    store = open_store(db)
    try:
        api.add(store, [str(p) for p in seed_paths()], str(SEEDS / "manifest.jsonl"))
        articles = list(store.iter_articles())
    finally:
        store.close()
    assert {"dedup", "discrepancies"} <= set(ASIDE)
    aside = run_corpus(articles, aside=True)
    in_order = run_corpus(articles, aside=False)
    assert aside.duplicate_of == in_order.duplicate_of
    found = aside.results["discrepancies"]
    assert found and found == in_order.results["discrepancies"]
    assert set(aside.results) == set(in_order.results)
    assert aside.results["summary"] == in_order.results["summary"]


class Stuck(CorpusStage):
    """Hangs in any process but the one that made it (a child stuck on a lock), answers at once there."""

    name = "stuck"

    def __init__(self):
        self.parent = os.getpid()

    def run(self, ctx: CorpusContext) -> None:
        if os.getpid() != self.parent:
            import time
            time.sleep(60)
        ctx.results["stuck"] = os.getpid()


def test_corpus_aside_stuck_child_is_stopped_and_the_stage_runs_here(monkeypatch, caplog):
    import storyline.corpus.aside as aside
    monkeypatch.setattr(aside, "ASIDE_TIMEOUT", 0.5)
    ctx = CorpusContext([])
    job = Aside.start(Stuck(), ctx, None)
    job.join(ctx)
    assert ctx.results["stuck"] == os.getpid()
    assert not job.process.is_alive()
    assert "failed in its child" in caplog.text

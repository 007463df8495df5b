"""The local executor calls the stages' preload hooks before forking (the workers inherit what they
loaded), and a worker hands back articles without their doc or the doc's per-stage memos."""
from __future__ import annotations

import os

from storyline.article.base import ArticleStage
from storyline.ingest.base import discover
from storyline.model import Article
from storyline.run.base import Shard
from storyline.run.local import LocalExecutor
from storyline.run.worker import process_shard

LOADED: dict[str, int] = {}


class Preloading(ArticleStage):
    name = "preloading"
    requires = ("text",)

    def preload(self) -> None:
        LOADED.setdefault("by", os.getpid())

    def process(self, article: Article) -> Article:
        article.title = f"{LOADED.get('by')}:{os.getpid()}"  # who loaded, who ran
        return article


def _shards(tmp_path, n: int) -> list[Shard]:
    for i in range(n):
        (tmp_path / f"a{i}.txt").write_text(f"Story {i}\n\nThe council met on Monday to vote number {i}.\n")
    sources, _ = discover([str(tmp_path)])
    return [Shard(i, [src]) for i, src in enumerate(sources)]


def test_run_local_preload_happens_once_in_the_parent_before_the_workers_start(tmp_path):
    LOADED.clear()
    executor = LocalExecutor(lambda: [Preloading()], workers=2)
    results = [r for rs in executor.map(_shards(tmp_path, 3)) for r in rs]
    pairs = [a.title.split(":") for r in results for a in r.articles]
    assert len(pairs) == 3
    assert all(loaded == str(os.getpid()) and ran != loaded for loaded, ran in pairs)


def test_run_local_one_worker_runs_here_without_preloading(tmp_path):
    LOADED.clear()
    results = list(LocalExecutor(lambda: [Preloading()], workers=1).map(_shards(tmp_path, 2)))
    assert [a.title for rs in results for r in rs for a in r.articles] == [f"None:{os.getpid()}"] * 2


class WithDoc(ArticleStage):
    name = "with_doc"
    requires = ("text",)

    def process(self, article: Article) -> Article:
        from storyline.article.nlp import load_nlp

        article.doc = load_nlp().make_doc(article.text)
        article.doc.user_data["memo"] = article.doc  # a per-doc memo holding its doc (a cycle)
        WithDoc.docs.append(article.doc)
        return article

    docs: list = []


def test_run_worker_clears_the_docs_memos_when_it_drops_the_doc(tmp_path):
    WithDoc.docs.clear()
    results = process_shard(_shards(tmp_path, 1)[0], [WithDoc()])
    assert all(a.doc is None for r in results for a in r.articles)
    assert WithDoc.docs and all(not d.user_data for d in WithDoc.docs)

"""What a worker does with one shard: read its files, run the article stages, hand back results."""
from __future__ import annotations

import logging
from collections.abc import Sequence

from storyline.article.base import ArticleStage
from storyline.errors import InputError
from storyline.ingest.base import read_source
from storyline.ingest.manifest import apply_manifest
from storyline.model import Article, Rejection
from storyline.run.base import Shard
from storyline.store.base import SourceResult

log = logging.getLogger(__name__)


def process_shard(shard: Shard, stages: Sequence[ArticleStage]) -> list[SourceResult]:
    """Read every file of the shard, run all stages over its articles in one batch, group by file."""
    results: list[SourceResult] = []
    articles: list[Article] = []
    for src in shard.sources:
        found, rejected = read_source(src)
        for article in found:
            apply_manifest(article, shard.manifest)
        results.append(SourceResult(src.path, src.sha1, [], list(rejected)))
        articles.extend(found)
    for stage in stages:
        articles = run_stage(stage, articles)
        articles = _drop_rejected(articles, results)
    for article in articles:
        if article.doc is not None:
            article.doc.user_data.clear()  # the stages' per-doc memos (speakers.SpeakerResolver) hold the doc
        article.doc = None
        _result_for(results, article.path).articles.append(article)
    return results


def run_stage(stage: ArticleStage, articles: list[Article]) -> list[Article]:
    """Run a stage over a batch; when the batch fails, retry one by one so only the culprit is rejected."""
    if not articles:
        return articles
    try:
        return stage.process_batch(articles)
    except Exception:  # noqa: BLE001 - isolate the failing article below
        log.debug("stage %s failed on a batch, retrying one by one", stage.name, exc_info=True)
    out = []
    for article in articles:
        try:
            out.append(stage.process(article))
        except Exception as exc:  # noqa: BLE001 - recorded as a coded rejection
            err = InputError("E201", f"stage '{stage.name}': {type(exc).__name__}: {exc}")
            article.rejection = Rejection(article.path, article.record, err.code, err.reason)
            out.append(article)
    return out


def _drop_rejected(articles: list[Article], results: list[SourceResult]) -> list[Article]:
    kept = []
    for article in articles:
        if article.rejection is None:
            kept.append(article)
        else:
            _result_for(results, article.path).rejections.append(article.rejection)
    return kept


def _result_for(results: list[SourceResult], path: str) -> SourceResult:
    return next(r for r in results if r.path == path)

"""The article stages in order, checked at build time (every requirement produced earlier)."""
from __future__ import annotations

from storyline.article.base import ArticleStage, check_requirements
from storyline.article.clean import CleanStage
from storyline.article.dates import DateStage
from storyline.article.figures import FigureStage
from storyline.article.nlp import NlpStage
from storyline.article.quotes import QuoteStage


def default_stages() -> list[ArticleStage]:
    """A fresh list of the default article stages (called once per worker process)."""
    stages: list[ArticleStage] = [CleanStage(), NlpStage(), DateStage(), QuoteStage(), FigureStage()]
    check_requirements(stages)
    return stages

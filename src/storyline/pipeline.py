"""The article stages in order, checked at build time (every requirement produced earlier)."""
from __future__ import annotations

from storyline.article.base import ArticleStage, check_requirements
from storyline.article.clean import CleanStage
from storyline.article.dateline import DatelineStage
from storyline.article.dates import DateStage
from storyline.article.events import EventStage
from storyline.article.figures import FigureStage
from storyline.article.lead_vector import LeadVectorStage
from storyline.article.nlp import NlpStage
from storyline.article.positions import PositionStage
from storyline.article.quotes import QuoteStage
from storyline.article.said_on import SaidOnStage


def default_stages() -> list[ArticleStage]:
    """A fresh list of the default article stages (called once per worker process)."""
    stages: list[ArticleStage] = [
        CleanStage(),
        DatelineStage(),
        NlpStage(),
        DateStage(),
        QuoteStage(),
        SaidOnStage(),
        FigureStage(),
        EventStage(),
        PositionStage(),
        LeadVectorStage(),
    ]
    check_requirements(stages)
    return stages

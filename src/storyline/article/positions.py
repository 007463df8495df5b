"""Article stage "positions": the positions an article states, read from its own parse.

The demands, conditions, offers, refusals, support and proposals stated in the article's quotes
and in reported speech (``corpus.position_stated``), each with the name its actor has in the
article. Classifying them needs a parse of each quote piece and cue sentence; here the article's
``Doc`` is at hand, so nothing is parsed again. The positions corpus stage resolves the actor
names to entities and groups the positions across articles."""
from __future__ import annotations

from storyline.article.base import ArticleStage
from storyline.corpus.position_stated import DocParses, stated_positions
from storyline.model import Article


class PositionStage(ArticleStage):
    """Fills ``positions`` (actors unresolved) and sets ``positions_found``."""

    name = "positions"
    requires = ("doc", "quotes")
    produces = ("positions", "positions_found")

    def process(self, article: Article) -> Article:
        article.positions = stated_positions(article, DocParses(article)) if article.doc is not None else []
        article.positions_found = article.doc is not None
        return article

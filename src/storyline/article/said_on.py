"""Fill each quote's ``said_on`` from the dates its sentence states (``dates.resolve_said_on``).

Runs after the date and quote stages. A quote that already has a ``said_on`` keeps it; a sentence
without a resolved date leaves it None (never the publication date: that is when it was printed)."""
from __future__ import annotations

from collections.abc import Sequence

from storyline.article.base import ArticleStage
from storyline.article.dates import resolve_said_on
from storyline.model import Article, DateValue, Quote


def _inside(article: Article, value: DateValue, quote: Quote) -> bool:
    """Whether ``value`` was read from a date mention inside the quoted words."""
    return any(m.value == value.value and m.text == value.text and quote.start <= m.start < quote.end
               for m in article.dates)


def said_on_of(article: Article, quote: Quote) -> DateValue | None:
    """The date of the quote's sentence, else of the speaker's sentence (a cue after a long quote)."""
    found = resolve_said_on(article, quote.start, quote.end)
    if found is None and quote.speaker_start is not None and quote.speaker_end is not None:
        found = resolve_said_on(article, quote.speaker_start, quote.speaker_end)
        if found is not None and _inside(article, found, quote):
            found = None
    return found


def fill_said_on(article: Article) -> Article:
    """Set ``said_on`` on the quotes of ``article`` whose sentence gives a date."""
    for quote in article.quotes:
        if quote.said_on is None:
            quote.said_on = said_on_of(article, quote)
    return article


class SaidOnStage(ArticleStage):
    """Dates the quotes from their sentence's date mentions."""

    name = "said_on"
    requires = ("quotes", "dates", "sentences")
    produces = ("said_on",)

    def process(self, article: Article) -> Article:
        return fill_said_on(article)

    def process_batch(self, articles: Sequence[Article]) -> list[Article]:
        return [self.process(a) for a in articles]

"""compare_dates: an indefinite event noun ("an announcement ... Monday") is an event of its own, not
"the" event another document dates."""
from __future__ import annotations

from storyline.corpus.base import CorpusContext
from storyline.corpus.compare import CompareStage
from storyline.corpus.runner import EntityStage
from storyline.model import Article
from storyline.pipeline import default_stages


def analysed(doc_id: str, text: str, published: str) -> Article:
    a = Article(id=doc_id, path=f"{doc_id}.txt", text=text, published=published)
    for stage in default_stages():
        a = stage.process(a) or a
    return a


def date_discrepancies(*articles: Article) -> list:
    ctx = CorpusContext(list(articles))
    EntityStage().run(ctx)
    CompareStage().run(ctx)
    return [d for d in ctx.results["discrepancies"] if d.kind == "date"]


def test_definite_event_dated_two_ways_is_found():
    a = analysed("a", "The mayor praised the staff in the March 9 announcement.", "2026-03-12")
    b = analysed("b", "The mayor praised the staff in the March 10 announcement.", "2026-03-12")
    assert len(date_discrepancies(a, b)) == 1


def test_indefinite_event_is_another_event():
    a = analysed("a", "The mayor praised the staff in the March 9 announcement.", "2026-03-12")
    b = analysed("b", "The mayor named a new fire chief during an announcement at City Hall on March 10.",
                 "2026-03-12")
    c = analysed("c", "The mayor named a new fire chief in a March 10 announcement.", "2026-03-12")
    assert date_discrepancies(a, b, c) == []

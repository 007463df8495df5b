"""Every summary sentence is a source sentence, cited at its exact offsets (seeds and invented texts)."""
from __future__ import annotations

from functools import lru_cache

from storyline.article.nlp import fill_from_doc, load_nlp
from storyline.corpus.base import CorpusContext
from storyline.corpus.summary import SummaryStage
from storyline.corpus.summary_text import DANGLING_OPENERS, first_words, outside_quotes
from storyline.model import Article

REPORT = (
    "The harbour authority of Velmora approved a new ferry terminal on Monday after a two-year dispute "
    "over its cost.\nThe terminal will cost 48 million crowns and open in spring 2028, officials said.\n"
    "Fishermen's unions had opposed the plan because the new quay takes space from the old fish market.\n"
    "Mayor Ilse Brandvik called the vote a turning point for the island's economy.\n"
    "Construction is due to start in September once the final permits are signed."
)


@lru_cache(maxsize=8)
def _parsed(text: str) -> tuple[tuple[int, int], ...]:
    return tuple(fill_from_doc(Article(id="x", path="x", text=text), load_nlp()(text)).sentences)


def article(doc_id: str, text: str, published: str | None = None) -> Article:
    """An article with the real spaCy sentences of ``text``."""
    return Article(id=doc_id, path=f"{doc_id}.txt", text=text, published=published,
                   sentences=list(_parsed(text)))


def brief_articles(brief: dict) -> list[Article]:
    """The brief's documents as articles (text, sentences, date) to run the stage on again."""
    return [Article(id=d["id"], path=d["path"], text=d["text"], published=d["published"],
                    sentences=[tuple(s) for s in d["sentences"]]) for d in brief["documents"]]


def assert_cited(summary: list[dict], texts: dict[str, str]) -> None:
    """Each citation's span is exactly the sentence's text in that document."""
    for sentence in summary:
        assert sentence["citations"], sentence
        for span in sentence["citations"]:
            assert texts[span["doc"]][span["start"]:span["end"]] == sentence["text"]


def test_seeds_brief_summary_sentences_are_cited(seeds_brief):
    """The brief built through the real pipeline (the summary stage runs last in the corpus run)."""
    corpus = [s for s in seeds_brief["summary"] if s.get("story") is None]
    assert len(corpus) >= 3 and sum(len(s["text"].split()) for s in corpus) <= 150
    assert_cited(seeds_brief["summary"], {d["id"]: d["text"] for d in seeds_brief["documents"]})


def test_stage_on_seed_documents_cites_exact_sentences(seeds_brief):
    from dataclasses import asdict

    ctx = CorpusContext(brief_articles(seeds_brief))
    SummaryStage().run(ctx)
    summary = [asdict(s) for s in ctx.results["summary"]]
    assert len(summary) >= 3
    assert_cited(summary, {a.id: a.text for a in ctx.articles})
    for sentence in summary:
        assert first_words(outside_quotes(sentence["text"]))[0] not in DANGLING_OPENERS, sentence["text"]


def test_near_copy_is_an_extra_citation_not_a_source():
    original = article("orig", REPORT, "2026-04-06")
    copy = article("copy", "Velmora Ferry Terminal Approved\n" + REPORT, "2026-04-07")
    ctx = CorpusContext([original, copy], duplicate_of={"copy": "orig"})
    SummaryStage().run(ctx)
    summary = ctx.results["summary"]
    assert summary
    for sentence in summary:
        docs = [c.doc for c in sentence.citations]
        assert docs == ["orig", "copy"]
        for c in sentence.citations:
            assert ctx.article(c.doc).text[c.start:c.end] == sentence.text

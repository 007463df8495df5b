"""PositionStage on invented articles: actors from speakers, grouping across documents, reported speech."""
from __future__ import annotations

from storyline.article.nlp import fill_from_doc, load_nlp
from storyline.corpus.base import CorpusContext
from storyline.corpus.positions import PositionStage
from storyline.corpus.runner import EntityStage
from storyline.model import Article, Quote


def make(doc_id: str, text: str, quotes=()) -> Article:
    a = Article(id=doc_id, path=f"{doc_id}.txt", text=text, published="2026-02-01")
    fill_from_doc(a, load_nlp()(text))
    a.doc = None
    a.quotes = [q(text) for q in quotes]
    return a


def quote(words: str, speaker: str | None, cue: str = "said", kind: str = "indirect"):
    def build(text: str) -> Quote:
        start = text.index(words)
        return Quote(start, start + len(words), words, kind, speaker_text=speaker, speaker_name=speaker,
                     cue=cue)
    return build


def positions(*articles: Article):
    ctx = CorpusContext(list(articles))
    EntityStage().run(ctx)
    PositionStage().run(ctx)
    return ctx.results["positions"], ctx.results["entities"]


A = ("Prime Minister Jonas Adler said talks must be based on the treaty signed in Geneva in 2019. "
     "Adler also said his government was ready to release all prisoners.")
B = ("Jonas Adler repeated that talks must be based on the Geneva treaty of 2019. "
     "Opposition leader Marta Kleist said she would support the release of prisoners.")


def test_positions_grouped_per_actor_across_documents():
    a = make("a", A, [quote("talks must be based on the treaty signed in Geneva in 2019", "Jonas Adler"),
                      quote("his government was ready to release all prisoners", "Jonas Adler")])
    b = make("b", B, [quote("talks must be based on the Geneva treaty of 2019", "Jonas Adler", "repeated"),
                      quote("she would support the release of prisoners", "Marta Kleist")])
    found, index = positions(a, b)
    by_kind = {(index.get(p.actor).name, p.kind): p for p in found}
    condition = by_kind[("Jonas Adler", "condition")]
    assert sorted(m.doc for m in condition.mentions) == ["a", "b"]
    assert ("Jonas Adler", "offer") in by_kind
    assert ("Marta Kleist", "support") in by_kind
    for p in found:
        for m in p.mentions:
            art = a if m.doc == "a" else b
            assert art.text[m.start:m.end]


def test_quote_without_a_resolved_speaker_gives_no_position():
    text = "Officials said talks must be based on the treaty signed in Geneva in 2019."
    a = make("a", text, [quote("talks must be based on the treaty signed in Geneva in 2019", None)])
    assert positions(a)[0] == []


def test_reported_speech_refusal_outside_quotes():
    text = "President Oskar Lindqvist rejected the ceasefire plan on Monday and left the summit early."
    found, index = positions(make("a", text))
    assert [(index.get(p.actor).name, p.kind, p.text) for p in found] == [
        ("Oskar Lindqvist", "refusal", "rejected the ceasefire plan on Monday")]


def test_stable_ids():
    said = "talks must be based on the treaty signed in Geneva in 2019"
    first = [p.id for p in positions(make("a", A, [quote(said, "Jonas Adler")]))[0]]
    again = [p.id for p in positions(make("a", A, [quote(said, "Jonas Adler")]))[0]]
    assert first == again and first

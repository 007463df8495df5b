"""Direct quotes cut into sentence pieces along the article's sentences (position_stated.quote_pieces).

Abbreviations and decimals inside a quote ("U.S.", "Mr.", "2.5 million") must not cut it."""
from __future__ import annotations

from storyline.article.nlp import fill_from_doc, load_nlp
from storyline.corpus.base import CorpusContext
from storyline.corpus.position_stated import quote_pieces
from storyline.corpus.positions import PositionStage
from storyline.corpus.runner import EntityStage
from storyline.model import Article, Quote

DEMAND = "The U.S. must pay 2.5 million dollars to the families of the victims."
SECOND = "Mr. Brandt must resign before the summit."
TEXT = (f'Foreign Minister Ilse Varga spoke in Tallinn on Monday. "{DEMAND} {SECOND}" Varga told reporters.\n'
        "The embassy did not comment.")


def article() -> Article:
    a = Article(id="a", path="a.txt", text=TEXT, published="2026-02-01")
    fill_from_doc(a, load_nlp()(TEXT))
    a.doc = None
    words = f"{DEMAND} {SECOND}"
    start = TEXT.index(words)
    a.quotes = [Quote(start, start + len(words), words, "direct", speaker_text="Varga",
                      speaker_name="Ilse Varga", cue="told")]
    return a


def test_pieces_follow_sentences_not_periods():
    a = article()
    pieces = quote_pieces(a, a.quotes[0])
    assert [text for _, _, text in pieces] == [DEMAND, SECOND]
    for start, end, text in pieces:
        assert a.text[start:end] == text


def test_pieces_stay_inside_the_quote():
    a = article()
    q = a.quotes[0]
    for start, end, _ in quote_pieces(a, q):
        assert q.start <= start < end <= q.end


def test_reported_speech_is_one_piece():
    a = article()
    q = a.quotes[0]
    q.kind = "indirect"
    assert quote_pieces(a, q) == [(q.start, q.end, q.text)]


def test_demand_with_abbreviation_and_decimal_is_whole():
    ctx = CorpusContext([article()])
    EntityStage().run(ctx)
    PositionStage().run(ctx)
    demands = [p.text for p in ctx.results["positions"] if p.kind == "demand"]
    assert any("U.S. must pay 2.5 million dollars to the families" in t for t in demands), demands

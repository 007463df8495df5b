"""The article stage "positions": read from the article's own parse, the same positions as parsing
each piece alone; the corpus stage then resolves actors without parsing anything."""
from __future__ import annotations

import json

from storyline.article.nlp import fill_from_doc, load_nlp
from storyline.article.positions import PositionStage as ArticlePositions
from storyline.corpus import position_stated
from storyline.corpus.base import CorpusContext
from storyline.corpus.position_stated import DocParses, TextParses, stated_positions
from storyline.corpus.positions import PositionStage
from storyline.corpus.runner import EntityStage
from storyline.model import Article, Position, Quote
from storyline.store.codec import article_from_row, article_to_data

TEXT = ("Mayor Edda Lorentz said on Friday that the ferry company must rehire all of the drivers it "
        "dismissed. \u201cWe will not accept a fare rise. We are ready to meet the union "
        "next week,\u201d Lorentz told reporters.\n"
        "The ferry operator Nordlinje rejected the mayor's demand for new timetables. "
        "Union leader Paul Henning welcomed the offer of talks.")


def quote(text: str, words: str, kind: str, speaker: str, cue: str) -> Quote:
    start = text.index(words)
    return Quote(start, start + len(words), words, kind, speaker_text=speaker, speaker_name=speaker, cue=cue)


def make() -> Article:
    a = Article(id="a", path="a.txt", text=TEXT, published="2026-02-01")
    fill_from_doc(a, load_nlp()(TEXT))
    a.quotes = [
        quote(TEXT, "the ferry company must rehire all of the drivers it dismissed", "indirect",
              "Edda Lorentz", "said"),
        quote(TEXT, "We will not accept a fare rise. We are ready to meet the union next week,", "direct",
              "Edda Lorentz", "told"),
    ]
    return a


def as_rows(positions: list[Position]) -> list[tuple]:
    return [(p.actor_name, p.kind, p.start, p.end, p.text) for p in positions]


def test_doc_parses_give_the_positions_of_pieces_parsed_alone():
    a = make()
    from_doc = stated_positions(a, DocParses(a))
    alone = stated_positions(a, TextParses(a))
    assert as_rows(from_doc) == as_rows(alone)
    kinds = {(p.actor_name, p.kind) for p in from_doc}
    assert {("Edda Lorentz", "refusal"), ("Edda Lorentz", "offer")} <= kinds
    assert ("Edda Lorentz", "demand") in kinds or ("Edda Lorentz", "condition") in kinds
    for p in from_doc:
        assert TEXT[p.start:p.end] == p.text


def test_a_piece_attached_outside_itself_is_rooted_as_if_parsed_alone():
    a = make()
    words = "We are ready to meet the union next week,"
    start = TEXT.index(words)
    piece, offset = DocParses(a).parse(start, start + len(words))
    alone = load_nlp()(words)
    assert offset == start and piece.text.rstrip() == words
    assert [t.text for t in piece if t.dep_ == "ROOT"] == [t.text for t in alone if t.dep_ == "ROOT"]
    head = a.doc.char_span(start, start + len(words))[1]
    assert head.dep_ != "ROOT"  # in the article the clause hangs on "told"


def test_article_stage_fills_positions_and_they_survive_the_codec():
    a = ArticlePositions().process(make())
    assert a.positions_found and a.positions
    data = json.loads(json.dumps(article_to_data(a)))
    back = article_from_row({"id": a.id, "path": a.path, "text": a.text}, data)
    assert back.positions_found and as_rows(back.positions) == as_rows(a.positions)


def test_corpus_stage_reads_stored_positions_without_parsing(monkeypatch):
    a = ArticlePositions().process(make())
    a.doc = None
    expected = _corpus_positions(make_stored(make()))

    def no_parse(*args, **kwargs):
        raise AssertionError("parsed again")

    monkeypatch.setattr(position_stated, "load_nlp", no_parse)
    found = _corpus_positions(a)
    rows = [(p.actor_name, p.kind, p.text) for p in found]
    assert rows == [(p.actor_name, p.kind, p.text) for p in expected]
    assert any(p.actor_name == "Edda Lorentz" for p in found)


def make_stored(a: Article) -> Article:
    """An article as stored before the article stage existed: no positions, no doc."""
    a.doc = None
    return a


def _corpus_positions(article: Article):
    ctx = CorpusContext([article])
    EntityStage().run(ctx)
    PositionStage().run(ctx)
    return ctx.results["positions"]

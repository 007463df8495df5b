"""SaidOnStage: a quote's said_on comes from a date its sentence states, never from inside the quote."""
from __future__ import annotations

from functools import lru_cache

from storyline.article.dates import DateStage
from storyline.article.nlp import NlpStage
from storyline.article.quotes import QuoteStage
from storyline.article.said_on import SaidOnStage
from storyline.model import Article, DateValue, Quote

TEXT = ("The mayor of Veldia said on Tuesday that the bridge would reopen in June. "
        "\u201cWe will not wait for the council,\u201d she told reporters. "
        "\u201cThe repairs of March 2024 were a waste,\u201d the mayor said.")


@lru_cache(maxsize=1)
def _article() -> Article:
    art = Article(id="a", path="a.txt", text=TEXT, published="2025-05-22")
    for stage in (NlpStage(), DateStage(), QuoteStage(), SaidOnStage()):
        art = stage.process(art)
    return art


def _quote(words: str) -> Quote:
    return next(q for q in _article().quotes if words in q.text)


def test_said_on_stage_dates_a_quote_from_its_sentence():
    assert _quote("bridge would reopen").said_on == DateValue("2025-05-20", "Tuesday")


def test_said_on_stage_leaves_undated_sentences_empty():
    assert _quote("not wait").said_on is None


def test_said_on_stage_ignores_dates_inside_the_quote():
    assert _quote("repairs").said_on is None


def test_said_on_stage_keeps_an_existing_value():
    art = Article(id="b", path="b.txt", text="She spoke on Tuesday.", published="2025-05-22",
                  quotes=[Quote(0, 9, "She spoke", "indirect", said_on=DateValue("2025-05-01", "earlier"))])
    art = SaidOnStage().process(DateStage().process(NlpStage().process(art)))
    assert art.quotes[0].said_on == DateValue("2025-05-01", "earlier")


def test_said_on_stage_reads_the_speaker_sentence_after_a_long_quote():
    art = Article(id="c", path="c.txt", published="2025-05-22",
                  text="\u201cWe are ready. The offer stands.\u201d Ms Lind said on Monday.")
    art = NlpStage().process(art)
    art = DateStage().process(art)
    start = art.text.index("We are")
    end = art.text.index("stands.") + len("stands.")
    s_start = art.text.index("Ms Lind")
    art.quotes = [Quote(start, end, art.text[start:end], "direct", speaker_text="Ms Lind",
                        speaker_start=s_start, speaker_end=s_start + 7)]
    assert SaidOnStage().process(art).quotes[0].said_on == DateValue("2025-05-19", "Monday")

"""resolve_said_on: the date a sentence gives to a quote, not the dates inside the quote."""
from __future__ import annotations

from storyline.article.dates import DateStage, resolve_said_on
from storyline.article.nlp import NlpStage
from storyline.model import Article, DateValue

TEXT = ("Zelensky said on Monday that the talks of 19 May 2025 were a first step. "
        "He added that more work was needed. "
        "In June, the minister said the deal, signed in 2014, was dead.")


def _article() -> Article:
    art = Article(id="a", path="a.txt", text=TEXT, published="2025-05-21")
    return DateStage().process(NlpStage().process(art))


def test_dates_said_on_uses_the_sentence_date_outside_the_quote():
    art = _article()
    start = TEXT.index("the talks of")
    end = TEXT.index(" were a first step") + len(" were a first step")
    assert resolve_said_on(art, start, end) == DateValue("2025-05-19", "Monday")


def test_dates_said_on_none_without_a_date_in_the_sentence():
    art = _article()
    start = TEXT.index("more work")
    assert resolve_said_on(art, start, start + len("more work was needed")) is None


def test_dates_said_on_prefers_month_outside_the_quote():
    art = _article()
    start = TEXT.index("the deal")
    end = TEXT.index("was dead") + len("was dead")
    assert resolve_said_on(art, start, end) == DateValue("2024-06", "June")  # past tense: last June

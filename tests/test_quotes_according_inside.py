"""'according to X' inside what someone is reported as saying is part of that report, not X's quote;
"as far as X knows, CONTENT" is what X knows."""
from __future__ import annotations

import pytest

from storyline.article.nlp import NlpStage
from storyline.article.quotes import QuoteStage
from storyline.model import Article, Quote

pytestmark = pytest.mark.model


def quotes_of(text: str) -> list[Quote]:
    article = Article(id="t", path="t.txt", text=text)
    QuoteStage().process(NlpStage().process(article))
    return article.quotes


@pytest.mark.parametrize("text, speaker", [
    ("She told the council the accounts should have been published, according to the city charter.", "She"),
    ("Both auditors pointed out that, according to the contract, the builder must pay for the delay.",
     "Both auditors"),
    ("The minister confirmed that the plant had reached full output, according to the annual report.",
     "The minister"),
])
def test_quotes_according_to_inside_a_report_is_not_a_quote(text, speaker):
    quotes = quotes_of(text)
    assert [q.cue for q in quotes if q.cue == "according to"] == []
    assert [q.speaker_text for q in quotes] == [speaker]


@pytest.mark.parametrize("text, source", [
    ("The plant reached full output last year, according to the annual report.", "the annual report"),
    ("According to the police, the suspect was arrested near the station on Sunday.", "the police"),
])
def test_quotes_according_to_in_the_outlets_voice_is_a_quote(text, source):
    [q] = quotes_of(text)
    assert q.cue == "according to" and q.speaker_text == source


@pytest.mark.parametrize(("text", "content", "speaker"), [
    ("As far as Ms Okafor knows, there is no written policy on staff blogs.",
     "there is no written policy on staff blogs", "Ms Okafor"),
    ("The plant never closed during the strike, as far as the manager is aware.",
     "The plant never closed during the strike", "the manager"),
    ("As far as I can tell, nobody has left the building since noon.",
     "nobody has left the building since noon", "I"),
])
def test_quotes_as_far_as_someone_knows(text, content, speaker):
    [q] = quotes_of(text)
    assert (q.kind, q.text, q.speaker_text) == ("indirect", content, speaker)


@pytest.mark.parametrize("text", [
    "As far as the budget is concerned, the council has no room left this year.",
    "The wheat fields stretch as far as the eye can see.",
    "He ran as far as the old station before he stopped.",
])
def test_quotes_as_far_as_without_a_knower_is_no_quote(text):
    assert quotes_of(text) == []

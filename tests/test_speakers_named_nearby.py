"""Speakers named next to a description: an indefinite description named in the next sentence, a
description set off by commas from the name, a role "of" a place with the name in apposition."""
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


def speaker_of(quotes: list[Quote], start: str) -> str | None:
    [q] = [q for q in quotes if q.text.startswith(start)]
    return q.speaker_name


def test_speakers_indefinite_description_named_next():
    text = ("A regional fire chief says the blaze has been contained on three sides.\n\n"
            "Harlow County Fire Chief Dana Whitcombe said Friday that crews would stay overnight.")
    assert speaker_of(quotes_of(text), "the blaze") == "Dana Whitcombe"


def test_speakers_indefinite_description_shares_a_word_with_the_apposition():
    text = ("A veteran avalanche forecaster says the snowpack remains unstable.\n\n"
            "Pieter Hallam, the Alpine Avalanche Service's lead forecaster, says skiers should stay away.")
    assert speaker_of(quotes_of(text), "the snowpack") == "Pieter Hallam"


@pytest.mark.parametrize("text", [
    "A witness said the lorry was travelling fast.\n\nMarco Bellini, a taxi driver, said he braked hard.",
    "A senior US official said the talks would resume.\n\nSenator Jane Okafor, a senior member of the "
    "committee, said she doubted it.",
])
def test_speakers_indefinite_description_not_named_by_someone_else(text):
    quotes = quotes_of(text)
    first = quotes[0]
    assert first.speaker_name not in ("Marco Bellini", "Jane Okafor")


def test_speakers_description_then_name_in_commas():
    text = 'Another senator meanwhile, Lord Fenwick, said the delay would "damage public trust".'
    [q] = quotes_of(text)
    assert q.speaker_name == "Lord Fenwick"


def test_speakers_relative_clause_of_apposed_description_is_the_name():
    text = ('"We need calm," said Rosa Delgado, a nurse voting in Lisbon who said she backed the reform. '
            '"Nobody wants another crisis this year."')
    quotes = quotes_of(text)
    assert {q.speaker_name for q in quotes} == {"Rosa Delgado"}
    assert speaker_of(quotes, "she backed") == "Rosa Delgado"


def test_speakers_role_of_a_place_with_apposed_name():
    text = ('"We will not hurry the divers," the mayor of Port Elrick, Tomas Varga, told reporters.\n\n'
            "Transport Minister Ilse Brandt later stressed the cost of the works.\n\n"
            "The mayor said the harbour would reopen in spring.")
    quotes = quotes_of(text)
    assert speaker_of(quotes, "We will not") == "Tomas Varga"
    assert speaker_of(quotes, "the harbour") == "Tomas Varga"


def test_speakers_name_swallowed_by_a_misparsed_relative_clause():
    text = ('Anong Srisuk, whose 14-year-old son Niran is among the group, told reporters she was '
            '"so relieved" to hear they were alive.\n\n"I want him home soon," she said.')
    quotes = quotes_of(text)
    assert [q.speaker_name for q in quotes] == ["Anong Srisuk", "Anong Srisuk"]


def test_speakers_hyphenated_surname_in_lower_case():
    text = ("Thailand's Prime Minister Prayuth Chan-ocha said the rescue was a national effort.\n\n"
            '"Thank you all," he said.')
    assert {q.speaker_name for q in quotes_of(text)} == {"Prayuth Chan-ocha"}


@pytest.mark.parametrize(("text", "author"), [
    ("A book published by Helen Markham, a former diplomat, says the treaty was signed in haste.",
     "Helen Markham"),
    ("A memoir by Arturo Vidal Ruiz says the general ignored the warnings.", "Arturo Vidal Ruiz"),
])
def test_speakers_book_speaks_for_its_author(text, author):
    [q] = quotes_of(text)
    assert q.speaker_name == author

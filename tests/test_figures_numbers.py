"""Reading numbers written in digits and words (no model needed)."""
from __future__ import annotations

import pytest

from storyline.article.numbers import find_numbers, parse_number


@pytest.mark.parametrize(("text", "value"), [
    ("43,000", 43000), ("1.5 million", 1.5e6), ("four", 4), ("a dozen", 12), ("two dozen", 24),
    ("two-thirds", 2 / 3), ("one sixth", 1 / 6), ("three halves", 1.5), ("two and a half", 2.5),
    ("twenty-one", 21), ("a hundred and two", 102), ("one hundred and two", 102), ("ninety", 90),
    ("three million, two hundred & forty", 3000240), ("5bn", 5e9), ("2.174T", 2.174e12), ("0.5k", 500),
    ("2 1/2", 2.5), ("1/4", 0.25), ("½", 0.5), ("-18", -18), ("a thousand", 1000), ("zero", 0),
])
def test_figures_numbers_values(text, value):
    assert parse_number(text) == pytest.approx(value)


@pytest.mark.parametrize("text", ["hundreds", "dozens", "thousands", "someone", "often", "tens"])
def test_figures_numbers_vague_words_are_not_numbers(text):
    assert find_numbers(f"They saw {text} of them.") == []


def test_figures_numbers_spans_in_a_sentence():
    text = "Some 43,000 soldiers were killed and four-fifths of 1.5 million homes lost power."
    found = [(text[n.start:n.end], n.value) for n in find_numbers(text)]
    assert found == [("43,000", 43000), ("four-fifths", 0.8), ("1.5 million", 1.5e6)]


def test_figures_numbers_hyphenated_compounds_keep_the_number_only():
    text = "a three-year war and a 30-day ceasefire"
    assert [text[n.start:n.end] for n in find_numbers(text)] == ["three", "30"]


@pytest.mark.parametrize(("text", "value"), [
    ("a half", 0.5), ("half a million", 5e5), ("a half-billion", 5e8), ("two and a half million", 2.5e6),
    ("17-million", 1.7e7), ("$5-billion", None), ("one hundred and twenty-five", 125),
    ("five hundred and fifty thousand", 550000),
])
def test_figures_numbers_halves_and_hyphenated_scales(text, value):
    if value is None:  # a currency sign is not part of the number
        assert parse_number(text) is None
    else:
        assert parse_number(text) == pytest.approx(value)


@pytest.mark.parametrize(("text", "found"), [
    ("between six and eight weeks", [("six", 6), ("eight", 8)]),
    ("two three", [("two", 2), ("three", 3)]),
    ("one or two", [("one", 1), ("two", 2)]),
    ("twenty one", [("twenty one", 21)]),
    ("a hundred and two", [("a hundred and two", 102)]),
    ("nearly half a million children", [("half a million", 5e5)]),
    ("half an hour later", [("half an", 0.5)]),
])
def test_figures_numbers_word_runs_split_into_cardinals(text, found):
    """Two spelled numbers joined by "and" are two numbers unless the first ends in a scale word."""
    assert [(text[n.start:n.end], n.value) for n in find_numbers(text)] == found

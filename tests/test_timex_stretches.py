"""News forms of TIMEX3s: ranges, named periods, another/extra units, adverbs of frequency,
fractions of decades and centuries, sentence-initial "ago", and what stays untagged."""
from __future__ import annotations

import pytest

from storyline.article.dates import tag_dates
from storyline.article.nlp import load_nlp
from timex_helpers import timexes

PUB = "2031-06-13"  # a Friday


def _timexes(text: str) -> list[tuple[str, str, str | None]]:
    return timexes(text, PUB)


CASES = [
    # ranges: one span, valued at the lower bound
    ("The repairs will take two to three weeks.", "two to three weeks", "DURATION", "P2W"),
    ("Delivery is expected within 12-18 months.", "12-18 months", "DURATION", "P12M"),
    ("The hearing may last one or two days.", "one or two days", "DURATION", "P1D"),
    ("Rates may rise over the next four to six months.", "the next four to six months", "DURATION", "P4M"),
    # a counted period named with its noun
    ("Profits grew over a three-year period.", "a three-year period", "DURATION", "P3Y"),
    ("She won a second five-year term in office.", "five-year term", "DURATION", "P5Y"),
    # another / an extra unit
    ("The mine will stay open for another year.", "another year", "DURATION", "P1Y"),
    ("Lenders gave the town an extra month to pay.", "an extra month", "DURATION", "P1M"),
    # adverbs of frequency
    ("The ferry sails daily, weather permitting.", "daily", "SET", "P1D"),
    ("The committee now meets weekly in the town hall.", "weekly", "SET", "P1W"),
    ("Guards patrol the border nightly.", "nightly", "SET", "XXXX-XX-XXTNI"),
    # fractions of decades and centuries are counted in years
    ("The bridge stood for half a century.", "half a century", "DURATION", "P50Y"),
    ("He lived abroad for a decade and a half.", "a decade and a half", "DURATION", "P15Y"),
    ("Half a century ago the valley was flooded.", "Half a century ago", "DATE", "1981"),
    # a report year to a month is a stretch of one year, like "the year ended"
    ("Sales rose 4% in the year to March.", "the year", "DURATION", "P1Y"),
    # "ago" at the start of a sentence
    ("Two years ago, the plant closed.", "Two years ago", "DATE", "2029"),
    ("A year ago, few had heard of him.", "A year ago", "DATE", "2030"),
    ("Six months ago, the firm was bankrupt.", "Six months ago", "DATE", "2030-12"),
]


@pytest.mark.parametrize("text,surface,ttype,value", CASES)
def test_news_timex(text, surface, ttype, value):
    assert (surface, ttype, value) in _timexes(text)


@pytest.mark.parametrize("text,word", [
    ("The town has a daily newspaper and a weekly market.", "daily"),
    ("The town has a daily newspaper and a weekly market.", "weekly"),
    ("Annual profits and monthly sales both fell.", "monthly"),
    ("The Daily Telegraph printed the letter.", "Daily"),
    ("The minister told Real News weekly that talks had failed.", "weekly"),
])
def test_frequency_adjectives_are_not_tagged(text, word):
    assert not any(word in surface for surface, _, _ in _timexes(text))


@pytest.mark.parametrize("text", [
    "The twins are two to three years old.",
    "It happened two or three years ago.",
    "He was sentenced at the age of 16 to 13 years in prison.",
])
def test_ranges_skip_ages_and_ago(text):
    durations = [surface for surface, ttype, _ in _timexes(text) if ttype == "DURATION"]
    assert not any(" to " in surface or " or " in surface for surface in durations)


def test_sentence_initial_ago_is_a_brief_date():
    text = "Three years ago, the dam burst."
    found = [(m.text, m.value) for m in tag_dates(text, load_nlp()(text), PUB)]
    assert found == [("Three years ago", "2028")]


@pytest.mark.parametrize("text,kept", [
    ("He earns $15M a year from other work.", False),
    ("They eat one full meal a day.", False),
    ("Families live on one dollar a day.", False),
    ("He hired a man for a week.", True),
    ("The rebels held the city for a week.", True),
])
def test_a_unit_after_a_counted_thing_is_a_rate(text, kept):
    durations = [surface for surface, ttype, _ in _timexes(text) if ttype == "DURATION"]
    assert bool(durations) == kept

"""The year of a report ("sales for the full year", "a high for the year", "by year's end"), modifiers
inside "... ago" extents ("about two years ago"), and tenses read through a participle or a past
perfect ("had been due to expire Friday"). Invented sentences."""
from __future__ import annotations

import pytest

from timex_helpers import timexes

PUB = "2031-06-13"  # a Friday


@pytest.mark.parametrize("text,surface,value", [
    ("Sales for the full year rose 4 percent to $2 billion.", "the full year", "2031"),
    ("For the year, the chain opened 40 stores.", "the year", "2031"),
    ("The shares hit a high for the year in April.", "the year", "2031"),
    ("The bank expects to cut 500 jobs by year's end.", "year's end", "2031"),
    ("The insurer hired 300 agents during the year.", "the year", "2031"),
    ("In 2029 the firm lost money; for the full year its sales fell 8%.", "the full year", "2029"),
])
def test_report_year_is_a_date(text, surface, value):
    assert (surface, "DATE", value) in timexes(text, PUB)


@pytest.mark.parametrize("text,word", [
    ("For the year ended March 31, the company earned $5 million.", "the year"),
    ("Officials will plan for the year ahead.", "the year"),
    ("Prices have doubled in the year since the flood.", "the year"),
    ("The movie won an award for the year 2030.", "the year"),
    ("She was named rookie of the year.", "the year"),
])
def test_other_years_are_not_the_report_year(text, word):
    assert not any(s == word and t == "DATE" for s, t, _ in timexes(text, PUB))


@pytest.mark.parametrize("text,surface,value", [
    ("The mayor moved to the city about two years ago.", "about two years ago", "2029"),
    ("The plant closed almost three years ago.", "almost three years ago", "2028"),
    ("The club was founded more than 40 years ago.", "more than 40 years ago", "1991"),
    ("The bridge opened just over a decade ago.", "just over a decade ago", "2021"),
])
def test_modifier_is_inside_an_ago_extent(text, surface, value):
    assert (surface, "DATE", value) in timexes(text, PUB)


def test_bare_ago_keeps_its_extent():
    assert ("two years ago", "DATE", "2029") in timexes("Only two years ago, the club was bankrupt.", PUB)


@pytest.mark.parametrize("text,surface,value", [
    # a past perfect "had been due to" places the day in the past (said on Friday June 13)
    ("The offer had been due to expire Tuesday evening.", "Tuesday evening", "2031-06-10TEV"),
    ("The loan had been due to mature Wednesday.", "Wednesday", "2031-06-11"),
    # a participle after a past main verb is past: which March is the one before publication
    ("Oil has been volatile, climbing to $90 in May from $70 in November.", "November", "2030-11"),
])
def test_tense_of_participles_and_past_perfects(text, surface, value):
    assert any(s == surface and v == value for s, _, v in timexes(text, PUB))


def test_participle_of_a_present_clause_keeps_the_default():
    got = timexes(
        "The notes are convertible at $25, representing a premium over Wednesday's closing price.", PUB)
    assert ("Wednesday's", "DATE", "2031-06-11") in got


@pytest.mark.parametrize("text,surface,value", [
    # a modal with "have" looks back (said on Friday June 13): the last Wednesday, not the next
    ("Fears may have been behind a fall in the shares on Wednesday.", "Wednesday", "2031-06-11"),
    ("The ship could have sailed on Tuesday.", "Tuesday", "2031-06-10"),
    ("The board may approve the deal on Wednesday.", "Wednesday", "2031-06-18"),
])
def test_modal_perfect_is_past(text, surface, value):
    assert (surface, "DATE", value) in timexes(text, PUB)

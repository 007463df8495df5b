"""Counted stretches: hyphenated halves ("one-and-a-half years"), vague plurals ahead of an event
("months ahead of the vote", "the weeks ahead"), and counts that are ages or objects, not times
("24 year olds", "six second hand planes"). Invented sentences."""
from __future__ import annotations

import pytest

from timex_helpers import timexes

PUB = "2031-06-13"


@pytest.mark.parametrize("text,surface,value", [
    ("Exports grew at their fastest pace in one-and-a-half years.", "one-and-a-half years", "P1.5Y"),
    ("The speech ran for six-and-a-half minutes.", "six-and-a-half minutes", "PT6.5M"),
    ("The party published its plan months ahead of the vote.", "months", "PXM"),
    ("The tunnel opened weeks ahead of schedule.", "weeks", "PXW"),
    ("Traders expect volatile markets in the weeks ahead.", "the weeks ahead", "PXW"),
])
def test_counted_stretch(text, surface, value):
    assert (surface, "DURATION", value) in timexes(text, PUB)


@pytest.mark.parametrize("text,word", [
    ("Turnout rose among 18 to 24 year olds.", "year"),
    ("A club for 30 year olds opened in the town.", "year"),
    ("The airline will lease six second hand jets.", "second"),
])
def test_ages_and_objects_are_not_durations(text, word):
    assert not any(word in s for s, _, _ in timexes(text, PUB))


@pytest.mark.parametrize("text,surface,ttype,value", [
    ("Imports fell sharply this past year.", "this past year", "DATE", "2030"),
    ("Rain fell every day this past month.", "this past month", "DATE", "2031-05"),
    ("Exports rose 3 percent in the year through April.", "the year", "DURATION", "P1Y"),
])
def test_this_past_unit_and_the_year_through(text, surface, ttype, value):
    assert (surface, ttype, value) in timexes(text, PUB)


@pytest.mark.parametrize("text,surface,value", [
    ("The festival opens in the first week of August.", "the first week of August", "2031-W32"),
    ("Trading slowed in the last week of May.", "the last week of May", "2031-W22"),
    ("The strike began in the third week of March 2029.", "the third week of March 2029", "2029-W11"),
])
def test_a_week_of_a_month_is_its_iso_week(text, surface, value):
    assert (surface, "DATE", value) in timexes(text, PUB)


def test_a_week_of_an_event_is_not_a_calendar_week():
    assert not any("week" in s for s, _, _ in timexes("The last week of the trial was tense.", PUB))

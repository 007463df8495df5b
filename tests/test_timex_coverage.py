"""TIMEX3 forms added from the case suite (bench/timex_cases.py): counted sets ("every four years"),
fractions ("a quarter of a century", "a half hour"), decade words, US numeric dates, more holidays,
modified days ("earlier today"), "this decade", "the day before yesterday", year anaphora across a
sentence, and the words that must stay out of an expression ("could last 18 months")."""
from __future__ import annotations

import pytest

from storyline.article.dates import tag_dates
from storyline.article.nlp import load_nlp
from timex_helpers import timexes

PUB = "2031-06-12"  # a Thursday


def _timexes(text: str, pub: str = PUB) -> list[tuple[str, str, str | None]]:
    return timexes(text, pub)


@pytest.mark.parametrize("text,surface,ttype,value", [
    ("Voters elect a mayor every four years.", "every four years", "SET", "P4Y"),
    ("A bus leaves every 20 minutes.", "every 20 minutes", "SET", "PT20M"),
    ("The drill is repeated every two hours.", "every two hours", "SET", "PT2H"),
    ("The river floods every few years.", "every few years", "SET", "PXY"),
    ("The club dances every Friday night.", "every Friday night", "SET", "XXXX-WXX-5TNI"),
    ("The beach is packed every weekend.", "every weekend", "SET", "XXXX-WXX-WE"),
    ("The museum is free on weekends.", "weekends", "SET", "XXXX-WXX-WE"),
    ("The board meets six times a year.", "six times a year", "SET", "P1Y"),
])
def test_counted_sets(text, surface, ttype, value):
    assert (surface, ttype, value) in _timexes(text)


@pytest.mark.parametrize("text,surface,ttype,value", [
    ("The radio show ran for a quarter of a century.", "a quarter of a century", "DURATION", "P25Y"),
    ("The press conference lasted a half hour.", "a half hour", "DURATION", "PT30M"),
    ("The crew had a half-hour break.", "a half-hour", "DURATION", "PT30M"),
    ("The hall was built over many years.", "many years", "DURATION", "PXY"),
    ("The appeal could last 18 months.", "18 months", "DURATION", "P18M"),
    ("Profits will suffer in the near term.", "the near term", "DATE", "FUTURE_REF"),
    ("Over the long term, rents will rise.", "the long term", "DATE", "FUTURE_REF"),
])
def test_durations(text, surface, ttype, value):
    assert (surface, ttype, value) in _timexes(text)


@pytest.mark.parametrize("text,surface,value", [
    ("Jazz clubs thrived in the twenties.", "the twenties", "192"),
    ("The label was founded in the late seventies.", "the late seventies", "197"),
    ("Winter 2029 was the coldest in years.", "Winter 2029", "2029-WI"),
    ("The ledger is dated 10/14/2027.", "10/14/2027", "2027-10-14"),
    ("The permit expired on 23/04/2028.", "23/04/2028", "2028-04-23"),
    ("The jet will be shown on 7/8/31.", "7/8/31", "2031-07-08"),
    ("The mill closed in nineteen eighty-four, she said.", "nineteen eighty-four", "1984"),
    ("Engineers fretted about the year two thousand.", "the year two thousand", "2000"),
    ("Wages have stalled this decade.", "this decade", "203"),
    ("The canal was dug last century.", "last century", "19"),
    ("Coal may be gone by the end of this century.", "the end of this century", "20"),
    ("Sales fell in the second quarter of last year.", "the second quarter of last year", "2030-Q2"),
    ("The firm expects a profit in the second half.", "the second half", "2031-H2"),
])
def test_dates(text, surface, value):
    assert (surface, "DATE", value) in _timexes(text)


@pytest.mark.parametrize("text,surface,value", [
    ("The suspect was seen the day before yesterday.", "the day before yesterday", "2031-06-10"),
    ("The verdict is due the day after tomorrow.", "the day after tomorrow", "2031-06-14"),
    ("The minister quit earlier today.", "earlier today", "2031-06-12"),
    ("Late yesterday, the rebels withdrew.", "Late yesterday", "2031-06-11"),
])
def test_modified_days(text, surface, value):
    assert (surface, "DATE", value) in _timexes(text)


@pytest.mark.parametrize("text,surface,value", [
    ("Crowds filled the malls on Black Friday.", "Black Friday", "2030-11-29"),
    ("The senator spoke on Presidents Day.", "Presidents Day", "2031-02-17"),
    ("Shops reopened after Boxing Day.", "Boxing Day", "2030-12-26"),
    ("Florists sold out before Mother's Day.", "Mother's Day", "2031-05-11"),
])
def test_holidays(text, surface, value):
    assert (surface, "DATE", value) in _timexes(text)


@pytest.mark.parametrize("text,surface,ttype,value", [
    ("He was freed early this morning.", "early this morning", "TIME", "2031-06-12TMO"),
    ("The verdict comes later this afternoon.", "later this afternoon", "TIME", "2031-06-12TAF"),
    ("Police were called at 11pm.", "11pm", "TIME", "2031-06-12T23:00"),
])
def test_times(text, surface, ttype, value):
    assert (surface, ttype, value) in _timexes(text)


def test_year_anaphora_read_the_sentence_before():
    text = "The dam burst in 2022. The following year, the valley was rebuilt. Two years later, it flooded."
    found = _timexes(text)
    assert ("The following year", "DATE", "2023") in found
    assert ("Two years later", "DATE", "2025") in found


def test_three_years_later_counts_from_a_year():
    text = "The war began in 2024. Three years later, the troops left."
    assert ("Three years later", "DATE", "2027") in _timexes(text)


def test_adjectival_quarter_leaves_the_article_out():
    assert ("third-quarter", "DATE", "2030-Q3") in _timexes("The firm said the third-quarter loss widened.")


@pytest.mark.parametrize("text,word", [
    ("Highs will be in the sixties on Sunday.", "sixties"),
    ("She grew up in Fall River.", "Fall"),
    ("Every minute counts in a rescue.", "minute"),
    ("Nineteen twenty-year-olds signed up.", "Nineteen"),
    ("The council met last month; the next day it voted.", "next day"),
    ("The walkout grew in the last week of the strike.", "last week"),  # a week of a month: its ISO week
    ("The talks ended on the last day of the summit.", "last day"),
    ("The firm will pay down the short term debt.", "term"),
    ("The minutes of a meeting in January were released.", "minutes"),
])
def test_not_times(text, word):
    assert not any(word in surface for surface, _, _ in _timexes(text))


def test_brief_dates_keep_the_bare_day():
    """The brief's calendar dates are not widened by the typed modifiers ("earlier today")."""
    text = "The minister quit earlier today."
    assert [m.text for m in tag_dates(text, load_nlp()(text), PUB)] == ["today"]


@pytest.mark.parametrize("text,surface,value", [
    ("The board declared a dividend payable July 30 to holders of record July 15.", "July 15", "2031-07-15"),
    ("The firm has set July 1 as the deadline for bids.", "July 1", "2031-07-01"),
    ("The hearing was scheduled for June 30.", "June 30", "2031-06-30"),
    ("The regulator gave the bank until mid-July to reply.", "mid-July", "2031-07"),
    ("The bridge opened on June 20.", "June 20", "2030-06-20"),
])
def test_days_ahead_in_a_past_clause(text, surface, value):
    """A deadline or record day a few weeks ahead stays this year's in a past clause; a plain past
    event on such a day is last year's."""
    assert (surface, "DATE", value) in _timexes(text)


@pytest.mark.parametrize("text,surface,value", [
    ("The sale follows Tuesday's offer by the rival bank.", "Tuesday's", "2031-06-10"),
    ("Markets are calm ahead of Sunday's vote.", "Sunday's", "2031-06-15"),
])
def test_possessive_weekday_in_a_present_clause(text, surface, value):
    """An event named by its weekday ("Tuesday's offer") in a present clause is the one just past,
    unless the text looks ahead to it."""
    assert (surface, "DATE", value) in _timexes(text)


def test_following_and_previous_units_count_from_the_date_given():
    text = ("The plant opened in March 2029. The following month, it was sold. The strike began on May 20. "
            "The previous week, talks had failed.")
    found = _timexes(text)
    assert ("The following month", "DATE", "2029-04") in found
    assert ("The previous week", "DATE", "2031-W20") in found


def test_following_month_without_a_date_before_is_left_out():
    assert not any("following" in s for s, _, _ in _timexes("He returned the following month."))

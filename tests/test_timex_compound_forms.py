"""Duration, time and date forms added in session 4 (issue 7): mixed units ("one hour and 45 minutes"),
whole units ("all day", "the whole week"), counts with a determiner ("another two years", "an additional
six months"), fractions and rough counts ("2 1/2 years", "40-odd years", "a dozen years"), "the past year
and a half", "the spring of last year", "midday", "mid-afternoon yesterday", teens before "years ago";
and the words that must stay out ("barely", "the midday sun", "all-day", "the full year")."""
from __future__ import annotations

import pytest

from storyline.article.dates import tag_dates, tag_timexes
from storyline.article.nlp import load_nlp
from timex_helpers import timexes

PUB = "2031-06-13"  # a Friday


def _timexes(text: str) -> list[tuple[str, str, str | None]]:
    return timexes(text, PUB)


CASES = [
    ("The hearing lasted one hour and 45 minutes.", "one hour and 45 minutes", "DURATION", "PT1H45M"),
    ("He served two years and three months in jail.", "two years and three months", "DURATION", "P2Y3M"),
    ("The crossing took 1 day, 12 hours.", "1 day, 12 hours", "DURATION", "P1DT12H"),
    ("The protesters stayed all day.", "all day", "DURATION", "P1D"),
    ("The sirens wailed the whole week.", "the whole week", "DURATION", "P1W"),
    ("The plant was idle the entire month.", "the entire month", "DURATION", "P1M"),
    ("The talks will need another two years.", "another two years", "DURATION", "P2Y"),
    ("The lender granted an additional six months.", "an additional six months", "DURATION", "P6M"),
    ("He spent the remaining two years of his term abroad.", "the remaining two years", "DURATION", "P2Y"),
    ("The army took just over an hour to arrive.", "just over an hour", "DURATION", "PT1H"),
    ("The suspect was held for 2 1/2 years.", "2 1/2 years", "DURATION", "P2.5Y"),
    ("The record stood for 40-odd years.", "40-odd years", "DURATION", "P40Y"),
    ("He has lived here for 20-plus years.", "20-plus years", "DURATION", "P20Y"),
    ("The feud lasted a dozen years.", "a dozen years", "DURATION", "P12Y"),
    ("The rescue took a number of days.", "a number of days", "DURATION", "PXD"),
    ("Workers got a two-and-a-half-year contract.", "two-and-a-half-year", "DURATION", "P2.5Y"),
    ("Hundreds were killed in the past year and a half.", "the past year and a half", "DURATION", "P1.5Y"),
    ("The coalition collapsed in the spring of last year.", "the spring of last year", "DATE", "2030-SP"),
    ("Officials spoke at midday.", "midday", "TIME", "2031-06-13T12:00"),
    ("Trading halted in mid-afternoon yesterday.", "mid-afternoon yesterday", "TIME", "2031-06-12TAF"),
    ("Rain is due by late afternoon.", "late afternoon", "TIME", "2031-06-13TAF"),
    ("Thirteen years ago, the town flooded.", "Thirteen years ago", "DATE", "2018"),
    ("It will take two or three more years to finish.", "two or three more years", "DURATION", "P2Y"),
    ("Troops will stay for at least another six months.", "at least another six months", "DURATION", "P6M"),
    ("The search lasted a full 36 hours.", "a full 36 hours", "DURATION", "PT36H"),
    ("Output will grow over the next two years or so.", "the next two years or so", "DURATION", "P2Y"),
    ("Growth slowed in the final quarter of last year.", "the final quarter of last year", "DATE", "2030-Q4"),
    ("Growth slowed in the final quarter.", "the final quarter", "DATE", "2030-Q4"),
    ("Growth will pick up in the final quarter.", "the final quarter", "DATE", "2031-Q4"),
    ("Sales rose in the current fiscal year.", "the current fiscal year", "DATE", "2031"),
    ("Sales fell in the latest fiscal year.", "the latest fiscal year", "DATE", "2030"),
    ("The deal should close by year-end.", "year-end", "DATE", "2031-12-31"),
    ("Shares are up 10% since year end.", "year end", "DATE", "2030-12-31"),
    ("The blast was heard at 4:30 in the afternoon.", "4:30 in the afternoon", "TIME", "2031-06-13T16:30"),
]


@pytest.mark.parametrize("text,span,ttype,value", CASES)
def test_form_is_one_timex_with_its_value(text, span, ttype, value):
    assert (span, ttype, value) in _timexes(text)


@pytest.mark.parametrize("text,word", [
    ("The ceasefire lasted barely a month.", "barely"),  # TimeBank: "a month", not "barely"
    ("The midday sun was hot.", "midday"),  # an adjective, not a time
    ("The all-day meeting ended late.", "all-day"),
    ("He appeared on the early morning show.", "morning"),
    ("The year-end bonus was cut.", "year-end"),
    ("Rooney scored twice in the first half.", "first half"),  # a half of a match
    ("The firm raised its forecast for the full year.", "full year"),  # a fiscal year, not a stretch
    ("Nineteen fifty people died.", "Nineteen"),
    ("The unit earns $17.9 million annually.", "annually"),  # a rate, not a set (as TimeBank leaves it)
    ("The group has doubled its profits annually since 1980.", "annually"),
])
def test_word_stays_out_of_durations(text, word):
    at = text.index(word)
    assert not [m for m in tag_timexes(text, load_nlp()(text), PUB)
                if m.timex_type in ("DURATION", "SET") and m.start < at + len(word) and at < m.end
                or m.text in ("year-end", "the first half")
                or m.timex_type == "TIME" and m.start <= at < m.end]


def test_two_units_in_the_wrong_order_are_two_stretches():
    found = _timexes("It took two days three weeks in a row.")
    assert ("two days", "DURATION", "P2D") in found and ("three weeks", "DURATION", "P3W") in found


def test_brief_dates_keep_no_durations_or_times():
    text = "The hearing lasted one hour and 45 minutes at midday, all day, 13 years ago."
    values = [m.value for m in tag_dates(text, load_nlp()(text), PUB)]
    assert values == ["2018"]


def test_weeks_ago_is_the_week_as_a_timex_and_the_day_as_a_brief_date():
    text = "The rebels left the city six weeks ago."
    parsed = load_nlp()(text)
    assert [(m.text, m.value) for m in tag_timexes(text, parsed, PUB)] == [("six weeks ago", "2031-W18")]
    assert [m.value for m in tag_dates(text, parsed, PUB)] == ["2031-05-02"]


def test_the_quarter_takes_the_quarter_named_far_before():
    filler = " The company also cut jobs in its plants and closed two offices in the west." * 8
    text = "The firm posted a loss for the first quarter." + filler + " Sales fell in the quarter."
    found = [(m.text, m.value) for m in tag_timexes(text, load_nlp()(text), PUB)]
    assert found[-1] == ("the quarter", "2031-Q1")


def test_the_quarter_takes_its_end_date():
    text = "The firm named a new chief in the first quarter. Sales rose 5% in the quarter ended Sept. 30."
    found = [(m.text, m.value) for m in tag_timexes(text, load_nlp()(text), PUB)]
    assert ("the quarter", "2030-Q3") in found


def test_the_quarter_far_away_is_the_first_quarter_the_report_named():
    filler = " The company also cut jobs in its plants and closed two offices in the west." * 8
    text = ("The firm posted a loss for the first quarter." + filler
            + " It expects a profit in the third quarter of next year." + filler
            + " Costs rose in the quarter.")
    found = [(m.text, m.value) for m in tag_timexes(text, load_nlp()(text), PUB)]
    assert found[-1] == ("the quarter", "2031-Q1")


def test_the_year_after_months_of_is_a_date_of_its_own():
    text = "In 2029 the firm lost money in the first nine months of the year."
    found = _timexes(text)
    assert ("the first nine months", "DURATION", "P9M") in found and ("the year", "DATE", "2029") in found
    text = "Sales fell in the first three months of the year."
    assert ("the year", "DATE", "2031") in _timexes(text)


def test_the_latest_period_is_the_quarter_the_report_named():
    text = "Profit rose in the third quarter. Net in the latest period included a gain."
    assert ("the latest period", "DATE", "2030-Q3") in _timexes(text)
    assert not [m for m in _timexes("Net rose in the latest period.") if m[0] == "the latest period"]

"""Typed TIMEX3s beyond calendar dates: durations, sets, times, weeks, quarters, references."""
from __future__ import annotations

import pytest

from storyline.article.dates import DateStage, tag_dates, tag_timexes
from storyline.article.nlp import NlpStage, load_nlp
from storyline.article.timex_types import number_value

PUB = "2031-06-13"  # a Friday (ISO week 24)

CASES = [
    ("The strike lasted three years.", "three years", "DURATION", "P3Y"),
    ("Rescuers searched for more than a month.", "more than a month", "DURATION", "P1M"),
    ("The market fell over the past two weeks.", "the past two weeks", "DURATION", "P2W"),
    ("The market fell over the past year.", "the past year", "DATE", "2030"),
    ("Rents will rise in the coming month.", "the coming month", "DATE", "2031-07"),
    ("Talks broke off at noon Thursday.", "noon Thursday", "TIME", "2031-06-12T12:00"),
    ("The plant opened several years ago.", "several years ago", "DATE", "PAST_REF"),
    ("The storm passed in the past day.", "the past day", "DURATION", "P1D"),
    ("She signed a four-year contract.", "four-year", "DURATION", "P4Y"),
    ("The queue moved for 36 hours.", "36 hours", "DURATION", "PT36H"),
    ("Prices have risen for years.", "years", "DURATION", "PXY"),
    ("It took a decade to build.", "a decade", "DURATION", "P1DE"),
    ("The council meets every week.", "every week", "SET", "P1W"),
    ("The ferry sails each Thursday.", "each Thursday", "SET", "XXXX-WXX-4"),
    ("Inspectors visit twice a year.", "twice a year", "SET", "P1Y"),
    ("The market closes each August.", "each August", "SET", "XXXX-08"),
    ("She teaches Monday evenings.", "Monday evenings", "SET", "XXXX-WXX-1TEV"),
    ("The market opens on Saturdays.", "Saturdays", "SET", "XXXX-WXX-6"),
    ("The vote ended at 7:30 p.m. on the island.", "7:30 p.m.", "TIME", "2031-06-13T19:30"),
    ("The fire started Tuesday morning, officials said.", "Tuesday morning", "TIME", "2031-06-10TMO"),
    ("Police arrested two men last night.", "last night", "TIME", "2031-06-12TNI"),
    ("The company is now in talks with lenders.", "now", "DATE", "PRESENT_REF"),
    ("The mayor recently opened a bridge.", "recently", "DATE", "PAST_REF"),
    ("Such storms were rare in the past.", "the past", "DATE", "PAST_REF"),
    ("Ministers met last week in the capital.", "last week", "DATE", "2031-W23"),
    ("The festival takes place this weekend.", "this weekend", "DATE", "2031-W24-WE"),
    ("Sales rose in the first quarter of 2030.", "the first quarter of 2030", "DATE", "2030-Q1"),
    ("Profit fell in the fourth quarter.", "the fourth quarter", "DATE", "2030-Q4"),
    ("Output should recover in the second half.", "the second half", "DATE", "2031-H2"),
    ("Revenue in fiscal 2029 was flat.", "fiscal 2029", "DATE", "2029"),  # as TimeBank values it
    ("The plant was built in the 1970s.", "the 1970s", "DATE", "197"),
    ("The road will reopen this autumn.", "this autumn", "DATE", "2031-FA"),
    ("Rescuers arrived hours after the blast.", "hours", "DURATION", "PTXH"),
    ("Workers ended a month-long strike.", "month-long", "DURATION", "P1M"),
    ("The oak stood for 1,200 years.", "1,200 years", "DURATION", "P1200Y"),
    ("The talks lasted two and a half days.", "two and a half days", "DURATION", "P2.5D"),
    ("Margins grew in Q1 2031.", "Q1 2031", "DATE", "2031-Q1"),
    ("Crowds gathered this past weekend.", "this past weekend", "DATE", "2031-W23-WE"),
    ("Output will double by the end of the year.", "the end of the year", "DATE", "2031"),
    ("The mall opens at the end of next week.", "the end of next week", "DATE", "2031-W25"),
    ("The current chairman will step down soon.", "soon", "DATE", "FUTURE_REF"),
    ("Prices rose in recent years.", "recent years", "DURATION", "PXY"),
    ("Dozens died in recent days.", "recent days", "DATE", "PAST_REF"),
    ("Rates have fallen in the last few months.", "the last few months", "DATE", "PAST_REF"),
    ("Growth will slow in coming months.", "coming months", "DATE", "FUTURE_REF"),
    ("Prices rose for the past few years.", "the past few years", "DURATION", "PXY"),
    ("Travellers' third-quarter profit rose.", "third-quarter", "DATE", "2030-Q3"),
    ("A first-half loss was reported.", "first-half", "DATE", "2031-H1"),
    ("Losses in the 2029 second quarter were large.", "the 2029 second quarter", "DATE", "2029-Q2"),
    ("The year-ago results included a charge.", "year-ago", "DATE", "2030"),
    ("Profit fell from the year-ago quarter.", "the year-ago quarter", "DATE", "2030-Q1"),
    ("Rates fell in the first nine\nmonths of 2030.", "the first nine\nmonths", "DURATION", "P9M"),
    ("They ended a decades-long feud.", "decades-long", "DURATION", "PXDE"),
    ("Crowds gathered early Tuesday.", "early Tuesday", "DATE", "2031-06-10"),
    ("It took a year and a half to build.", "a year and a half", "DURATION", "P1.5Y"),
    ("The yearlong probe ended.", "yearlong", "DURATION", "P1Y"),
    ("Repairs took months.", "months", "DURATION", "PXM"),
    ("The hall was sold within a matter of days.", "days", "DURATION", "PXD"),
    ("Years ago the plant closed.", "Years ago", "DATE", "PAST_REF"),
    ("The mill closed two decades ago.", "two decades ago", "DATE", "2011"),
    ("He followed a several-year tenure.", "several-year", "DURATION", "PXY"),
    ("She had been manager for only six months.", "six months", "DURATION", "P6M"),
    ("Shops will close on Christmas Eve.", "Christmas Eve", "DATE", "2031-12-24"),
    ("The parade was held on Easter Monday.", "Easter Monday", "DATE", "2031-04-14"),
    ("Turnout fell on Labor Day 2030.", "Labor Day 2030", "DATE", "2030-09-02"),
]


@pytest.mark.parametrize(("text", "span", "ttype", "value"), CASES)
def test_timex_types_typed_value(text, span, ttype, value):
    found = {m.text: (m.timex_type, m.value) for m in tag_timexes(text, load_nlp()(text), PUB)}
    assert found.get(span) == (ttype, value), found


NOT_TIMEXES = [
    "NOW is the time to act, he wrote.",
    "It was the fall of the old regime.",
    "He finished second in the race, a second time.",
    "The score was 2013 to 1998 in votes.",
    "The park has daily tours.",
    "Sales hit a yearly high.",
    "Everyday life goes on.",
    "The dog is three years old.",
    "The airline runs four flights a week to the coast.",
    "Sales grew by £2bn a year, and 358,000 jobs a month.",
    "The mayor had previously opened a bridge.",
    "The yield on the 30-year Treasury bond fell; 10-year notes rose.",
    "He belongs to a long line of bakers; the last days of summer were warm.",
]


@pytest.mark.parametrize("text", NOT_TIMEXES)
def test_timex_types_not_tagged(text):
    found = [(m.text, m.timex_type) for m in tag_timexes(text, load_nlp()(text), PUB)
             if m.timex_type != "DATE" or not (m.value or "")[:1].isdigit()]
    assert found == []


def test_timex_types_longer_expression_replaces_date_inside():
    text = "Losses narrowed in the third quarter of 2030 and again on Monday evening."
    found = {m.text: m.value for m in tag_timexes(text, load_nlp()(text), PUB)}
    assert found == {"the third quarter of 2030": "2030-Q3", "Monday evening": "2031-06-09TEV"}


def test_timex_types_brief_dates_stay_calendar_only():
    text = "The talks, held last week, lasted three days; a deal is now expected on 2 July 2031."
    article = DateStage().process_batch(NlpStage().process_batch([_article(text)]))[0]
    assert [(m.text, m.value) for m in article.dates] == [("2 July 2031", "2031-07-02")]
    assert article.dates == tag_dates(text, load_nlp()(text), PUB)
    types = {m.text: m.timex_type for m in article.timexes}
    assert types == {"last week": "DATE", "three days": "DURATION", "now": "DATE", "2 July 2031": "DATE"}


def test_timex_types_shift_counts_from_the_last_day_given():
    """"a year earlier" is a year back from the date given; "two days later" is the stretch (DURATION
    P2D) with "later" its signal, as TimeBank marks it."""
    text = "The dam broke on 3 March 2031. Two days later rescuers arrived; a year earlier it was inspected."
    found = {m.text: (m.timex_type, m.value) for m in tag_timexes(text, load_nlp()(text), PUB)}
    assert found["Two days"] == ("DURATION", "P2D")
    assert found["a year earlier"][1] == "2030"


def test_timex_types_without_publication_date_values_needing_it_are_none():
    text = "Exports rose last week and have grown for three years."
    found = {m.text: m.value for m in tag_timexes(text, load_nlp()(text), None)}
    assert found == {"last week": None, "three years": "P3Y"}


@pytest.mark.parametrize(("raw", "value"), [("three", "3"), ("twenty-five", "25"), ("a few", "X"),
                                            ("1.5", "1.5"), ("an", "1"), ("several", "X")])
def test_timex_types_number_value(raw, value):
    assert number_value(raw) == value


def _article(text: str):
    from storyline.model import Article

    return Article(id="t", path="t.txt", text=text, published=PUB)



def test_timex_types_ages_are_not_durations():
    text = "The 45-year-old owner sold the plant two weeks ago."
    parsed = load_nlp()(text)
    assert [(m.text, m.value) for m in tag_timexes(text, parsed, PUB)] == [("two weeks ago", "2031-W22")]


def test_timex_types_clock_time_joins_its_day():
    text = "The company extended its offer until 5 p.m. EST June 20."
    parsed = load_nlp()(text)
    found = [(m.text, m.timex_type, m.value) for m in tag_timexes(text, parsed, PUB)]
    assert found == [("5 p.m. EST June 20", "TIME", "2031-06-20T17:00")]
    assert [m.value for m in tag_dates(text, parsed, PUB)] == ["2031-06-20"]


def test_timex_types_set_schedules_only_with_for_or_to():
    for text, value in [("Shares closed near the record high set on Aug. 6.", "2030-08-06"),
                        ("The vote is set for Aug. 6.", "2031-08-06")]:
        parsed = load_nlp()(text)
        assert [m.value for m in tag_dates(text, parsed, PUB)] == [value], text


def _typed(text: str) -> dict[str, str | None]:
    return {m.text: m.value for m in tag_timexes(text, load_nlp()(text), PUB)}


def test_timex_us_holidays_only_when_no_other_nation_is_named():
    assert _typed("Parades were held on Independence Day.")["Independence Day"] == "2030-07-04"
    assert "Independence Day" not in _typed("Crowds gathered in Kyiv for Ukraine's Independence Day.")
    assert "Thanksgiving" not in _typed("Families met for Canadian Thanksgiving last year.")


def test_timex_the_before_a_count_is_dropped_whatever_the_spacing():
    found = _typed("After the  two days of talks, the envoys left.")
    assert "two days" in found and " two days" not in found

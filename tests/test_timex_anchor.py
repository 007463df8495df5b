"""Report periods: counted quarters, "the year ended ...", quarters named from a year, periods named
by reference to the reported one ("a year ago" after a quarter), near deadlines in past clauses."""
from __future__ import annotations

import pytest

from storyline.article.dates import tag_dates, tag_timexes
from storyline.article.nlp import load_nlp

PUB = "2031-06-13"  # a Friday, in the second quarter

CASES = [
    ("Costs will be spread over the next three quarters.", "the next three quarters", "DURATION", "P9M"),
    ("Margins have been thin in recent quarters.", "recent quarters", "DURATION", "PXM"),
    ("Exports grew for four straight quarters.", "four straight quarters", "DURATION", "P12M"),
    ("Revenue in the year ended March 31 rose 4%.", "the year", "DURATION", "P1Y"),
    ("Profit fell in the nine months to March.", "the nine months", "DURATION", "P9M"),
    ("The mill may reopen in next year's first quarter.", "next year's first quarter", "DATE", "2032-Q1"),
    ("Output in the year-ago first quarter was flat.", "the year-ago first quarter", "DATE", "2030-Q1"),
    ("It posted a first-quarter loss, against a profit a year ago.", "a year ago", "DATE", "2030-Q1"),
    ("It booked a charge for the first quarter, offset by a gain in the quarter.", "the quarter", "DATE",
     "2031-Q1"),
    ("The index fell for six trading days in a row.", "six trading days", "DURATION", "P6D"),
    ("The talks lasted half an hour.", "half an hour", "DURATION", "PT30M"),
    ("Sales should double over the next couple of years.", "the next couple of years", "DURATION", "P2Y"),
    ("She spent the next several days in Paris.", "the next several days", "DURATION", "PXD"),
    ("Average turnover for March was high.", "March", "DATE", "2031-03"),
    ("The paper said in an editorial on Saturday, June 7: the law is unfair.", "Saturday, June 7", "DATE",
     "2031-06-07"),
]


@pytest.mark.parametrize(("text", "span", "ttype", "value"), CASES)
def test_timex_anchor_report_periods(text, span, ttype, value):
    found = {m.text: (m.timex_type, m.value) for m in tag_timexes(text, load_nlp()(text), PUB)}
    assert found.get(span) == (ttype, value), found


def test_timex_anchor_same_period_takes_the_last_stretch_or_quarter():
    text = ("For the six months, the bakery earned $4 million. "
            "In the year-earlier period it earned $3 million. "
            "Sales for the first quarter rose, compared with the corresponding period last year.")
    found = [(m.text, m.timex_type, m.value) for m in tag_timexes(text, load_nlp()(text), PUB)]
    assert ("the year-earlier period", "DURATION", "P6M") in found
    assert ("the corresponding period last year", "DATE", "2030-Q1") in found


def test_timex_anchor_year_ago_without_a_period_stays_a_year():
    text = "Home prices rose 5% from a year ago."
    found = [(m.text, m.value) for m in tag_timexes(text, load_nlp()(text), PUB)]
    assert found == [("a year ago", "2030")]


def test_timex_anchor_brief_dates_keep_calendar_values():
    text = "It posted a first-quarter loss, against a profit a year ago."
    assert [m.value for m in tag_dates(text, load_nlp()(text), PUB)] == ["2030"]


@pytest.mark.parametrize(("text", "value"), [
    ("The board extended the offer to July 9.", "2031-07-09"),
    ("Directors declared a dividend payable July 30 to holders of record July 16.", "2031-07-30"),
    ("Shares closed near the record set on July 9.", "2030-07-09"),
])
def test_timex_anchor_near_deadline_in_a_past_clause(text, value):
    assert tag_dates(text, load_nlp()(text), PUB)[0].value == value


def test_timex_anchor_ordinary_counts_do_not_take_a_plain_the():
    text = "Both sides state the two days of talks were useful."
    found = [m.text for m in tag_timexes(text, load_nlp()(text), PUB)]
    assert found == ["two days"]


def test_timex_anchor_the_quarter_without_a_named_quarter_is_not_tagged():
    text = "Sales in the quarter rose."
    assert tag_timexes(text, load_nlp()(text), PUB) == []


def test_timex_anchor_a_count_before_ago_is_no_duration():
    text = "The claims came from a storm nearly two weeks ago."
    found = [(m.text, m.timex_type) for m in tag_timexes(text, load_nlp()(text), PUB)]
    assert found == [("nearly two weeks ago", "DATE")]  # the modifier is inside the extent (TimeML mod)


def test_timex_anchor_the_quarter_skips_a_year_back_comparison():
    text = ("Net income fell in the first quarter from $5 million in the year-ago period. "
            "Analysts expected more for the quarter.")
    found = {m.text: m.value for m in tag_timexes(text, load_nlp()(text), PUB)}
    assert found["the year-ago period"] == "2030-Q1" and found["the quarter"] == "2031-Q1"


def test_timex_anchor_year_ago_reaches_back_one_sentence_when_its_own_names_no_time():
    text = "Net income rose in the first quarter. It reached $5 million, up from $4 million a year earlier."
    found = {m.text: m.value for m in tag_timexes(text, load_nlp()(text), PUB)}
    assert found["a year earlier"] == "2030-Q1"


def test_timex_anchor_annually_after_an_amount_is_a_rate():
    for text, found in [("Sales will grow by 20% annually.", []),
                        ("The prize is awarded annually.", [("annually", "SET", "P1Y")])]:
        got = [(m.text, m.timex_type, m.value) for m in tag_timexes(text, load_nlp()(text), PUB)]
        assert got == found, text


def test_timex_anchor_weekday_picks_the_year_of_a_month_day():
    text = "The paper said in an editorial on Saturday, June 14, that the law is unfair."
    assert [m.value for m in tag_dates(text, load_nlp()(text), PUB)] == ["2031-06-14"]
    text = "The paper said in an editorial on Friday, June 14, that the law is unfair."
    assert [m.value for m in tag_dates(text, load_nlp()(text), PUB)] == ["2030-06-14"]

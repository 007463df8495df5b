"""News forms of TIMEX3s: clock times in capitals and other zones, centuries without "the",
fractions of centuries, vague shifts, "may one day", and names, idioms and ages that look like times."""
from __future__ import annotations

import pytest

from timex_helpers import timexes

PUB = "2031-06-13"  # a Friday


def _timexes(text: str) -> list[tuple[str, str, str | None]]:
    return timexes(text, PUB)


CASES = [
    ("The polls closed at 8:30 PM in the capital.", "8:30 PM", "TIME", "2031-06-13T20:30"),
    ("The verdict came at 4:45 P.M. after a long day.", "4:45 P.M.", "TIME", "2031-06-13T16:45"),
    ("The jet landed at 12:50 BST with two engines.", "12:50 BST", "TIME", "2031-06-13T12:50"),
    ("Tonight, the senate votes on the bill.", "Tonight", "TIME", "2031-06-13TNI"),
    ("The bones date from the 17th century.", "the 17th century", "DATE", "16"),
    ("Workers restored a 13th-century chapel.", "13th-century", "DATE", "12"),
    ("The movement began a quarter century ago.", "a quarter century ago", "DATE", "2006"),
    ("Farming changed over the last half century.", "the last half century", "DURATION", "P50Y"),
    ("The statue was carved 279 years ago.", "279 years ago", "DATE", "1752"),
    ("A few days later, the talks resumed.", "A few days", "DURATION", "PXD"),
    ("Several weeks earlier, the rebels had left.", "Several weeks", "DURATION", "PXW"),
    ("Several years later, the rebels returned.", "Several years later", "DATE", "FUTURE_REF"),
    ("The new scan may one day replace biopsies.", "one day", "DATE", "FUTURE_REF"),
    ("The crew worked for an entire week.", "an entire week", "DURATION", "P1W"),
    ("The shop sells books and recently has begun to sell toys.", "recently", "DATE", "PAST_REF"),
]


@pytest.mark.parametrize("text,surface,ttype,value", CASES)
def test_news_form(text, surface, ttype, value):
    assert (surface, ttype, value) in _timexes(text)


@pytest.mark.parametrize("text,word", [
    ("Fans lined up to watch The Tonight Show in New York.", "Tonight"),
    ("She spoke at the Peace One Day concert in London.", "One Day"),
    ("He pulled out of the deal at the last minute.", "minute"),
    ("Police sought a man in his early 30s.", "30s"),
    ("Jobless claims fell to their quarter-century low.", "quarter"),
    ("The crater formed 13,800 years ago.", "years ago"),
    ("Buyers returned their most recent model.", "recent"),
])
def test_names_idioms_and_ages_are_not_times(text, word):
    assert not any(word in surface for surface, _, _ in _timexes(text))


@pytest.mark.parametrize("text,surface,ttype,value", [
    ("Troops entered the town on March 3. That night, shells fell.", "That night", "TIME", "2031-03-03TNI"),
    ("Troops entered the town on March 3. Later that day, talks began.", "that day", "DATE", "2031-03-03"),
    ("He moved to Lyon in 2009. That year, the bank failed.", "That year", "DATE", "2009"),
    ("Troops entered the town on March 3. Earlier in the day, talks failed.", "the day", "DATE",
     "2031-03-03"),
    ("She was hired in May 2010 and promoted the same month.", "the same month", "DATE", "2010-05"),
    ("The polls closed on March 3. The next morning, counting began.", "The next morning", "TIME",
     "2031-03-04TMO"),
])
def test_that_unit_takes_the_date_named_before(text, surface, ttype, value):
    assert (surface, ttype, value) in _timexes(text)


@pytest.mark.parametrize("text", [
    "Nobody remembers that week at all.",  # no date named before it
    "He left on May 3. That day has come, he said.",  # "that day has come": not a day
])
def test_that_unit_without_anchor_is_dropped(text):
    assert not any(surface.lower().startswith("that") for surface, _, _ in _timexes(text))


@pytest.mark.parametrize("text", [
    "The union said on Monday that day laborers would strike.",
    "He said on 2 March that year after year the river floods.",
    "We dream of that day, he said.",
    "The minister told the daily on Tuesday that costs rose.",
    "20th Century Fox said it would appeal.",
    "The 21st Century Cures Act passed.",
    "The Boeing 737 years ago was new.",
])
def test_timex_review_not_times(text):
    words = ("that", "day", "year", "century", "daily", "ago")
    found = [t for t in _timexes(text) if any(w in t[0].lower() for w in words) and "Monday" not in t[0]
             and "Tuesday" not in t[0]]
    assert found == []


@pytest.mark.parametrize(("text", "value"), [
    ("The two sides have a week to reach a deal.", "P1W"),
    ("The three judges took a day to decide.", "P1D"),
])
def test_timex_review_durations_after_counted_subjects(text, value):  # not rates ("one meal a day")
    assert [v for _, _, v in _timexes(text)] == [value]


def test_timex_review_that_year_takes_the_nearest_year():
    text = ("The firm was founded on 3 May 1998. In the spring of 2019 it opened a plant. "
            "That year, sales doubled.")
    assert ("That year", "DATE", "2019") in _timexes(text)


def test_timex_review_that_day_after_a_vaguer_date_is_dropped():
    text = "Talks resumed on Tuesday. In 2014, rebels seized the airport. Many still remember that day."
    assert "that day" not in {t for t, _, _ in _timexes(text)}


def test_timex_review_capital_one_mid_sentence_is_not_a_count():
    assert ("years ago", "DATE", "PAST_REF") in _timexes("In Formula One years ago, drivers died.")


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("The fire began on March 3. Police said that night was the calmest in weeks.", "that night",
     "2031-03-03TNI"),
    ("The attack began on March 3. It killed 12 that day and wounded 40 more.", "that day", "2031-03-03"),
    ("Russia annexed the peninsula 10 years ago.", "10 years ago", "2021"),
    ("In the 20th Century Europe was at war.", "the 20th Century", "19"),
])
def test_timex_review_real_times_kept(text, surface, value):
    assert surface in {t for t, _, _ in _timexes(text)}
    assert value in {v for t, _, v in _timexes(text) if t == surface}

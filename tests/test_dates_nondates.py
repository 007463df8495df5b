"""Expressions that are not calendar dates are not tagged."""
from __future__ import annotations

import pytest

from storyline.article.dates import tag_dates
from storyline.article.nlp import load_nlp

NOT_DATES = [
    "The meeting started at 07:30 and lasted two hours.",
    "NOW is the time to act, he wrote.",
    "It may rain, and the minister may resign.",
    "The 45-year-old soldier, aged 45, served in the army.",
    "The war has lasted three years and cost billions.",
    "Some 2,500 soldiers die each week on both sides.",
    "About 2000 soldiers were deployed to the border.",
    "Theresa May's government fell.",
    "The ceasefire could have been implemented long ago.",
    "Markets have not recovered since Black Monday.",
    "The index rose 3% last week.",
    "The Russell 2000 Index of smaller companies fell.",
    "Temperatures reach 45 degrees in the shade in summer.",
    "The unions worked together in the last year to reach a deal.",
    "We are ready, said England sevens coach Mike Friday.",
    "The Mail on Sunday reported the deal.",
    "She spoke to the Sunday Telegraph about the talks.",
]


@pytest.mark.parametrize("text", NOT_DATES)
def test_dates_nondate_not_tagged(text):
    found = [(m.text, m.value) for m in tag_dates(text, load_nlp()(text), "2025-03-17")]
    assert found == []


def test_dates_line_break_not_crossed():
    text = "Markets closed until Friday\nSeptember 18, 2008\nThe government acted."
    found = {m.text: m.value for m in tag_dates(text, load_nlp()(text), "2008-09-18")}
    assert found == {"Friday": "2008-09-19", "September 18, 2008": "2008-09-18"}


@pytest.mark.parametrize("text,day", [
    ("A judge sentenced Brian Nichols Saturday to life in prison.", "Saturday"),
    ("Police arrested John Smith Monday after a long chase.", "Monday"),
])
def test_weekday_after_a_full_name_is_the_day(text, day):
    nlp = load_nlp()
    assert day in [m.text for m in tag_dates(text, nlp(text), "2031-06-13")]

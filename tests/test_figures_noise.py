"""Numbers that are no figure claim, and counts that stay figures (invented sentences, real spaCy model):
the determiner "one", number words inside hyphenated words, decades, the second day of a date range,
"plus or minus", a quote mark between a number and its noun, a decimal after a name."""
from __future__ import annotations

import pytest

from storyline.article.figures import extract_figures
from storyline.article.nlp import load_nlp

pytestmark = pytest.mark.model


def figures(text: str) -> list[tuple[str, float]]:
    return [(f.text, f.value) for f in extract_figures(load_nlp()(text))]


@pytest.mark.parametrize("text", [
    "One study found that the scheme would hurt farmers.",
    "At the meeting, one questioner claimed that the forces were too weak.",
    "As one city official pointed out, the bridge is older than the town hall.",
    "The mayor said little about the budget, with one notable exception.",
    "The ruling rests on one piece of the evidence.",
    "The coach had one young player sing before the team.",
    "One Photo Sums Up The Mood Of The Crowd",
    "Fans lined the road to high-five the runners.",
    "It was a one-off payment on a one-way street.",
    "The firm took a one-time charge.",
    "The minister said there was one problem with the plan.",
    "Prices were lower in the 90’s and the 80's.",
    "The survey was carried out from Sept. 12 to 15 by phone.",
])
def test_figures_noise_not_figures(text):
    assert figures(text) == []


@pytest.mark.parametrize(("text", "value"), [
    ("One person was killed in the blast.", 1),
    ("Rebels killed one soldier near the border.", 1),
    ("Police arrested one man at the scene.", 1),
    ("Only one bridge remains open.", 1),
    ("At least one school was closed.", 1),
    ("The agency lifted the rating by one notch.", 1),
    ("The party won one seat in the north.", 1),
    ("They signed a one-year deal.", 1),
    ("It is a lot of work for one man.", 1),
    ("She asked to stay for one more year.", 1),
    ("She ran sub-eight seconds in the hurdles.", 8),
    ("During her five-and-a-half years in office, taxes fell.", 5.5),
])
def test_figures_noise_one_that_counts(text, value):
    found = figures(text)
    assert [v for _, v in found] == [value], found


def test_figures_noise_one_against_another_number_counts():
    found = dict(figures("One person was hurt and three others escaped."))
    assert found.get("One person") == 1


def test_figures_noise_plus_or_minus_is_a_positive_margin():
    found = figures("The margin of error is plus or minus 3 percentage points.")
    assert found == [("plus or minus 3 percentage points", 3)]


def test_figures_noise_minus_alone_stays_negative():
    assert figures("Temperatures fell to minus 12 degrees.") == [("minus 12 degrees", -12)]


def test_figures_noise_month_range_end_is_a_date_but_a_count_after_it_is_not():
    assert figures("The fair runs from May 3 to 9 in the park.") == []
    found = figures("On May 3, 40 people were rescued.")
    assert [v for _, v in found] == [40]


def test_figures_noise_quote_mark_between_number_and_noun():
    found = extract_figures(load_nlp()('The senator listed four "loopholes" in the code.'))
    assert [(f.value, f.unit) for f in found] == [(4, "loophole")]


def test_figures_noise_plus_suffix_counts_the_noun():
    found = extract_figures(load_nlp()("He paid no tax for 15-plus years."))
    assert [(f.value, f.unit, f.approximate) for f in found] == [(15, "year", True)]


def test_figures_noise_decimal_after_a_name_counts_points():
    found = figures("Averages differ, with Pollwatch 4.3 points and Votecast 2.1 points ahead.")
    assert [v for _, v in found] == [4.3, 2.1]

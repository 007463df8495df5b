"""Ages are figures (value the age, unit "year", measure "age"), ranges are two figures, and the
discrepancy stage does not set different people's ages against each other (invented sentences)."""
from __future__ import annotations

import pytest

from storyline.article.figures import extract_figures
from storyline.article.nlp import load_nlp
from storyline.corpus.compare_worth import comparable
from storyline.model import Article
from test_compare_quotes_stage import analysed, found


def figures(text: str) -> list[tuple[str, float, str | None, str | None]]:
    return [(f.text, f.value, f.unit, f.measure) for f in extract_figures(load_nlp()(text))]


@pytest.mark.parametrize(("text", "expected"), [
    ("The driver, aged 45, was taken to hospital.", [("aged 45", 45, "year", "age")]),
    ("A 40-year-old man was arrested.", [("40-year-old", 40, "year", "age")]),
    ("The pilot was 29 years old.", [("29 years old", 29, "year", "age")]),
    ("Sixteen-year-old Greta Lind spoke first.", [("Sixteen-year-old", 16, "year", "age")]),
    ("A 3-month-old baby was found alive.", [("3-month-old", 3, "month", "age")]),
    ("Maria Lopez, 45, said she saw the fire.", [("45", 45, "year", "age")]),
    ("Tom and Ann Berg, 27 and 29 years old, walked home.",
     [("27", 27, "year", "age"), ("29 years old", 29, "year", "age")]),
])
def test_figures_ages_are_figures(text, expected):
    assert figures(text) == expected


def test_figures_ages_apposed_name_is_the_subject():
    [age] = extract_figures(load_nlp()("Officers said Maria Lopez, 45, was arrested on Friday."))
    assert age.subject_name == "Maria Lopez"


def test_figures_ages_a_long_span_of_years_is_no_age():
    assert figures("The fossil sits in a 300,000 year-old layer.")[0][1:3] == (300000, "year")
    assert figures("The 70-year-old treaty expired.")[0][3] == "age"  # the words make it an age


@pytest.mark.parametrize(("text", "expected"), [
    ("The boys, aged 11 to 16, were trapped.", [("aged 11 to 16", 11), ("16", 16)]),
    ("The pupils, aged between 9 and 12, sang.", [("aged between 9 and 12", 9), ("12", 12)]),
    ("The firm will cut between 600 and 700 jobs.", [("600 and 700 jobs", 600), ("700 jobs", 700)]),
    ("It will cost $10 to $15 billion.", [("$10 to $15 billion", 10e9), ("$15 billion", 15e9)]),
    ("Support fell from 58 percent in May to 55 percent now.",
     [("58 percent in May to 55 percent", 58), ("55 percent", 55)]),
])
def test_figures_ages_ranges_are_two_figures(text, expected):
    found_ = extract_figures(load_nlp()(text), range_ends=True)
    assert [(f.text, f.value) for f in found_] == expected
    assert {(f.low, f.high) for f in found_} == {(expected[0][1], expected[1][1])}
    assert len(extract_figures(load_nlp()(text))) == 1  # NewsQuant's convention: the range alone


def test_figures_ages_of_different_people_are_no_discrepancy():
    a = analysed("a", "Police said Maria Lopez, 45, was killed in the blast. A 40-year-old man also died.")
    b = analysed("b", "Police said John Smith, 52, was killed in the blast. A 23-year-old woman also died.")
    assert [f.measure for f in a.figures + b.figures] == ["age"] * 4
    assert found(a, b, kind="number") == []


def test_figures_ages_a_range_is_one_value_of_a_discrepancy():
    a = analysed("a", "Delta needs to cut between 6,000 and 7,000 jobs this year, the airline said.")
    b = analysed("b", "Delta needs to cut 9,000 jobs this year, the airline said.")
    [d] = found(a, b, kind="number")
    assert [v.text for v in d.values] == ["between 6,000 and 7,000 jobs", "9,000 jobs"]
    c = analysed("c", "Delta needs to cut 6,500 jobs this year, the airline said.")
    assert found(a, c, kind="number") == []


def test_figures_ages_only_the_range_figure_is_compared():
    text = "Delta will cut between 6,000 and 7,000 jobs."
    first, second = extract_figures(load_nlp()(text), range_ends=True)
    article = Article(id="a", path="a", text=text)
    assert comparable(article, first) and not comparable(article, second)

"""Sums of money, spans "for the next N years", loose bounds and years named elsewhere: what the blind
set's missed disagreements needed (invented sentences)."""
from __future__ import annotations

import pytest

from storyline.article.figures import extract_figures
from storyline.article.nlp import load_nlp
from storyline.corpus.compare_values import compatible
from storyline.corpus.compare_worth import comparable, projected
from storyline.model import Article, Figure
from test_compare_stage import date, discrepancies, fig, make


def money(text: str, value: float) -> Figure:
    return Figure(0, len(text), text, value, unit="dollar", approximate="nearly" in text or "more" in text)


@pytest.mark.parametrize(("a", "b", "expected"), [
    (money("nearly $1 billion", 1e9), money("$916 million", 916e6), False),  # a writer would round down
    (money("nearly $1 billion", 1e9), money("$970 million", 970e6), True),
    (money("nearly $916 million", 916e6), money("$916 million", 916e6), True),
    (money("more than $915 million", 915e6), money("$916 million", 916e6), True),
    (Figure(0, 13, "15-plus years", 15, unit="year", approximate=True),
     Figure(0, 8, "18 years", 18, unit="year"), True),  # "15-plus" is a lower bound
    (Figure(0, 18, "nearly two decades", 20, unit="year", approximate=True),
     Figure(0, 8, "18 years", 18, unit="year"), False),
])
def test_compare_sums_near_bounds_are_close_below(a, b, expected):
    assert compatible(a, b) is expected
    assert compatible(b, a) is expected


def test_compare_sums_a_span_for_the_next_years_is_a_duration_not_a_series_part():
    text = "The loss let him avoid taxes for the next 18 years."
    start = text.index("18 years")
    span = Figure(start, start + 8, "18 years", 18, unit="year")
    assert comparable(Article(id="a", path="a", text=text), span)
    text = "Her first 100 days in office were busy."
    start = text.index("100 days")
    part = Figure(start, start + 8, "100 days", 100, unit="day")
    assert not comparable(Article(id="a", path="a", text=text), part)


def test_compare_sums_of_one_loss_disagree_across_sources():
    a = make("a", "The records show Velocorp lost nearly $1 billion in a single year, the paper said.",
             "2026-02-01", [fig("nearly $1 billion", 1e9, "dollar", None, approximate=True)])
    b = make("b", "Velocorp lost $916 million in a single year, the filing shows.", "2026-02-01",
             [fig("$916 million", 916e6, "dollar", None)])
    assert len(discrepancies(a, b)) == 1
    c = make("c", "Velocorp lost $400 million in a single year, the filing shows.", "2026-02-01",
             [fig("$400 million", 400e6, "dollar", None)])
    assert discrepancies(a, c) == []  # sums far apart are two things, not one disputed


def test_compare_sums_need_a_shared_noun_and_one_tense():
    a = make("a", "Analysts believe the deficit will remain at close to $500 billion.", "2026-02-01",
             [fig("close to $500 billion", 5e11, "dollar", "deficit remain", approximate=True)])
    b = make("b", "The budget swung to a record deficit of $440 billion.", "2026-02-01",
             [fig("$440 billion", 4.4e11, "dollar", "record deficit")])
    assert discrepancies(a, b) == []  # a projection against a past sum
    c = make("c", "The firm paid $440 billion for the mine.", "2026-02-01",
             [fig("$440 billion", 4.4e11, "dollar", "paid")])
    d = make("d", "The firm paid close to $500 billion for the mine.", "2026-02-01",
             [fig("close to $500 billion", 5e11, "dollar", "paid", approximate=True)])
    assert discrepancies(c, d) == []  # a shared verb alone names no sum


def test_compare_sums_projection_read_from_the_parse():
    text = "Analysts believe the deficit will remain at close to $500 billion."
    start = text.index("close")
    f = Figure(start, len(text) - 1, text[start:-1], 5e11, unit="dollar")
    assert projected(load_nlp()(text), 0, f)
    text = "The company lost nearly $916 million in 1995."
    start = text.index("nearly")
    f = Figure(start, start + 19, "nearly $916 million", 916e6, unit="dollar")
    assert not projected(load_nlp()(text), 0, f)


def test_compare_sums_one_article_naming_the_year_may_give_the_same_span_twice():
    a = make("a", "The Times wrote that he claimed a loss in 1995, which could have allowed him to avoid "
             "paying taxes for the next 18 years. Senator Ann Cole said he avoided paying taxes for "
             "nearly two decades.", "2026-02-01",
             [fig("18 years", 18, "year", "years"),
              fig("nearly two decades", 2, "decade", "decades", claimed="Ann Cole", approximate=True)],
             [date("1995", "1995")])
    found = discrepancies(a)
    assert [sorted(v.text for v in d.values) for d in found] == [["18 years", "taxes for nearly two decades"]]


def test_compare_sums_durations_need_a_shared_deed_not_a_verb_alone():
    a = make("a", "In the primaries he never spoke for longer than 30 minutes.", "2026-02-01",
             [fig("30 minutes", 30, "minute", "minutes")])
    b = make("b", "The two women spoke for about five minutes, an aide said.", "2026-02-01",
             [fig("about five minutes", 5, "minute", "minutes", approximate=True)])
    assert discrepancies(a, b) == []
    c = make("c", "The firm avoided paying taxes for 12 years, the report said.", "2026-02-01",
             [fig("12 years", 12, "year", "years")])
    d = make("d", "The firm avoided paying taxes for nearly two decades, a senator said.", "2026-02-01",
             [fig("nearly two decades", 2, "decade", "decades", approximate=True)])
    assert len(discrepancies(c, d)) == 1


def _loss(doc_id: str, text: str, phrase: str, value: float) -> Article:
    return make(doc_id, text, "2026-02-01", [fig(phrase, value, "dollar", None)])


def test_compare_sums_of_two_named_owners_are_two_sums():
    a = _loss("a", "Nordair posted a loss of $1.1 billion last year, its chief executive said.",
              "$1.1 billion", 1.1e9)
    b = _loss("b", "Rival Skyjet lost $950 million last year, the airline said, as Nordair also struggled.",
              "$950 million", 950e6)
    assert discrepancies(a, b) == []
    e = _loss("e", "Skyjet posted a loss of $950 million last year, the airline said in Oslo.",
              "$950 million", 950e6)
    assert discrepancies(a, e) == []
    c = _loss("c", "Nordair, which posted a loss of $950 million last year, said it would cut jobs.",
              "$950 million", 950e6)
    assert len(discrepancies(a, c)) == 1  # the owner of a relative clause is the noun it belongs to
    d = _loss("d", "Nordair's loss of $950 million last year shocked investors, analysts said.",
              "$950 million", 950e6)
    assert len(discrepancies(a, d)) == 1  # a possessive owns the sum


def test_compare_sums_without_an_owner_are_not_one_owners():
    a = _loss("a", "Nordair posted a loss of $1.1 billion last year, its chief executive said.",
              "$1.1 billion", 1.1e9)
    b = _loss("b", "The airline posted a loss of $950 million last year, analysts said.",
              "$950 million", 950e6)
    assert discrepancies(a, b) == []
    c = _loss("c", "Filings that Nordair published show the airline posted a loss of $950 million last year.",
              "$950 million", 950e6)
    assert len(discrepancies(a, c)) == 1  # unnamed, but its sentence names the other's owner


def test_compare_sums_the_year_of_the_figures_own_clause_dates_it():
    a = make("a", "Nordair posted a loss of $1.1 billion in 2024, its chief executive said.", "2026-02-01",
             [fig("$1.1 billion", 1.1e9, "dollar", None)], [date("2024", "2024")])
    b = make("b", "Nordair, which posted a loss of $950 million in 2023, said on Monday that 2024 was worse.",
             "2026-02-01", [fig("$950 million", 950e6, "dollar", None)],
             [date("2023", "2023"), date("2024", "2024")])
    assert discrepancies(a, b) == []  # 2024 is the year of another clause
    c = make("c", "Nordair posted a loss of $950 million in 2024, and said on Monday that 2023 was better.",
             "2026-02-01", [fig("$950 million", 950e6, "dollar", None)],
             [date("2024", "2024"), date("2023", "2023")])
    assert len(discrepancies(a, c)) == 1


def test_compare_sums_a_currency_is_no_measured_thing():
    def staged(doc_id: str, text: str) -> Article:
        article = make(doc_id, text, "2026-02-01")
        article.figures = extract_figures(load_nlp()(text))
        return article
    a = staged("a", "Velo paid 7.5bn euros ($9.7bn) for Skyline, its chief executive said.")
    b = staged("b", "Velo posted revenue of 6.5bn euros ($8.6bn) last year, analysts said.")
    assert {f.text for f in a.figures + b.figures} >= {"$9.7bn", "$8.6bn"}
    assert discrepancies(a, b) == []  # a price and a revenue, both said in euros

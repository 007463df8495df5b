"""Shares ("1 in 4 residents"), metres glued to digits ("400m away"), "one 5th the speed", years ending
a span ("between 2000 and 2008 tensions"), a bare "zero", computer speeds and splits of votes ("51-49")
(invented sentences)."""
from __future__ import annotations

import pytest

from storyline.article.figures import extract_figures
from storyline.article.nlp import load_nlp

pytestmark = pytest.mark.model


def figures(text: str) -> list[tuple[str, float, str | None]]:
    return [(f.text, round(f.value, 4), f.unit) for f in extract_figures(load_nlp()(text))]


@pytest.mark.parametrize(("text", "expected"), [
    ("A survey found that 1 in 4 residents lived in poverty.", [("1 in 4 residents", 0.25, "resident")]),
    ("Two in five adults smoke.", [("Two in five adults", 0.4, "adult")]),
    ("Nearly eight of 10 voters plan to watch.", [("Nearly eight of 10 voters", 8, "voter")]),
    ("Three out of four doctors agree.", [("Three out of four doctors", 3, "doctor")]),
    ("Only 60 of 300 colonists survived.", [("60", 60, "colonist"), ("300 colonists", 300, "colonist")]),
])
def test_figures_shares_are_one_figure(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Divers found the group 400m away.", [("400m", 400, "metre")]),
    ("The wall is 30m high.", [("30m", 30, "metre")]),
    ("Sales reached 40m units.", [("40m units", 4e7, "unit")]),
    ("The club paid £40m for him.", [("£40m", 4e7, "pound")]),
])
def test_figures_shares_glued_m_is_metres_before_a_word_of_distance(text, expected):
    assert figures(text) == expected


def test_figures_shares_one_nth_is_a_fraction():
    assert figures("The test model runs at one 5th the speed of the final one.") == [("one 5th", 0.2, None)]
    assert figures("He came one 5th place behind.") == []


def test_figures_shares_a_year_ending_a_span_of_years_is_no_count():
    assert figures("Between 2000 and 2008 tensions with the north grew.") == []
    assert figures("The army sent 2000 soldiers.") == [("2000 soldiers", 2000, "soldier")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Whoever has zero risk may leave first.", []),
    ("He may have paid zero in income tax.", []),
    ("The city reported zero new cases.", [("zero new cases", 0, "case")]),
    ("Growth was zero percent.", [("zero percent", 0, "percent")]),
    ("Nothing moves at absolute zero.", [("zero", 0, None)]),
])
def test_figures_shares_zero_counts_only_a_plural_or_a_unit(text, expected):
    assert figures(text) == expected


def test_figures_shares_computer_speeds_are_teraflops():
    assert figures("The machine reached 42.7 trillion calculations per second.") == [
        ("42.7 trillion calculations per second", 42.7, "teraflop")]
    assert figures("Clerks made 300 calculations per second.")[0][1:] == (300, "calculation")


@pytest.mark.parametrize(("text", "expected"), [
    ("The Senate is split 51-49 for the majority party.", [("51", 51, None), ("49", 49, None)]),
    ("The court issued a 5-4 ruling.", [("5", 5, None), ("4", 4, None)]),
    ("Arsenal won 2-0 on Sunday.", []),
])
def test_figures_shares_a_split_of_votes_is_two_counts_a_score_none(text, expected):
    assert figures(text) == expected

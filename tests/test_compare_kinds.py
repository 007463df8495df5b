"""Kinds of counted things (compare_kinds): dimensions, demonyms, stances, and what the stage makes of
them."""
from __future__ import annotations

import pytest

from storyline.article.nlp import load_nlp
from storyline.corpus.compare_kinds import different_kinds, is_unit_word, kind_apart, qualifiers
from storyline.model import Figure
from test_compare_stage import discrepancies, fig, make


def kinds_of(text: str, phrase: str, unit: str) -> set[str]:
    start = text.index(phrase)
    return qualifiers(load_nlp()(text), 0, Figure(start, start + len(phrase), phrase, 1, unit=unit))


@pytest.mark.parametrize(("text", "phrase", "unit", "kinds"), [
    ("About 50,000 anti-government protesters marched.", "About 50,000 anti-government protesters",
     "protester", {"anti-government"}),
    ("The army will send 2,000 U.S. troops.", "2,000 U.S. troops", "troop", {"U.S."}),
    ("The army will send 3,000 American troops.", "3,000 American troops", "troop", {"American"}),
    ("A strike killed 18 young children.", "18 young children", "child", {"young"}),
])
def test_compare_kinds_qualifiers_keep_written_words_and_no_punctuation(text, phrase, unit, kinds):
    assert kinds_of(text, phrase, unit) == kinds


@pytest.mark.parametrize(("a", "b", "different"), [
    ({"American"}, {"U.S."}, False),  # a demonym and its country's abbreviation
    ({"Ukrainian"}, {"Ukraine"}, False),
    ({"German"}, {"Germany"}, False),
    ({"British"}, {"UK"}, False),
    ({"Russian"}, {"Ukrainian"}, True),
    ({"Austrian"}, {"Australian"}, True),  # a shared prefix is no match
    ({"Palestinian"}, {"young"}, False),  # nationality and age: no shared dimension
    ({"young"}, {"elderly"}, True),
    ({"anti-government"}, {"pro-democracy"}, False),
    ({"anti-government"}, {"pro-government"}, True),
    ({"pro-Russian"}, {"pro-Ukrainian"}, True),
    ({"political"}, {"conservative", "foreign", "policy"}, True),
    ({"conservative"}, {"conservation"}, True),  # no 5-letter prefix collision
    ({"political", "Ukrainian"}, {"political"}, False),
])
def test_compare_kinds_different_kinds_by_dimension(a, b, different):
    assert different_kinds(a, b) is different
    assert different_kinds(b, a) is different


def test_compare_kinds_unit_word_is_the_unit_not_a_prefix():
    assert is_unit_word("soldier", "soldier") and is_unit_word("people", "person")
    assert not is_unit_word("personal", "person") and not is_unit_word("civil", "civilian")


def test_compare_kinds_kind_apart_only_when_one_side_is_a_casualty():
    assert kind_apart({"ill"}, {"ill", "confinement"}, {"ill"}, {"ill", "deaths"}, {"ill"}) == set()
    capture = {"ukrainian", "v:capture"}, {"Ukrainian"}
    taken = {"ukrainian", "v:take"}, {"Ukrainian"}
    assert kind_apart({"ukrainian"}, *capture, *taken) == {"ukrainian"}


def test_compare_kinds_nationality_and_abbreviation_counts_disagree():
    a = make("a", "The Pentagon will deploy 3,000 American troops to Poland next month.", "2026-02-01",
             [fig("3,000 American troops", 3000, "troop", "American troops deployed")])
    b = make("b", "The Pentagon will deploy 2,000 U.S. troops to Poland next month.", "2026-02-01",
             [fig("2,000 U.S. troops", 2000, "troop", "U.S. troops deployed")])
    assert len(discrepancies(a, b)) == 1
    c = make("c", "Moscow will deploy 2,000 Russian troops to Belarus next month.", "2026-02-01",
             [fig("2,000 Russian troops", 2000, "troop", "Russian troops deployed")])
    assert discrepancies(a, c) == []


def test_compare_kinds_crowd_estimates_of_one_march_disagree():
    a = make("a", "About 50,000 anti-government protesters marched through Vilna on Sunday, police said.",
             "2026-02-01", [fig("About 50,000 anti-government protesters", 50000, "protester",
                                "anti-government protesters marched", approximate=True)])
    b = make("b", "Around 100,000 pro-democracy protesters marched through Vilna on Sunday, organisers said.",
             "2026-02-01", [fig("Around 100,000 pro-democracy protesters", 100000, "protester",
                                "pro-democracy protesters marched", approximate=True)])
    assert len(discrepancies(a, b)) == 1


def test_compare_kinds_a_title_case_headline_marks_no_nationality():
    kinds = kinds_of("Airstrike Kills 18 Young Children In Northern Town", "18 Young Children", "child")
    assert kinds == {"young"}
    assert not different_kinds(kinds, {"Palestinian"})

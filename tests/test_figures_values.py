"""Figure values from spelled halves, word ranges and hyphenated scales, with the real spaCy model."""
from __future__ import annotations

import pytest

from storyline.article.figures import extract_figures
from storyline.article.nlp import load_nlp

pytestmark = pytest.mark.model


def one(text: str):
    found = extract_figures(load_nlp()(text))
    assert len(found) == 1, [(f.text, f.value) for f in found]
    return found[0]


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("The ferry takes a half hour to cross.", 0.5, "hour"),
    ("She waited half an hour for the bus.", 0.5, "hour"),
    ("Nearly half a million children miss school.", 5e5, "child"),
    ("One and a half million people voted.", 1.5e6, "people"),
    ("Half the 17-million population is poor.", 1.7e7, "population"),
])
def test_figures_values_halves_and_scales(text, value, unit):
    fig = one(text)
    assert (fig.value, fig.unit) == (pytest.approx(value), unit)


@pytest.mark.parametrize(("text", "low", "high", "unit"), [
    ("The tests take between six and eight weeks.", 6, 8, "week"),
    ("A company of 100-120 troops is on standby.", 100, 120, "troop"),
    ("Between two and three hundred people came.", 200, 300, "people"),
])
def test_figures_values_word_ranges_keep_both_ends(text, low, high, unit):
    """A range is two figures, valued at its ends, never added up (the second end's figure is inside
    the range's span)."""
    fig, second = extract_figures(load_nlp()(text), range_ends=True)
    assert one(text) == fig  # without range_ends, the range alone
    assert (second.value, second.low, second.high, second.unit) == (high, low, high, unit)
    assert (fig.value, fig.low, fig.high, fig.unit) == (low, low, high, unit)

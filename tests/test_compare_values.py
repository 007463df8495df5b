"""Rounding, ranges and bounds: when two figures can both be true (compare_values)."""
from __future__ import annotations

import pytest

from storyline.corpus.compare_values import compatible, interval, rounding_step
from storyline.model import Figure


def fig(text: str, value: float, approximate: bool = False, low: float | None = None,
        high: float | None = None) -> Figure:
    return Figure(0, len(text), text, value, unit="thing", approximate=approximate, low=low, high=high)


@pytest.mark.parametrize("value, step", [(400_000, 100_000), (412, 1), (1200, 100), (17, 1), (2.5, 0)])
def test_rounding_step(value, step):
    assert rounding_step(value) == step


@pytest.mark.parametrize("a, b, expected", [
    (fig("about 400", 400, True), fig("412", 412), True),  # rounding
    (fig("about 400", 400, True), fig("470", 470), False),
    (fig("17 miners", 17), fig("21 miners", 21), False),  # two exact counts
    (fig("17 miners", 17), fig("17 workers", 17), True),
    (fig("between 150 and 200", 150, low=150, high=200), fig("some 300", 300, True), False),
    (fig("between 150 and 200", 150, low=150, high=200), fig("about 190", 190, True), True),
    (fig("more than 30 mines", 30, True), fig("45 mines", 45), True),  # a bound
    (fig("more than 30 mines", 30, True), fig("3 mines", 3), False),
    (fig("up to 50", 50), fig("20", 20), True),
    (fig("approximately 400,000", 400_000, True), fig("370,000", 370_000), True),
    (fig("approximately 400,000", 400_000, True), fig("43,000", 43_000), False),
])
def test_compatible(a, b, expected):
    assert compatible(a, b) is expected
    assert compatible(b, a) is expected


def test_exact_count_allows_only_itself():
    assert interval(fig("413", 413)) == (413, 413)

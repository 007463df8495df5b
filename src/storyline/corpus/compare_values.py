"""Numbers as intervals: when two stated figures can both be true (rounding, ranges, bounds).

A figure stands for the interval of true values it allows: an exact count only itself, a round
number ("400,000") half of its rounding step on each side, an approximate one ("about 400")
at least 10% on each side, a range its two ends, a bound ("more than 30", "up to 30") everything past
it, and "nearly"/"almost" X the last 5% below X ("nearly $1 billion" is not $916 million, "nearly two
decades" not 18 years: a writer would round those down).
Two figures *disagree* when their intervals do not meet."""
from __future__ import annotations

import math
import re

from storyline.model import Figure

APPROX_SHARE = 0.10  # "about 400" covers 360..440 at least
ROUND_SHARE_CAP = 0.25  # a round number never stands for more than +-25% of itself
_LOWER = re.compile(r"\b(?:more than|over|at least|upwards of|in excess of|no fewer than|no less than)\s",
                    re.I)
_UPPER = re.compile(r"\b(?:less than|fewer than|under|up to|at most|no more than|nearly|almost)\s", re.I)
_PLUS = re.compile(r"\d(?:-|\s)?plus\b|\d\+", re.I)  # "15-plus years", "100+ people"
_NEAR = re.compile(r"\b(?:nearly|almost|close to|just under|just shy of)\s", re.I)
NEAR_SHARE = 0.05  # "nearly 1,000" covers 950..1,000: close below, not any smaller number


def rounding_step(value: float) -> float:
    """The place of the last non-zero digit of a whole number (400,000 -> 100,000; 412 -> 1)."""
    if value <= 0 or value != int(value):
        return 0.0
    step, v = 1, int(value)
    while v % 10 == 0 and v:
        v //= 10
        step *= 10
    return float(step)


def bound_kind(figure: Figure) -> str | None:
    """'lower' for "more than 30" and "15-plus years", 'near' for "nearly 30", 'upper' for "up to 30",
    else None."""
    if _LOWER.search(figure.text[:24]) or _PLUS.search(figure.text):
        return "lower"
    if _NEAR.search(figure.text[:24]):
        return "near"
    if _UPPER.search(figure.text[:24]):
        return "upper"
    return None


def interval(figure: Figure) -> tuple[float, float]:
    """The values ``figure`` allows (see the module docstring)."""
    low = figure.low if figure.low is not None else figure.value
    high = figure.high if figure.high is not None else figure.value
    low, high = min(low, high), max(low, high)
    slack = 0.0
    if figure.approximate:
        slack = max(APPROX_SHARE * high, min(rounding_step(high) / 2, ROUND_SHARE_CAP * high))
    elif low == high and rounding_step(high) >= 100:
        slack = min(rounding_step(high) / 2, 0.05 * high)
    bound = bound_kind(figure)
    if bound == "lower":
        return low, math.inf
    if bound == "upper":
        return 0.0, high
    if bound == "near":
        return high * (1 - NEAR_SHARE), high
    return low - slack, high + slack


def compatible(a: Figure, b: Figure) -> bool:
    """Can both figures be true of the same quantity?"""
    la, ha = interval(a)
    lb, hb = interval(b)
    return la <= hb and lb <= ha

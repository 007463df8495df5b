"""quantulum3's own English test cases as a regression suite for storyline's figure extractor.

    python bench/quantulum3_cases.py [--show-failures]

Data: ../shared/bench/quantulum3_tests/quantities.json and quantities.ambiguity.json (121 sentences).

A case PASSES when (1) every expected quantity is matched one-to-one by a figure of the same value and a
compatible unit, and (2) storyline reports no other figure. Values: equal within 1e-6 relative; for a
range, quantulum3 expects the mean of its ends, so a range figure is compared by (low + high) / 2.
Units: quantulum3's names are mapped to ours ("degree Celsius" -> celsius, "pound sterling" -> pound,
"percentage" -> percent, "count per week" -> "time per week"); an expected "dimensionless" quantity
accepts a figure with no unit or with a counted noun (quantulum3 has no notion of counted nouns), but
not one with a physical or currency unit. Rates join the unit ("$15.4/hour" -> "dollar per hour").
Cases whose expectations contradict storyline's rules (years such as 1979 or 2005 read as quantities,
product names such as "Voyager 2" or "Intel Core i7 860") fail by design; they are counted, not skipped.

Last measured (2026-11-23): 70/121 passed (57.9%) with value and unit; 89/121 (73.6%) on values alone.
Most failures are outside news vocabulary (TeV, fb−1, J/m^2, mGy, kibibytes, scientific notation with
units), "a gallon"/"a penny" read as 1, years expected as quantities, and accounting negatives "($99.99)".
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from storyline.article.figure_units import UNIT_ABBREVIATIONS, UNIT_WORDS
from storyline.article.figures import extract_figures
from storyline.article.nlp import load_nlp

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "bench" / "quantulum3_tests"
FILES = ("quantities.json", "quantities.ambiguity.json")
NAMES = {
    "degree celsius": "celsius", "degree fahrenheit": "fahrenheit", "pound sterling": "pound",
    "percentage": "percent", "cubic centimetre": "millilitre", "count": "time",
}
PHYSICAL = set(UNIT_WORDS.values()) | {u for u in UNIT_ABBREVIATIONS.values() if u}


def expected_unit(name: str) -> str:
    words = name.lower().split(" per ")
    return " per ".join(NAMES.get(w, w) for w in words)


def our_unit(fig) -> str | None:
    if fig.unit is None:
        return None
    return f"{fig.unit} per {fig.rate}" if fig.rate else fig.unit


def our_value(fig) -> float:
    if fig.low is not None and fig.high is not None:
        return (fig.low + fig.high) / 2
    return fig.value


def unit_ok(expected: str, fig) -> bool:
    unit = our_unit(fig)
    if expected == "dimensionless":
        return unit is None or unit.split(" per ")[0] not in PHYSICAL
    return unit == expected_unit(expected)


def close(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-6 * max(1.0, abs(a), abs(b))


def judge(case: dict, figures: list) -> tuple[bool, bool]:
    """(passed with units, passed on values alone) for one case."""
    left = list(figures)
    values_only = True
    units_too = True
    for exp in case["res"]:
        match = next((f for f in left if close(our_value(f), exp["value"]) and unit_ok(exp["unit"], f)), None)
        value_match = next((f for f in left if close(our_value(f), exp["value"])), None)
        values_only = values_only and value_match is not None
        if match is None:
            units_too = False
            if value_match is not None:
                left.remove(value_match)
            continue
        left.remove(match)
    return units_too and not left, values_only and not left


def main(argv: list[str]) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--show-failures", action="store_true")
    args = ap.parse_args(argv)
    cases = [c for name in FILES for c in json.loads((DATA / name).read_text(encoding="utf-8"))]
    nlp = load_nlp()
    passed = values = 0
    for case, doc in zip(cases, nlp.pipe(c["req"] for c in cases), strict=True):
        figures = extract_figures(doc)
        ok, ok_values = judge(case, figures)
        passed += ok
        values += ok_values
        if args.show_failures and not ok:
            expected = [(q["value"], q["unit"], q["surface"]) for q in case["res"]]
            print("-", case["req"], "\n  expected:", expected,
                  "\n  ours:    ", [(our_value(f), our_unit(f), f.text) for f in figures])
    n = len(cases)
    print(f"quantulum3 cases: {passed}/{n} passed ({100 * passed / n:.1f}%) with value and unit; "
          f"{values}/{n} ({100 * values / n:.1f}%) on values alone")


if __name__ == "__main__":
    main(sys.argv[1:])

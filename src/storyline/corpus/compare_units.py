"""Units that name the same measure under different words: a time span in decades and one in years
("nearly two decades" vs "18 years"), and a toll of "people" against a toll of one kind of person
("Thirty people were killed" vs "killed 25 civilians").

A general count of people and a count of one kind of person are compared only for one casualty
family (deaths, injuries) and only when each is its document's only count of that family: a
breakdown ("30 people, including 25 civilians", "25 civilians and five soldiers") is no dispute.
Two different kinds of person (civilians, soldiers) are never compared."""
from __future__ import annotations

from collections import Counter
from dataclasses import replace

from storyline.model import Figure

SCALED_UNITS = {"decade": ("year", 10.0), "century": ("year", 100.0)}
PERSON_UNITS = {"person", "people", "persons"}
HUMAN_UNITS = {
    "civilian", "resident", "villager", "worker", "miner", "passenger", "pilgrim", "student", "child",
    "woman", "man", "soldier", "troop", "officer", "policeman", "migrant", "refugee", "worshipper",
    "protester", "demonstrator", "tourist", "fan", "victim", "inmate", "prisoner", "patient", "employee",
    "adult", "teenager", "farmer", "fighter", "militant",
}
CASUALTIES = ("deaths", "injuries")


def scaled(figure: Figure) -> Figure:
    """The figure in the smaller unit when its unit is a multiple of one ("two decades" -> 20 years)."""
    unit = (figure.unit or "").lower()
    if unit not in SCALED_UNITS:
        return figure
    base, factor = SCALED_UNITS[unit]
    low = None if figure.low is None else figure.low * factor
    high = None if figure.high is None else figure.high * factor
    return replace(figure, value=figure.value * factor, low=low, high=high, unit=base)


def unit_group(unit: str) -> str:
    """The key under which figures are compared: "people" for every count of persons, else the unit."""
    return "people" if unit in PERSON_UNITS or unit in HUMAN_UNITS else unit


def casualty(words: set[str]) -> str | None:
    """The casualty family a figure's measure words name (one only), else None."""
    found = [c for c in CASUALTIES if c in words]
    return found[0] if len(found) == 1 else None


def sole_casualties(facts) -> set[tuple[str, str]]:
    """(document, family) pairs with exactly one count of persons of that casualty family; a count of
    persons in the sentence of a casualty count and naming no family of its own is of that family
    ("killed 25 civilians and five soldiers": the parse may give "five soldiers" no word of killing)."""
    people = [f for f in facts if unit_group(f.unit) == "people"]
    by_sentence: dict[tuple, set[str]] = {}
    for f in people:
        family = casualty(f.words)
        if family:
            by_sentence.setdefault((f.article.id, f.sentence), set()).add(family)
    counts: Counter = Counter()
    for f in people:
        mates = by_sentence.get((f.article.id, f.sentence), set())
        family = casualty(f.words) or (next(iter(mates)) if len(mates) == 1 and f.sentence else None)
        counts[(f.article.id, family)] += 1
    return {k for k, n in counts.items() if n == 1 and k[1]}


def units_meet(a, b, sole: set[tuple[str, str]]) -> bool:
    """May two facts of one unit group be compared: the same unit, or a count of people and a count of
    one kind of person that are each their document's only count of the same casualty family?"""
    if a.unit == b.unit:
        return True
    if not (a.unit in PERSON_UNITS) ^ (b.unit in PERSON_UNITS):
        return a.unit in PERSON_UNITS and b.unit in PERSON_UNITS  # "person" and "people"
    family = casualty(a.words)
    return family is not None and family == casualty(b.words) \
        and (a.article.id, family) in sole and (b.article.id, family) in sole

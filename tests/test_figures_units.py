"""Units of counted designations and names, measures headed by common nouns, and parts of totals,
with the real spaCy model; invented sentences."""
from __future__ import annotations

import pytest

from storyline.article.figures import extract_figures
from storyline.article.nlp import load_nlp

pytestmark = pytest.mark.model


def figures(text: str):
    return extract_figures(load_nlp()(text))


def one(text: str):
    found = figures(text)
    assert len(found) == 1, [(f.text, f.value, f.unit) for f in found]
    return found[0]


@pytest.mark.parametrize(("text", "unit"), [
    ("Egypt received four additional S-400 from Moscow.", "S-400"),
    ("The squadron lost two F-16s over the sea.", "F-16"),
    ("The carrier ordered three Boeing 737s in March.", "Boeing 737"),
    ("Next spring, four more S-400 anti-aircraft defence systems will arrive.", "system"),
    ("An estimated 2,000 Canadians live in the town.", "Canadian"),
    ("Five Gazans were wounded.", "Gazan"),
])
def test_figures_units_designations_and_names(text, unit):
    """A counted designation keeps its letter case; a noun it modifies is the unit."""
    assert one(text).unit == unit


@pytest.mark.parametrize(("text", "head"), [
    ("The five-year Ministry plan was dropped.", "plan"),
    ("The three-year Agency for Rural Aid grant will fund wells.", "grant"),
])
def test_figures_units_measure_is_headed_by_a_common_noun(text, head):
    fig = one(text)
    assert fig.unit == "year" and fig.measure.split()[-1] == head, fig.measure


@pytest.mark.parametrize(("text", "word"), [
    ("Six rockets were fired and the other two rockets fell short.", "other"),
    ("The remaining four hostages were freed.", "remaining"),
    ("Rebels sent another three battalions.", "another"),
])
def test_figures_units_parts_of_a_total_are_marked(text, word):
    """A part of a total starts at "other"/"remaining"/"another" and its measure says so."""
    part = figures(text)[-1]
    assert part.text.lower().startswith(word) and part.measure.startswith(word)


def test_figures_units_spaced_degrees_and_watt_hours():
    assert [(f.value, f.unit) for f in figures("It was 30 C outside and the cell stored 50 Wh.")] == [
        (30, "celsius"), (50, "watt hour")]


@pytest.mark.parametrize(("text", "measure"), [
    ("About 3,000 women were raped in the war.", "women raped"),
    ("Jets dropped five bombs on the camp.", "bombs dropped"),
])
def test_figures_units_measure_verb_participles(text, measure):
    """A passive verb is written as in the text; an active one becomes its participle ("drop" -> dropped)."""
    assert one(text).measure == measure


@pytest.mark.parametrize(("text", "unit"), [
    ("Levels often rise to 200 ng/ml after a dose.", "nanogram per millilitre"),
    ("The reading was 7 mg/dL on Monday.", "milligram per decilitre"),
    ("Winds reached 90 km/h overnight.", "kilometre per hour"),
])
def test_figures_units_ratio_of_abbreviations(text, unit):
    assert one(text).unit == unit


def test_figures_units_zero_compound_is_not_a_count():
    assert figures("Several states have zero-tolerance policies for drivers.") == []


@pytest.mark.parametrize(("text", "unit"), [
    ("Two police reports said the man was hurt.", "report"),
    ("Ten arms dealers were arrested.", "dealer"),
    ("Rebels hold 1.5 million residents hostage.", "resident"),
])
def test_figures_units_plural_noun_modifier_is_not_the_unit(text, unit):
    assert one(text).unit == unit


@pytest.mark.parametrize("text", [
    "The makers' index rose to 61.3 last month from 59.9 in March.",
    "Prices climbed 4% this year, the agency said.",
    "The gauge stood at 48.2 the previous week.",
])
def test_figures_units_time_adverbial_after_a_number_is_not_its_unit(text):
    units = {f.unit for f in figures(text)}
    assert not units & {"month", "year", "week"}, units


@pytest.mark.parametrize(("text", "kept"), [
    ("The minister said output would grow by 3% in 2011/12.", {3.0}),
    ("Fees rose in 1999/2000 to 5,000 pounds.", {5000.0}),
    ("Only 3/4 of the seats were filled.", {0.75}),
])
def test_figures_units_a_year_pair_is_a_date_not_a_fraction(text, kept):
    assert {f.value for f in figures(text)} == kept


def test_figures_units_noun_of_a_compound_adjective_is_not_the_unit():
    found = figures("The town enjoyed 12 relatively trouble-free years before the flood.")
    assert [(f.value, f.unit) for f in found] == [(12.0, "year")]


@pytest.mark.parametrize("text", [
    "Witnesses should call 0845 8 404 404 with information.",
    "The helpline is 0800 555 111 for advice.",
])
def test_figures_units_phone_numbers_are_not_figures(text):
    assert figures(text) == []


@pytest.mark.parametrize(("text", "unit"), [
    ("He had 12 previous convictions for theft.", "conviction"),
    ("The club honoured 5 past champions.", "champion"),
    ("There were 30 drug-related deaths in the city.", "death"),
    ("The state sold 40 state-owned firms.", "firm"),
])
def test_figures_units_previous_past_and_participle_compounds_keep_the_noun(text, unit):
    assert one(text).unit == unit

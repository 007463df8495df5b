"""Figure extraction rules on invented sentences, with the real spaCy model."""
from __future__ import annotations

import pytest

from storyline.article.figures import extract_figures
from storyline.article.nlp import load_nlp

pytestmark = pytest.mark.model


def figures(text: str):
    return extract_figures(load_nlp()(text))


def one(text: str):
    found = figures(text)
    assert len(found) == 1, [(f.text, f.value) for f in found]
    assert text[found[0].start:found[0].end] == found[0].text
    return found[0]


def ranged(text: str):
    """The two figures of a range: the range (valued at its first end) and its second end inside it."""
    first, second = extract_figures(load_nlp()(text), range_ends=True)
    assert first.start < second.start and second.end == first.end
    assert (second.value, second.low, second.high) == (first.high, first.low, first.high)
    return first


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("The army said 12,500 soldiers had been trained.", 12500, "soldier"),
    ("Officials counted four damaged bridges.", 4, "bridge"),
    ("The company bought a dozen trucks.", 12, "truck"),
    ("Rebels hold 1.5 million residents hostage.", 1.5e6, "resident"),
    ("Two-thirds of voters backed the plan.", 2 / 3, "voter"),
    ("They agreed a 60-day truce.", 60, "day"),
    ("The five-year plan was dropped.", 5, "year"),
    ("The fund lost $4.2bn last quarter.", 4.2e9, "dollar"),
    ("Tickets cost €35 each.", 35, "euro"),
    ("The fine was £2,000.", 2000, "pound"),
    ("Inflation rose to 7.5 per cent.", 7.5, "percent"),
    ("Turnout was 64% in the capital.", 64, "percent"),
    ("The convoy drove 300 km overnight.", 300, "kilometre"),
])
def test_figures_rules_value_and_unit(text, value, unit):
    fig = one(text)
    assert fig.value == pytest.approx(value)
    assert fig.unit == unit


@pytest.mark.parametrize("hedge", ["approximately", "about", "around", "nearly", "almost", "more than",
                                   "over", "up to", "some", "roughly", "at least"])
def test_figures_rules_approximate(hedge):
    fig = one(f"The storm destroyed {hedge} 600 houses.")
    assert fig.approximate and fig.value == 600 and fig.text.startswith(hedge.split()[0])


def test_figures_rules_exact_is_not_approximate():
    assert not one("The storm destroyed 600 houses.").approximate


def test_figures_rules_preposition_over_is_not_a_hedge():
    fig = one("Moscow wants control over three provinces.")
    assert fig.value == 3 and not fig.approximate


@pytest.mark.parametrize(("text", "low", "high"), [
    ("Between 200 and 300 protesters gathered.", 200, 300),
    ("Police arrested 20-30 people.", 20, 30),
    ("The talks could take 3 to 5 weeks.", 3, 5),
    ("Prices went from 4.8 to 4.7 percent.", 4.8, 4.7),
])
def test_figures_rules_ranges(text, low, high):
    fig = ranged(text)
    assert (fig.low, fig.high, fig.value) == (low, high, low)


def test_figures_rules_change_is_two_figures():
    found = figures("Shares rose 6.5% to 164 pence.")
    assert [f.value for f in found] == [6.5, 164]


@pytest.mark.parametrize(("text", "rate"), [
    ("Some 2,500 soldiers are dying each week.", "week"),
    ("The plant makes 40 cars per day.", "day"),
    ("She earns $90,000 a year.", "year"),
    ("Oil sold at $80 per barrel.", "barrel"),
])
def test_figures_rules_rates(text, rate):
    assert one(text).rate == rate


@pytest.mark.parametrize("text", [
    "The summit opened on March 29 in Geneva.",
    "It was signed on 12 June 2019.",
    "The war began in 2014 and escalated in February 2022.",
    "The vote is at 07:30 on Monday.",
    "Polls close at 8 pm tonight.",
    "She finished 21st in the race.",
    "He is the third candidate to withdraw.",
    "Call the hotline on +44 20 7946 0958 for details.",
    "Call 555-123-4567 for details.",
    "The Boeing 737 was grounded.",
    "Leaders met at the G7 summit.",
    "Cases of COVID-19 rose again.",
    "Section 230 shields platforms.",
    "Hundreds of people marched.",
    "Dozens were injured and thousands fled.",
    "The two sides met in Istanbul.",
    "He spoke to the leader one on one.",
    "It is one of the largest ports in Europe.",
    "No one was hurt.",
    "The home side won 2-0 on Saturday.",
    "The reforms of the 1990s failed.",
])
def test_figures_rules_not_figures(text):
    assert figures(text) == [], text


def test_figures_rules_ellipsis_takes_the_coordinated_unit():
    found = figures("He put losses at 43,000 soldiers killed and 370,000 wounded.")
    assert [(f.value, f.unit) for f in found] == [(43000, "soldier"), (370000, "soldier")]
    assert found[0].measure == "soldiers killed"
    assert found[1].measure == "soldiers wounded"


def test_figures_rules_unit_shared_backwards():
    found = figures("Lunch costs eight or nine euros.")
    assert [(f.value, f.unit) for f in found] == [(8, "euro"), (9, "euro")]


@pytest.mark.parametrize(("text", "measure"), [
    ("The sides agreed to exchange 1,000 prisoners of war.", "prisoners of war exchanged"),
    ("Officials said 12 civilians died overnight.", "civilians died"),
    ("A 30-day ceasefire was proposed.", "ceasefire"),
])
def test_figures_rules_measure(text, measure):
    assert one(text).measure == measure


@pytest.mark.parametrize(("text", "subject"), [
    ("France's defence budget rose by 3 percent.", "France"),
    ("Germany's army has 180,000 soldiers.", "Germany"),
])
def test_figures_rules_subject(text, subject):
    assert one(text).subject_name == subject


def test_figures_rules_no_subject_without_possessor():
    assert one("The army has 180,000 soldiers.").subject_name is None


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("Temperatures fell to minus 30 degrees Celsius.", -30, "celsius"),
    ("The flat sold for AUD1.5m last week.", 1.5e6, "australian dollar"),
    ("The yen traded at 110 JPY on Friday.", 110, "yen"),
    ("Shares closed at 164p.", 164, "penny"),
    ("The chip runs at 2.4Ghz.", 2.4, "gigahertz"),
    ("The fossil sits in a 300,000 year-old layer.", 300000, "year"),
])
def test_figures_rules_written_units_and_signs(text, value, unit):
    fig = one(text)
    assert (fig.value, fig.unit) == (pytest.approx(value), unit)


@pytest.mark.parametrize(("text", "low", "high"), [
    ("The fine could reach $3 to $5 billion.", 3e9, 5e9),
    ("The crowd numbered four to five thousand people.", 4000, 5000),
    ("Bitcoin slid from $36,040 at 10pm to $34,935 by dawn.", 36040, 34935),
])
def test_figures_rules_ranges_share_scale_and_span_words(text, low, high):
    fig = ranged(text)
    assert (fig.low, fig.high) == (pytest.approx(low), pytest.approx(high))


@pytest.mark.parametrize("text", [
    "Its 2003 results were weak.",
    "The temple was built between 1000 and 1260 AD.",
    "The tournament runs Sept. 20-24 in Denver.",
    "The game was tied at 89-89.",
    "Tests followed ISO 3888-2 rules.",
])
def test_figures_rules_more_non_figures(text):
    assert figures(text) == [], [(f.text, f.value) for f in figures(text)]


def test_figures_rules_year_like_count_with_plural_noun_is_a_figure():
    fig = one("Some 2000 soldiers died.")
    assert (fig.value, fig.unit) == (2000, "soldier")


def test_figures_rules_singular_unit_before_noun():
    fig = one("They signed a two year deal.")
    assert (fig.value, fig.unit, fig.measure) == (2, "year", "deal")


@pytest.mark.parametrize(("text", "measure"), [
    ("Inflation rose to 7.5 per cent in May.", "Inflation rose"),
    ("He won a $700,000 award.", "award"),
])
def test_figures_rules_amount_measure(text, measure):
    assert one(text).measure == measure


@pytest.mark.parametrize("text", [
    "He said 9/11 changed everything.",
    "It gave premonitions of a 1776-like rebellion.",
    "He spoke to Vermont's Seven Days about it.",
    "The fleet sailed on June 2, 1609.",
])
def test_figures_rules_dates_and_names_in_disguise(text):
    assert figures(text) == [], [(f.text, f.value) for f in figures(text)]


def test_figures_rules_part_of_whole_shares_the_unit():
    assert [(f.value, f.unit) for f in figures("Only 60 of 300 colonists survived.")] == [
        (60, "colonist"), (300, "colonist")]


def test_figures_rules_half_a_dozen():
    assert one("At least half a dozen boats sank.").value == 6


def test_figures_rules_apposed_ages_are_ages_and_batting_lines_nothing():
    assert [(f.text, f.measure) for f in figures("Bunch, then 22, was sentenced.")] == [("22", "age")]
    assert figures("He went 1-for-7 at the plate.") == []

"""Units that name one measure under different words (compare_units): decades as years, tolls of people
against tolls of one kind of person (invented sentences)."""
from __future__ import annotations

from storyline.article.figures import extract_figures
from storyline.article.nlp import load_nlp
from storyline.corpus.compare_units import scaled, unit_group
from storyline.model import Article, Figure
from test_compare_stage import discrepancies, fig, make


def test_compare_units_decades_are_counted_in_years():
    two = scaled(Figure(0, 18, "nearly two decades", 2, unit="decade", approximate=True))
    assert (two.value, two.unit, two.text) == (20, "year", "nearly two decades")
    assert scaled(Figure(0, 8, "18 years", 18, unit="year")).value == 18
    assert unit_group("civilian") == unit_group("people") == "people" and unit_group("tank") == "tank"


def test_compare_units_a_toll_of_people_and_of_civilians_disagree():
    a = make("a", "Thirty people were killed in the market attack on Friday, police said.", "2026-02-01",
             [fig("Thirty people", 30, "person", "people killed")])
    b = make("b", "The attack on the market on Friday killed 25 civilians, a local official said.",
             "2026-02-01", [fig("25 civilians", 25, "civilian", "civilians killed")])
    found = [sorted(v.text for v in d.values) for d in discrepancies(a, b)]
    assert found == [["25 civilians", "Thirty people"]]


def test_compare_units_a_breakdown_by_kind_of_person_is_no_dispute():
    a = make("a", "Thirty people were killed in the market attack on Friday, police said.", "2026-02-01",
             [fig("Thirty people", 30, "person", "people killed")])
    b = make("b", "The attack on the market on Friday killed 25 civilians and five soldiers, an official "
             "said.", "2026-02-01", [fig("25 civilians", 25, "civilian", "civilians killed"),
                                     fig("five soldiers", 5, "soldier", "soldiers killed")])
    assert discrepancies(a, b) == []
    c = make("c", "The attack on the market on Friday killed 12 soldiers, an official said.", "2026-02-01",
             [fig("12 soldiers", 12, "soldier", "soldiers killed")])
    d = make("d", "The attack on the market on Friday killed 20 civilians, a doctor said.", "2026-02-01",
             [fig("20 civilians", 20, "civilian", "civilians killed")])
    assert discrepancies(c, d) == []  # two kinds of person are two counts


def _staged(doc_id: str, text: str) -> Article:
    """An article whose figures come from the real figure extractor (measures as it reads them)."""
    article = make(doc_id, text, "2026-02-01")
    article.figures = extract_figures(load_nlp()(text))
    return article


def test_compare_units_a_conjoined_breakdown_from_the_figure_stage_is_no_dispute():
    a = _staged("a", "Thirty people were killed in the attack on the army base near Gao, a spokesman said.")
    b = _staged("b", "The attack on the army base near Gao killed 25 civilians and five soldiers, the army "
                "said.")
    assert {f.text for f in b.figures} >= {"25 civilians", "five soldiers"}
    assert discrepancies(a, b) == []
    c = _staged("c", "The attack on the army base near Gao killed 25 civilians, the army said.")
    found = [sorted(v.text for v in d.values) for d in discrepancies(a, c)]
    assert found == [["25 civilians", "Thirty people"]]

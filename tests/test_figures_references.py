"""Numbers that refer instead of count (footnotes, citations, labels, phones, ages) and bare numbers,
with the real spaCy model; invented sentences."""
from __future__ import annotations

import pytest

from storyline.article.figure_references import reference_reason
from storyline.article.figures import extract_figures
from storyline.article.nlp import load_nlp

pytestmark = pytest.mark.model


def figures(text: str):
    return extract_figures(load_nlp()(text))


@pytest.mark.parametrize("text", [
    "The pastor called it “a gift from heaven”12 and moved on.",
    "Most of the diary survives.7 The rest burned.",
    "See Collected Letters, vol. 2 of the series.",
    "The map is reproduced on pp. 140–152 of the atlas.",
    "Harlan, “River Towns,” in Essays (Denver: Plains Press, 1987), 33–47; see also Harlan.",
    "Riverside Quarterly 12, no. 3 [Spring 1990]: 201–230.",
    "Mark 4:3–9 tells the parable.",
    "Call the helpline at 1-800-555-HELP (4357) for advice.",
    "Neighbours dialled 911 when the shooting began.",
    "Season 4 arrives in May, and Episode 2 is the best.",
    "Marta has known him since he was 12.",
    "She was only 9 when the war began.",
    "The scheme covers workers under 60 in the region.",
    "He posted as @river_77 on the forum.",
    "Later editions of the book are found in Maple Histories, 318; see the index.",
    "See the Weekly Star, March 1840, [3].) The letters followed.",
    "Letters: Volume 2: 1840–1848, 57; Harlan, Essays.",
    "Harlan, Essays, 1840–1848, 12–19 (draft 3), in the archive.",
    "The novel evokes the dread of post-9/11 life.",
    "First Posted: 08 / 04 / 11 Updated: 10 / 04 / 11",
])
def test_figures_references_are_not_figures(text):
    assert figures(text) == [], [(f.text, f.value) for f in figures(text)]


@pytest.mark.parametrize(("text", "value"), [
    ("Gunmen opened fire, killing 9 and wounding four.", 9),
    ("The death toll now stands at 23.", 23),
    ("Three shells were fired, of which two exploded.", 3),
    ("Two of the trucks crossed the border.", 2),
    ("The toll was 40 by Friday.", 40),
    ("Police numbers had fallen by 1,450 since 2010.", 1450),
    ("The shelling left at least seven dead and 12 injured.", 7),
    ("The index (16,020.5 up 40.2 points) closed higher.", 16020.5),
    ("In 2003, 40 people died.", 40),
    ("The offense gained minus-5 yards.", -5),
])
def test_figures_references_bare_numbers_that_count_stay(text, value):
    found = figures(text)
    assert found and found[0].value == value, [(f.text, f.value) for f in found]


@pytest.mark.parametrize(("text", "reason"), [
    ("“a gift”12 and", "footnote"), ("see vol. 2 of", "citation"), ("in Season 4 of", "label"),
    ("call 911 now", "phone"), ("call 1-800-555-HELP now", "phone"),
])
def test_figures_references_reason_codes(text, reason):
    start = next(i for i, c in enumerate(text) if c.isdigit())
    end = start
    while end < len(text) and text[end].isdigit():
        end += 1
    assert reference_reason(text, start, end, float(text[start:end])) == reason


@pytest.mark.parametrize(("text", "values"), [
    ("Page 3 of the report was blank.", []),
    ("The rally drew 300 people to Gate 5.", [300]),
])
def test_figures_references_labels_are_dropped_counts_kept(text, values):
    assert [f.value for f in figures(text)] == values

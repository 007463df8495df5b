"""Surname matching: whole surnames only, and the right person when several share one."""
from __future__ import annotations

import pytest

from storyline.article.speakers import same_surname
from test_quotes_direct import quotes_of


@pytest.mark.parametrize("a,b", [("Harris", "Harrison"), ("Roberts", "Robertson"), ("Clinton", "Clint"),
                                 ("Bell", "Bello")])
def test_speakers_surnames_prefix_is_not_the_same_surname(a, b):
    assert not same_surname(a, b) and not same_surname(b, a)


@pytest.mark.parametrize("a,b", [("Zelensky", "Zelenskiy"), ("Zelenskyy", "Zelensky"), ("Moreau", "MOREAU")])
def test_speakers_surnames_variants_and_case_match(a, b):
    assert same_surname(a, b)


@pytest.mark.model
def test_speakers_surnames_harrison_is_not_kamala_harris():
    text = ("Vice President Kamala Harris visited the plant in Ohio on Monday.\n"
            "“The plant will stay open for years,” Harrison told reporters after the visit.\n")
    q = next(q for q in quotes_of(text) if q.text.startswith("The plant"))
    assert q.speaker_text == "Harrison"
    assert q.speaker_name != "Kamala Harris"

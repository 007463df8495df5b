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


@pytest.mark.model
def test_speakers_surnames_bare_surname_goes_to_the_person_not_the_relative():
    text = ("Student Tomas Varga won his appeal against extradition on Monday.\n"
            "Tomas Varga said he was relieved by the ruling.\n"
            "His father, Peter Varga, thanked the judges outside the court.\n"
            "“I can finally sleep again,” Varga told reporters.\n"
            "Mr Varga said that he would now return to his studies.\n")
    found = quotes_of(text)
    for words in ("I can finally", "he would now"):
        q = next(q for q in found if q.text.startswith(words))
        assert q.speaker_name == "Tomas Varga"


@pytest.mark.model
def test_speakers_surnames_wife_named_last_does_not_take_the_quote():
    text = ("Former Governor Frank Delaney campaigned in Ohio for his wife Mary Delaney.\n"
            "Frank Delaney said the health law needed repairs.\n"
            "“The system is broken for working families,” Delaney said.\n")
    q = next(q for q in quotes_of(text) if q.text.startswith("The system"))
    assert q.speaker_name == "Frank Delaney"


@pytest.mark.model
def test_speakers_surnames_tied_namesakes_stay_unresolved():
    text = ("Anna Kovacs and Bela Kovacs met the mayor on Friday.\n"
            "“We need a new bridge,” Kovacs said after the meeting.\n")
    q = next(q for q in quotes_of(text) if q.text.startswith("We need"))
    assert q.speaker_text == "Kovacs" and q.speaker_name is None

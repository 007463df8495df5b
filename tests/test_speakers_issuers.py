"""Speakers found past the word the parse hangs a report on: who issued a document that says
something, the subject of a passive verb a participle hangs on, a person after "from" before "who"."""
from __future__ import annotations

import pytest

from test_quotes_direct import quotes_of

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "speaker"), [
    ("The harbour authority issued a statement saying the ferry would resume on Monday.",
     "The harbour authority"),
    ("Late on Friday the union sent out a press release saying the strike would go ahead.", "the union"),
])
def test_speakers_issuers_of_a_document_that_says(text, speaker):
    [q] = quotes_of(text)
    assert q.speaker_text == speaker and q.kind == "indirect"


def test_speakers_issuers_a_statement_of_its_own_stays_the_statement():
    [q] = quotes_of("A statement posted on the website said the ferry would resume on Monday.")
    assert q.speaker_text == "A statement"


def test_speakers_issuers_a_participle_on_a_passive_verb_is_its_subjects():
    text = "Singer Lena Dahl was booed by the crowd after telling fans that the tour was over."
    [q] = quotes_of(text)
    assert q.speaker_name == "Lena Dahl"


def test_speakers_issuers_who_after_a_person_named_after_from():
    text = "The plan drew a sharp reply from Olaf Berg, who said that the budget could not be met."
    [q] = quotes_of(text)
    assert q.speaker_name == "Olaf Berg"

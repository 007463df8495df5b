"""Speakers of reports the parser coordinated oddly (invented sentences): a second "said" parsed inside
the first one's content clause, and a stack of descriptions ending with the person's name."""
from __future__ import annotations

import pytest

from test_quotes_direct import quotes_of

pytestmark = pytest.mark.model


def test_speakers_second_report_of_the_same_verb_keeps_the_subject():
    text = "Mayor Ann Cole said the bridge would reopen in May and said the city would pay for the repairs."
    found = [(q.text, q.speaker_name) for q in quotes_of(text)]
    assert found == [("the bridge would reopen in May", "Ann Cole"),
                     ("the city would pay for the repairs", "Ann Cole")]


def test_speakers_stack_of_descriptions_ends_with_the_name():
    text = ("GOP presidential contender and former neurosurgeon Ben Carson responded on Sunday to "
            "accusations that he exaggerated details of his youth.")
    [q] = quotes_of(text)
    assert q.speaker_name == "Ben Carson" and "contender" not in q.speaker_text


def test_speakers_two_people_coordinated_keep_the_first_phrase():
    [q] = quotes_of("The mayor and Ben Carson said the bridge would reopen in May.")
    assert q.speaker_text != "Ben Carson"


def test_speakers_second_report_of_another_verb_keeps_both_clauses():
    text = ("Tom Lawler wrote that his parents got telegrams from famous singers and said he once got a "
            "dance lesson from an actress.")
    found = [(q.text, q.cue, q.speaker_name) for q in quotes_of(text)]
    assert found == [("his parents got telegrams from famous singers", "wrote", "Tom Lawler"),
                     ("he once got a dance lesson from an actress", "said", "Tom Lawler")]


def test_speakers_subject_of_a_passive_cue_is_not_the_speaker():
    [q] = quotes_of("It has been called the “dirty underbelly” of the electronics trade.")
    assert q.speaker_text is None


def test_speakers_pronoun_of_a_non_speaking_subject_gives_no_gender():
    text = ("Douglas Orr, an anthropologist at the museum, examined the bones. This young girl was eaten. "
            "She has been reconstructed from her skull. In fact, he says the cuts were made by one "
            "right-handed person.")
    [q] = quotes_of(text)
    assert q.speaker_text == "he" and q.speaker_name == "Douglas Orr"

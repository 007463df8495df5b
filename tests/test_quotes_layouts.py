"""Quotes whose attribution sits in another sentence or paragraph, and look-alikes that are not quotes
(invented sentences)."""
from __future__ import annotations

import pytest

from test_quotes_direct import quotes_of

pytestmark = pytest.mark.model


def test_quotes_question_then_attribution_in_the_next_sentence():
    text = ('The result surprised many.\n"Who saw this coming?" The Gazette\'s Ana Ruiz wrote. '
            '"Nobody in this newsroom did."')
    found = quotes_of(text)
    assert [q.text for q in found] == ["Who saw this coming?", "Nobody in this newsroom did."]
    assert all(q.speaker_name == "Ana Ruiz" for q in found)
    assert found[0].cue == "wrote"


def test_quotes_rubric_label_is_not_a_speaker():
    text = ('ANALYSIS: Spain - the budget comes with strings attached\n'
            '"They have promised this before," said one economist.')
    found = quotes_of(text)
    assert [q.speaker_text for q in found] == ["one economist"]


def test_quotes_transcript_label_still_a_speaker():
    [q] = quotes_of("WALLACE: Let us start with the budget talks today.")
    assert q.speaker_text == "WALLACE" and q.text.startswith("Let us start")


def test_quotes_roundup_name_heading_above_the_quote():
    text = ("Here are the forecasts that missed:\nAnn Cole:\n"
            "“I believe the result will be a landslide for the challenger.” – Oct. 25, on radio.\n"
            "The Herald’s Tom Reyes:\n“I got this, challenger by three points.” — Nov. 2.\n"
            "Read more:\n“Another long quote that nobody in this article said at all.”")
    found = quotes_of(text)
    assert [q.speaker_name for q in found] == ["Ann Cole", "Tom Reyes", None]


def test_quotes_reporting_paragraph_ending_with_a_colon():
    text = "Mayor Ann Cole told reporters on Monday:\n“The bridge will reopen before the winter comes.”"
    [q] = quotes_of(text)
    assert q.cue == "told" and q.speaker_name == "Ann Cole"


def test_quotes_relative_who_names_the_person_before_it():
    [q] = quotes_of('His feud with Tom Baker (who had called him a "fraud") only fed the story.')
    assert q.text == "fraud" and q.speaker_name == "Tom Baker"


def test_quotes_quoted_name_of_the_medium_is_not_a_quote():
    assert quotes_of('The prosecution view was stated most clearly in a May 3 "arrest request" '
                     'sent to the judge.') == []


def test_quotes_said_in_a_statement_that_clause():
    text = ("The Federation of Mine Workers said in a statement that the testimony showed the need "
            "for “criminal, not only administrative” proceedings.")
    [q] = quotes_of(text)
    assert q.kind == "mixed" and q.text.startswith("the testimony showed")
    assert q.cue == "said"


def test_quotes_attribution_clause_is_not_reported_content():
    text = ("Around 2,000 people protested in Lyon on Sunday before occupying the town hall, where they "
            "hung a banner from a balcony, a local reporter said.")
    [q] = quotes_of(text)
    assert q.speaker_text == "a local reporter" and q.text.startswith("Around 2,000 people protested")


def test_quotes_according_to_inside_a_reply_is_not_a_quote_of_its_own():
    text = ('Asked by a radio host whether she ruled out standing for the top office through 2016, Clinton, '
            'according to a reporter, replied: "Oh yes, yes. I am very pleased to be doing what I do."')
    assert [q.kind for q in quotes_of(text)] == ["direct"]


def test_quotes_section_heading_does_not_override_the_attribution():
    text = ("Reaction in Moscow:\n“We will not accept this ultimatum from anyone,” Kremlin spokesman Dmitry "
            "Peskov said.")
    [q] = quotes_of(text)
    assert q.speaker_name == "Dmitry Peskov" and q.cue == "said"


def test_quotes_state_in_quote_marks_is_still_a_fragment():
    [q] = quotes_of('The minister described the country as being in "a state of war" with its neighbour.')
    assert q.text == "a state of war" and q.speaker_text == "The minister"


@pytest.mark.parametrize(("text", "speaker"), [
    ('Officials in Texas, who called the storm "historic", urged residents to stay home.', "Officials"),
    ('A senior official in Kyiv, who called the offer "a trap", declined to comment.', "A senior official"),
])
def test_quotes_who_after_a_place_is_the_person(text, speaker):
    [q] = quotes_of(text)
    assert q.speaker_text == speaker


def test_quotes_according_to_at_the_start_still_reports():
    found = quotes_of("According to police, the driver claimed he had been blinded by the sun.")
    assert [q.speaker_text for q in found] == ["police", "the driver"]


def test_quotes_what_was_found_is_not_said_by_the_finder():
    [q] = quotes_of('Police found a note in the car:\n"I am sorry for everything that happened here."')
    assert q.speaker_text is None


def test_quotes_a_different_verb_inside_a_report_is_the_inner_subjects():
    found = quotes_of("Officials said the rebels seized the airport and announced that they would form a "
                      "new government.")
    assert ("they would form a new government", "the rebels") in {(q.text, q.speaker_text) for q in found}

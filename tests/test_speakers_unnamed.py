"""Pronouns stop at unnamed people, groups and organisations instead of skipping back to an earlier
name (invented sentences)."""
from __future__ import annotations

import pytest

from test_quotes_direct import quotes_of

pytestmark = pytest.mark.model


def speakers(text: str) -> list[tuple[str | None, str | None]]:
    return [(q.speaker_text, q.speaker_name) for q in quotes_of(text)]


def test_speakers_she_after_an_unnamed_woman_is_not_the_earlier_man():
    text = ("Police official Denis Moreau said the man was armed. A woman who lives in the building said "
            'the suspect had moved in recently. "He is a child," she said.')
    assert speakers(text)[-1] == ("she", None)


def test_speakers_she_skips_an_unnamed_man():
    text = ('Anna Berg, the mayor, spoke first. A man at the vigil said the town was in shock. '
            '"We are broken," she said.')
    assert speakers(text)[-1] == ("she", "Anna Berg")


def test_speakers_they_after_unnamed_authorities_is_not_an_earlier_name():
    text = ("The Quebec government said it would help. Authorities said the other man was a witness. "
            "They said they did not believe there were other suspects.")
    assert speakers(text)[-1] == ("They", None)


def test_speakers_it_after_an_unnamed_group_is_not_an_earlier_name():
    text = ('The Red Cross said it would send staff. A consumer rights group asked a court to investigate '
            'what it described as a "shameful spectacle" and demanded action.')
    assert speakers(text)[-1] == ("it", None)


def test_speakers_dateline_is_not_part_of_the_speaker():
    text = ("CHRISTCHURCH, New Zealand (Reuters) - Foreign Minister Anna Berg said the talks would resume "
            "in May.")
    assert speakers(text) == [("Foreign Minister Anna Berg", "Anna Berg")]


def test_speakers_hyphenated_first_name_is_kept_whole():
    text = "Jean-Luc Moreau said the talks would resume. Later Moreau said the vote would follow in June."
    assert [name for _, name in speakers(text)] == ["Jean-Luc Moreau", "Jean-Luc Moreau"]


def test_speakers_dashes_around_an_aside_are_no_dateline():
    text = "Boris Held - the former prime minister - said the deal was a triumph for the country."
    assert speakers(text) == [("Boris Held", "Boris Held")]


def test_speakers_unnamed_person_who_does_not_speak_keeps_no_pronoun():
    text = ("Prime Minister Anna Berg visited the flooded town on Monday. A girl handed her flowers at the "
            "school. She said the town would be rebuilt within a year.")
    assert speakers(text) == [("She", "Anna Berg")]

"""Speaker resolution inside one article: surnames, titles, role nouns, pronouns, organisations."""
from __future__ import annotations

import pytest

from test_quotes_direct import quotes_of

pytestmark = pytest.mark.model

ARTICLE = (
    "Brazilian President Carla Mendes met Chilean Foreign Minister Diego Rojas in Santiago.\n"
    "Mendes said the trade deal was close to being signed by both governments.\n"
    "The Brazilian president also said that exports would grow next year.\n"
    "“We are ready to sign,” she told reporters.\n"
    "Rojas said that Chile still wanted changes to the farming chapter.\n"
    "Mr Rojas added that talks would resume in April.\n"
    "The ministry said in a statement that a draft was being prepared.\n"
)


@pytest.fixture(scope="module")
def found():
    return quotes_of(ARTICLE)


def _by_start(found, words):
    return next(q for q in found if q.text.startswith(words))


@pytest.mark.parametrize("words,speaker_text,name", [
    ("the trade deal", "Mendes", "Carla Mendes"),
    ("exports would grow", "The Brazilian president", "Carla Mendes"),
    ("We are ready", "she", "Carla Mendes"),
    ("Chile still wanted", "Rojas", "Diego Rojas"),
    ("talks would resume", "Mr Rojas", "Diego Rojas"),
])
def test_speakers_resolution_to_the_full_name(found, words, speaker_text, name):
    q = _by_start(found, words)
    assert q.speaker_text == speaker_text
    assert q.speaker_name == name


def test_speakers_resolution_organisation_keeps_its_name(found):
    q = _by_start(found, "a draft")
    assert q.speaker_text == "The ministry" and q.channel == "statement"


def test_speakers_resolution_spokesperson_title_and_spelling_variant():
    text = ("Kremlin spokesman Anton Belovsky said the talks were useful.\n"
            "The Kremlin spokesman later said that a second round was planned.\n"
            "Belovskiy insisted that no date had been set.")
    found = quotes_of(text)
    assert [q.speaker_name for q in found] == ["Anton Belovsky"] * 3


def test_speakers_resolution_organisation_speaking_through_a_person():
    text = "The union, through spokeswoman Ines Moreau, said that members would vote on Friday."
    [q] = quotes_of(text)
    assert q.speaker_name == "Ines Moreau"


def test_speakers_resolution_pronoun_without_antecedent_stays_unresolved():
    [q] = quotes_of("He said that the vote would be held on Sunday.")
    assert q.speaker_text == "He" and q.speaker_name is None


def test_speakers_resolution_apposed_name_and_multiword_title():
    text = ("The Shadow Secretary for Transport, Lena Marsh, said: “These plans are late.”\n"
            "Rail fares should fall, the Trade and Energy Secretary has said.\n"
            "Trade and Energy Secretary Omar Field said that the review was finished.")
    found = quotes_of(text)
    assert [q.speaker_name for q in found] == ["Lena Marsh", "Omar Field", "Omar Field"]


def test_speakers_resolution_named_speaker_missed_by_ner_gets_its_surname():
    text = ("“The map is new,” said Ruediger Kuehr of the institute.\n"
            "“It shows the scale of the problem,” Kuehr told a magazine.")
    found = quotes_of(text)
    assert [q.speaker_name for q in found] == ["Ruediger Kuehr", "Ruediger Kuehr"]


def test_speakers_resolution_pronoun_skips_a_person_of_the_other_stated_gender():
    text = ("Ms Ana Lind met Mr Karl Holm in Oslo. Holm said the deal was close. "
            "She said that the vote would come in May.")
    found = quotes_of(text)
    assert [q.speaker_name for q in found] == ["Karl Holm", "Ana Lind"]

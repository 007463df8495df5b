"""Pronoun speakers: main-clause and speech-verb subjects only, no places or organisations for he/she."""
from __future__ import annotations

import pytest

from test_quotes_direct import quotes_of

pytestmark = pytest.mark.model


def _speaker(text: str, words: str) -> str | None:
    return next(q for q in quotes_of(text) if q.text.startswith(words)).speaker_name


def test_speakers_pronouns_he_skips_an_embedded_place_subject():
    text = ("Senator Paul Grant said Canada had to set an example on tax fraud.\n"
            "“Any fraud here is fraud against every taxpayer,” he said.\n")
    assert _speaker(text, "Any fraud") == "Paul Grant"


def test_speakers_pronouns_he_never_takes_an_organisation():
    text = ("The Farmers Union said on Monday that prices would rise.\n"
            "“We cannot keep absorbing these costs,” he said.\n")
    assert _speaker(text, "We cannot") is None


def test_speakers_pronouns_she_skips_a_man_named_by_honorific():
    text = ("Mr Dilbeck said the store would close in March.\n"
            "Laura Finch, the owner, said that the rent had doubled.\n"
            "Mr Dilbeck later said that talks had failed.\n"
            "“It was a hard decision,” she said.\n")
    assert _speaker(text, "It was a hard") == "Laura Finch"


def test_speakers_pronouns_it_goes_to_an_organisation_not_a_country():
    text = ("Britain said the treaty was fair.\n"
            "The Shipping Council said it would appeal.\n"
            "It said that the ruling ignored the evidence.\n")
    assert _speaker(text, "the ruling ignored") == "Shipping Council"


def test_speakers_pronouns_unnamed_spokesman_blocks_an_earlier_name():
    text = ("Mayor Ruth Calder opened the bridge on Friday.\n"
            "A city spokesman said the cost had risen.\n"
            "“We expect traffic to double,” he added.\n")
    assert _speaker(text, "We expect") is None

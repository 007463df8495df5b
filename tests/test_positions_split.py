"""Coordinated demands and conditions split into their parts (position_split), real spaCy model."""
from __future__ import annotations

import pytest

from storyline.article.nlp import load_nlp
from storyline.corpus.position_split import coordinated_parts


def parts(text: str) -> list[str]:
    return [text[s:e] for s, e in coordinated_parts(load_nlp()(text))]


@pytest.mark.parametrize("text, expected", [
    ("any deal would require the army to leave the valley and for the rebels to give up their heavy guns",
     ["any deal would require the army to leave the valley",
      "for the rebels to give up their heavy guns"]),
    ("There should be an immediate truce, and talks should begin.",
     ["There should be an immediate truce", "talks should begin"]),
])
def test_split(text, expected):
    assert parts(text) == expected


@pytest.mark.parametrize("text", [
    "The blockade must end now.",
    "the talks must be based on the agreements signed in Geneva and Vienna",  # coordinated nouns stay
])
def test_no_split(text):
    assert parts(text) == [text.rstrip()]

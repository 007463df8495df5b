"""The one singular() shared by role nouns, plural names and event labels."""
from __future__ import annotations

import pytest

from storyline.corpus.entity_names import singular


@pytest.mark.parametrize(("plural", "one"), [
    ("lawyers", "lawyer"), ("companies", "company"), ("Tories", "Tory"), ("speeches", "speech"),
    ("losses", "loss"), ("taxes", "tax"), ("crashes", "crash"), ("headaches", "headache"),
    ("news", "news"), ("series", "series"), ("virus", "virus"), ("analysis", "analysis"),
    ("boss", "boss"), ("us", "us"),
])
def test_entity_names_singular(plural, one):
    assert singular(plural) == one

"""Reported-speech positions outside quotes (position_speech): retreats and misparsed subjects give none."""
from __future__ import annotations

import pytest

from storyline.article.nlp import load_nlp
from storyline.corpus.position_speech import _kind, _subjects

pytestmark = pytest.mark.model


def speech(text: str) -> list[tuple[str, str, str]]:
    """(verb, kind, subject) of each position verb with a usable subject."""
    out = []
    for verb in load_nlp()(text):
        kind = _kind(verb) if verb.pos_ == "VERB" else None
        out += [(verb.text, kind, subj.text) for subj in (_subjects(verb) if kind else [])]
    return out


def test_backing_is_support():
    found = speech("The mayor backed the plan to rebuild the harbour wall.")
    assert found == [("backed", "support", "mayor")]


def test_backing_off_is_no_support():
    assert speech("The mayor backed off his plan to rebuild the harbour wall.") == []


def test_coordinated_or_double_subjects_give_no_actor():
    text = ("Among likely voters in a four-way race, 46 percent would choose Lind and 44 percent would back "
            "Ward, while 5 percent prefer Libertarian nominee Ola Berg and 1 percent support the Green "
            "Party’s Mia Dahl.")
    assert all(subj not in ("Ward", "Berg") for _, _, subj in speech(text))


def test_coordinated_named_subjects_each_hold_the_position():
    found = speech("France and Germany backed the ceasefire plan on Monday.")
    assert ("backed", "support", "France") in found and ("backed", "support", "Germany") in found

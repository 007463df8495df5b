"""Reported-speech positions outside quotes (position_speech): retreats and misparsed subjects give none."""
from __future__ import annotations

import pytest

from storyline.article.nlp import load_nlp
from storyline.corpus.position_speech import _kind, _subject_phrase

pytestmark = pytest.mark.model


def speech(text: str) -> list[tuple[str, str, str]]:
    """(verb, kind, subject) of each position verb with a usable subject."""
    out = []
    for verb in load_nlp()(text):
        kind = _kind(verb) if verb.pos_ == "VERB" else None
        subj = _subject_phrase(verb) if kind else None
        if subj is not None:
            out.append((verb.text, kind, subj.text))
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

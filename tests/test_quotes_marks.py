"""Quote-mark pairing without the parse."""
from __future__ import annotations

import pytest

from storyline.article.quote_marks import find_marked


def texts(text: str) -> list[str]:
    return [text[m.start:m.end] for m in find_marked(text)]


@pytest.mark.parametrize("text,expected", [
    ('He said "yes" and "no".', ["yes", "no"]),
    ("He said “yes” and “no”.", ["yes", "no"]),
    ("She said ‘we will win’ today.", ["we will win"]),
    ("The leaders’ meeting, the players' union and Russia’s view.", []),
    ('“A,” he said, “B.”', ["A,", "B."]),
    ('He told them, "This \'burger\' is good."', ["This 'burger' is good."]),
    ("An “opening mark with no end.\nNext “quoted” word.", ["quoted"]),
    ("Stray ” closing mark then “real one”.", ["real one"]),
])
def test_quotes_marks_pairs(text, expected):
    assert texts(text) == expected


def test_quotes_marks_multi_paragraph_segments():
    text = "“First part\n“Second part\n“Last part.”\nAfter."
    marks = find_marked(text)
    assert [text[m.start:m.end] for m in marks] == ["First part", "Second part", "Last part."]
    assert [m.continues for m in marks] == [False, True, True]
    assert [m.open_end for m in marks] == [True, True, False]

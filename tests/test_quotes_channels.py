"""Channels named around a quote's cue."""
from __future__ import annotations

import pytest

from test_quotes_direct import quotes_of

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text,channel", [
    ("Posting on his platform Truth Social, Senator Dan Wirth said the vote was rigged.", "Truth Social"),
    ("In a post on X, minister Lea Strand said that the border would reopen.", "X"),
    ("Mayor Ken Ito wrote on Facebook that the pool would close for repairs.", "Facebook"),
    ("On Telegram, commander Oleh Marchuk said that the bridge had been hit.", "Telegram"),
    ("Speaking to reporters, coach Nina Vogel said the team was tired.", "reporters"),
    ("At a press conference in Rome, Marco Bellini said that taxes would not rise.", "press conference"),
    ("In an interview, singer Aya Mori said that she would tour again.", "interview"),
    ("Ambassador Tom Hale told the BBC that sanctions would stay.", "BBC"),
    ("The ministry said in a statement that the talks had ended.", "statement"),
    ("Farmer Jo Reed said that the harvest was poor.", None),
])
def test_quotes_channels_named(text, channel):
    [q] = quotes_of(text)
    assert q.channel == channel


def test_quotes_channels_platform_inside_the_quote_does_not_count():
    [q] = quotes_of("Analyst Rui Costa said: “Nobody reads Facebook for news any more.”")
    assert q.channel is None

"""The channel comes from the reporting verb's own phrase, and an outlet name stops at the outlet."""
from __future__ import annotations

import pytest

from test_quotes_direct import quotes_of

pytestmark = pytest.mark.model


def _quote(text: str, words: str):
    return next(q for q in quotes_of(text) if q.text.startswith(words))


def test_quotes_channel_scope_a_tweet_elsewhere_in_the_sentence_is_not_the_channel():
    text = "Calling the president's tweet unsurprising, Ivanov said that the treaty still held.\n"
    assert _quote(text, "the treaty").channel is None


def test_quotes_channel_scope_prepositional_phrase_of_the_cue():
    text = "The mayor said in a post on Facebook that the bridge would reopen in May.\n"
    assert _quote(text, "the bridge").channel == "Facebook"


def test_quotes_channel_scope_participial_clause_of_the_cue():
    text = "Posting on Instagram, the singer said that the tour was cancelled.\n"
    assert _quote(text, "the tour").channel == "Instagram"


def test_quotes_channel_scope_outlet_told():
    text = "The minister told the BBC that the budget would be cut.\n"
    assert _quote(text, "the budget").channel == "BBC"


def test_channel_from_the_verb_a_participle_cue_hangs_on():
    from storyline.article.channels import find_channel
    from storyline.article.nlp import load_nlp

    text = 'After the vote, the mayor took to her Instagram account, writing, "We did it."'
    doc = load_nlp()(text)
    cue = next(t for t in doc if t.text == "writing")
    assert find_channel(text, cue, 0) == "Instagram"

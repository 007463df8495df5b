"""Embedded social-media posts scraped to text: "... — Name (@handle) Month D, YYYY" is a quote."""
from __future__ import annotations

import pytest

from storyline.article.quote_labels import embedded_post
from test_quotes_direct import quotes_of

SIGNED = "The bridge is closed again and nobody told us why. — Mara Lindqvist (@maralind) March 3, 2021"


def test_quotes_embedded_post_signature_is_found_with_its_body_and_name():
    b_start, b_end, n_start, n_end = embedded_post(SIGNED, 0, len(SIGNED))
    assert SIGNED[b_start:b_end] == "The bridge is closed again and nobody told us why."
    assert SIGNED[n_start:n_end] == "Mara Lindqvist"


@pytest.mark.parametrize("line", [
    "The council met on Monday — and voted against the plan by 7 votes to 2.",
    "Contact the desk — news@example.org (@newsdesk)",
    "Ok. — Jo Park (@jopark) May 1, 2020",  # too short to be a post worth quoting
])
def test_quotes_embedded_post_lines_that_are_not_posts(line):
    assert embedded_post(line, 0, len(line)) is None


def test_quotes_embedded_post_trailing_link_and_marks_are_left_out():
    line = "“Ferry cancelled, third time this week” pic.twitter.com/AbC123 — Ola Berg (@olaberg) Jan 9, 2019"
    b_start, b_end, _, _ = embedded_post(line, 0, len(line))
    assert line[b_start:b_end] == "Ferry cancelled, third time this week"


@pytest.mark.model
def test_quotes_embedded_post_becomes_a_direct_quote_on_x():
    text = ("Residents complained online after the harbour ferry was cancelled.\n\n"
            "Third cancellation this week and still no explanation from the operator. "
            "— Mara Lindqvist (@maralind) March 3, 2021\n\n"
            "The operator did not respond to a request for comment.")
    posts = [q for q in quotes_of(text) if q.channel == "X"]
    assert len(posts) == 1
    assert posts[0].text.startswith("Third cancellation this week")
    assert posts[0].text.endswith("from the operator.")
    assert posts[0].speaker_name == "Mara Lindqvist"
    assert posts[0].kind == "direct"


@pytest.mark.model
def test_quotes_embedded_post_in_quote_marks_is_one_quote():
    text = ("Viewers were unimpressed.\n\n"
            "“That footage was clearly recorded last year, not tonight.” — Ben Okafor (@benok) July 5, 2016")
    found = quotes_of(text)
    assert [q.text for q in found] == ["That footage was clearly recorded last year, not tonight."]
    assert found[0].speaker_name == "Ben Okafor"


@pytest.mark.model
def test_quotes_organisation_speaker_name_drops_quote_marks():
    text = "A “Harbour Live” spokeswoman said the producers had never had to do this before."
    [q] = quotes_of(text)
    assert "“" not in q.speaker_name and "”" not in q.speaker_name
    assert "Harbour Live" in q.speaker_name

"""Speech reported inside a transcript turn or a direct quote is not a quote of its own."""
from __future__ import annotations

import pytest

from storyline.article.speakers import merge_spans
from test_quotes_direct import quotes_of

TRANSCRIPT = (
    "Donald Trump spoke to reporters Maggie Haberman and David Sanger on Friday.\n"
    "HABERMAN: What would you do about the oil fields in the north?\n"
    "TRUMP: When they left, they said, “Oh, well.” And I am not saying it was only the last "
    "government that failed the people there.\n"
    "SANGER: On the ground? Really?\n"
)


def test_quotes_nested_merge_spans_is_a_disjoint_union():
    assert merge_spans([(10, 20), (0, 50), (60, 70), (65, 80)]) == [(0, 50), (60, 80)]


@pytest.mark.model
def test_quotes_nested_no_indirect_quote_inside_a_transcript_turn():
    found = quotes_of(TRANSCRIPT)
    assert not [q for q in found if q.kind != "direct"]
    assert not any(q.text.startswith("it was only") for q in found)


@pytest.mark.model
def test_quotes_nested_transcript_labels_resolve_to_article_names():
    names = {q.speaker_text: q.speaker_name for q in quotes_of(TRANSCRIPT) if q.speaker_text}
    assert names["TRUMP"] == "Donald Trump"
    assert names["SANGER"] == "David Sanger"

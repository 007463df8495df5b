"""Resolvers of one doc share its quote-free indexes, and still see only their own quoted spans."""
from __future__ import annotations

import pytest

from storyline.article.nlp import load_nlp
from storyline.article.speakers import SpeakerResolver

pytestmark = pytest.mark.model

TEXT = ("Kari Berg, the port director, said the cranes were idle. "
        "\"He told me he would sign,\" she said of Tomas Lind. "
        "Lind said he would wait for the union.\n")


def _fresh(quoted: list[tuple[int, int]]) -> SpeakerResolver:
    return SpeakerResolver(load_nlp()(TEXT), quoted)


def _quoted() -> list[tuple[int, int]]:
    start = TEXT.index("\"He told")
    return [(start, TEXT.index(",\" she") + 2)]


def test_speakers_shared_index_second_resolver_reuses_the_first_ones_indexes():
    doc = load_nlp()(TEXT)
    first = SpeakerResolver(doc, [])
    second = SpeakerResolver(doc, _quoted())
    assert second.tokens is first.tokens and second.names is first.names
    assert second.gender is not first.gender


def test_speakers_shared_index_subjects_follow_each_resolvers_quoted_spans():
    doc = load_nlp()(TEXT)
    shared_plain = SpeakerResolver(doc, [])
    shared_quoted = SpeakerResolver(doc, _quoted())
    plain, quoted = _fresh([]), _fresh(_quoted())
    assert shared_plain.subjects == plain.subjects and shared_plain.gender == plain.gender
    assert shared_quoted.subjects == quoted.subjects and shared_quoted.gender == quoted.gender
    # "He" inside the quote is skipped only by the resolver given the quote: "she" then sets the gender
    assert shared_quoted.gender["Kari Berg"] == "f"
    assert shared_plain.gender != shared_quoted.gender


def test_speakers_shared_index_resolution_is_the_same_as_a_fresh_resolvers():
    doc = load_nlp()(TEXT)
    SpeakerResolver(doc, [])
    shared = SpeakerResolver(doc, _quoted())
    fresh = _fresh(_quoted())
    for tok, other in zip(doc, fresh.doc, strict=True):
        if tok.dep_ in ("nsubj", "nsubjpass"):
            assert shared.resolve(tok) == fresh.resolve(other)

"""The peer library's direct-quotation cases (textacy's tests, read from ../shared at run time)."""
from __future__ import annotations

import json

import pytest

from conftest import BENCH
from test_quotes_direct import quotes_of

pytestmark = pytest.mark.model

FIXTURES = BENCH / "textacy_quote_fixtures" / "direct_quotations_en.json"


def _cases(kind: str) -> list[dict]:
    if not FIXTURES.exists():
        return []
    return json.loads(FIXTURES.read_text(encoding="utf-8"))["cases"][kind]


@pytest.mark.parametrize("case", _cases("test_direct_quotations"), ids=lambda c: c["text"][:30])
def test_quotes_textacy_fixtures_direct(case):
    direct = [q for q in quotes_of(case["text"]) if q.kind == "direct"]
    assert [q.text for q in direct] == [content.strip('"') for _, _, content in case["exp"]]
    assert [q.speaker_text for q in direct] == [" ".join(speaker) for speaker, _, _ in case["exp"]]


@pytest.mark.parametrize("case", _cases("test_adjustment_for_quote_detection"), ids=lambda c: c["text"][:30])
def test_quotes_textacy_fixtures_speakers(case):
    direct = [q for q in quotes_of(case["text"]) if q.kind == "direct"]
    assert direct
    expected = set(case["speakers"])
    for q in direct:
        assert q.speaker_text and q.speaker_text.split()[-1] in expected, (q.speaker_text, expected)

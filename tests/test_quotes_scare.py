"""Short quoted fragments: scare quotes are not direct quotes; attributed descriptions are."""
from __future__ import annotations

import pytest

from test_quotes_direct import quotes_of

pytestmark = pytest.mark.model


def _texts(text: str) -> dict[str, str]:
    return {q.text: q.kind for q in quotes_of(text)}


def test_quotes_scare_modifier_of_a_noun_is_not_a_quote():
    found = _texts("Opening the plant, the governor praised his deputy's \"brilliant\" work on the deal.\n")
    assert "brilliant" not in found


def test_quotes_scare_object_of_a_non_speech_verb_is_not_a_quote():
    found = _texts("Later that day, Marta Ruiz inflicted \"pure cruelty\" on the committee.\n")
    assert "pure cruelty" not in found


def test_quotes_scare_description_verbs_keep_short_quotes():
    found = _texts("The envoy described the talks as \"excellent\".\n"
                   "Critics condemned the ministry for its \"rejection\" of the plan.\n")
    assert found.get("excellent") == "direct"
    assert found.get("rejection") == "direct"


def test_quotes_scare_fragment_in_reported_clause_becomes_mixed():
    found = _texts("The union leader said it was \"a fantastic gift\" that would help workers.\n")
    assert "a fantastic gift" not in found
    assert any(kind == "mixed" and "fantastic gift" in text for text, kind in found.items())

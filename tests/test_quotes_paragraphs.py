"""A quotation that runs over paragraphs (each left open, the next opening with a mark) is one quote."""
from __future__ import annotations

import pytest

from test_quotes_direct import quotes_of

pytestmark = pytest.mark.model

CUE_AFTER = ("The mayor, Lena Ortiz, opened the new bridge on Friday.\n\n"
             "\"It took eleven years, four councils and more meetings than I can count.\n\n"
             "\"But it is here, and it is ours,\" Ms Ortiz said.\n")
CUE_BEFORE = ("Lena Ortiz said: \"It took eleven years, four councils and more meetings than I can count.\n\n"
              "\"But it is here, and it is ours.\"\n\nThe bridge cost 40 million euros.\n")


@pytest.mark.parametrize("text", [CUE_AFTER, CUE_BEFORE])
def test_quotes_paragraphs_join_into_one_quote_with_its_speaker(text):
    direct = [q for q in quotes_of(text) if q.kind == "direct"]
    assert len(direct) == 1
    assert direct[0].text.startswith("It took eleven years")
    assert direct[0].text.rstrip(",.").endswith("it is ours")
    assert "\n" in direct[0].text
    assert direct[0].speaker_name == "Lena Ortiz"


def test_quotes_paragraphs_closed_paragraphs_stay_apart():
    text = ("\"It took eleven years,\" Lena Ortiz said.\n\n"
            "\"But it is here, and it is ours,\" she added.\n")
    assert len([q for q in quotes_of(text) if q.kind == "direct"]) == 2

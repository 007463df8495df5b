"""Weekdays naming an event ("Tuesday's collapse", "the collapse on Tuesday"): the past one when the
event is referred to as having happened, the next one when it is marked future. Invented sentences."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from storyline.article.dates import tag_dates
from storyline.article.nlp import load_nlp

THURSDAY = "2026-03-12"  # a Thursday: the last Tuesday is 03-10, the next 03-17
PAST, NEXT = "2026-03-10", "2026-03-17"
EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def tuesday(text: str) -> str | None:
    """The value of the (only) Tuesday mention of ``text`` published on THURSDAY."""
    found = [m for m in tag_dates(text, load_nlp()(text), THURSDAY) if m.text.startswith("Tuesday")]
    assert len(found) == 1, found
    return found[0].value


@pytest.mark.parametrize("text", [
    "Nineteen men remain underground after Tuesday's collapse.",
    "Rescuers resumed drilling following Tuesday's collapse.",
    "Families have waited for news since Tuesday's collapse.",
    "Shops remain shut in the wake of Tuesday's riots.",
    "Nineteen men remain trapped after the collapse on Tuesday.",
    "Rescuers could not reach the men after Tuesday's collapse.",
    "Tuesday's announcement surprised the markets.",
    "The studio postponed Tuesday's planned premiere.",
    "Inspectors visited the mine on Tuesday.",
    "The company has confirmed that the shaft flooded on Tuesday.",
])
def test_event_that_happened_is_the_last_tuesday(text):
    assert tuesday(text) == PAST


@pytest.mark.parametrize("text", [
    "Lawmakers met on Monday ahead of Tuesday's vote, which will decide the budget.",
    "Tuesday's meeting will decide the fate of the plant.",
    "Talks will resume after Tuesday's vote.",
    "Unions are set to strike after Tuesday's vote.",
    "The union is going to strike following Tuesday's vote.",
    "The upcoming Tuesday meeting is crucial for the talks.",
    "Inspectors will visit the mine on Tuesday.",
    "Inspectors are due to visit the mine on Tuesday.",
])
def test_event_marked_future_is_the_next_tuesday(text):
    assert tuesday(text) == NEXT


def test_example_article_collapse_is_in_the_past():
    manifest = [json.loads(line) for line in (EXAMPLES / "manifest.jsonl").read_text().splitlines() if line]
    entry = next(e for e in manifest if e["path"].startswith("02_"))
    text = (EXAMPLES / "articles" / entry["path"]).read_text()
    found = {m.text: m.value for m in tag_dates(text, load_nlp()(text), entry["published"])}
    assert found["Tuesday’s"] == "2026-03-10"

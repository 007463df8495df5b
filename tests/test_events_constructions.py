"""EventStage on invented sentences: triggers, participants, place and date read from the parse."""
from __future__ import annotations

from functools import lru_cache

import pytest

from storyline.article.dates import DateStage
from storyline.article.events import EventStage
from storyline.article.nlp import NlpStage
from storyline.article.quotes import QuoteStage
from storyline.model import Article, EventMention

PUBLISHED = "2025-05-21"  # a Wednesday


@lru_cache(maxsize=64)
def _events(text: str) -> tuple[EventMention, ...]:
    art = Article(id="a", path="a.txt", text=text, published=PUBLISHED)
    for stage in (NlpStage(), DateStage(), QuoteStage(), EventStage()):
        art = stage.process(art)
    return tuple(art.events)


def _one(text: str, kind: str) -> EventMention:
    found = [e for e in _events(text) if e.type == kind]
    assert len(found) == 1, _events(text)
    return found[0]


def test_events_constructions_meeting_verb_with_parties_place_and_day():
    e = _one("Chancellor Anna Berg met Prime Minister Jonas Holm in Vienna on Friday.", "meeting")
    assert e.participants == ["Anna Berg", "Jonas Holm"]
    assert e.place == "Vienna"
    assert e.date is not None and e.date.value == "2025-05-16"


def test_events_constructions_scheduled_call_is_dated_ahead():
    e = _one("President Maria Tolen and President Karl Dersen will hold a phone call scheduled for Thursday.",
             "call")
    assert e.text == "phone call"
    assert e.participants == ["Maria Tolen", "Karl Dersen"]
    assert e.date is not None and e.date.value == "2025-05-22"


def test_events_constructions_anchor_date_gives_only_the_month():
    text = ("Monday's announcement by Mr Dersen came days after Ostria hosted the first talks "
            "between Veldia and Ostria.")
    talks = _one(text, "talks")
    assert talks.participants == ["Veldia", "Ostria"]
    assert talks.place == "Ostria"  # the host
    assert talks.date is not None and talks.date.value == "2025-05"
    assert talks.sort_day is not None and talks.sort_day < "2025-05-19"
    assert _one(text, "statement").date.value == "2025-05-19"


def test_events_constructions_agreed_exchange_keeps_its_own_date():
    e = _one("Veldia and Ostria agreed a prisoner exchange in Geneva on 3 March 2025.", "exchange")
    assert (e.place, e.date.value if e.date else None) == ("Geneva", "2025-03-03")
    assert set(e.participants) == {"Veldia", "Ostria"}


def test_events_constructions_reporting_date_is_an_upper_bound():
    e = _one("The ministers signed the agreement in Oslo, the ministry said on 14 April 2025.", "agreement")
    assert e.place == "Oslo"
    assert e.date is not None and e.date.value == "2025-04"


@pytest.mark.parametrize("text, kind", [
    ("Dockworkers in Portavo extended their strike on Monday.", "other"),  # a labour strike
    ("A Veldian air strike on Portavo killed 12 people on Sunday.", "attack"),
    ("Tolen has called for an immediate ceasefire.", "statement"),  # "call for" is no phone call
])
def test_events_constructions_types(text, kind):
    assert [e.type for e in _events(text)] == [kind]


@pytest.mark.parametrize("text", [
    "There were no talks between the two sides.",
    "Analysts said potential talks could start later.",
    "Tolen urged talks with Ostria.",
    "Dersen said he was open to negotiations.",
    "Trade at the Portavo exchange was calm.",
    "The Veldia Rescue Service sent two teams.",
])
def test_events_constructions_no_event(text):
    assert _events(text) == ()


def test_events_constructions_lead_event_placed_in_the_week_before_publication():
    e = _one("Mr Dersen spoke with Ms Tolen by phone, officials said.\nThe call lasted an hour.", "call")
    assert e.date is not None and e.date.value == "2025-05" and e.date.text.startswith("published")


def test_events_constructions_spans_point_into_the_text():
    text = "Chancellor Anna Berg met Prime Minister Jonas Holm in Vienna on Friday. The meeting was cordial."
    for e in _events(text):
        assert text[e.start:e.end] == e.text

"""EventStage on invented sentences: trigger senses (armed attacks, plans, meet/call/talk/offer between
parties), platform posts, dates from the trigger's own clause, and targets kept out of participants."""
from __future__ import annotations

from functools import lru_cache

import pytest

from storyline.article.dates import DateStage
from storyline.article.events import PLATFORM_NAMES, EventStage
from storyline.article.nlp import NlpStage
from storyline.article.quotes import QuoteStage
from storyline.model import Article, EventMention

PUBLISHED = "2025-05-21"


@lru_cache(maxsize=64)
def _events(text: str) -> tuple[EventMention, ...]:
    art = Article(id="a", path="a.txt", text=text, published=PUBLISHED)
    for stage in (NlpStage(), DateStage(), QuoteStage(), EventStage()):
        art = stage.process(art)
    return tuple(art.events)


def _types(text: str) -> list[str]:
    return [e.type for e in _events(text)]


@pytest.mark.parametrize("nation", ["Syrian", "Russian", "Turkish", "Estonian"])
def test_events_senses_any_nation_strike_is_an_attack(nation):
    assert _types(f"A {nation} strike hit the town of Idlib, officials said.") == ["attack"]


def test_events_senses_labour_strike_is_no_attack():
    assert "attack" not in _types("Rail workers began a strike over pay on Monday.")


@pytest.mark.parametrize("text", ["The government published its recovery plan on Monday.",
                                  "The minister unveiled a plan to cut emissions by half."])
def test_events_senses_plan_with_modifier_possessor_or_to_is_a_proposal(text):
    assert _types(text) == ["proposal"]


@pytest.mark.parametrize("text", ["Fox News has been attacking the president all week.",
                                  "Senator Kennedy launched an attack on the budget on Tuesday."])
def test_events_senses_political_attack_is_a_statement(text):
    assert _types(text) == ["statement"]


def test_events_senses_unarmed_assault_charge_is_nothing():
    assert _types("He was jailed for aggravated sexual assault of a girl.") == []


@pytest.mark.parametrize("text", ["Mr Gunness slammed the Israeli attack on the school.",
                                  "Gunmen attacked a school in the north, killing five people."])
def test_events_senses_armed_attack_stays_an_attack(text):
    assert "attack" in _types(text)


@pytest.mark.parametrize("text", ["Britain is due to meet its emission reduction targets by 2030.",
                                  "The minister faced a call by Lord Mackay to resign.",
                                  "Protesters would not stop talking about the war.",
                                  "The figures offer a progress check on the economy.",
                                  "The firm offered no details about the deal."])
def test_events_senses_non_event_senses_make_no_event(text):
    assert _types(text) == []


def test_events_senses_demanding_call_is_no_phone_call():
    assert "call" not in _types("The union escalated his call for a strike.")


def test_events_senses_people_still_meet_call_and_talk():
    assert _types("Berg met Holm in Vienna on Friday.") == ["meeting"]
    assert _types("The two leaders held a phone call on Tuesday.") == ["call"]
    assert _types("Chancellor Berg talked with President Holm for an hour.") == ["talks"]


def test_events_senses_platform_names_come_from_channels():
    assert {"X", "Truth Social", "TikTok", "YouTube", "Bluesky", "social media"} <= PLATFORM_NAMES


def test_events_senses_quote_posted_on_bluesky_is_a_statement():
    found = _events('"We will win," Mr Smith said in a post on Bluesky.')
    assert [e.type for e in found] == ["statement"]


def test_events_senses_date_only_from_the_triggers_clause():
    text = ("Among the materials recovered during the raid was a record of his marriage to the girl "
            "in January 2004.")
    raid = [e for e in _events(text) if e.type == "attack"]
    assert len(raid) == 1 and (raid[0].date is None or raid[0].date.value != "2004-01")


def test_events_senses_when_clause_shares_the_date():
    text = "The conflict escalated into a war in February 2022 when Veldia launched its invasion of Ostria."
    attack = [e for e in _events(text) if e.type == "attack"]
    assert len(attack) == 1 and attack[0].date is not None and attack[0].date.value == "2022-02"


def test_events_senses_facility_target_is_no_participant():
    text = "The young men died when the Israelis bombed Asma elementary school in Gaza City."
    e = [e for e in _events(text) if e.type == "attack"][0]
    assert e.participants == ["Israelis"] and e.place == "Gaza City"


@pytest.mark.parametrize("text", ["The assault on Gaza continued on Tuesday.",
                                  "After 13 days of bombardment of Gaza, the army paused."])
def test_events_senses_place_target_is_the_place(text):
    e = [e for e in _events(text) if e.type == "attack"][0]
    assert e.participants == [] and e.place == "Gaza"


def test_events_senses_nationality_attack_stays_armed_beside_speech():
    text = "When the Israeli attack came on the girls school, officials said, dozens were inside."
    assert "attack" in _types(text)


def test_events_senses_attack_on_people_with_words_is_a_statement():
    text = "South African president Thabo Mbeki has attacked British imperialists, saying they were arrogant."
    assert _types(text) == ["statement"]

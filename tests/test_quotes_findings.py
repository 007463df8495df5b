"""Findings of records reported like speech: "the audit found that ...", "court records show ...", with
the record as the source; a finding inside another report stays part of that report. What a poll or a
test measures, and what a fact suggests, is no one's statement."""
from __future__ import annotations

import pytest

from test_quotes_direct import quotes_of

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "content", "source"), [
    ("The audit found that the council had overspent by two million euros.",
     "the council had overspent by two million euros", "The audit"),
    ("Court records show the firm paid the fine in March.",
     "the firm paid the fine in March", "Court records"),
    ("Investigators found that the brakes had failed before the crash.",
     "the brakes had failed before the crash", "Investigators"),
])
def test_quotes_findings_of_records(text, content, source):
    [q] = quotes_of(text)
    assert (q.kind, q.text, q.speaker_text) == ("indirect", content, source)


def test_quotes_findings_inside_a_report_stay_part_of_it():
    text = "The company said that its logs would show the pump was working."
    assert [q.text for q in quotes_of(text)] == ["its logs would show the pump was working"]


@pytest.mark.parametrize("text", [
    "A new poll shows the mayor leading the race by ten points.",  # a measurement, not a claim
    "Test results show the new machine reached 70 teraflops.",
    "Her admission suggested that the committee may have been misled.",  # an inference from a fact
    "The new mayor soon found the city welcoming and the rents low.",
    "He showed the visitors that the tunnel was safe to enter.",
])
def test_quotes_findings_not_by_people_finding_or_showing_things(text):
    assert quotes_of(text) == []


@pytest.mark.parametrize(("text", "source"), [
    ("The leaked memo suggests that the ministry knew of the fault in May.", "The leaked memo"),
    ("Their claims suggested that the answer had been drafted by advisers.", "Their claims"),
    ("The video shows the officer raising both hands before the shot.", "The video"),
])
def test_quotes_findings_of_documents_and_claims_are_kept(text, source):
    [q] = quotes_of(text)
    assert q.speaker_text == source


@pytest.mark.parametrize("text", [
    "The two candidates are virtually tied before the debate, according to a new national poll.",
    "Most voters back the new bridge, according to a survey for the local paper.",
])
def test_quotes_according_to_a_measurement_is_no_quote(text):
    assert quotes_of(text) == []


def test_quotes_according_to_a_report_is_kept():
    [q] = quotes_of("The fire started in the kitchen, according to the fire department's report.")
    assert q.cue == "according to"

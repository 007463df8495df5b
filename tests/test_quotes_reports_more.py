"""More reported speech (invented sentences): "wondered whether ...", a news outlet's or a body's report
that ..., and a speaker's comparison ("X compared A to B"), with the look-alikes that report nothing."""
from __future__ import annotations

import pytest

from test_quotes_direct import quotes_of

pytestmark = pytest.mark.model


def indirect(text: str):
    return [q for q in quotes_of(text) if q.kind in ("indirect", "mixed")]


def test_quotes_wondered_whether_reports_the_question():
    [q] = indirect("The senator has repeatedly wondered whether the referees will be fair to her team.")
    assert q.text == "whether the referees will be fair to her team"
    assert q.speaker_text == "The senator" and q.cue == "wondered"


@pytest.mark.parametrize(("text", "content", "source"), [
    ("Maria Lopez seized on a Daily Herald report that the mayor had lost $9 million in 2004.",
     "the mayor had lost $9 million in 2004", "Daily Herald"),
    ("The union is seizing upon a Reuters report that the company had a net loss of $9 million in 2004.",
     "the company had a net loss of $9 million in 2004", "Reuters"),
])
def test_quotes_an_outlets_report_that_is_the_outlets(text, content, source):
    found = [q for q in indirect(text) if q.text == content]
    assert found and source in (found[0].speaker_text or "")


@pytest.mark.parametrize("text", [
    "A Daily Herald report that shocked many readers was later withdrawn by the editors.",
    "The report that the council published on Monday runs to forty pages.",
])
def test_quotes_a_report_with_a_relative_clause_reports_nothing(text):
    assert indirect(text) == []


@pytest.mark.parametrize(("text", "content", "speaker"), [
    ("Tom Adler, a historian at Leeds University, compared the mayor to a captain who abandons ship.",
     "the mayor to a captain who abandons ship", "Tom Adler"),
    ("At a rally, Greta Holm likened the new tax to a toll on every road in the county.",
     "the new tax to a toll on every road in the county", "Greta Holm"),
])
def test_quotes_a_speakers_comparison_is_reported(text, content, speaker):
    found = [q for q in indirect(text) if q.text == content]
    assert found and speaker in (found[0].speaker_text or "")


@pytest.mark.parametrize("text", [
    "Prices rose five percent compared to last year, the bakery's accounts show nothing else.",
    "The study compared young patients with a control group of older ones.",
    "Compared with the old model, the new car is far cheaper to run.",
])
def test_quotes_comparisons_by_no_one_report_nothing(text):
    assert not any(q.cue in ("compared", "Compared") for q in indirect(text))


def test_quotes_content_stops_at_a_semicolon_opening_the_writers_clause():
    [q] = indirect("Officials said the delay in the tender was not deliberate; they learned of it on Friday.")
    assert q.text == "the delay in the tender was not deliberate"


def test_quotes_a_semicolon_inside_quotation_marks_stays_in_the_quote():
    found = quotes_of('Officials said the delay was "not deliberate; we learned of it on Friday" from aides.')
    assert any("we learned of it on Friday" in q.text for q in found)


def test_quotes_two_clauses_before_a_closing_verb_are_one_report():
    text = ("The mayor had asked the council for more time, but the council rejected the request, "
            "the spokesman added.")
    found = [q for q in indirect(text) if q.cue == "added"]
    assert found and found[0].text.endswith("the council rejected the request")
    assert found[0].text.startswith("The mayor had asked")


@pytest.mark.parametrize(("text", "content", "speaker"), [
    ("The Harlow campaign called the charges unfounded and invented by disgruntled former staff.",
     "the charges unfounded and invented by disgruntled former staff", "The Harlow campaign"),
    ("Critics labeled the new levy a giveaway to the rich.",
     "the new levy a giveaway to the rich", "Critics"),
])
def test_quotes_what_a_speaker_called_something_is_reported(text, content, speaker):
    found = [q for q in indirect(text) if q.text == content]
    assert found and found[0].speaker_text == speaker


@pytest.mark.parametrize("text", [
    "They called the baby Anna after her grandmother.",
    "She stopped short of calling the officer's actions racially motivated.",
    "You can call the network whatever you want, a channel or a mouthpiece.",
    "My husband called me at nine in the morning from the pithead.",
])
def test_quotes_a_name_given_or_a_label_not_given_is_no_report(text):
    assert not any(q.cue and q.cue.lower().startswith("call") for q in indirect(text))


def test_quotes_a_label_inside_a_report_stays_part_of_it():
    text = "Ed Rendell, a former governor, said he had battled pneumonia and called it a common ailment."
    found = indirect(text)
    assert [q.cue for q in found] == ["said"]
    assert found[0].text.endswith("called it a common ailment")


def test_quotes_a_quoted_label_stays_a_direct_fragment():
    found = quotes_of('Opposition lawmaker Dora Venn called the fund "a sticking plaster" on Monday.')
    assert [q.kind for q in found] == ["direct"] and found[0].text == "a sticking plaster"


def test_quotes_a_report_in_a_relative_clause_about_a_person():
    text = ("Harlow praised Judge Amy Tran and said she would pick someone with experience as her "
            "successor, someone she suggested could serve on the bench for 30 years.")
    found = [q for q in indirect(text) if q.cue == "suggested"]
    assert found and found[0].text == "could serve on the bench for 30 years"
    assert found[0].speaker_text == "she"


def test_quotes_no_gapped_report_about_a_thing_or_a_hearer():
    text = "The official he told about the leak was furious at the minister."
    assert not any(q.cue == "told" for q in indirect(text))


def test_quotes_according_to_a_source_the_parser_read_as_a_verb():
    text = "As a manager, Ted Marsh repeatedly insulted workers at the plant, according to show insiders."
    found = [q for q in indirect(text) if q.cue == "according to"]
    assert found and found[0].text == "As a manager, Ted Marsh repeatedly insulted workers at the plant"
    assert "insiders" in (found[0].speaker_text or "")

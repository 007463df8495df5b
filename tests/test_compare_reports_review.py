"""Dated reports and once-in-a-life acts, review fixes: a dateline's place is no subject and its date no
value; resigning is no once-in-a-life act; a follow-up report, a report a week on and a person's posts are
no report dated two ways."""
from __future__ import annotations

from storyline.model import Article
from test_compare_quotes_stage import analysed as analysed_on
from test_compare_quotes_stage import found

PUBLISHED = "2026-05-04"


def analysed(doc_id: str, text: str, published: str = PUBLISHED) -> Article:
    return analysed_on(doc_id, text, published)


def dated(*articles: Article):
    return found(*articles, kind="date")


def test_dateline_place_is_no_subject_of_two_deaths():
    a = analysed("a", "Obituaries\n\nDERBY, May 4 - Painter Tom Hale died Friday at his home, his agent "
                      "said.")
    b = analysed("b", "Obituaries\n\nDERBY, May 4 - Actor Ellen Shaw died Thursday at her home, her agent "
                      "said.")
    assert dated(a, b) == []


def test_one_death_dated_two_ways_after_a_dateline_names_the_person_not_the_dateline():
    a = analysed("a", "Obituaries\n\nYORK, May 4 - Alderman Peter Grant died Friday after a short illness, "
                      "his son said.")
    b = analysed("b", "Tributes\n\nYORK, May 4 - Alderman Peter Grant died Saturday in hospital, the council "
                      "said.")
    [d] = dated(a, b)
    assert "Grant" in d.about and "YORK" not in d.about
    assert all("May 4" not in v.text for v in d.values)


def test_two_resignations_are_no_discrepancy():
    a = analysed("a", "Councillor Ivy Marsh resigned Tuesday as head of the housing committee, officials "
                      "said.")
    b = analysed("b", "Councillor Ivy Marsh resigned Wednesday from the board of the city museum, the museum "
                      "said.")
    assert dated(a, b) == []


FINDING = "that the port authority had paid 3 million dollars to a consultancy owned by its chairman"


def test_follow_up_report_in_one_document_is_no_discrepancy():
    a = analysed("a", f"The Daily Ledger reported Saturday {FINDING}. The Daily Ledger first reported on "
                      f"Thursday {FINDING}.")
    b = analysed("b", f"The Daily Ledger reported on Thursday {FINDING}.")
    assert dated(a, b) == []


def test_weekday_reports_a_week_apart_are_no_discrepancy():
    a = analysed("a", f"The Daily Ledger reported Saturday {FINDING}.", "2026-05-04")
    b = analysed("b", f"The Daily Ledger reported Saturday {FINDING}.", "2026-05-11")
    assert dated(a, b) == []


def test_a_persons_posts_are_no_single_publication():
    a = analysed("a", "Governor Tom Poe wrote on Facebook on Saturday that the budget talks with the unions "
                      "were going well and that a deal on teacher pay was close.")
    b = analysed("b", "Governor Tom Poe posted on Sunday that the budget talks with the unions were going "
                      "well and that a deal on teacher pay was close.")
    assert dated(a, b) == []

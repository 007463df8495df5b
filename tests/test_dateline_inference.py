"""DatelineStage: the publication date read from a wire dateline or a date stamp, only when needed."""
from __future__ import annotations

import pytest

from storyline.article.dateline import DatelineStage, infer_published
from storyline.model import Article


def _run(text: str, published: str | None = None, boilerplate: list[str] | None = None) -> Article:
    art = Article(id="a", path="a.txt", text=text, published=published, boilerplate=boilerplate or [])
    return DatelineStage().process(art)


@pytest.mark.parametrize("text, expected", [
    ("KIEV, April 7, 2025 (Reuters) - Ukraine said on Monday that talks would resume.", "2025-04-07"),
    ("PARIS, Dec 8, 2024 (AFP) — The French president met the envoy.", "2024-12-08"),
    ("Updated 12 March 2025\nThe minister resigned on Tuesday.", "2025-03-12"),
    ("Published: March 12, 2025 10:31 GMT\nThe minister resigned.", "2025-03-12"),
    ("Sun 9 Mar 2025 10.30 GMT\nThe vote was close.", "2025-03-09"),
    ("Posted on 2025-03-31\nThe vote was close.", "2025-03-31"),
    ("8:13 AM PDT Dec. 7, 2009\nThe vote was close.", "2009-12-07"),
    ("WASHINGTON, DC, April 28, 2009\nThe vote was close.", "2009-04-28"),
    ("First Posted 23:37:00 25/05/2010\nThe vote was close.", "2010-05-25"),
    ("on Tuesday, 16 December 2008 13:45.\nThe vote was close.", "2008-12-16"),
])
def test_dateline_inference_reads_datelines_and_stamps(text, expected):
    art = _run(text)
    assert art.published == expected
    assert art.published_inferred is True
    assert art.warnings and art.warnings[-1].startswith("W101")


def test_dateline_inference_year_from_the_first_lines_when_the_dateline_has_none():
    art = _run("GENEVA, June 3 (Reuters) - Envoys said the 2025 round of talks had ended.")
    assert art.published == "2025-06-03"


def test_dateline_inference_no_year_anywhere_is_no_guess():
    art = _run("GENEVA, June 3 (Reuters) - Envoys said the round of talks had ended.")
    assert art.published is None and not art.published_inferred and not art.warnings


def test_dateline_inference_reads_stamps_moved_to_boilerplate():
    art = _run("The minister resigned on Tuesday.", boilerplate=["Last updated: 4 February 2025"])
    assert art.published == "2025-02-04"


def test_dateline_inference_keeps_metadata():
    art = _run("Updated 12 March 2025\nThe minister resigned.", published="2025-03-13")
    assert art.published == "2025-03-13" and not art.published_inferred and not art.warnings


@pytest.mark.parametrize("text", [
    "Trump met Putin on March 3, 2025 in Paris, officials said.",  # a date inside a sentence
    "WASHINGTON — The Senate voted on the bill.",  # a dateline without a date
    "February 30, 2025\nNot a real day.",
    "05/02/2013\nMay 2 or 5 February: the page does not say.",
    "On March 3, 2013, the two leaders met.",  # a sentence, not a stamp
])
def test_dateline_inference_ignores_other_dates(text):
    assert infer_published(Article(id="a", path="a.txt", text=text)) is None

"""The timeline of the Markdown and HTML exports shows each date mention in its sentence, escaped."""
from __future__ import annotations

from storyline.export.brief_view import BriefView
from storyline.export.html import render_html
from storyline.export.markdown import render_markdown
from test_export_html_sample import empty_brief

TEXT = ("The harbour plan was first tabled in 2001.\n"
        "Work began in 2003 <script>alert(1)</script> and the quay opened on a windy day in 2005 "
        "before a crowd.")


def _brief() -> dict:
    brief = empty_brief()
    brief["documents"] = [{"id": "d1", "path": "a.txt", "title": "Quay", "text": TEXT, "duplicate_of": None,
                           "sentences": [[0, 42], [43, len(TEXT)]]}]
    start = TEXT.index("2003")
    brief["dates"] = [{"doc": "d1", "start": 37, "end": 41, "text": "2001", "value": "2001"},
                      {"doc": "d1", "start": start, "end": start + 4, "text": "2003", "value": "2003"}]
    return brief


def test_sentence_around_is_the_mention_sentence():
    view = BriefView(_brief())
    first, second = (view.sentence_around(d) for d in _brief()["dates"])
    assert first == "The harbour plan was first tabled in 2001."
    assert second.startswith("Work began in 2003") and "2001" not in second


def test_sentence_around_cuts_long_sentences_with_ellipsis():
    view = BriefView(_brief())
    date = _brief()["dates"][1]
    short = view.sentence_around(date, limit=30)
    assert "2003" in short and short.endswith("…") and len(short) < 45
    words = set(TEXT.replace("\n", " ").split())
    assert all(w in words for w in short.strip("…").split())  # cut between words


def test_sentence_around_of_an_invalid_span_is_empty():
    assert BriefView(_brief()).sentence_around({"doc": "d1", "start": 5, "end": 999}) == ""


def test_markdown_timeline_shows_the_sentence():
    page = render_markdown(_brief())
    assert "The harbour plan was first tabled in 2001." in page


def test_html_timeline_context_is_escaped():
    page = render_html(_brief())
    assert '<q class="context">The harbour plan was first tabled in 2001.</q>' in page
    assert "<script>alert(1)</script>" not in page

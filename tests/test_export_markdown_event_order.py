"""Markdown events follow the brief's order (corpus/timeline orders them), as the HTML report does."""
from __future__ import annotations

import copy
import re

from storyline.export.markdown import render_markdown
from test_export_html_sample import sample_brief


def test_export_markdown_events_keep_the_brief_order():
    brief = copy.deepcopy(sample_brief())
    first = brief["events"][0]
    undated = {**first, "id": "ev0", "title": "Undated talks", "date": None}
    week = {**first, "id": "ev9", "title": "Same-week visit", "date": {"value": "2024-06", "text": "June"}}
    brief["events"] = [first, week, undated]  # as the brief lists them: a day, its month, then undated
    text = render_markdown(brief)
    titles = re.findall(r"^- \*\*[^*]+\*\* \([^)]*\) (.+?)(?: \[|;|$)", text, re.M)
    assert titles == ["Council agrees to fund repairs", "Same-week visit", "Undated talks"]

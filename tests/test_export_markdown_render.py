"""The Markdown export parsed by a CommonMark renderer: no raw HTML, only http(s) links, tables intact."""
from __future__ import annotations

import re

import pytest

from storyline.export.markdown import render_markdown
from test_export_html_sample import empty_brief, sample_brief

markdown_it = pytest.importorskip("markdown_it")


def to_html(text: str) -> str:
    return markdown_it.MarkdownIt("commonmark").enable("table").render(text)


def test_rendered_markdown_has_no_injected_tags():
    page = to_html(render_markdown(sample_brief()))
    assert "<script" not in page and "<b>" not in page and "<i>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_rendered_links_are_http_only_and_citations_resolve():
    page = to_html(render_markdown(sample_brief()))
    hrefs = re.findall(r'href="([^"]*)"', page)
    assert hrefs and all(h.startswith("https://") for h in hrefs)
    link = '<a href="https://example.org/bridge?a=1&amp;b=2" title="Harbor bridge deal reached">d1</a>'
    assert link in page


def test_rendered_tables_keep_their_columns():
    brief = sample_brief()
    brief["rejected"].append({"path": "odd|name`s.txt", "where": None, "code": "E110", "reason": "a | b"})
    page = to_html(render_markdown(brief))
    tables = re.findall(r"<table>.*?</table>", page, re.S)
    assert len(tables) == 2
    figures, rejected = tables
    assert figures.count("<tr>") == 1 + len(brief["figures"])
    rows = re.findall(r"<tr>(.*?)</tr>", rejected, re.S)
    assert [r.count("<td>") for r in rows[1:]] == [4, 4]
    assert "odd|name`s.txt" in rejected and "a | b" in rejected


def test_empty_brief_renders():
    page = to_html(render_markdown(empty_brief()))
    assert page.count("<h2>") == 11 and "<table>" not in page

"""Highlighted spans in the article text: split at offsets, every piece escaped, overlaps nested."""
from __future__ import annotations

import pytest

from storyline.export.html import render_html
from storyline.export.html_marks import Mark, mark_text
from test_export_html_sample import parse, sample_brief


def _wrap(html: str) -> str:
    return f'<div data-doc="t">{html}</div>'


def _spans(text: str, marks: list[Mark]) -> dict:
    return parse(_wrap(mark_text(text, marks))).spans


@pytest.mark.parametrize("bounds", [
    [(0, 5, "quote"), (2, 8, "entity")],            # crossing
    [(0, 10, "quote"), (2, 4, "entity"), (3, 9, "figure")],
    [(1, 4, "date"), (1, 4, "entity"), (1, 4, "quote")],  # identical spans
    [(0, 13, "cite"), (5, 12, "quote"), (11, 13, "entity")],
    [(4, 9, "quote"), (6, 12, "quote"), (8, 13, "quote")],
])
def test_every_span_reads_back_exactly(bounds):
    text = "a<b>&\"c'd\ne f"
    marks = [Mark(s, e, kind, anchor=f"a{i}", seq=i) for i, (s, e, kind) in enumerate(bounds)]
    spans = _spans(text, marks)
    for s, e, kind in bounds:
        assert spans[("t", s, e, f"hl-{kind}")] == text[s:e].replace("\n", "")
    paragraphs = parse(_wrap(mark_text(text, marks))).paragraphs["t"]
    assert paragraphs == text.split("\n")


def test_ids_only_on_the_first_piece_and_markup_stays_nested():
    marks = [Mark(4, 13, "quote", anchor="q-1"), Mark(0, 6, "entity", anchor="m-1")]
    html = mark_text("one two\nthree", marks)
    assert html.count('id="q-1"') == 1 and html.count('id="m-1"') == 1
    assert html.count("cont") == 2  # the quote reopens after the entity closes and after the line break
    assert html.startswith("<p>") and html.count("<p>") == 2


def test_invalid_spans_are_skipped_not_fatal():
    text = "short text"
    marks = [Mark(-1, 3, "quote"), Mark(5, 99, "quote"), Mark(4, 4, "date"), Mark(6, 2, "figure"),
             Mark(0, 5, "entity", anchor="ok")]
    html = mark_text(text, marks)
    assert html == '<p><mark id="ok" class="hl hl-entity" data-s="0" data-e="5">short</mark> text</p>'


def test_blank_lines_make_no_empty_paragraphs():
    assert mark_text("a\n\n\nb\r\nc", []) == "<p>a</p>\n<p>b</p>\n<p>c</p>"


def test_sample_report_marks_match_the_documents():
    brief = sample_brief()
    parsed = parse(render_html(brief))
    texts = {d["id"]: d["text"] for d in brief["documents"]}
    kinds = {"quotes": "hl-quote", "figures": "hl-figure", "dates": "hl-date"}
    for key, kind in kinds.items():
        for r in brief[key]:
            assert parsed.spans[(r["doc"], r["start"], r["end"], kind)] == r["text"]
    for entity in brief["entities"]:
        for m in entity["mentions"]:
            expected = texts[m["doc"]][m["start"]:m["end"]]
            assert parsed.spans[(m["doc"], m["start"], m["end"], "hl-entity")] == expected
    for doc_id, text in texts.items():
        assert parsed.paragraphs[doc_id] == [line for line in text.split("\n") if line.strip()]

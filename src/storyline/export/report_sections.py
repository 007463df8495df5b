"""Report sections built from the span index of ``export.html``: the per-story coverage matrix, the
whole sentence around a cited value, and each entity's own quotes, positions and claimed figures.

``index`` is the report's ``SpanIndex``: ``ref(span)`` gives ``{href, doc, doc_label, text}``,
``doc_link(doc_id)`` a link to a document's section. Every value is a plain string: the template
escapes it."""
from __future__ import annotations

from typing import Any

from storyline.export.brief_view import BriefView, as_list, as_text, format_number, items, span_of

SENTENCE_WIDTH = 90  # characters of context either side when a document has no sentence list


def _sentence_bounds(view: BriefView, doc: str, start: int, end: int) -> tuple[int, int] | None:
    """The start of the sentence holding ``start`` and the end of the one holding ``end - 1``."""
    bounds = []
    for pair in as_list(view.doc_by_id.get(doc, {}).get("sentences")):
        if isinstance(pair, (list, tuple)) and len(pair) == 2 and all(isinstance(n, int) for n in pair):
            bounds.append((pair[0], pair[1]))
    first = next((s for s, e in bounds if s <= start < e), None)
    last = next((e for s, e in bounds if s < end <= e), None)
    return (first, last) if first is not None and last is not None and first <= start else None


def sentence_context(view: BriefView, item: dict) -> dict[str, str] | None:
    """The whole sentence around a span, split as ``before``/``span``/``after`` (the span is what
    the template highlights). Without a sentence list: up to ``SENTENCE_WIDTH`` characters of the
    span's line either side, cut with '…'. ``None`` for an invalid span."""
    span = span_of(item)
    if span is None or not view.valid_span(*span):
        return None
    doc, start, end = span
    text = view.doc_text(doc)
    bounds = _sentence_bounds(view, doc, start, end)
    if bounds:
        return {"before": text[bounds[0]:start], "span": text[start:end], "after": text[end:bounds[1]],
                "sentence": "1"}
    before = text[max(0, start - SENTENCE_WIDTH):start].split("\n")[-1]
    after = text[end:end + SENTENCE_WIDTH].split("\n")[0]
    return {"before": ("…" if len(before) == SENTENCE_WIDTH else "") + before, "span": text[start:end],
            "after": after + ("…" if len(after) == SENTENCE_WIDTH else ""), "sentence": ""}


def _in_docs(spans: list[dict], docs: set[str]) -> list[dict]:
    return [s for s in spans if isinstance(s, dict) and as_text(s.get("doc")) in docs]


def _story_facts(view: BriefView, story: dict, docs: set[str]) -> list[tuple[str, str, list[dict]]]:
    """``(kind, label, spans)`` of the story's facts: its disagreements, events and figure measures,
    each with the spans that state it in the story's documents."""
    facts = []
    for d in items(view.brief, "discrepancies"):
        spans = _in_docs(as_list(d.get("values")), docs)
        if spans:
            facts.append(("disagreement", as_text(d.get("about")) or "disagreement", spans))
    for eid in as_list(story.get("events")):
        event = view.event_by_id.get(as_text(eid))
        if event:
            facts.append(("event", as_text(event.get("title")) or as_text(eid),
                          _in_docs(as_list(event.get("mentions")), docs)))
    for group in view.figure_groups():
        spans = _in_docs(group, docs)
        if spans:
            label = as_text(spans[0].get("measure")) or as_text(spans[0].get("unit")) or "figure"
            facts.append(("figure", label, spans))
    return facts


def coverage(view: BriefView, index: Any, story: dict) -> dict[str, Any]:
    """The story's coverage matrix: one column per document (its number and outlet), one row per
    fact, a cell per document linking to the first span stating the fact there (``None`` if none)."""
    docs = [d for d in (as_text(x) for x in as_list(story.get("documents"))) if d in view.doc_by_id]
    columns = [{**index.doc_link(d), "outlet": as_text(view.doc_by_id[d].get("outlet"))} for d in docs]
    rows = []
    for kind, label, spans in _story_facts(view, story, set(docs)):
        first = {}
        for s in spans:
            first.setdefault(as_text(s.get("doc")), s)
        cells = [index.ref(first[d]) if d in first else None for d in docs]
        rows.append({"kind": kind, "label": label, "cells": cells,
                     "count": sum(c is not None for c in cells)})
    return {"columns": columns, "rows": rows}


def _said_by(view: BriefView, eid: str, q_anchor: dict) -> list[dict]:
    """The quotes an entity is the speaker of, with links to their anchors."""
    out = []
    for q in view.grouped("quotes", "speaker").get(eid, []):
        anchor = q_anchor.get(as_text(q.get("id")))
        out.append({"text": as_text(q.get("text")), "kind": as_text(q.get("kind")),
                    "href": f"#{anchor}" if anchor else ""})
    return out


def _claimed_by(view: BriefView, eid: str, f_anchor: dict) -> list[dict]:
    """The figures an entity claims, with links to their anchors."""
    out = []
    for f in view.grouped("figures", "claimed_by").get(eid, []):
        anchor = f_anchor.get(as_text(f.get("id")))
        out.append({"value": format_number(f.get("value")), "unit": as_text(f.get("unit")),
                    "measure": as_text(f.get("measure")), "text": as_text(f.get("text")),
                    "href": f"#{anchor}" if anchor else ""})
    return out


def entity_details(view: BriefView, index: Any, eid: str, anchors: dict[str, dict]) -> dict[str, list]:
    """What an entity said (quotes), stands for (positions, with citations) and claims (figures)."""
    positions = [{"kind": as_text(p.get("kind")), "text": as_text(p.get("text")),
                  "mentions": [index.ref(m) for m in as_list(p.get("mentions")) if isinstance(m, dict)]}
                 for p in view.grouped("positions", "actor").get(eid, [])]
    return {"quotes": _said_by(view, eid, anchors["quote"]), "positions": positions,
            "figures_claimed": _claimed_by(view, eid, anchors["figure"])}

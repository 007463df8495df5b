"""A document's cleaned text as escaped HTML with its spans highlighted (``export.html_marks``).

Anchors: a quote's first piece is ``q-<quote id>``, a figure's ``f-<figure id>``; any other span
that a page links to (dates, entity mentions, event and position mentions, disagreement values,
summary citations) is ``s-<start>-<end>``, so every ``href`` built by ``Site`` lands on a mark."""
from __future__ import annotations

from markupsafe import Markup

from storyline.export.brief_view import as_text, date_text, items, span_of
from storyline.export.html_marks import Mark, mark_text
from storyline.web.site import Site, anchor


def cited_spans(site: Site, doc_id: str) -> list[tuple[int, int]]:
    """Spans of ``doc_id`` cited by events, positions, disagreements and the summary."""
    found: list[dict] = []
    for key, field in (("events", "mentions"), ("positions", "mentions"), ("discrepancies", "values"),
                       ("summary", "citations")):
        for item in items(site.brief, key):
            found.extend(s for s in item.get(field) or [] if isinstance(s, dict))
    spans = [span_of(s) for s in found]
    return [(s[1], s[2]) for s in spans if s and s[0] == doc_id]


class _Marks:
    """Marks of one document; the first mark over a span takes its ``s-`` anchor."""

    def __init__(self) -> None:
        self.marks: list[Mark] = []
        self.anchored: set[tuple[int, int]] = set()

    def add(self, start: int, end: int, kind: str, anchor_id: str | None = None, **extra: object) -> None:
        if anchor_id is None and (start, end) not in self.anchored:
            anchor_id = anchor("s", start, end)
        if anchor_id and anchor_id.startswith("s-"):
            self.anchored.add((start, end))
        self.marks.append(Mark(start, end, kind, anchor_id, seq=len(self.marks), **extra))


def document_marks(site: Site, doc_id: str) -> list[Mark]:
    """Every highlight of one document: quotes, figures, dates, entity mentions, cited spans."""
    out, found = _Marks(), site.by_doc[doc_id]
    for q in found["quotes"]:
        if span := span_of(q):
            out.add(span[1], span[2], "quote", anchor("q", q.get("id")), title=site.view.speaker_label(q),
                    classes=[f"q-{as_text(q.get('kind')) or 'other'}"])
    for f in found["figures"]:
        if span := span_of(f):
            title = as_text(f.get("measure")) or None
            out.add(span[1], span[2], "figure", anchor("f", f.get("id")), title=title)
    for d in found["dates"]:
        if span := span_of(d):
            out.add(span[1], span[2], "date", title=date_text(d.get("value")) or None)
    for e in site.view.entities:
        label = f"{as_text(e.get('name'))} ({as_text(e.get('type')) or 'OTHER'})"
        for m in e.get("mentions") or []:
            span = span_of(m) if isinstance(m, dict) else None
            if span and span[0] == doc_id:
                out.add(span[1], span[2], "entity", title=label, data={"ent": as_text(e.get("id"))})
    for start, end in cited_spans(site, doc_id):
        if (start, end) not in out.anchored:
            out.add(start, end, "cite")
    return out.marks


def document_html(site: Site, doc_id: str) -> Markup:
    """The document's text as ``<p>`` paragraphs with every span highlighted, all text escaped."""
    return mark_text(site.view.doc_text(doc_id), document_marks(site, doc_id))

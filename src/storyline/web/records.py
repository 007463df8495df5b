"""The records of each page: one function per page, returning the dict its ``.json`` twin serves
and its template renders. Unknown ids raise ``NotFound``."""
from __future__ import annotations

from typing import Any

from storyline.export.brief_view import as_text, date_text, items
from storyline.export.report_sections import coverage
from storyline.web.site import Site, page


class NotFound(LookupError):
    """No item with that id in the current brief."""

    def __init__(self, kind: str, ident: str):
        super().__init__(f"no {kind} with id {ident!r}")
        self.kind, self.ident = kind, ident


def index_page(site: Site) -> dict[str, Any]:
    """Stories, documents and the counts of every section."""
    return {
        "title": site.view.title(), "format": site.brief.get("format"),
        "counts": {key: n for key, _, n in site.view.counts()},
        "stories": [site.story(s) for s in items(site.brief, "stories")],
        "documents": [site.document(d) for d in site.view.documents],
    }


def _in_docs(item: dict, docs: set[str]) -> bool:
    return as_text(item.get("doc")) in docs


class _PageRefs:
    """The span links ``export.report_sections.coverage`` asks for, as web page links: a figure's
    span goes to its ``f-`` anchor, any other to its ``s-`` anchor on the document page."""

    def __init__(self, site: Site):
        self.site = site

    def ref(self, item: dict) -> dict[str, str]:
        span = self.site.span(item)
        fid = as_text(item.get("id"))
        href = self.site.figure(item)["href"] if "measure" in item and fid else span["href"]
        return {"href": href or "", "doc": span["document"], "doc_label": span["document"],
                "text": as_text(span["text"])}

    def doc_link(self, doc_id: Any) -> dict[str, str]:
        label = self.site.view.doc_label(doc_id)
        return {"href": page("documents", doc_id), "doc": label, "label": label}


def story_page(site: Site, story_id: str) -> dict[str, Any]:
    """One story: its documents, events, quotes, figures, disagreements and coverage matrix."""
    story = site.story_by_id.get(story_id)
    if story is None:
        raise NotFound("story", story_id)
    record = site.story(story)
    docs = set(record["documents"])
    event_ids = set(record["events"])
    events = [e for e in items(site.brief, "events")
              if as_text(e.get("id")) in event_ids
              or any(isinstance(m, dict) and _in_docs(m, docs) for m in e.get("mentions") or [])]
    disagreements = [d for d in items(site.brief, "discrepancies")
                     if any(isinstance(v, dict) and _in_docs(v, docs) for v in d.get("values") or [])]
    return {
        "story": record,
        "documents": [site.document(site.view.doc_by_id[d]) for d in record["documents"]
                      if d in site.view.doc_by_id],
        "events": [site.event(e) for e in events],
        "quotes": [site.quote(q) for q in items(site.brief, "quotes") if _in_docs(q, docs)],
        "figures": [site.figure(f) for f in items(site.brief, "figures") if _in_docs(f, docs)],
        "disagreements": [site.discrepancy(d) for d in disagreements],
        "dates": _date_groups(site, docs),
        "coverage": coverage(site.view, _PageRefs(site), story),
    }


def _date_groups(site: Site, docs: set[str] | None = None) -> list[dict[str, Any]]:
    """Dated mentions (of ``docs`` only, when given) grouped by calendar value (``BriefView.timeline``)."""
    return [{"value": value, "count": len(group), "mentions": [site.date(d) for d in group]}
            for value, group in site.view.timeline(docs)]


def timeline_page(site: Site) -> dict[str, Any]:
    """Events in the brief's order (dated by date, then undated) and every dated mention grouped
    by its calendar value."""
    return {
        "events": [site.event(e) for e in items(site.brief, "events")],
        "dates": _date_groups(site),
    }


def quotes_page(site: Site) -> dict[str, Any]:
    """Quotes grouped by speaker, the most quoted first."""
    return {"speakers": [
        {"speaker": label, "entity": site.entity_ref(eid), "quotes": [site.quote(q) for q in quotes]}
        for label, eid, quotes in site.view.quotes_by_speaker()
    ]}


def figures_page(site: Site) -> dict[str, Any]:
    """Figures grouped by unit and measure, so comparable numbers sit together."""
    groups = []
    for members in site.view.figure_groups():
        first = members[0]
        groups.append({"unit": first.get("unit"), "measure": first.get("measure"),
                       "figures": [site.figure(f) for f in members]})
    return {"groups": groups}


def disagreements_page(site: Site) -> dict[str, Any]:
    """Values the sources disagree on, each with its claimant and source sentence."""
    return {"disagreements": [site.discrepancy(d) for d in items(site.brief, "discrepancies")]}


def entity_page(site: Site, entity_id: str) -> dict[str, Any]:
    """An entity: what it said, claimed and took part in, and where it is mentioned."""
    entity = site.view.entity_by_id.get(entity_id)
    if entity is None:
        raise NotFound("entity", entity_id)
    mentions = [m for m in entity.get("mentions") or [] if isinstance(m, dict)]
    doc_ids = list(dict.fromkeys(as_text(m.get("doc")) for m in mentions))
    said = [q for q in items(site.brief, "quotes") if as_text(q.get("speaker")) == entity_id]
    figures = [f for f in items(site.brief, "figures")
               if entity_id in (as_text(f.get("claimed_by")), as_text(f.get("subject")))]
    events = [e for e in items(site.brief, "events")
              if entity_id in [as_text(p) for p in e.get("participants") or []] + [as_text(e.get("place"))]]
    return {
        "entity": site.entity(entity),
        "documents": [site.document(site.view.doc_by_id[d]) for d in doc_ids if d in site.view.doc_by_id],
        "mentions": [site.span(m) for m in mentions],
        "quotes": [site.quote(q) for q in said],
        "figures": [site.figure(f) for f in figures],
        "events": [site.event(e) for e in events],
        "positions": [site.position(p) for p in items(site.brief, "positions")
                      if as_text(p.get("actor")) == entity_id],
    }


def document_page(site: Site, doc_id: str) -> dict[str, Any]:
    """A document with its text and every item found in it."""
    doc = site.view.doc_by_id.get(doc_id)
    if doc is None:
        raise NotFound("document", doc_id)
    found = site.by_doc[doc_id]
    entities = []
    for e in site.view.entities:
        spans = [{"start": m.get("start"), "end": m.get("end")} for m in e.get("mentions") or []
                 if isinstance(m, dict) and as_text(m.get("doc")) == doc_id]
        if spans:
            entities.append({**site.entity(e), "in_document": spans})
    boiler = doc.get("boilerplate") if isinstance(doc.get("boilerplate"), list) else []
    return {
        "document": {**site.document(doc), "text": site.view.doc_text(doc_id), "boilerplate": boiler},
        "stories": [{"id": sid, "title": as_text(s.get("title")) or sid, "href": page("stories", sid)}
                    for sid, s in site.story_by_id.items()
                    if doc_id in [as_text(d) for d in s.get("documents") or []]],
        "quotes": [site.quote(q) for q in found["quotes"]],
        "figures": [site.figure(f) for f in found["figures"]],
        "dates": [site.date(d) for d in found["dates"]],
        "entities": entities,
    }


def search_page(site: Site, query: str, results: list[dict[str, Any]]) -> dict[str, Any]:
    """Search results with the labels and links of their documents and quotes."""
    out = []
    for r in results:
        quote = site.quote_by_id.get(r["id"]) if r["kind"] == "quote" else None
        href = site.quote(quote)["href"] if quote else page("documents", r["doc"])
        out.append({**r, "document": site.view.doc_label(r["doc"]), "href": href,
                    "said_on": date_text(quote.get("said_on")) or None if quote else None})
    return {"query": query, "results": out}

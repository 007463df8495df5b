"""One brief seen by the web app: lookups by id and the JSON record of each kind of item.

A record is what both a page and its ``.json`` twin show: the brief's own fields, the names its
ids stand for, and ``href`` links between pages. Built once per stored brief (see ``source``)."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from typing import Any
from urllib.parse import quote as urlquote

from storyline.export.brief_view import BriefView, as_text, date_text, items, span_of
from storyline.export.html_marks import anchor_id


def anchor(prefix: str, *parts: Any) -> str:
    """An html id: ``prefix-part-part``, made as the report makes it (``html_marks.anchor_id``)."""
    return anchor_id(prefix, *(as_text(p) for p in parts))


def page(kind: str, ident: Any, fragment: str | None = None) -> str:
    """The URL of an item's page (``/documents/ID#fragment``)."""
    url = f"/{kind}/{urlquote(as_text(ident), safe='')}"
    return f"{url}#{fragment}" if fragment else url


def span_href(item: dict) -> str | None:
    """Where a span is highlighted: its document page, at the span's anchor."""
    span = span_of(item)
    return page("documents", span[0], anchor("s", span[1], span[2])) if span else None


class Site:
    """Lookups over one brief and the records the pages are made of."""

    def __init__(self, brief: dict):
        self.view = BriefView(brief)
        self.brief = self.view.brief
        self.story_by_id = {as_text(s.get("id")): s for s in items(self.brief, "stories")}
        self.by_doc: dict[str, dict[str, list[dict]]] = defaultdict(lambda: defaultdict(list))
        for key in ("quotes", "figures", "dates"):
            for item in items(self.brief, key):
                self.by_doc[as_text(item.get("doc"))][key].append(item)
        self.quote_by_id = {as_text(q.get("id")): q for q in items(self.brief, "quotes")}
        self.cache: dict[tuple, Any] = {}  # page records and marked-up texts of this brief

    def cached(self, key: tuple, make: Callable[[], Any]) -> Any:
        """``make()`` once per key for this brief (a brief never changes: a new build is a new Site)."""
        if key not in self.cache:
            self.cache[key] = make()
        return self.cache[key]

    def entity_ref(self, entity_id: Any) -> dict[str, Any] | None:
        """``{id, name, href}`` of an entity id; ``None`` for a null id."""
        if entity_id is None or entity_id == "":
            return None
        name = self.view.entity_name(entity_id)
        href = page("entities", entity_id) if as_text(entity_id) in self.view.entity_by_id else None
        return {"id": as_text(entity_id), "name": name or as_text(entity_id), "href": href}

    def document(self, doc: dict) -> dict[str, Any]:
        """A document's record without its text."""
        doc_id = as_text(doc.get("id"))
        text = doc.get("text") if isinstance(doc.get("text"), str) else ""
        return {
            "id": doc_id, "title": doc.get("title"), "label": self.view.doc_label(doc_id),
            "outlet": doc.get("outlet"), "url": doc.get("url"), "path": doc.get("path"),
            "published": date_text(doc.get("published")) or None, "words": len(text.split()),
            "duplicate_of": doc.get("duplicate_of"), "href": page("documents", doc_id),
        }

    def quote(self, q: dict) -> dict[str, Any]:
        qid = as_text(q.get("id"))
        return {
            "id": qid, "doc": q.get("doc"), "start": q.get("start"), "end": q.get("end"),
            "text": q.get("text"), "kind": q.get("kind"), "speaker": q.get("speaker"),
            "speaker_label": self.view.speaker_label(q), "speaker_text": q.get("speaker_text"),
            "cue": q.get("cue"), "channel": q.get("channel"), "said_on": date_text(q.get("said_on")) or None,
            "document": self.view.doc_label(q.get("doc")),
            "href": page("documents", q.get("doc"), anchor("q", qid)),
        }

    def figure(self, f: dict) -> dict[str, Any]:
        fid = as_text(f.get("id"))
        return {
            "id": fid, "doc": f.get("doc"), "start": f.get("start"), "end": f.get("end"),
            "text": f.get("text"), "value": f.get("value"), "unit": f.get("unit"),
            "approximate": f.get("approximate"), "measure": f.get("measure"),
            "subject": self.entity_ref(f.get("subject")), "claimed_by": self.entity_ref(f.get("claimed_by")),
            "claimant": self.view.claimant_label(f.get("claimed_by")),
            "document": self.view.doc_label(f.get("doc")),
            "href": page("documents", f.get("doc"), anchor("f", fid)),
        }

    def date(self, d: dict) -> dict[str, Any]:
        return {"doc": d.get("doc"), "start": d.get("start"), "end": d.get("end"), "text": d.get("text"),
                "value": date_text(d.get("value")) or None, "document": self.view.doc_label(d.get("doc")),
                "href": span_href(d)}

    def span(self, s: dict) -> dict[str, Any]:
        """A cited span with the text it points at."""
        doc, start, end = s.get("doc"), s.get("start"), s.get("end")
        valid = self.view.valid_span(doc, start, end)
        return {"doc": doc, "start": start, "end": end, "document": self.view.doc_label(doc),
                "text": self.view.doc_text(doc)[start:end] if valid else as_text(s.get("text")) or None,
                "href": span_href(s) if valid else None}

    def event(self, e: dict) -> dict[str, Any]:
        return {
            "id": as_text(e.get("id")), "type": e.get("type"), "title": e.get("title"),
            "date": date_text(e.get("date")) or None,
            "participants": [r for p in e.get("participants") or [] if (r := self.entity_ref(p))],
            "place": self.entity_ref(e.get("place")),
            "mentions": [self.span(m) for m in e.get("mentions") or [] if isinstance(m, dict)],
        }

    def discrepancy(self, d: dict) -> dict[str, Any]:
        values = []
        for v in d.get("values") or []:
            if isinstance(v, dict):
                values.append({**self.span(v), "stated": v.get("text"),
                               "claimed_by": self.entity_ref(v.get("claimed_by")),
                               "claimant": self.view.claimant_label(v.get("claimed_by"))})
        return {"id": as_text(d.get("id")), "about": d.get("about"), "values": values}

    def entity(self, e: dict) -> dict[str, Any]:
        eid = as_text(e.get("id"))
        mentions = [m for m in e.get("mentions") or [] if isinstance(m, dict)]
        return {"id": eid, "name": e.get("name"), "type": e.get("type"), "aliases": e.get("aliases") or [],
                "titles": e.get("titles") or [], "mentions": len(mentions), "href": page("entities", eid)}

    def position(self, p: dict) -> dict[str, Any]:
        return {"id": as_text(p.get("id")), "actor": self.entity_ref(p.get("actor")), "kind": p.get("kind"),
                "text": p.get("text"),
                "mentions": [self.span(m) for m in p.get("mentions") or [] if isinstance(m, dict)]}

    def story(self, s: dict) -> dict[str, Any]:
        sid = as_text(s.get("id"))
        docs = [as_text(d) for d in s.get("documents") or []]
        return {"id": sid, "title": as_text(s.get("title")) or sid, "documents": docs,
                "events": [as_text(e) for e in s.get("events") or []],
                "quotes": sum(len(self.by_doc[d]["quotes"]) for d in docs), "href": page("stories", sid)}

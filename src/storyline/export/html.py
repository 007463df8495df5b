"""The HTML report: one self-contained page rendered from a brief dict.

CSS and a little JS are inlined (and pinned by hash in a Content-Security-Policy), nothing is
fetched. Every string from the brief goes through Jinja's autoescape; article text is split at
span offsets and each piece escaped (see ``html_marks``)."""
from __future__ import annotations

import base64
import hashlib
import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup

from storyline.export.actor_network import network
from storyline.export.brief_view import BriefView, as_list, as_text, date_text, format_number, items, span_of
from storyline.export.html_marks import Mark, anchor_id, mark_text
from storyline.export.report_sections import coverage, entity_details, sentence_context
from storyline.export.timeline_svg import event_timeline

TEMPLATES = Path(__file__).parent / "templates"
MAX_MENTION_LINKS = 60


@lru_cache(maxsize=1)
def _environment() -> Environment:
    """The Jinja environment over the templates folder, autoescaping everything."""
    return Environment(
        loader=FileSystemLoader(str(TEMPLATES)),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )


def _asset(name: str) -> str:
    """The text of a file in the templates folder (CSS or JS to inline)."""
    return (TEMPLATES / name).read_text(encoding="utf-8")


def csp_hash(source: str) -> str:
    """The CSP source expression pinning one inline script or style by its SHA-256."""
    digest = hashlib.sha256(source.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def safe_url(url: Any) -> str | None:
    """``url`` when it is an absolute http(s) address, else ``None`` (never a javascript: link)."""
    if not isinstance(url, str):
        return None
    url = url.strip()
    if not url or any(ch.isspace() or ord(ch) < 32 or ord(ch) == 127 for ch in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    return url if parts.scheme.lower() in ("http", "https") and parts.netloc else None


class Anchors:
    """Unique html ids (``html_marks.anchor_id``, suffixed ``~2``, ``~3``... when already taken)."""

    def __init__(self) -> None:
        self.used: set[str] = set()

    def make(self, prefix: str, *parts: Any) -> str:
        """A new id from a prefix and parts, suffixed when already taken."""
        base = anchor_id(prefix, *(as_text(p) for p in parts))
        anchor, n = base, 2
        while anchor in self.used:
            anchor, n = f"{base}~{n}", n + 1
        self.used.add(anchor)
        return anchor


class SpanIndex:
    """The marks of every document, and the anchor each linked span gets."""

    def __init__(self, view: BriefView, anchors: Anchors):
        self.view, self.anchors = view, anchors
        self.marks: dict[str, list[Mark]] = {doc_id: [] for doc_id in view.doc_by_id}
        self.by_span: dict[tuple[str, int, int], str] = {}
        self.doc_anchor = {doc_id: anchors.make("doc", doc_id) for doc_id in view.doc_by_id}
        self.doc_number = {doc_id: f"D{i}" for i, doc_id in enumerate(view.doc_by_id, 1)}

    def add(self, item: dict, kind: str, anchor: str | None = None, **extra: Any) -> str | None:
        """Highlight the item's span; return its anchor, or ``None`` when the span is invalid."""
        span = span_of(item)
        if span is None or not self.view.valid_span(*span):
            return None
        existing = self.by_span.get(span)
        if anchor is None and kind != "entity" and existing is None:
            anchor = self.anchors.make("s", self.doc_number[span[0]], *span[1:])
        seq = len(self.marks[span[0]])
        self.marks[span[0]].append(Mark(span[1], span[2], kind, anchor, seq=seq, **extra))
        if anchor:
            self.by_span.setdefault(span, anchor)
        return anchor or existing

    def ref(self, item: dict) -> dict[str, str]:
        """A link to a span: an existing anchor when the span is highlighted already."""
        span = span_of(item)
        valid = span is not None and self.view.valid_span(*span)
        href = None
        if valid:
            href = self.by_span.get(span) or self.add(item, "cite")
        doc = as_text(item.get("doc"))
        return {
            "href": f"#{href}" if href else "",
            "doc": self.doc_number.get(doc, doc or "?"),
            "doc_label": self.view.doc_label(doc),
            "text": self.view.doc_text(doc)[span[1]:span[2]] if valid else as_text(item.get("text")),
        }

    def doc_link(self, doc_id: Any) -> dict[str, str]:
        """A link to a document's section, labelled with its number (D1, D2...)."""
        doc = as_text(doc_id)
        anchor = self.doc_anchor.get(doc)
        return {"href": f"#{anchor}" if anchor else "", "doc": self.doc_number.get(doc, doc),
                "label": self.view.doc_label(doc)}


def _type_class(value: Any) -> str:
    """A CSS-safe class suffix from an entity type or quote kind."""
    return re.sub(r"[^a-z0-9]+", "", as_text(value).lower()) or "other"


def _register_entities(index: SpanIndex, view: BriefView) -> dict[str, dict]:
    """Highlight every entity mention; return per-entity anchors and mention links."""
    out: dict[str, dict] = {}
    for entity in view.entities:
        eid = as_text(entity.get("id"))
        anchor = index.anchors.make("ent", eid)
        etype = as_text(entity.get("type")) or "OTHER"
        title = f"{as_text(entity.get('name'))} ({etype})"
        links = []
        for mention in as_list(entity.get("mentions")):
            if not isinstance(mention, dict):
                continue
            m_anchor = index.anchors.make("m", eid, len(links) + 1)
            if index.add(mention, "entity", m_anchor, classes=[f"ent-{_type_class(etype)}"],
                         title=title, data={"ent": anchor}):
                links.append({"href": f"#{m_anchor}", "doc": index.doc_number.get(mention.get("doc"), "?")})
        out[eid] = {"anchor": anchor, "links": links}
    return out


def _register_items(index: SpanIndex, view: BriefView) -> dict[str, dict[str, str | None]]:
    """Highlight quotes, figures and dates (in that order); return anchors by kind and id."""
    anchors: dict[str, dict[str, str | None]] = {"quote": {}, "figure": {}}
    for kind, key, prefix in (("quote", "quotes", "q"), ("figure", "figures", "f")):
        for item in items(view.brief, key):
            iid = as_text(item.get("id"))
            title = view.speaker_label(item) if kind == "quote" else as_text(item.get("measure"))
            classes = [f"q-{_type_class(item.get('kind'))}"] if kind == "quote" else []
            anchor = index.anchors.make(prefix, iid) if iid else None
            anchors[kind][iid] = index.add(item, kind, anchor, classes=classes, title=title or None)
    for date in items(view.brief, "dates"):
        index.add(date, "date", title=date_text(date.get("value")) or None)
    return anchors


def _strings(value: Any) -> list[str]:
    """A list of display strings ('' for ``None``), empty when the value is not a list."""
    return [as_text(v) for v in value] if isinstance(value, list) else []


def _documents(view: BriefView, index: SpanIndex) -> list[dict]:
    """Each document's metadata and its marked-up text (call after every span is registered)."""
    docs, copies = [], view.copies_by_doc()
    for doc_id, doc in view.doc_by_id.items():
        text = doc.get("text") if isinstance(doc.get("text"), str) else ""
        dup = doc.get("duplicate_of")
        docs.append({
            "id": doc_id, "anchor": index.doc_anchor[doc_id], "number": index.doc_number[doc_id],
            "title": as_text(doc.get("title")), "label": view.doc_label(doc_id),
            "path": as_text(doc.get("path")), "outlet": as_text(doc.get("outlet")),
            "published": date_text(doc.get("published")), "url": as_text(doc.get("url")),
            "link": safe_url(doc.get("url")), "words": len(text.split()),
            "duplicate_of": index.doc_link(dup) if dup else None,
            "boilerplate": _strings(doc.get("boilerplate")), "author": as_text(doc.get("author")),
            "inferred": bool(doc.get("published_inferred")), "warnings": _strings(doc.get("warnings")),
            "copies": copies.get(doc_id, []), "html": mark_text(text, index.marks[doc_id]),
        })
    return docs


def _by_document(links: list[dict]) -> list[dict]:
    """Mention links grouped by document, documents in report order, mentions numbered within each."""
    groups: dict[str, list[str]] = {}
    for link in links:
        groups.setdefault(link["doc"], []).append(link["href"])
    order = sorted(groups, key=lambda d: (not d[1:].isdigit(), int(d[1:]) if d[1:].isdigit() else 0, d))
    return [{"doc": doc, "hrefs": groups[doc]} for doc in order]


def _entities(view: BriefView, index: SpanIndex, ent_info: dict[str, dict], item_anchors: dict) -> list[dict]:
    """Entity sections, the most mentioned first: titles, aliases, mention links grouped by document,
    and what the entity said, stands for and claims (``report_sections.entity_details``)."""
    rows = []
    for entity in view.entities:
        info = ent_info[as_text(entity.get("id"))]
        mentions = [m for m in as_list(entity.get("mentions")) if isinstance(m, dict)]
        rows.append({
            "anchor": info["anchor"], "name": as_text(entity.get("name")) or as_text(entity.get("id")),
            "type": as_text(entity.get("type")) or "OTHER", "type_class": _type_class(entity.get("type")),
            "aliases": [as_text(a) for a in as_list(entity.get("aliases"))],
            "titles": [as_text(t) for t in as_list(entity.get("titles"))],
            "count": len(mentions), "link_groups": _by_document(info["links"][:MAX_MENTION_LINKS]),
            "more": max(0, len(info["links"]) - MAX_MENTION_LINKS),
            **entity_details(view, index, as_text(entity.get("id")), item_anchors),
        })
    return sorted(rows, key=lambda r: (-r["count"], r["name"].lower()))


def _quotes(view: BriefView, index: SpanIndex, q_anchor: dict, ent_info: dict) -> list[dict]:
    """Quote groups by speaker, each quote linking to its span in the text."""
    groups = []
    for label, entity_id, quotes in view.quotes_by_speaker():
        rows = [{
            "text": as_text(q.get("text")), "kind": as_text(q.get("kind")), "cue": as_text(q.get("cue")),
            "channel": as_text(q.get("channel")), "said_on": date_text(q.get("said_on")),
            "speaker_text": "" if as_text(q.get("speaker_text")).strip() == label
            else as_text(q.get("speaker_text")),
            "href": f"#{q_anchor[as_text(q.get('id'))]}" if q_anchor.get(as_text(q.get("id"))) else "",
            "doc": index.doc_link(q.get("doc")),
        } for q in quotes]
        ent_href = f"#{ent_info[entity_id]['anchor']}" if entity_id in ent_info else ""
        groups.append({"speaker": label, "entity_href": ent_href, "quotes": rows})
    return groups


def _figures(view: BriefView, index: SpanIndex, f_anchor: dict) -> list[dict]:
    """Figure table rows, comparable figures adjacent, with sort values and source links."""
    rows = []
    for group_no, group in enumerate(view.figure_groups()):
        for f in group:
            value = f.get("value")
            number = value if isinstance(value, (int, float)) and not isinstance(value, bool) else None
            anchor = f_anchor.get(as_text(f.get("id")))
            rows.append({
                "group": group_no, "value": format_number(value), "sort_value": number,
                "approximate": bool(f.get("approximate")), "unit": as_text(f.get("unit")),
                "measure": as_text(f.get("measure")), "text": as_text(f.get("text")),
                "claimant": view.claimant_label(f.get("claimed_by")),
                "subject": view.entity_name(f.get("subject")) or as_text(f.get("subject")),
                "href": f"#{anchor}" if anchor else "", "doc": index.doc_link(f.get("doc")),
            })
    return rows


def _discrepancies(view: BriefView, index: SpanIndex) -> list[dict]:
    """Each disputed point with its values, sources, claimants and context."""
    out = []
    for d in items(view.brief, "discrepancies"):
        values = [v for v in as_list(d.get("values")) if isinstance(v, dict)]
        out.append({"about": as_text(d.get("about")), "values": [{
            **index.ref(v), "claimant": view.claimant_label(v.get("claimed_by")),
            "context": sentence_context(view, v), "stated": as_text(v.get("text")),
        } for v in values]})
    return out


def _refs(index: SpanIndex, spans: Any) -> list[dict]:
    """Links to spans; a document cited twice gets lettered labels (D1, D1b, D1c...)."""
    refs, seen = [], {}
    for span in as_list(spans):
        if isinstance(span, dict):
            ref = index.ref(span)
            seen[ref["doc"]] = seen.get(ref["doc"], 0) + 1
            if seen[ref["doc"]] > 1:
                ref["doc"] += chr(ord("a") + min(seen[ref["doc"]], 26) - 1)
            refs.append(ref)
    return refs


def _timeline(view: BriefView, index: SpanIndex) -> list[dict]:
    """Calendar values in order, each with the mentions that resolve to it."""
    return [{"value": value, "mentions": [{**index.ref(d), "stated": as_text(d.get("text")),
                                           "context": view.sentence_around(d)} for d in dates]}
            for value, dates in view.timeline()]


def _event_rows(view: BriefView, index: SpanIndex) -> list[dict]:
    """Events in the brief's order, with participants, place and mention links."""
    rows = []
    for e in items(view.brief, "events"):
        rows.append({
            "id": as_text(e.get("id")), "anchor": index.anchors.make("ev", e.get("id")),
            "title": as_text(e.get("title")),
            "type": as_text(e.get("type")), "date": date_text(e.get("date")),
            "participants": [view.entity_name(p) or as_text(p) for p in as_list(e.get("participants"))],
            "place": view.entity_name(e.get("place")) or as_text(e.get("place")),
            "mentions": _refs(index, e.get("mentions")),
        })
    return rows


def _undated(brief: dict, rows: list[dict]) -> list[dict]:
    """The event rows the brief lists as undated (``brief["undated_events"]``); briefs without
    that list: the rows without a date."""
    if isinstance(brief.get("undated_events"), list):
        ids = {as_text(i) for i in brief["undated_events"]}
        return [r for r in rows if r["id"] in ids]
    return [r for r in rows if not r["date"]]


def _stories(view: BriefView, index: SpanIndex) -> list[dict]:
    """Stories with links to their documents, their event titles and their coverage matrix."""
    return [{
        "title": as_text(s.get("title")) or as_text(s.get("id")), "coverage": coverage(view, index, s),
        "documents": [index.doc_link(d) for d in as_list(s.get("documents"))],
        "events": [view.event_title(e) for e in as_list(s.get("events"))],
    } for s in items(view.brief, "stories")]


def _positions(view: BriefView, index: SpanIndex, ent_info: dict) -> list[dict]:
    """Positions grouped by actor."""
    return [{
        "actor": label, "entity_href": f"#{ent_info[eid]['anchor']}" if eid in ent_info else "",
        "positions": [{"kind": as_text(p.get("kind")), "text": as_text(p.get("text")),
                       "mentions": _refs(index, p.get("mentions"))} for p in positions],
    } for label, eid, positions in view.positions_by_actor()]


def _summary(view: BriefView, index: SpanIndex) -> list[dict]:
    """Summary sentences grouped by story, each with links to its citations."""
    return [{"story": title, "sentences": [
        {"text": as_text(s.get("text")), "citations": _refs(index, s.get("citations"))} for s in sentences
    ]} for title, sentences in view.summary_groups()]


def _rejected(view: BriefView) -> list[dict]:
    """Rejected inputs as rows of display strings."""
    return [{key: as_text(r.get(key)) for key in ("path", "where", "code", "reason")}
            for r in items(view.brief, "rejected")]


def _stats(brief: dict) -> list[tuple[str, str]]:
    """Extra run statistics (``brief["stats"]``) as key/value rows, nested values as JSON."""
    stats = brief.get("stats") if isinstance(brief, dict) else None
    if not isinstance(stats, dict):
        return []
    return [(as_text(k), v if isinstance(v, str) else json.dumps(v, ensure_ascii=False, default=str))
            for k, v in stats.items()]


def build_context(brief: dict) -> dict[str, Any]:
    """Everything the template needs, as plain strings, lists and dicts (documents last: they
    need every span registered before their text is marked up)."""
    view, anchors = BriefView(brief), Anchors()
    index = SpanIndex(view, anchors)
    item_anchors = _register_items(index, view)
    ent_info = _register_entities(index, view)
    event_rows = _event_rows(view, index)
    context = {
        "title": view.title(), "format": as_text(view.brief.get("format")),
        "counts": view.counts(), "stats": _stats(view.brief),
        "summary": _summary(view, index), "stories": _stories(view, index),
        "quote_groups": _quotes(view, index, item_anchors["quote"], ent_info),
        "figures": _figures(view, index, item_anchors["figure"]),
        "discrepancies": _discrepancies(view, index), "timeline": _timeline(view, index),
        "positions": _positions(view, index, ent_info), "events": event_rows,
        "event_timeline": event_timeline(event_rows),
        "undated_events": _undated(view.brief, event_rows),
        "entities": _entities(view, index, ent_info, item_anchors), "rejected": _rejected(view),
        "network": network(view, {eid: info["anchor"] for eid, info in ent_info.items()}),
    }
    context["documents"] = _documents(view, index)
    return context


def render_html(brief: dict) -> str:
    """The brief as one self-contained HTML page (inline CSS and JS, no external fetch)."""
    css, js = _asset("report.css"), _asset("report.js")
    csp = (f"default-src 'none'; style-src {csp_hash(css)}; script-src {csp_hash(js)}; "
           "img-src data:; base-uri 'none'; form-action 'none'")
    template = _environment().get_template("report.html.j2")
    return template.render(**build_context(brief), css=Markup(css), js=Markup(js), csp=csp)

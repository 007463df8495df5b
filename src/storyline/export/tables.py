"""The brief as CSV tables, one file per section, for spreadsheets and notebooks.

Each row carries its document id, title and character offsets, so it still links back to the
sentence it came from. Entity ids are given beside their canonical names. Article text is
untrusted: a cell that a spreadsheet would read as a formula (``=``, ``+``, ``-``, ``@``, tab or
carriage return first) is prefixed with an apostrophe (the OWASP advice on CSV injection)."""
from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterator
from typing import Any

from storyline.export.brief_view import BriefView, as_list, as_text, date_text, items

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
Row = dict[str, Any]


def cell(value: Any) -> str:
    """A CSV cell: text as is, numbers plain, lists joined with '; ', formulas defused."""
    if isinstance(value, bool):
        text = "true" if value else "false"
    elif isinstance(value, (int, float)):
        return repr(value) if isinstance(value, float) and not value.is_integer() else str(int(value))
    elif isinstance(value, list):
        text = "; ".join(as_text(v) for v in value)
    else:
        text = as_text(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def _located(view: BriefView, item: dict) -> Row:
    doc = as_text(item.get("doc"))
    return {"doc": doc, "doc_title": view.doc_label(doc), "start": item.get("start"), "end": item.get("end")}


def quote_rows(view: BriefView) -> Iterator[Row]:
    for q in items(view.brief, "quotes"):
        yield {"id": q.get("id"), **_located(view, q), "speaker": q.get("speaker"),
               "speaker_name": view.speaker_label(q), "speaker_text": q.get("speaker_text"),
               "kind": q.get("kind"), "cue": q.get("cue"), "channel": q.get("channel"),
               "said_on": date_text(q.get("said_on")), "text": q.get("text")}


def figure_rows(view: BriefView) -> Iterator[Row]:
    for f in items(view.brief, "figures"):
        yield {"id": f.get("id"), **_located(view, f), "value": f.get("value"), "unit": f.get("unit"),
               "approximate": f.get("approximate"), "measure": f.get("measure"),
               "claimed_by": f.get("claimed_by"), "claimant_name": view.claimant_label(f.get("claimed_by")),
               "text": f.get("text")}


def date_rows(view: BriefView) -> Iterator[Row]:
    for d in items(view.brief, "dates"):
        yield {**_located(view, d), "value": date_text(d.get("value")), "text": d.get("text")}


def event_rows(view: BriefView) -> Iterator[Row]:
    for e in items(view.brief, "events") + items(view.brief, "undated_events"):
        people = [view.entity_name(p) or as_text(p) for p in as_list(e.get("participants"))]
        yield {"id": e.get("id"), "type": e.get("type"), "date": date_text(e.get("date")),
               "title": e.get("title"), "participants": people,
               "place": view.entity_name(e.get("place")) or e.get("place"),
               "mentions": len(as_list(e.get("mentions")))}


def position_rows(view: BriefView) -> Iterator[Row]:
    for p in items(view.brief, "positions"):
        yield {"id": p.get("id"), "actor": p.get("actor"), "actor_name": view.entity_name(p.get("actor")),
               "kind": p.get("kind"), "text": p.get("text"), "mentions": len(as_list(p.get("mentions")))}


def discrepancy_rows(view: BriefView) -> Iterator[Row]:
    """One row per disputed value, so the values of one discrepancy sit side by side."""
    for d in items(view.brief, "discrepancies"):
        for v in as_list(d.get("values")):
            if isinstance(v, dict):
                claimant = v.get("claimed_by")
                yield {"id": d.get("id"), "about": d.get("about"), **_located(view, v),
                       "claimed_by": claimant, "claimant_name": view.claimant_label(claimant),
                       "text": v.get("text")}


def entity_rows(view: BriefView) -> Iterator[Row]:
    for e in view.entities:
        yield {"id": e.get("id"), "name": e.get("name"), "type": e.get("type"),
               "aliases": as_list(e.get("aliases")), "titles": as_list(e.get("titles")),
               "mentions": len(as_list(e.get("mentions")))}


def document_rows(view: BriefView) -> Iterator[Row]:
    for d in view.documents:
        yield {"id": d.get("id"), "path": d.get("path"), "title": d.get("title"), "outlet": d.get("outlet"),
               "url": d.get("url"), "published": date_text(d.get("published")),
               "duplicate_of": d.get("duplicate_of"), "words": len(as_text(d.get("text")).split())}


TABLES: dict[str, Callable[[BriefView], Iterator[Row]]] = {
    "documents": document_rows, "entities": entity_rows, "quotes": quote_rows, "figures": figure_rows,
    "dates": date_rows, "events": event_rows, "positions": position_rows, "discrepancies": discrepancy_rows,
}


# a brief with one empty item per section: the row builders run over it give each table's columns
_EMPTY = BriefView({**{key: [{}] for key in TABLES}, "discrepancies": [{"values": [{}]}]})


def columns(name: str) -> list[str]:
    """The header of table ``name``."""
    return list(next(TABLES[name](_EMPTY)))


def render_csv(name: str, view: BriefView) -> str:
    """Table ``name`` of the brief as CSV text, with its header even when it has no rows."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=columns(name), lineterminator="\n")
    writer.writeheader()
    for row in TABLES[name](view):
        writer.writerow({k: cell(v) for k, v in row.items()})
    return out.getvalue()


def render_tables(brief: dict[str, Any]) -> dict[str, str]:
    """``{table name: CSV text}`` for every section of the brief."""
    view = BriefView(brief)
    return {name: render_csv(name, view) for name in TABLES}

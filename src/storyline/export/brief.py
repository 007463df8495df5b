"""Assemble the brief (see brief-format.md, version 1) from the articles and the corpus stages' results."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from storyline.corpus.base import CorpusContext
from storyline.model import Article, DateValue, Rejection
from storyline.store.codec import plain

FORMAT = "storyline-brief/1"
Lookup = Callable[[str, str | None], str | None]
CORPUS_KEYS = ("events", "undated_events", "stories", "positions", "discrepancies", "summary")


def document_record(a: Article, duplicate_of: str | None) -> dict[str, Any]:
    return {
        "id": a.id, "path": a.path, "record": a.record, "title": a.title, "outlet": a.outlet, "url": a.url,
        "author": a.author, "published": a.published, "published_inferred": a.published_inferred,
        "text": a.text, "duplicate_of": duplicate_of, "boilerplate": list(a.boilerplate),
        "warnings": list(a.warnings), "sentences": [list(s) for s in a.sentences],
    }


def _date(d: DateValue | None) -> dict[str, str] | None:
    return {"value": d.value, "text": d.text} if d else None


def quote_records(a: Article, lookup: Lookup) -> list[dict[str, Any]]:
    out = []
    for q in a.quotes:
        out.append({
            "id": f"q-{a.id}-{q.start}", "doc": a.id, "start": q.start, "end": q.end, "text": q.text,
            "kind": q.kind, "speaker": lookup(a.id, q.speaker_name or q.speaker_text),
            "speaker_name": q.speaker_name, "speaker_text": q.speaker_text, "cue": q.cue,
            "channel": q.channel, "said_on": _date(q.said_on),
        })
    return out


def figure_records(a: Article, lookup: Lookup) -> list[dict[str, Any]]:
    out = []
    for f in a.figures:
        out.append({
            "id": f"f-{a.id}-{f.start}", "doc": a.id, "start": f.start, "end": f.end, "text": f.text,
            "value": f.value, "unit": f.unit, "approximate": f.approximate, "measure": f.measure,
            "subject": lookup(a.id, f.subject_name), "claimed_by": lookup(a.id, f.claimed_by_name),
            "claimed_by_name": f.claimed_by_name, "low": f.low, "high": f.high, "rate": f.rate,
        })
    return out


def date_records(a: Article) -> list[dict[str, Any]]:
    return [
        {"doc": a.id, "start": d.start, "end": d.end, "text": d.text, "value": d.value}
        for d in a.dates if d.value
    ]


def entity_records(index: Any) -> list[dict[str, Any]]:
    if index is None:
        return []
    out = []
    for e in index.entities:
        rec = plain(e)
        rec["mentions"] = [{"doc": m.doc, "start": m.start, "end": m.end} for m in e.mentions]
        out.append(rec)
    return out


def assemble_brief(ctx: CorpusContext, rejections: list[Rejection], copies: list[dict]) -> dict[str, Any]:
    """The whole brief as one JSON-able dict; every key of the format is present."""
    index = ctx.results.get("entities")
    lookup = ctx.entity_id
    articles = sorted(ctx.articles, key=lambda a: (a.path, a.record or "", a.id))
    brief: dict[str, Any] = {
        "format": FORMAT,
        "documents": [document_record(a, ctx.duplicate_of.get(a.id)) for a in articles],
        "entities": entity_records(index),
        "quotes": [q for a in articles for q in quote_records(a, lookup)],
        "figures": [f for a in articles for f in figure_records(a, lookup)],
        "dates": [d for a in articles for d in date_records(a)],
    }
    for key in CORPUS_KEYS:
        brief[key] = plain(ctx.results.get(key, []))
    brief["rejected"] = [r.as_dict() for r in rejections]
    brief["copies"] = copies
    return brief


"""The actor network drawn in the report: who quotes or meets whom, as plain SVG geometry.

Nodes are PERSON and ORG entities that speak in a quote or take part in an event, and those such a
speaker's quotes name; two are linked when they take part in the same event, or when a quote by one
mentions the other (an entity mention inside the quote's span). Only linked actors are drawn, at
most ``MAX_NODES`` (the most linked first), on a circle in a fixed order, so the same brief always
gives the same drawing."""
from __future__ import annotations

import math
from collections import Counter, defaultdict
from itertools import combinations
from typing import Any

from storyline.export.brief_view import BriefView, as_list, as_text, items, span_of

ACTOR_TYPES = {"PERSON", "ORG"}
MAX_NODES, RADIUS, LABEL_ROOM, TOP = 30, 210, 170, 30


def _typed(view: BriefView) -> set[str]:
    """Ids of PERSON/ORG entities."""
    return {eid for eid, e in view.entity_by_id.items() if as_text(e.get("type")).upper() in ACTOR_TYPES}


def actors(view: BriefView) -> set[str]:
    """Ids of PERSON/ORG entities that speak in a quote or take part in an event."""
    typed = _typed(view)
    involved = {as_text(q.get("speaker")) for q in items(view.brief, "quotes")}
    for e in items(view.brief, "events"):
        involved.update(as_text(p) for p in as_list(e.get("participants")))
    return typed & involved


def _mentions_in(view: BriefView, quote: dict) -> set[str]:
    """Entities with a mention inside the quote's span."""
    span = span_of(quote)
    return view.entities_inside(span) if span is not None else set()


def links(view: BriefView) -> dict[tuple[str, str], Counter]:
    """``{(a, b): Counter(event=n, quote=m)}`` over actor pairs (ids sorted within a pair)."""
    keep, typed = actors(view), _typed(view)
    out: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for e in items(view.brief, "events"):
        members = sorted({as_text(p) for p in as_list(e.get("participants"))} & keep)
        for a, b in combinations(members, 2):
            out[(a, b)]["event"] += 1
    for q in items(view.brief, "quotes"):
        speaker = as_text(q.get("speaker"))
        if speaker in keep:
            for other in _mentions_in(view, q) & typed - {speaker}:
                out[(min(speaker, other), max(speaker, other))]["quote"] += 1
    return dict(out)


def _edge_title(a: str, b: str, counts: Counter) -> str:
    parts = [f"{counts[k]} {k}{'s' if counts[k] > 1 else ''}" for k in ("event", "quote") if counts[k]]
    return f"{a} – {b}: " + ", ".join(parts)


def _place(view: BriefView, order: list[str], degree: Counter, anchors: dict[str, str]) -> dict[str, dict]:
    """Nodes of ``order`` evenly on a circle, the first at the top, labels outside the circle."""
    cx, cy, nodes = LABEL_ROOM + RADIUS, TOP + RADIUS, {}
    for i, eid in enumerate(order):
        angle = 2 * math.pi * i / len(order) - math.pi / 2
        x, y = round(cx + RADIUS * math.cos(angle), 1), round(cy + RADIUS * math.sin(angle), 1)
        right = x >= cx
        nodes[eid] = {"id": eid, "name": view.entity_name(eid) or eid, "degree": degree[eid],
                      "type": as_text(view.entity_by_id[eid].get("type")), "x": x, "y": y,
                      "href": f"#{anchors[eid]}" if eid in anchors else "",
                      "label_x": round(x + (8 if right else -8), 1), "anchor": "start" if right else "end"}
    return nodes


def network(view: BriefView, anchors: dict[str, str]) -> dict[str, Any] | None:
    """Nodes ``{id, name, type, x, y, degree, href, label_x, anchor}`` on a circle and edges
    ``{x1, y1, x2, y2, weight, kind, title}``; ``None`` when no two actors are linked.
    ``anchors`` maps entity ids to the html ids of their report sections."""
    pairs = links(view)
    degree: Counter = Counter()
    for a, b in pairs:
        degree[a] += 1
        degree[b] += 1
    name = {eid: view.entity_name(eid) or eid for eid in degree}
    order = sorted(degree, key=lambda e: (-degree[e], name[e].lower(), e))[:MAX_NODES]
    if len(order) < 2:
        return None
    nodes = _place(view, sorted(order, key=lambda e: (name[e].lower(), e)), degree, anchors)
    edges = [{"x1": nodes[a]["x"], "y1": nodes[a]["y"], "x2": nodes[b]["x"], "y2": nodes[b]["y"],
              "weight": min(1 + sum(c.values()), 6), "kind": "event" if c["event"] else "quote",
              "title": _edge_title(name[a], name[b], c)}
             for (a, b), c in sorted(pairs.items()) if a in nodes and b in nodes]
    return {"nodes": list(nodes.values()), "edges": edges, "width": 2 * (LABEL_ROOM + RADIUS),
            "height": 2 * (TOP + RADIUS)}

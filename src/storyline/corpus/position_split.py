"""Split one stated demand or condition into its coordinated parts.

"any settlement would require the company to rehire the drivers and for the union to drop its
lawsuit" states two conditions; "The strike should end at once, and talks should resume" two
demands. The parts are cut at the left edge of each verb
coordinated with the clause's predicate (the root, or the root's infinitive complement), with the
joining comma and "and" left out. Offsets are character offsets into the parsed text."""
from __future__ import annotations

MIN_PART_WORDS = 3
_JOINERS = {",", ";", "and", "or", "but", "as", "well"}


def _predicate(doc):
    roots = [t for t in doc if t.dep_ == "ROOT"]
    if len(roots) != 1:
        return None
    root = roots[0]
    comp = [c for c in root.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")]
    if comp and any(c.dep_ == "conj" for c in comp[0].children):
        return comp[0]
    return root


def _conjuncts(verb) -> list:
    out = []
    for c in verb.children:
        if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"):
            out.append(c)
            out.extend(_conjuncts(c))
    return sorted(out, key=lambda t: t.i)


def _trim(doc, start: int, end: int) -> tuple[int, int] | None:
    """Token range [start, end) without joining words and punctuation at either end, as characters."""
    while start < end and (doc[start].lower_ in _JOINERS or doc[start].is_punct):
        start += 1
    while end > start and (doc[end - 1].lower_ in _JOINERS or doc[end - 1].is_punct):
        end -= 1
    if end - start < MIN_PART_WORDS:
        return None
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)


def coordinated_parts(doc) -> list[tuple[int, int]]:
    """Character spans of the coordinated parts of ``doc``; one span (the whole) when it has none."""
    whole = [(0, len(doc.text.rstrip()))]
    pred = _predicate(doc)
    conjuncts = _conjuncts(pred) if pred is not None else []
    if not conjuncts:
        return whole
    edges = [0] + [min(t.i for t in c.subtree) for c in conjuncts] + [len(doc)]
    if edges != sorted(set(edges)):
        return whole
    parts = [_trim(doc, a, b) for a, b in zip(edges, edges[1:], strict=False)]
    if any(p is None for p in parts):
        return whole
    return [p for p in parts if p is not None]

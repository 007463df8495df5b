"""Read-only helpers over a brief dict, shared by the HTML report and the Markdown export.

The brief comes from JSON and may be partial: every accessor tolerates missing keys, ``None``
values and items of the wrong type, so a renderer never crashes on an odd brief."""
from __future__ import annotations

import bisect
import re
from collections import defaultdict
from typing import Any

SECTIONS: list[tuple[str, str, str]] = [  # key, plural label, singular label
    ("documents", "documents", "document"),
    ("entities", "entities", "entity"),
    ("quotes", "quotes", "quote"),
    ("figures", "figures", "figure"),
    ("dates", "dates", "date"),
    ("events", "events", "event"),
    ("stories", "stories", "story"),
    ("positions", "positions", "position"),
    ("discrepancies", "discrepancies", "discrepancy"),
    ("summary", "summary sentences", "summary sentence"),
    ("rejected", "rejected inputs", "rejected input"),
]

_WORD = re.compile(r"[a-z0-9]+")
_STOP = frozenset(
    ["a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "by", "with", "from", "as", "is"]
)


CONTEXT_CHARS = 160  # characters of a sentence shown around a date mention


def items(brief: dict, key: str) -> list[dict]:
    """The list stored under ``key``, keeping only dict items (an empty list when absent)."""
    value = brief.get(key) if isinstance(brief, dict) else None
    if not isinstance(value, list):
        return []
    return [item for item in value if isinstance(item, dict)]


def as_list(value: Any) -> list:
    """``value`` when it is a list, else an empty list."""
    return value if isinstance(value, list) else []


def as_text(value: Any) -> str:
    """A display string for a scalar; empty for ``None``."""
    if value is None:
        return ""
    return value if isinstance(value, str) else str(value)


def date_text(value: Any) -> str:
    """The ISO value of a date object or plain string; empty when there is none."""
    if isinstance(value, dict):
        return as_text(value.get("value"))
    return as_text(value)


def format_number(value: Any) -> str:
    """A figure value with thousands separators, dropping a useless ``.0``."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return as_text(value)
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        value = int(value)
    return f"{value:,}" if isinstance(value, int) else f"{value:,.6g}"


def span_of(item: dict) -> tuple[str, int, int] | None:
    """``(doc, start, end)`` of an item with integer offsets, else ``None``."""
    doc, start, end = item.get("doc"), item.get("start"), item.get("end")
    if not isinstance(doc, str) or isinstance(start, bool) or isinstance(end, bool):
        return None
    if not isinstance(start, int) or not isinstance(end, int):
        return None
    return doc, start, end


def measure_key(measure: Any) -> frozenset[str]:
    """The content words of a measure phrase, for grouping comparable figures."""
    words = _WORD.findall(as_text(measure).lower())
    return frozenset(w for w in words if w not in _STOP)


class BriefView:
    """Lookups over one brief: documents and entities by id, labels, groupings."""

    def __init__(self, brief: dict):
        self.brief = brief if isinstance(brief, dict) else {}
        self.documents = items(self.brief, "documents")
        self.entities = items(self.brief, "entities")
        self.doc_by_id = {as_text(d.get("id")): d for d in self.documents}
        self.entity_by_id = {as_text(e.get("id")): e for e in self.entities}
        self.event_by_id = {as_text(e.get("id")): e for e in items(self.brief, "events")}
        self._groups: dict[tuple[str, str], dict[str, list[dict]]] = {}
        self._figure_groups: list[list[dict]] | None = None
        self._mention_index: dict[str, list[tuple[int, int, str]]] | None = None

    def grouped(self, key: str, field: str) -> dict[str, list[dict]]:
        """The items of section ``key`` by the value of their ``field`` (built once per pair), so a
        page per entity does not scan every quote, figure and position again."""
        if (key, field) not in self._groups:
            groups: dict[str, list[dict]] = defaultdict(list)
            for item in items(self.brief, key):
                groups[as_text(item.get(field))].append(item)
            self._groups[(key, field)] = dict(groups)
        return self._groups[(key, field)]

    def title(self) -> str:
        """The report title: the brief's own title when it has one."""
        title = self.brief.get("title")
        return title.strip() if isinstance(title, str) and title.strip() else "Storyline brief"

    def counts(self) -> list[tuple[str, str, int]]:
        """``(key, label, count)`` for each standard section, the label agreeing with the count."""
        out = []
        for key, plural, singular in SECTIONS:
            n = len(items(self.brief, key))
            out.append((key, singular if n == 1 else plural, n))
        return out

    def doc_label(self, doc_id: Any) -> str:
        """A document's title, else its path, else its id."""
        doc = self.doc_by_id.get(as_text(doc_id))
        if doc is None:
            return as_text(doc_id) or "unknown document"
        for key in ("title", "path", "id"):
            if isinstance(doc.get(key), str) and doc[key].strip():
                return doc[key].strip()
        return as_text(doc_id)

    def doc_text(self, doc_id: Any) -> str:
        """The cleaned text of a document ('' when unknown)."""
        doc = self.doc_by_id.get(as_text(doc_id))
        text = doc.get("text") if doc else None
        return text if isinstance(text, str) else ""

    def sentence_around(self, item: dict, limit: int = CONTEXT_CHARS) -> str:
        """The sentence of the document that holds ``item``'s span (from the document's ``sentences``;
        its line when it has none), cut to about ``limit`` characters around the span with "…"; ''
        for an invalid span."""
        span = span_of(item)
        if span is None or not self.valid_span(*span):
            return ""
        doc, start, end = span
        text = self.doc_text(doc)
        lo = text.rfind("\n", 0, start) + 1
        hi = text.find("\n", end)
        hi = len(text) if hi < 0 else hi
        for pair in as_list(self.doc_by_id[doc].get("sentences")):
            if isinstance(pair, list | tuple) and len(pair) == 2 and pair[0] <= start and end <= pair[1]:
                lo, hi = pair
                break
        margin = max(0, (limit - (end - start)) // 2)
        a, b = max(lo, start - margin), min(hi, end + margin)
        if a > lo:  # cut between words
            a = min(start, text.find(" ", a) + 1 or start)
        if b < hi:
            b = max(end, text.rfind(" ", end, b + 1))
        return ("…" if a > lo else "") + " ".join(text[a:b].split()) + ("…" if b < hi else "")

    def valid_span(self, doc: Any, start: Any, end: Any) -> bool:
        """True when the span points inside a known document's text."""
        span = span_of({"doc": doc, "start": start, "end": end})
        if span is None or span[0] not in self.doc_by_id:
            return False
        return 0 <= span[1] < span[2] <= len(self.doc_text(span[0]))

    def entity_name(self, entity_id: Any) -> str | None:
        """The canonical name of an entity id, or ``None``."""
        entity = self.entity_by_id.get(as_text(entity_id)) if entity_id is not None else None
        name = entity.get("name") if entity else None
        return name if isinstance(name, str) and name else None

    def speaker_label(self, quote: dict) -> str:
        """Who said it: the entity's name, else the article's wording, else 'unattributed'."""
        return (
            self.entity_name(quote.get("speaker"))
            or as_text(quote.get("speaker_text")).strip()
            or "unattributed"
        )

    def claimant_label(self, entity_id: Any) -> str:
        """The claimant of a figure or value; the outlet itself when ``None``."""
        if entity_id is None:
            return "the outlet"
        return self.entity_name(entity_id) or as_text(entity_id)

    def quotes_by_speaker(self) -> list[tuple[str, str | None, list[dict]]]:
        """Quotes grouped by speaker label, the most quoted speaker first."""
        groups: dict[str, list[dict]] = defaultdict(list)
        ids: dict[str, str | None] = {}
        for quote in items(self.brief, "quotes"):
            label = self.speaker_label(quote)
            groups[label].append(quote)
            if self.entity_name(quote.get("speaker")):
                ids[label] = as_text(quote.get("speaker"))
        order = sorted(groups, key=lambda k: (k == "unattributed", -len(groups[k]), k.lower()))
        return [(label, ids.get(label), groups[label]) for label in order]

    def figure_groups(self) -> list[list[dict]]:
        """Figures grouped so the same unit and a similar measure sit together (largest group first);
        built once per brief, each figure compared only with the groups of its unit."""
        if self._figure_groups is None:
            groups: list[tuple[str, frozenset[str], list[dict]]] = []
            by_unit: dict[str, list[int]] = defaultdict(list)
            for figure in items(self.brief, "figures"):
                unit, words = as_text(figure.get("unit")).lower(), measure_key(figure.get("measure"))
                found = next((i for i in by_unit[unit] if _similar(groups[i][1], words)), None)
                if found is None:
                    by_unit[unit].append(len(groups))
                    groups.append((unit, words, [figure]))
                else:
                    groups[found][2].append(figure)
            ordered = sorted(groups, key=lambda g: (-len(g[2]), g[0], sorted(g[1])))
            self._figure_groups = [members for _, _, members in ordered]
        return self._figure_groups

    def entities_inside(self, span: tuple[str, int, int]) -> set[str]:
        """Ids of the entities with a mention inside ``span`` (doc, start, end), from a per-document
        index of mentions sorted by start, built once per brief."""
        if self._mention_index is None:
            index: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
            for eid, entity in self.entity_by_id.items():
                for m in as_list(entity.get("mentions")):
                    ms = span_of(m) if isinstance(m, dict) else None
                    if ms:
                        index[ms[0]].append((ms[1], ms[2], eid))
            self._mention_index = {doc: sorted(ms) for doc, ms in index.items()}
        mentions = self._mention_index.get(span[0], [])
        lo = bisect.bisect_left(mentions, (span[1],))
        found = set()
        for start, end, eid in mentions[lo:]:
            if start >= span[2]:
                break
            if end <= span[2]:
                found.add(eid)
        return found

    def timeline(self, docs: set[str] | None = None) -> list[tuple[str, list[dict]]]:
        """Date mentions (of the documents ``docs`` only, when given) grouped by value, in calendar
        order (coarser values before finer)."""
        groups: dict[str, list[dict]] = defaultdict(list)
        for date in items(self.brief, "dates"):
            if docs is not None and as_text(date.get("doc")) not in docs:
                continue
            value = date_text(date.get("value"))
            if value:
                groups[value].append(date)
        return [(value, groups[value]) for value in sorted(groups)]

    def positions_by_actor(self) -> list[tuple[str, str | None, list[dict]]]:
        """Positions grouped by actor name."""
        groups: dict[str, list[dict]] = defaultdict(list)
        ids: dict[str, str | None] = {}
        for position in items(self.brief, "positions"):
            actor = position.get("actor")
            label = self.entity_name(actor) or as_text(actor) or "unknown actor"
            groups[label].append(position)
            ids[label] = as_text(actor) if self.entity_name(actor) else None
        order = sorted(groups, key=lambda k: (-len(groups[k]), k.lower()))
        return [(label, ids[label], groups[label]) for label in order]

    def summary_groups(self) -> list[tuple[str | None, list[dict]]]:
        """Summary sentences: the whole-corpus ones first (title ``None``), then one group per story
        (a sentence's optional ``story`` id), stories in order of first appearance."""
        titles = {as_text(s.get("id")): as_text(s.get("title")) for s in items(self.brief, "stories")}
        groups: dict[str | None, list[dict]] = {None: []}
        for sentence in items(self.brief, "summary"):
            story = sentence.get("story")
            key = (titles.get(as_text(story)) or as_text(story)) if story else None
            groups.setdefault(key, []).append(sentence)
        return [(title, sentences) for title, sentences in groups.items() if sentences]

    def copies_by_doc(self) -> dict[str, list[str]]:
        """Inputs dropped as exact copies (``brief["copies"]``: path, record, doc_id), by document."""
        out: dict[str, list[str]] = defaultdict(list)
        for copy in items(self.brief, "copies"):
            where = f" ({as_text(copy['record'])})" if copy.get("record") else ""
            out[as_text(copy.get("doc_id"))].append(as_text(copy.get("path")) + where)
        return out

    def event_title(self, event_id: Any) -> str:
        """An event's title by id (the id itself when unknown)."""
        event = self.event_by_id.get(as_text(event_id))
        return (as_text(event.get("title")) if event else "") or as_text(event_id)


def _similar(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two measures count the same thing when they share most content words."""
    if not a or not b:
        return a == b
    return len(a & b) / min(len(a), len(b)) >= 0.6

"""Article text as escaped HTML paragraphs with highlighted spans.

The text is split at every span boundary and line break; each piece is escaped on its own and
wrapped in the elements of the spans covering it. Spans that cross each other are closed and
reopened around the crossing, so the markup stays well nested; only the first piece of a span
carries its ``id`` (continuation pieces get the class ``cont``). Every piece carries
``data-s``/``data-e``: the span's offsets, so the text of a span can be checked against the
article text."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from html import escape

from markupsafe import Markup

# characters kept as they are in an html id part; any other is written as _<hex code>_
_ID_SAFE = re.compile(r"[^A-Za-z0-9.-]")


def anchor_id(prefix: str, *parts: object) -> str:
    """The html id ``prefix-part-part...`` of an item, shared by the report and the web pages so the
    same quote or figure gets the same id in both. Letters, digits, '.' and '-' are kept; any other
    character (underscore, space, '<', '#', non-ASCII...) becomes ``_<hex code point>_``, so two
    different ids never share an anchor and the result is safe in a URL fragment and an attribute."""
    def clean(part: object) -> str:
        text = "" if part is None else str(part)
        return _ID_SAFE.sub(lambda m: f"_{ord(m.group()):x}_", text)
    return "-".join([prefix] + [clean(p) for p in parts])


# nesting order when two spans start and end at the same place: outermost first
KIND_ORDER = {"cite": 0, "quote": 1, "figure": 2, "date": 3, "entity": 4}


@dataclass
class Mark:
    """One span to highlight in one document's text."""

    start: int
    end: int
    kind: str  # cite | quote | figure | date | entity
    anchor: str | None = None  # html id for the first piece
    classes: list[str] = field(default_factory=list)
    title: str | None = None
    data: dict[str, str] = field(default_factory=dict)
    seq: int = 0  # insertion order, the last tie-breaker

    @property
    def tag(self) -> str:
        return "mark" if self.kind == "entity" else "span"

    def sort_key(self) -> tuple[int, int, int, int]:
        return (self.start, -self.end, KIND_ORDER.get(self.kind, 9), self.seq)

    def open_tag(self, first: bool) -> str:
        """The opening tag of one piece: with the id on the first piece only."""
        return self._first_tag if first else self._cont_tag

    @cached_property
    def _first_tag(self) -> str:
        return self._render_open(True)

    @cached_property
    def _cont_tag(self) -> str:
        return self._render_open(False)

    def _render_open(self, first: bool) -> str:
        classes = ["hl", f"hl-{self.kind}", *self.classes] + ([] if first else ["cont"])
        attrs = [("class", " ".join(classes)), ("data-s", str(self.start)), ("data-e", str(self.end))]
        if first and self.anchor:
            attrs.insert(0, ("id", self.anchor))
        if self.title:
            attrs.append(("title", self.title))
        attrs.extend((f"data-{k}", v) for k, v in self.data.items())
        rendered = " ".join(f'{name}="{escape(value, quote=True)}"' for name, value in attrs)
        return f"<{self.tag} {rendered}>"

    def close_tag(self) -> str:
        return f"</{self.tag}>"


def valid_marks(text: str, marks: list[Mark]) -> list[Mark]:
    """Marks whose offsets fall inside ``text`` and cover something other than line breaks."""
    return [
        m for m in marks
        if 0 <= m.start < m.end <= len(text) and text[m.start:m.end].strip("\r\n")
    ]


def _boundaries(text: str, marks: list[Mark]) -> list[int]:
    """Every offset where a span starts or ends or a line break begins or ends."""
    points = {0, len(text)}
    for m in marks:
        points.update((m.start, m.end))
    for br in re.finditer(r"\r?\n", text):
        points.update((br.start(), br.end()))
    return sorted(points)


class _Writer:
    """Writes pieces of one paragraph at a time, keeping the open elements well nested."""

    def __init__(self) -> None:
        self.paragraphs: list[str] = []
        self.current: list[str] = []
        self.rendered: list[Mark] = []
        self.opened: set[int] = set()

    def text(self, piece: str, active: list[Mark]) -> None:
        """Emit one piece of text inside exactly the elements of ``active`` (sorted outer first)."""
        keep = 0
        while keep < min(len(self.rendered), len(active)) and self.rendered[keep] is active[keep]:
            keep += 1
        self._close_to(keep)
        for mark in active[keep:]:
            first = id(mark) not in self.opened
            self.opened.add(id(mark))
            self.current.append(mark.open_tag(first))
            self.rendered.append(mark)
        self.current.append(escape(piece, quote=True))

    def line_break(self) -> None:
        """End the paragraph: close every open element (they reopen in the next one)."""
        self._close_to(0)
        paragraph = "".join(self.current)
        if paragraph.strip():
            self.paragraphs.append(f"<p>{paragraph}</p>")
        self.current = []

    def _close_to(self, depth: int) -> None:
        while len(self.rendered) > depth:
            self.current.append(self.rendered.pop().close_tag())


def mark_text(text: str, marks: list[Mark]) -> Markup:
    """``text`` as ``<p>`` paragraphs (one per line) with every valid mark highlighted."""
    marks = sorted(valid_marks(text, marks), key=Mark.sort_key)
    starts: dict[int, list[Mark]] = {}
    for mark in marks:
        starts.setdefault(mark.start, []).append(mark)
    writer, active = _Writer(), []
    points = _boundaries(text, marks)
    for a, b in zip(points, points[1:], strict=False):
        active = [m for m in active if m.end > a] + starts.get(a, [])
        active.sort(key=Mark.sort_key)
        piece = text[a:b]
        if piece in ("\n", "\r\n"):
            writer.line_break()
        else:
            writer.text(piece, active)
    writer.line_break()
    return Markup("\n".join(writer.paragraphs))

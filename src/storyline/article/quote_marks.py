"""Find quoted stretches of text from quote marks alone (no parse needed).

One left-to-right pass per paragraph pairs opening and closing marks, straight or curly,
double or single. Stray marks (an opening mark never closed, a possessive apostrophe) are
dropped without losing the rest of the paragraph or the article. A paragraph whose quote is
still open at its end continues when the next paragraph opens with a quote mark (the news
convention for quotes running over several paragraphs); each paragraph gives its own segment."""
from __future__ import annotations

from dataclasses import dataclass

DOUBLE_OPEN = {"“", "„", "«"}
DOUBLE_CLOSE = {"”", "»"}
SINGLE_OPEN = {"‘"}
SINGLE_CLOSE = {"’"}
OPEN_BEFORE = set(" \t\n([{—–-/:")  # characters that may precede an opening mark
CLOSE_AFTER = set(" \t\n)]}.,;:!?—–-…/")  # characters that may follow a closing mark


@dataclass
class MarkedSpan:
    """Quoted words ``text[start:end]`` (marks excluded) inside one paragraph."""

    start: int
    end: int
    continues: bool = False  # an earlier paragraph opened this quote
    open_end: bool = False  # the quote goes on into the next paragraph
    single: bool = False  # delimited by single marks


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-empty line of ``text``."""
    out, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _role(text: str, i: int, start: int, end: int) -> str:
    """'open', 'close' or 'either' for the mark at ``text[i]`` from its neighbours."""
    prev = text[i - 1] if i > start else " "
    nxt = text[i + 1] if i + 1 < end else " "
    can_open = (prev in OPEN_BEFORE or prev in DOUBLE_OPEN or prev in SINGLE_OPEN) and not nxt.isspace()
    can_close = (nxt in CLOSE_AFTER or nxt in DOUBLE_CLOSE or nxt in SINGLE_CLOSE or nxt in "\"'") and (
        not prev.isspace()
    )
    if can_open and not can_close:
        return "open"
    if can_close and not can_open:
        return "close"
    return "either" if can_open and can_close else "none"


def _double_marks(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """Positions and roles of the double quote marks in ``text[start:end]``."""
    out = []
    for i in range(start, end):
        ch = text[i]
        if ch == '"':
            out.append((i, _role(text, i, start, end)))
        elif ch in DOUBLE_OPEN:
            role = _role(text, i, start, end)
            out.append((i, "close" if role == "close" else "open"))
        elif ch in DOUBLE_CLOSE:
            role = _role(text, i, start, end)
            out.append((i, "open" if role == "open" else "close"))
    return out


def _pair(marks: list[tuple[int, str]]) -> tuple[list[tuple[int, int]], int | None]:
    """Pair marks left to right; returns closed (open, close) pairs and a dangling open position."""
    pairs, opened = [], None
    for pos, role in marks:
        if opened is None:
            if role in ("open", "either"):
                opened = pos
        elif role in ("close", "either"):
            pairs.append((opened, pos))
            opened = None
        elif role == "open":
            opened = pos  # the earlier opening mark was a stray one
    return pairs, opened


def _single_marks(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """Single marks that can only be quote marks (not apostrophes inside or after words)."""
    out = []
    for i in range(start, end):
        ch = text[i]
        if ch not in SINGLE_OPEN and ch not in SINGLE_CLOSE and ch != "'":
            continue
        role = _role(text, i, start, end)
        nxt = text[i + 1] if i + 1 < end else " "
        if role == "open" and (ch in SINGLE_OPEN or ch == "'") and nxt.isalnum():
            out.append((i, "open"))
        elif role in ("close", "either") and not nxt.isalnum():
            out.append((i, "close"))
    return out


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= pos <= e for s, e in spans)


def find_marked(text: str) -> list[MarkedSpan]:
    """Every quoted stretch of ``text``, in order; never raises on unbalanced marks."""
    out: list[MarkedSpan] = []
    carry = False  # a double quote is open at the end of the previous paragraph
    for start, end in paragraphs(text):
        first = len(text[start:end]) - len(text[start:end].lstrip())
        opens_with_mark = text[start + first] in DOUBLE_OPEN or text[start + first] == '"'
        continues = carry and opens_with_mark
        pairs, dangling = _pair(_double_marks(text, start, end))
        spans = [MarkedSpan(a + 1, b) for a, b in pairs if b > a + 1]
        if continues and spans and spans[0].start == start + first + 1:
            spans[0].continues = True
        carry = False
        if dangling is not None and _next_opens(text, end):
            cont = continues and dangling == start + first
            spans.append(MarkedSpan(dangling + 1, _rstrip(text, dangling + 1, end), cont, True))
            carry = True
        taken = [(s.start - 1, s.end) for s in spans]
        singles, _ = _pair([m for m in _single_marks(text, start, end) if not _inside(m[0], taken)])
        spans += [MarkedSpan(a + 1, b, single=True) for a, b in singles if b > a + 1]
        out += sorted((s for s in spans if text[s.start:s.end].strip()), key=lambda s: s.start)
    return out


def _next_opens(text: str, end: int) -> bool:
    """Does the next non-empty paragraph after ``end`` open with a double quote mark?"""
    rest = text[end:end + 400].lstrip()
    return bool(rest) and (rest[0] in DOUBLE_OPEN or rest[0] == '"')


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end

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


def _role(text: str, i: int, start: int, end: int, j: int | None = None) -> str:
    """'open', 'close' or 'either' for the mark ``text[i:j + 1]`` from its neighbours."""
    j = i if j is None else j
    prev = text[i - 1] if i > start else " "
    nxt = text[j + 1] if j + 1 < end else " "
    can_open = (prev in OPEN_BEFORE or prev in DOUBLE_OPEN or prev in SINGLE_OPEN) and not nxt.isspace()
    can_close = (nxt in CLOSE_AFTER or nxt in DOUBLE_CLOSE or nxt in SINGLE_CLOSE or nxt in "\"'") and (
        not prev.isspace()
    )
    if can_open and not can_close:
        return "open"
    if can_close and not can_open:
        return "close"
    return "either" if can_open and can_close else "none"


Mark = tuple[int, int, str]  # (last index of the mark, first index of the mark, role)


def _double_marks(text: str, start: int, end: int) -> list[Mark]:
    """Double quote marks in ``text[start:end]``: straight, curly, and doubled apostrophes ('' and ``)."""
    out: list[Mark] = []
    i = start
    while i < end:
        ch = text[i]
        if ch in "'`" and i + 1 < end and text[i + 1] == ch:
            role = _role(text, i, start, end, i + 1)
            out.append((i + 1, i, "open" if ch == "`" else role))
            i += 2
            continue
        if ch == '"':
            out.append((i, i, _role(text, i, start, end)))
        elif ch in DOUBLE_OPEN:
            out.append((i, i, "close" if _role(text, i, start, end) == "close" else "open"))
        elif ch in DOUBLE_CLOSE:
            out.append((i, i, "open" if _role(text, i, start, end) == "open" else "close"))
        i += 1
    return out


def _pair(marks: list[Mark]) -> tuple[list[tuple[int, int]], int | None]:
    """Pair marks left to right: (content start - 1, content end) pairs and a dangling opening mark."""
    pairs, opened = [], None
    for last, first, role in marks:
        if opened is None:
            if role in ("open", "either"):
                opened = last
        elif role in ("close", "either"):
            pairs.append((opened, first))
            opened = None
        elif role == "open":
            opened = last  # the earlier opening mark was a stray one
    return pairs, opened


def _single_marks(text: str, start: int, end: int) -> list[Mark]:
    """Single marks that can only be quote marks (not apostrophes inside or after words)."""
    out = []
    for i in range(start, end):
        ch = text[i]
        if ch not in SINGLE_OPEN and ch not in SINGLE_CLOSE and ch != "'":
            continue
        if ch == "'" and ("'" in text[i - 1:i] or "'" in text[i + 1:i + 2]):
            continue  # half of a doubled apostrophe mark
        role = _role(text, i, start, end)
        nxt = text[i + 1] if i + 1 < end else " "
        if role == "open" and (ch in SINGLE_OPEN or ch == "'") and nxt.isalnum():
            out.append((i, i, "open"))
        elif role in ("close", "either") and not nxt.isalnum():
            out.append((i, i, "close"))
    return out


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= pos <= e for s, e in spans)


def find_marked(text: str) -> list[MarkedSpan]:
    """Every quoted stretch of ``text``, in order; never raises on unbalanced marks."""
    out: list[MarkedSpan] = []
    carry = False  # a double quote is open at the end of the previous paragraph
    for start, end in paragraphs(text):
        first = len(text[start:end]) - len(text[start:end].lstrip())
        lead = _opening_len(text, start + first)
        continues = carry and lead > 0
        pairs, dangling = _pair(_double_marks(text, start, end))
        spans = [MarkedSpan(a + 1, b) for a, b in pairs if b > a + 1]
        if continues and spans and spans[0].start == start + first + lead:
            spans[0].continues = True
        carry = False
        if dangling is not None and _next_opens(text, end):
            cont = continues and dangling == start + first + lead - 1
            spans.append(MarkedSpan(dangling + 1, _rstrip(text, dangling + 1, end), cont, True))
            carry = True
        taken = [(s.start - 2, s.end + 1) for s in spans]
        singles, _ = _pair([m for m in _single_marks(text, start, end) if not _inside(m[0], taken)])
        spans += [MarkedSpan(a + 1, b, single=True) for a, b in singles if b > a + 1]
        out += sorted((s for s in spans if text[s.start:s.end].strip()), key=lambda s: s.start)
    return out


def _next_opens(text: str, end: int) -> bool:
    """Does the next non-empty paragraph after ``end`` open with a double quote mark?"""
    rest = text[end:end + 400].lstrip()
    return _opening_len(rest, 0) > 0


def _opening_len(text: str, i: int) -> int:
    """Length of the double opening mark at ``text[i]`` (0 when there is none)."""
    if text[i:i + 2] in ("''", "``"):
        return 2
    return 1 if text[i:i + 1] in DOUBLE_OPEN or text[i:i + 1] == '"' else 0


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end

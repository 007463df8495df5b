"""Event mentions of all articles grouped into events: one real event, however many reports.

Two mentions are the same event when they have the same type, compatible dates (the same value,
one a month or year holding the other, or one undated), the same story (when stories exist), and
enough shared participants: at least one, and two when both name two or more; a shared place
counts as a participant. A mention that names nobody and no place ("After the call, ...") joins
the latest event of its type already mentioned earlier in the same document (a definite
anaphor), when there is one; with a stated day, it first joins an event of the same type, story,
day and trigger word ("the collapse" of 10 March told by four outlets); failing both, the largest
event of its story told with the same trigger word (stories are about one seminal event).

Mentions are taken most precise date first (days, then months, years, undated) so that vague
mentions join an event whose date is known. Candidates come from an inverted index on (type,
story, participant or place) and each key keeps only its ``RECENT`` latest events: the cost
grows with the number of mentions, not with its square."""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from storyline.model import DateValue, EventMention

RECENT = 64  # events kept per index key


@dataclass
class Mention:
    """One event mention with its names resolved to entity ids."""

    doc: str
    order: int  # position of the document in the corpus order
    event: EventMention
    participants: list[str]  # entity ids
    place: str | None  # entity id
    story: str | None

    @property
    def value(self) -> str | None:
        return self.event.date.value if self.event.date else None

    @property
    def head(self) -> str:
        """The trigger's head word, singular ("collapse", "talk")."""
        word = self.event.text.split()[-1].lower() if self.event.text.split() else ""
        return word[:-1] if word.endswith("s") and not word.endswith("ss") else word

    @property
    def day_key(self) -> tuple | None:
        value = self.value
        return (self.event.type, self.story, value, self.head) if value and len(value) == 10 else None

    @property
    def keys(self) -> set[str]:
        return set(self.participants) | ({f"@{self.place}"} if self.place else set())


@dataclass
class Group:
    """Mentions judged to report one event."""

    type: str
    story: str | None
    mentions: list[Mention] = field(default_factory=list)
    keys: Counter = field(default_factory=Counter)
    value: str | None = None

    def add(self, m: Mention) -> None:
        self.mentions.append(m)
        self.keys.update(m.keys)
        if m.value and (self.value is None or len(m.value) > len(self.value)):
            self.value = m.value


def compatible(a: str | None, b: str | None) -> bool:
    """Dates that may name the same day: equal, one holding the other, or one unknown."""
    if not a or not b:
        return True
    return a.startswith(b) or b.startswith(a)


def _enough_overlap(m: Mention, g: Group) -> int:
    """Shared participants and place, 0 when too few to call it one event."""
    shared = len(m.keys & set(g.keys))
    need = min(2, len(m.keys), len(g.keys))
    return shared if shared >= max(need, 1) else 0


def _precision(m: Mention) -> tuple[int, int, int]:
    return (-len(m.value or ""), m.order, m.event.start)


class _Index:
    def __init__(self) -> None:
        self.by_key: dict[tuple, list[Group]] = defaultdict(list)
        self.by_doc: dict[tuple[str, str], list[Group]] = defaultdict(list)
        self.by_day: dict[tuple, list[Group]] = defaultdict(list)
        self.by_word: dict[tuple, list[Group]] = defaultdict(list)

    def candidates(self, m: Mention) -> list[Group]:
        seen: dict[int, Group] = {}
        for key in sorted(m.keys):
            for g in self.by_key[(m.event.type, m.story, key)]:
                seen.setdefault(id(g), g)
        return list(seen.values())

    def add(self, m: Mention, g: Group) -> None:
        for key in m.keys:
            bucket = self.by_key[(m.event.type, m.story, key)]
            if g not in bucket:
                bucket.append(g)
                del bucket[:-RECENT]
        word = self.by_word[(m.event.type, m.story, m.head)] if m.story else []
        for bucket in (self.by_doc[(m.doc, m.event.type)], self.by_day[m.day_key] if m.day_key else [], word):
            if g not in bucket:
                bucket.append(g)


def _anaphor_target(m: Mention, index: _Index) -> Group | None:
    """For a mention naming nobody: the latest same-type event mentioned before it in its document."""
    before = [g for g in index.by_doc[(m.doc, m.event.type)]
              if compatible(g.value, m.value) and any(x.doc == m.doc and x.event.start < m.event.start
                                                     for x in g.mentions)]
    if not before:
        return None
    return max(before, key=lambda g: max(x.event.start for x in g.mentions if x.doc == m.doc))


def _same_word(m: Mention, index: _Index) -> Group | None:
    """For a mention naming nobody: the largest event of its story told with the same word."""
    if m.story is None:
        return None
    bucket = index.by_word.get((m.event.type, m.story, m.head), [])
    found = [g for g in bucket if compatible(g.value, m.value)]
    return max(found, key=lambda g: len(g.mentions)) if found else None


def _best(m: Mention, index: _Index) -> Group | None:
    if not m.keys:
        same_day = index.by_day.get(m.day_key) if m.day_key else None
        return same_day[0] if same_day else _anaphor_target(m, index) or _same_word(m, index)
    scored = [(_enough_overlap(m, g), g) for g in index.candidates(m) if compatible(g.value, m.value)]
    scored = [(s, g) for s, g in scored if s > 0]
    if not scored:
        return None
    exact = [(s, g) for s, g in scored if g.value and m.value and g.value == m.value]
    return max(exact or scored, key=lambda sg: (sg[0], len(sg[1].mentions)))[1]


def group_mentions(mentions: list[Mention]) -> list[Group]:
    """Greedy grouping of ``mentions`` into events (deterministic: same input, same groups)."""
    index, groups = _Index(), []
    pending: list[Mention] = []
    for m in sorted(mentions, key=_precision):
        if m.keys:
            _place(m, index, groups)
        else:
            pending.append(m)
    for m in sorted(pending, key=lambda x: (x.order, x.event.start)):
        _place(m, index, groups)
    return groups


def _place(m: Mention, index: _Index, groups: list[Group]) -> None:
    """Add a mention to its best group, or start a new one."""
    g = _best(m, index)
    if g is None:
        g = Group(m.event.type, m.story)
        groups.append(g)
    g.add(m)
    index.add(m, g)


def group_date(g: Group) -> DateValue | None:
    """The most precise date the mentions give; among equals the most frequent, then the first."""
    dated = [m for m in g.mentions if m.value]
    if not dated:
        return None
    best_len = max(len(m.value or "") for m in dated)
    top = [m for m in dated if len(m.value or "") == best_len]
    counts = Counter(m.value for m in top)
    value = max(counts, key=lambda v: (counts[v], -min(x.order for x in top if x.value == v)))
    first = min((m for m in top if m.value == value), key=lambda m: (m.order, m.event.start))
    return DateValue(value, first.event.date.text if first.event.date else "")


def group_sort_day(g: Group, date: DateValue | None) -> str | None:
    """The day that orders the event: its date, or the window middle of the mention that gave it."""
    if date is None:
        return None
    days = sorted(m.event.sort_day for m in g.mentions if m.value == date.value and m.event.sort_day)
    return days[0] if days else None

"""What the corpus says about each folded name form (``FormStat``) and the union-find that groups
forms into entities, with the helpers every merge rule shares (``group_types``, ``join_compatible``)."""
from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from storyline.corpus.entity_mentions import NameMention
from storyline.corpus.entity_names import is_acronym
from storyline.corpus.entity_types import PLACE_LABELS, compatible, elect, group_type, tally

BODY_TYPES = ("ORG", "GROUP", "OTHER")  # types a party or a seat of government is given by NER


class UnionFind:
    """Disjoint sets of strings; the root of a set is its smallest member (stable across runs)."""

    def __init__(self, items: Sequence[str]):
        self.parent = {x: x for x in items}

    def find(self, x: str) -> str:
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            lo, hi = sorted((ra, rb))
            self.parent[hi] = lo


@dataclass
class FormStat:
    """What the corpus says about one folded form."""

    form: str
    displays: Counter[str] = field(default_factory=Counter)
    votes: Counter[str] = field(default_factory=Counter)
    docs: set[str] = field(default_factory=set)
    per_doc: Counter[str] = field(default_factory=Counter)  # mentions in each document
    acronym: bool = False
    common: bool = False  # a one-word form some document also writes in lower case ("Senate", "senate")
    placed: bool = False  # some mention's context reads as a place ("in Delta", "Delta, Georgia")
    ner_place: bool = False  # NER tagged some mention a place

    @property
    def type(self) -> str:
        return elect(self.votes.items())

    @property
    def weight(self) -> float:
        return sum(self.votes.values())

    @property
    def n_words(self) -> int:
        return len(self.form.split())


def form_stats(mentions: Sequence[NameMention]) -> dict[str, FormStat]:
    """Displays, votes and documents per form."""
    stats: dict[str, FormStat] = {}
    for m in mentions:
        st = stats.setdefault(m.form, FormStat(m.form))
        st.displays[m.surface] += 1
        st.votes.update(tally(m.votes))
        st.docs.add(m.doc)
        st.per_doc[m.doc] += 1
        st.acronym = st.acronym or (m.reliable and is_acronym(m.surface))
        st.common = st.common or m.common
        st.placed = st.placed or any(kind == "PLACE" for kind, _ in m.votes[1:])  # [0]: the NER label's vote
        st.ner_place = st.ner_place or m.label in PLACE_LABELS
    for st in stats.values():
        st.acronym = st.acronym and not capitals_of_a_word(st)
    return stats


def capitals_of_a_word(st: FormStat) -> bool:
    """Is an all-caps form ("TRUMP" in a transcript label or headline, "NATO") also written in
    lower or title case in the corpus ("Trump", "Nato")? Then it is that word, not an acronym
    of its own; from 4 letters on (a short "US" or "IT" stays an acronym)."""
    return len(st.form) >= 4 and any(not is_acronym(d) for d in st.displays)


def group_types(stats: dict[str, FormStat], uf: UnionFind) -> dict[str, str]:
    """The type of every group (root form) from the votes of all its forms."""
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    forms: dict[str, list[str]] = defaultdict(list)
    for st in stats.values():
        root = uf.find(st.form)
        votes[root].update(st.votes)
        forms[root].append(st.form)
    return {root: group_type(votes[root], forms[root]) for root in votes}


def join_compatible(members: list[FormStat], uf: UnionFind) -> None:
    """Join each member to the heaviest earlier anchor of a compatible type (no OTHER bridges)."""
    anchors: list[FormStat] = []
    for st in sorted(members, key=lambda s: (-s.weight, s.form)):
        anchor = next((a for a in anchors if compatible(a.type, st.type)), None)
        if anchor is None:
            anchors.append(st)
        else:
            uf.union(anchor.form, st.form)

"""Figures on which sources disagree: the same measure given different, incompatible numbers.

Two figures of one scope (see ``compare_scope``) are about the *same measure* when they count
the same unit (and rate; decades as years, people against one kind of person: ``compare_units``),
their holders and kinds may be one (``compare_worth.same_owner``, ``compare_kinds``), and either
share a measure word (the thing counted or measured: "war" in "three-year war" and in "the war,
which has lasted for four years"; casualty words fall into families: deaths, injuries, losses; a
verb said of any count, "affecting", is none; durations need a thing or a verb with its object,
"paying taxes"), or say what one holder has ("Velo has N subscribers"), or, for estimates of a
count, are the only figure with that unit in their documents. Sums of money need a shared noun
("loss"), values within ``SUM_RATIO`` and the same tense (a projection is not a past sum). They
*disagree* when their value intervals do not meet (``compare_values``) and they come from
different documents or different claimants.

Not contradictions, left out: a later document giving a higher running total (deaths, arrests,
cases ...) or a longer duration of something ongoing, by no more than the time passed."""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property

from storyline.corpus.compare_kinds import different_kinds, is_unit_word, kind_apart, qualifiers
from storyline.corpus.compare_phrases import value_phrase
from storyline.corpus.compare_scope import SentenceParses, clause_years, published
from storyline.corpus.compare_units import scaled, sole_casualties, unit_group, units_meet
from storyline.corpus.compare_values import compatible
from storyline.corpus.compare_worth import (
    CURRENCY_UNITS,
    MEASUREMENT_UNITS,
    TIME_UNITS,
    article_home,
    article_places,
    comparable,
    entity_key,
    holder_name,
    placed_apart,
    places_of,
    projected,
    same_owner,
    sentence_names,
    stative_holding,
    sum_owner,
    unit_token,
)
from storyline.model import Article, Figure

FAMILIES = {
    "deaths": {"kill", "killed", "dead", "die", "died", "dying", "death", "fatality", "toll", "perish"},
    "injuries": {"wound", "wounded", "injure", "injured", "injury", "hurt"},
    "losses": {"lose", "lost", "loss", "losses", "casualty", "casualties"},
}
CUMULATIVE = {"deaths", "injuries", "losses", "arrest", "detain", "case", "infect", "evacuate", "displace",
              "rescue", "confirm", "flee", "vaccinate", "test"}
STOP_MEASURE = {"of", "the", "a", "an", "and", "or", "in", "on", "at", "for", "to", "with", "by", "be",
                "have", "more", "other", "some", "about", "over", "than"} \
    | CURRENCY_UNITS  # a currency is no measured thing ("$9.7bn" of "7.5bn euros ($9.7bn)")
# verbs said of any count ("affecting 5,000 passengers", "including 40 children"): shared alone, they do
# not make two counts one measure
WEAK_VERBS = {"be", "have", "say", "include", "involve", "affect", "see", "make", "do", "get", "take", "give",
              "use", "show", "report", "tell", "add", "compare", "reach", "total", "number", "put"}
SUM_RATIO = 1.25  # two sums of money said of one thing differ by less than this factor (else: two things)
ESTIMATE_RATIO = 3.0  # two estimates of one count differ by less than this factor


@dataclass
class FigureFact:
    """A figure with what comparison needs: its article, claimant, measure words and unit."""

    article: Article
    figure: Figure
    claimant: str | None
    words: set[str] = field(default_factory=set)
    unit: str = ""
    places: set[str] = field(default_factory=set)  # where its sentence says it happened ("in Beirut")
    named: set[str] = field(default_factory=set)  # every name its article uses
    home: set[str] = field(default_factory=set)  # every place its article names
    holder: str | None = None  # who has the counted things ("Cruz (who has 231 delegates)")
    holder_name: str | None = None  # the holder as written
    holding: bool = False  # the sentence says what its holder has ("Velo has N subscribers")
    subject: str | None = None  # what the figure is about (figure.subject_name), keyed like ``holder``
    kinds: set[str] = field(default_factory=set)  # what kind of thing it counts ("political" experts)
    projected: bool = False  # a sum said of the future ("will remain at $500bn"), see ``projected``
    own_years: set[str] = field(default_factory=set)  # years dated in its own clause ("lost $1bn in 2023")
    names: set[str] = field(default_factory=set)  # people and bodies its sentence names (sums only)

    @property
    def key(self) -> tuple[str, int]:
        return (self.article.id, self.figure.start)

    @cached_property
    def sentence(self) -> tuple[int, int] | None:
        """Bounds of the figure's sentence (looked up once: pairs of facts ask again and again)."""
        return self.article.sentence_of(self.figure.start, self.figure.end)

    @cached_property
    def years(self) -> set[str]:
        return stated_years(self)


def _family(word: str) -> str:
    for name, members in FAMILIES.items():
        if word in members:
            return name
    return word


def anchor_words(doc, offset: int, figure: Figure) -> set[str]:
    """What a figure measures, read from the parse: the noun its unit belongs to ("war" for
    "three-year war", "war" for "the war, which has lasted for four years") and, marked "v:",
    the verbs on the way."""
    tok = unit_token(doc, offset, figure)
    out: set[str] = set()
    what = _sum_of(tok) if (figure.unit or "").lower() in CURRENCY_UNITS else None
    if what is not None:
        return {_word(what)}
    steps = 0
    while tok is not None and steps < 6 and tok.head is not tok:
        steps += 1
        head = tok.head
        if head.pos_ in ("NOUN", "PROPN") and tok.dep_ not in ("nsubj", "nsubjpass", "dobj"):
            out.add(head.lemma_.lower())
            break
        if head.pos_ in ("VERB", "AUX"):
            out.add(_word(head))
            obj = next((c for c in head.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
            if obj is not None:  # the deed: "paying taxes [for 18 years]"
                out.add(f"{_word(head)}>{obj.lemma_.lower()}")
            if head.dep_ in ("relcl", "acl") and head.head.pos_ in ("NOUN", "PROPN"):
                out.add(head.head.lemma_.lower())
                break
            subj = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN"]
            out.update(s.lemma_.lower() for s in subj if s is not tok)
            break
        tok = head
    return out


def _sum_of(tok):
    """The noun a sum of money is "in" or "of" ("$1 billion in losses", "$5 million of debt"), if any."""
    for t in (tok, tok.head) if tok is not None else ():
        for prep in (c for c in t.children if c.dep_ == "prep" and c.lower_ in ("in", "of")):
            noun = next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None)
            if noun is not None:
                return noun
    return None


def _word(tok) -> str:
    """A measure word: the lemma, casualty words as their family, other verbs marked "v:"."""
    lemma = tok.lemma_.lower()
    family = _family(tok.lower_) if _family(tok.lower_) != tok.lower_ else _family(lemma)
    if family in FAMILIES:
        return family
    return "v:" + lemma if tok.pos_ in ("VERB", "AUX") else lemma


def measure_words(fact: FigureFact, parses: SentenceParses) -> set[str]:
    """Measure words of a figure (see ``_word``), without its unit, time words and symbols."""
    f = fact.figure
    doc, offset = parses.get(fact.article, f.start, f.end)
    by_text = {t.lower_: t for t in doc}
    unit = (f.unit or "").lower()
    said = [w.lower() for w in re.findall(r"[^\W\d_]{3,}", f.measure or "")]
    words = {_word(by_text[w]) if w in by_text else _family(w) for w in said}
    if unit in TIME_UNITS or not {w for w in words if not is_unit_word(w, unit)}:
        words |= anchor_words(doc, offset, f)
    return {w for w in words if w.removeprefix("v:") not in STOP_MEASURE | set(TIME_UNITS)
            and not is_unit_word(w.removeprefix("v:"), unit)}


def _expanded(words: set[str]) -> set[str]:
    """Losses cover deaths and injuries ("lost 400,000 soldiers" vs "43,000 killed")."""
    return words | {"deaths", "injuries"} if "losses" in words else words


def same_measure(a: FigureFact, b: FigureFact, sole_unit: set[tuple[str, str]]) -> bool:
    """Do two facts count or measure the same thing (see the module docstring)?"""
    na = a.figure.subject_name if a.subject else a.holder_name
    nb = b.figure.subject_name if b.subject else b.holder_name
    if not same_owner(a.subject or a.holder, na, b.subject or b.holder, nb) \
            or different_kinds(a.kinds, b.kinds):
        return False
    if a.holding and b.holding:
        return True  # what one holder has, said twice ("Velo has 400 million subscribers")
    shared = kind_apart(_expanded(a.words) & _expanded(b.words), a.words, a.kinds, b.words, b.kinds)
    if a.unit in CURRENCY_UNITS:  # sums: both owned, a shared noun ("loss"), never a verb, close values,
        # one tense; no owner on a side is no same owner ("Nordair's loss" vs a loss of no one named)
        owned = _owned(a, b) and _owned(b, a)
        return owned and any(not w.startswith("v:") for w in shared) and _ratio(a, b) <= SUM_RATIO \
            and a.projected == b.projected
    if a.unit in TIME_UNITS:  # a shared thing ("war") or deed ("pay taxes"), not a verb alone ("speak")
        if any(not w.startswith("v:") or ">" in w for w in shared):
            return True
    elif any(not _weak(w, WEAK_VERBS) for w in shared):
        return True  # a shared thing or deed ("arrest"), not a verb said of any count ("affecting")
    if a.unit in TIME_UNITS or a.unit in MEASUREMENT_UNITS:
        return False
    if {_family(w) for w in a.words} & set(FAMILIES) and {_family(w) for w in b.words} & set(FAMILIES):
        return False  # deaths against injuries
    estimate = any(f.approximate or f.low is not None for f in (a.figure, b.figure))
    both_sole = (a.article.id, a.unit) in sole_unit and (b.article.id, b.unit) in sole_unit
    return estimate and both_sole and _ratio(a, b) < ESTIMATE_RATIO


def _owned(a: FigureFact, b: FigureFact) -> bool:
    """Has sum ``a`` an owner that may be ``b``'s: its own name, or, unnamed ("the businessman lost
    $916 million"), ``b``'s named owner among the people and bodies its sentence names."""
    if a.subject or a.holder:
        return True
    other = b.subject or b.holder
    return other is not None and other in a.names


def _weak(word: str, weak: set[str]) -> bool:
    """A verb of ``weak``, marked ("v:affect") or as the figure's measure gives it ("affected")."""
    if word.startswith("v:"):
        return word[2:] in weak
    return any(word.endswith(end) and word[:-len(end)] in weak for end in ("ed", "d", "ing"))


def _ratio(a: FigureFact, b: FigureFact) -> float:
    return max(a.figure.value, b.figure.value) / max(min(a.figure.value, b.figure.value), 1e-9)


def is_update(a: FigureFact, b: FigureFact) -> bool:
    """A later document's higher running total, or a duration grown by at most the time passed."""
    da, db = published(a.article), published(b.article)
    if not da or not db or da == db:
        return False
    early, late = (a, b) if da < db else (b, a)
    if late.figure.value <= early.figure.value:
        return False
    if early.words & CUMULATIVE or late.words & CUMULATIVE:
        return True
    if early.unit in TIME_UNITS:
        grown = (late.figure.value - early.figure.value) * TIME_UNITS[early.unit]
        return grown <= abs((db - da).days) + TIME_UNITS[early.unit]
    return False


def disagree(a: FigureFact, b: FigureFact) -> bool:
    """Incompatible values from different documents or claimants, and not an update. Durations of
    different documents are compared only when both publication dates are known (they grow); figures
    placed in a place the other's article never names ("in Beirut" vs "in Benghazi", or "in Georgia"
    against an article that never names Georgia) are about different things (``placed_apart``)."""
    if placed_apart(a.places, a.named, b.places, b.named, a.home, b.home):
        return False
    if a.article.id == b.article.id and (a.claimant == b.claimant or _same_sentence(a, b)
                                         and None in (a.claimant, b.claimant)):
        return False  # one sentence listing two numbers ("six murder counts and five ...") is no dispute
    dated = published(a.article) and published(b.article)
    if a.unit in TIME_UNITS and a.article.id != b.article.id and not dated:
        return False
    if (a.figure.rate or "") != (b.figure.rate or ""):
        return False
    if _different_times(a, b):
        return False
    return not compatible(a.figure, b.figure) and not is_update(a, b)


_YEAR = re.compile(r"\d{4}")
_SINCE = re.compile(r"\b(?:since|from)\s+(?:\w+\s+)?$", re.I)  # a running total from "since May 2022"


def stated_years(fact: FigureFact) -> set[str]:
    """The years the figure's sentence dates itself to ("killed 77 people in July 2011" -> {"2011"}),
    those of its own clause when it has some (``clause_years``); not the start of a running total
    ("killed since February 2022")."""
    sent = fact.sentence
    if sent is None:
        return set()
    text = fact.article.text
    years = {d.value[:4] for d in fact.article.dates
             if d.value and _YEAR.match(d.value) and sent[0] <= d.start < sent[1]
             and not _SINCE.search(text, max(sent[0], d.start - 12), d.start)}
    return years & fact.own_years or years  # the clause's own year before every year of the sentence


def _different_times(a: FigureFact, b: FigureFact) -> bool:
    """Figures of different years are about different things: both sentences give years and none is
    shared, or one gives a year the other document was not published in (an old event as background;
    not within one article, whose other sentences may speak of that year without naming it)."""
    ya, yb = a.years, b.years
    if ya and yb:
        return not ya & yb
    years = ya or yb
    if not years:
        return False
    if a.article.id == b.article.id:
        return False  # one article, which names that year: its other sentence may speak of the same
    pub = published((b if ya else a).article)  # the document whose sentence gives no year
    return pub is None or str(pub.year) not in years


def _same_sentence(a: FigureFact, b: FigureFact) -> bool:
    return a.sentence is not None and a.sentence == b.sentence


def facts_of(articles: Sequence[Article], claimant_of, parses: SentenceParses) -> list[FigureFact]:
    """Figures of ``articles`` whose unit (``unit_group``; decades as years) occurs in at least two
    figures with different values."""
    facts = [FigureFact(a, g, claimant_of(a.id, f.claimed_by_name), unit=(g.unit or "").lower())
             for a in articles for f in a.figures if comparable(a, f) for g in [scaled(f)]]
    values: dict[str, set[float]] = defaultdict(set)
    for fact in facts:
        values[unit_group(fact.unit)].add(fact.figure.value)
    facts = [f for f in facts if len(values[unit_group(f.unit)]) > 1]
    for article in articles:
        parses.prefetch(article, [(f.figure.start, f.figure.end) for f in facts if f.article is article])
    used = {f.article.id: f.article for f in facts}.values()
    named = {a.id: article_places(a, claimant_of) for a in used}
    home = {a.id: article_home(a, claimant_of) for a in used}
    for fact in facts:
        fact.words = measure_words(fact, parses)
        doc, offset = parses.get(fact.article, fact.figure.start, fact.figure.end)
        fact.holder_name = holder_name(doc, offset, fact.figure)
        fact.holder = entity_key(fact.article.id, fact.holder_name, claimant_of) if fact.holder_name else None
        fact.holding = fact.holder is not None and stative_holding(doc, offset, fact.figure)
        if fact.unit in CURRENCY_UNITS and fact.holder_name is None:  # whose sum: "Nordair posted a loss"
            fact.holder_name = sum_owner(doc, offset, fact.figure)
            name = fact.holder_name
            fact.holder = entity_key(fact.article.id, name, claimant_of) if name else None
            fact.names = sentence_names(fact.article, fact.figure, claimant_of)
        fact.kinds = qualifiers(doc, offset, fact.figure) if fact.unit not in TIME_UNITS else set()
        fact.projected = fact.unit in CURRENCY_UNITS and projected(doc, offset, fact.figure)
        if fact.sentence is not None:
            tok = unit_token(doc, offset, fact.figure)
            fact.own_years = clause_years(fact.article, doc, offset, tok, fact.sentence)
        name = fact.figure.subject_name
        fact.subject = entity_key(fact.article.id, name, claimant_of) if name else None
        fact.places = places_of(fact.article, fact.figure, claimant_of)
        fact.named = named[fact.article.id]
        fact.home = home[fact.article.id]
    return facts


class _Agreement:
    """Which facts of a document give a fact's number (compatible value, same measure, same unit):
    what "partly agree" asks, with the facts indexed by (document, unit) and each (fact, document)
    answer computed once, so a scope costs at worst the pairs of facts of one unit."""

    def __init__(self, facts: list[FigureFact], sole: set[tuple[str, str]]):
        self.facts = facts
        self.sole = sole
        self.by_doc_unit: dict[tuple[str, str], list[int]] = defaultdict(list)
        for i, f in enumerate(facts):
            self.by_doc_unit[(f.article.id, f.unit)].append(i)
        self.memo: dict[tuple[int, str], frozenset[int]] = {}

    def givers(self, i: int, doc: str) -> frozenset[int]:
        """Indexes of the facts of ``doc`` (with the unit of fact ``i``) that give its number."""
        key = (i, doc)
        if key not in self.memo:
            x = self.facts[i]
            self.memo[key] = frozenset(
                j for j in self.by_doc_unit.get((doc, x.unit), ())
                if j != i and compatible(self.facts[j].figure, x.figure)
                and same_measure(x, self.facts[j], self.sole))
        return self.memo[key]

    def partly(self, i: int, j: int) -> bool:
        """Does either document also give the other's number for the same measure (a breakdown one
        side reports in full, the other in part)?"""
        for x, y in ((i, j), (j, i)):
            doc = self.facts[y].article.id
            if self.facts[x].article.id != doc and self.givers(x, doc) - {y}:
                return True
        return False


def conflicting_groups(facts: list[FigureFact]) -> list[list[FigureFact]]:
    """Connected groups of facts linked by a disagreement about the same measure."""
    per_doc_unit: dict[tuple[str, str], int] = defaultdict(int)
    for f in facts:
        per_doc_unit[(f.article.id, f.unit)] += 1
    sole = {k for k, n in per_doc_unit.items() if n == 1}
    agreement = _Agreement(facts, sole)
    parent = list(range(len(facts)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    linked: set[int] = set()
    by_unit: dict[tuple[str, str], list[int]] = defaultdict(list)
    casualties = sole_casualties(facts)
    for i, f in enumerate(facts):
        by_unit[(unit_group(f.unit), f.figure.rate or "")].append(i)
    for members in by_unit.values():
        for x, i in enumerate(members):
            for j in members[x + 1:]:
                a, b = facts[i], facts[j]
                if units_meet(a, b, casualties) and same_measure(a, b, sole) and disagree(a, b) \
                        and not agreement.partly(i, j):
                    parent[find(i)] = find(j)
                    linked.update((i, j))
    groups: dict[int, list[FigureFact]] = defaultdict(list)
    for i in sorted(linked):
        groups[find(i)].append(facts[i])
    return [g for g in groups.values() if len({(f.article.id, f.claimant) for f in g}) > 1]


IRREGULAR_PLURALS = {"person": "people", "people": "people", "child": "children", "man": "men",
                     "woman": "women", "foot": "feet", "police": "police", "staff": "staff",
                     "personnel": "personnel"}


def _plural(unit: str) -> str:
    if unit in IRREGULAR_PLURALS:
        return IRREGULAR_PLURALS[unit]
    if unit.endswith("s"):
        return unit
    return unit[:-1] + "ies" if unit.endswith("y") and unit[-2:-1] not in "aeiou" else unit + "s"


def about_figures(group: list[FigureFact]) -> str:
    """A short label: "duration of the war", "number of soldiers (deaths, losses)", "number of rescuers"."""
    shared = {w for w in set.intersection(*(f.words for f in group)) if not w.startswith("v:")}
    unit = group[0].unit
    if unit in TIME_UNITS:
        return f"duration of the {' '.join(sorted(shared))}" if shared else f"duration in {_plural(unit)}"
    words = ", ".join(sorted(shared)[:3])
    return f"number of {_plural(unit)}" + (f" ({words})" if words else "")


def figure_values(group: list[FigureFact]) -> list[tuple[Article, int, int, str | None]]:
    """(article, start, end, claimant) of each value, the phrase widened to what the text says."""
    out = []
    for fact in sorted(group, key=lambda f: (f.article.published or "", f.article.id, f.figure.start)):
        start, end = value_phrase(fact.article, fact.figure)
        out.append((fact.article, start, end, fact.claimant))
    return [v for v in out if not any(o is not v and o[0].id == v[0].id and o[1] <= v[1] and v[2] <= o[2]
                                      and (o[1], o[2]) != (v[1], v[2]) for o in out)]


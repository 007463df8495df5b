"""compare_figures.conflicting_groups: links of disagreeing facts, with "partly agree" answered from an
index by (document, unit); checked against the plain definition on generated facts (no parsing)."""
from __future__ import annotations

import random
from collections import defaultdict

from storyline.corpus.compare_figures import FigureFact, conflicting_groups, disagree, same_measure
from storyline.corpus.compare_values import compatible
from storyline.model import Article, Figure


def reference(facts: list[FigureFact]) -> list[list[tuple[str, int]]]:
    """Every pair of one unit, "partly agree" by a scan of all facts (the plain definition)."""
    count: dict[tuple[str, str], int] = defaultdict(int)
    for f in facts:
        count[(f.article.id, f.unit)] += 1
    sole = {k for k, n in count.items() if n == 1}

    def partly(a: FigureFact, b: FigureFact) -> bool:
        return any(x.article.id != y.article.id and other.article.id == y.article.id and other is not y
                   and other.unit == x.unit and compatible(other.figure, x.figure)
                   and same_measure(x, other, sole)
                   for x, y in ((a, b), (b, a)) for other in facts)

    groups: list[set[int]] = []
    for i, a in enumerate(facts):
        for j in range(i + 1, len(facts)):
            b = facts[j]
            if (a.unit, a.figure.rate or "") != (b.unit, b.figure.rate or ""):
                continue
            if same_measure(a, b, sole) and disagree(a, b) and not partly(a, b):
                touching = [g for g in groups if i in g or j in g]
                merged = set().union({i, j}, *touching)
                groups = [g for g in groups if g not in touching] + [merged]
    out = [sorted(facts[i].key for i in g) for g in groups
           if len({(facts[i].article.id, facts[i].claimant) for i in g}) > 1]
    return sorted(out)


def generated(seed: int, n: int) -> list[FigureFact]:
    rng = random.Random(seed)
    docs = [Article(id=f"d{k}", path=f"d{k}.txt", text="", published=f"2026-03-0{k + 1}") for k in range(4)]
    facts = []
    for i in range(n):
        value = rng.choice([12, 15, 40, 41, 300, 320, 1000])
        unit = rng.choice(["soldier", "prisoner"])
        figure = Figure(i, i + 5, str(value), float(value), unit=unit, approximate=rng.random() < 0.2)
        words = set(rng.sample(["deaths", "injuries", "losses", "exchange", "army"], 2))
        facts.append(FigureFact(rng.choice(docs), figure, rng.choice([None, "e1", "e2"]), words,
                                figure.unit or ""))
    return facts


def test_same_groups_as_the_plain_definition():
    for seed in (1, 2, 3):
        facts = generated(seed, 60)
        got = sorted(sorted(f.key for f in g) for g in conflicting_groups(facts))
        assert got == reference(facts)
        assert got  # the generated facts do disagree somewhere


def test_a_breakdown_reported_in_part_is_not_a_conflict():
    a = Article(id="a", path="a.txt", text="", published="2026-03-01")
    b = Article(id="b", path="b.txt", text="", published="2026-03-01")
    whole = FigureFact(a, Figure(0, 3, "300", 300.0, unit="prisoner"), None, {"exchange"}, "prisoner")
    part = FigureFact(b, Figure(0, 3, "150", 150.0, unit="prisoner"), None, {"exchange"}, "prisoner")
    also = FigureFact(b, Figure(9, 12, "300", 300.0, unit="prisoner"), None, {"exchange"}, "prisoner")
    assert conflicting_groups([whole, part]) != []
    assert conflicting_groups([whole, part, also]) == []

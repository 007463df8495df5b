"""BriefView's indexes: mentions inside a span and figure groups, against plain scans."""
from __future__ import annotations

import random

from storyline.export.brief_view import BriefView


def brief(seed: int) -> dict:
    rng = random.Random(seed)
    entities = []
    for k in range(30):
        mentions = []
        for _ in range(rng.randint(0, 6)):
            start = rng.randint(0, 500)
            end = start + rng.randint(1, 30)
            mentions.append({"doc": rng.choice(["a", "b"]), "start": start, "end": end})
        entities.append({"id": f"e{k}", "name": f"E{k}", "mentions": mentions})
    figures = [{"unit": rng.choice(["soldier", "day", ""]), "measure": rng.choice(
        ["soldiers killed", "killed soldiers in the east", "days of talks", "talks", ""])} for _ in range(40)]
    return {"entities": entities, "figures": figures}


def test_entities_inside_matches_a_plain_scan():
    for seed in range(5):
        b = brief(seed)
        view = BriefView(b)
        for doc, start, end in [("a", 0, 100), ("a", 50, 60), ("b", 100, 400), ("b", 490, 530), ("c", 0, 9)]:
            plain = {e["id"] for e in b["entities"] for m in e["mentions"]
                     if m["doc"] == doc and start <= m["start"] and m["end"] <= end}
            assert view.entities_inside((doc, start, end)) == plain


def test_figure_groups_keep_every_figure_once_and_one_unit_per_group():
    view = BriefView(brief(1))
    groups = view.figure_groups()
    assert sum(len(g) for g in groups) == 40
    assert all(len({f["unit"] for f in g}) == 1 for g in groups)
    assert groups is view.figure_groups()  # built once

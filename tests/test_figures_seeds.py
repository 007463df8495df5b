"""Accuracy floor on the five seeds, scored by the shared grader (read at run time)."""
from __future__ import annotations

import pytest

from conftest import grader, seed_paths
from storyline.article.figures import FigureStage
from storyline.article.nlp import NlpStage
from storyline.article.quotes import QuoteStage
from storyline.model import Article

pytestmark = pytest.mark.model
FIGURE_F1_FLOOR = 0.90
CLAIMANT_FLOOR = 0.80



def _brief() -> dict:
    arts = [Article(id=p.name, path=p.name, text=p.read_text(encoding="utf-8")) for p in seed_paths()]
    arts = NlpStage().process_batch(arts)
    arts = FigureStage().process_batch(QuoteStage().process_batch(arts))
    figures = [{"doc": a.id, "start": f.start, "end": f.end, "text": f.text, "value": f.value, "unit": f.unit,
                "measure": f.measure, "approximate": f.approximate, "claimed_by": f.claimed_by_name}
               for a in arts for f in a.figures]
    names = sorted({f["claimed_by"] for f in figures if f["claimed_by"]})
    return {"documents": [{"id": a.id, "path": a.path, "text": a.text} for a in arts],
            "entities": [{"id": n, "name": n, "aliases": [n]} for n in names], "figures": figures}


def test_figures_seeds_floor(gold):
    report = grader().score(_brief(), gold)
    assert report["figures"]["f1"] >= FIGURE_F1_FLOOR, report["figures"]
    assert report["figure_claimants"]["accuracy_on_found"] >= CLAIMANT_FLOOR, report["figure_claimants"]

"""Accuracy floor on the five seeds, scored by the shared grader (read at run time)."""
from __future__ import annotations

import json

from conftest import SEEDS, grader, seed_paths
from storyline.article.dates import DateStage
from storyline.article.nlp import NlpStage
from storyline.model import Article

DATE_F1_FLOOR = 0.90



def _brief() -> dict:
    manifest = [json.loads(line) for line in (SEEDS / "manifest.jsonl").read_text().splitlines() if line]
    published = {row["path"]: row.get("published") for row in manifest}
    arts = [Article(id=p.name, path=p.name, text=p.read_text(encoding="utf-8"),
                    published=published.get(p.name)) for p in seed_paths()]
    arts = DateStage().process_batch(NlpStage().process_batch(arts))
    dates = [{"doc": a.id, "start": m.start, "end": m.end, "text": m.text, "value": m.value}
             for a in arts for m in a.dates if m.value]
    return {"documents": [{"id": a.id, "path": a.path, "text": a.text} for a in arts], "dates": dates}


def test_dates_seeds_floor(gold):
    report = grader().score(_brief(), gold)["dates"]
    assert report["f1"] >= DATE_F1_FLOOR, report
    assert report["precision"] >= DATE_F1_FLOOR, report

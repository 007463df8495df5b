"""Seed floor: the grader's entity block on the five seed articles (read from /work/shared at run time)."""
from __future__ import annotations

import dataclasses
import importlib.util
from pathlib import Path

import pytest

from storyline.article.nlp import NlpStage
from storyline.corpus.aliases import resolve_entities
from storyline.corpus.entity_names import fold
from storyline.model import Article

SEEDS = Path("/work/shared/seeds")
SCORER = Path("/work/shared/eval/score.py")

pytestmark = pytest.mark.skipif(not (SEEDS / "gold.json").exists() or not SCORER.exists(),
                                reason="seed articles or grader not available")


@pytest.fixture(scope="module")
def seed_index():
    articles = [Article(id=p.stem, path=p.name, text=p.read_text(encoding="utf-8"))
                for p in sorted(SEEDS.glob("*.txt"))]
    NlpStage().process_batch(articles)
    return articles, resolve_entities(articles)


def _grade(articles, index) -> dict:
    spec = importlib.util.spec_from_file_location("seed_score", SCORER)
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    import json
    gold = json.loads((SEEDS / "gold.json").read_text(encoding="utf-8"))
    brief = {"documents": [{"id": a.id, "path": a.path} for a in articles],
             "entities": [dataclasses.asdict(e) for e in index.entities]}
    return score.score(brief, gold)["entities"]


def test_aliases_seeds_every_gold_alias_group_resolved_none_merged(seed_index):
    result = _grade(*seed_index)
    assert result["resolved"] == result["gold"]
    assert result["merged_wrongly"] == 0


def test_aliases_seeds_no_entity_name_spans_lines_or_is_lowercase(seed_index):
    _, index = seed_index
    for e in index.entities:
        for name in [e.name, *e.aliases]:
            assert "\n" not in name and name != name.lower(), name


def test_aliases_seeds_lookup_finds_a_person_for_every_multiword_person_mention(seed_index):
    articles, index = seed_index
    for a in articles:
        for m in a.entities:
            if m.label == "PERSON" and " " in m.text.strip() and "\n" not in m.text:
                eid = index.lookup(a.id, m.text)
                assert eid is not None, m.text
                assert index.get(eid).type == "PERSON", (m.text, index.get(eid))


def test_aliases_seeds_every_mention_span_reads_as_one_of_its_aliases(seed_index):
    articles, index = seed_index
    text_of = {a.id: a.text for a in articles}
    for e in index.entities:
        aliases = {fold(a) for a in e.aliases}
        for span in e.mentions:
            assert fold(text_of[span.doc][span.start:span.end]) in aliases, (e.name, span)

"""Accuracy floor of the quote stage on the five seeds, scored by the shared grader (read at run time)."""
from __future__ import annotations

import json

import pytest

from conftest import SEEDS, grader, seed_paths
from storyline.article.nlp import NlpStage
from storyline.article.quotes import QuoteStage
from storyline.model import Article

pytestmark = pytest.mark.model

QUOTE_F1_FLOOR = 0.85
SPEAKER_ACCURACY_FLOOR = 0.90



@pytest.fixture(scope="module")
def articles() -> list[Article]:
    if not seed_paths():
        pytest.skip("seeds not available")
    manifest = [json.loads(line) for line in (SEEDS / "manifest.jsonl").read_text().splitlines() if line]
    published = {row["path"]: row.get("published") for row in manifest}
    arts = [Article(id=p.name, path=p.name, text=p.read_text(encoding="utf-8"),
                    published=published.get(p.name)) for p in seed_paths()]
    return QuoteStage().process_batch(NlpStage().process_batch(arts))


def _brief(articles: list[Article]) -> dict:
    quotes = [{"doc": a.id, "start": q.start, "end": q.end, "text": q.text, "kind": q.kind, "speaker": None,
               "speaker_text": q.speaker_name or q.speaker_text, "cue": q.cue, "channel": q.channel}
              for a in articles for q in a.quotes]
    return {"documents": [{"id": a.id, "path": a.path, "text": a.text} for a in articles], "quotes": quotes}


def test_quotes_seeds_floor(articles, gold):
    report = grader().score(_brief(articles), gold)
    assert report["quotes"]["f1"] >= QUOTE_F1_FLOOR, report["quotes"]
    assert report["quote_speakers"]["accuracy_on_found"] >= SPEAKER_ACCURACY_FLOOR, report["quote_speakers"]


def test_quotes_seeds_offsets_and_kinds(articles):
    for article in articles:
        for q in article.quotes:
            assert article.text[q.start:q.end] == q.text
            assert q.kind in ("direct", "indirect", "mixed")
            assert not q.text.startswith(("“", '"')) or q.kind != "direct"


def test_quotes_seeds_every_kind_and_channel_found(articles):
    kinds = {q.kind for a in articles for q in a.quotes}
    channels = {q.channel for a in articles for q in a.quotes}
    assert kinds == {"direct", "indirect", "mixed"}
    assert {"Truth Social", "reporters", "press conference"} <= channels


def test_quotes_seeds_pronouns_and_roles_resolve_to_full_names(articles):
    resolved = [q for a in articles for q in a.quotes
                if q.speaker_text and q.speaker_text.split()[0].lower() in ("he", "she", "the")]
    assert resolved, "the seeds use pronoun and role-noun speakers"
    named = [q for q in resolved if q.speaker_name and len(q.speaker_name.split()) >= 2]
    assert len(named) / len(resolved) >= 0.8, [(q.speaker_text, q.speaker_name) for q in resolved]

"""The quote stage's contract: name, requirements, records, and its cost next to the parse."""
from __future__ import annotations

import time

import pytest

from conftest import seed_paths
from storyline.article.base import check_requirements
from storyline.article.nlp import NlpStage, load_nlp
from storyline.article.quotes import QuoteStage
from storyline.model import Article

pytestmark = pytest.mark.model


def test_quotes_stage_declares_its_fields():
    stage = QuoteStage()
    assert (stage.name, stage.requires, stage.produces) == ("quotes", ("doc", "entities"), ("quotes",))
    check_requirements([NlpStage(), stage])


def test_quotes_stage_costs_a_small_share_of_the_parse():
    texts = [p.read_text(encoding="utf-8") for p in seed_paths()]
    texts = texts or ["Mayor Jo Bell said that it rained. " * 40]
    nlp = load_nlp()
    warm = "Jo Bell said it rained."
    QuoteStage().process(Article(id="w", path="w.txt", text=warm, doc=nlp(warm)))  # first-call set-up
    t0 = time.process_time()  # CPU time: other processes on the machine do not count
    docs = [nlp(t) for t in texts]
    parse = time.process_time() - t0
    t0 = time.process_time()
    for text, doc in zip(texts, docs, strict=True):
        QuoteStage().process(Article(id="t", path="t.txt", text=text, doc=doc))
    quotes = time.process_time() - t0
    assert quotes < 0.15 * parse, (quotes, parse)

"""The quote stage's contract: name, requirements, records. (Its cost next to the parse is measured by
bench/throughput.py, not in a timed test.)"""
from __future__ import annotations

import pytest

from storyline.article.base import check_requirements
from storyline.article.nlp import NlpStage
from storyline.article.quotes import QuoteStage

pytestmark = pytest.mark.model


def test_quotes_stage_declares_its_fields():
    stage = QuoteStage()
    assert (stage.name, stage.requires, stage.produces) == ("quotes", ("doc", "entities"), ("quotes",))
    check_requirements([NlpStage(), stage])

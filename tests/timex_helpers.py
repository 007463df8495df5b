"""Shared by the timex tests: the typed TIMEX3s of an invented sentence as (text, type, value)."""
from __future__ import annotations

from storyline.article.dates import tag_timexes
from storyline.article.nlp import load_nlp

FRIDAY = "2031-06-13"


def timexes(text: str, pub: str = FRIDAY) -> list[tuple[str, str, str | None]]:
    """``tag_timexes`` on ``text`` parsed by the shared pipeline, published on ``pub``."""
    return [(m.text, m.timex_type, m.value) for m in tag_timexes(text, load_nlp()(text), pub)]

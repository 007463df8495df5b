"""Name corrections, review fix: the wrong name is a namesake mentioned near the correction, not a
bystander with the same first name further on in the story."""
from __future__ import annotations

from storyline.corpus.base import CorpusContext
from storyline.corpus.compare import CompareStage
from storyline.corpus.runner import EntityStage
from storyline.model import Article
from storyline.pipeline import default_stages


def analysed(doc_id: str, text: str) -> Article:
    a = Article(id=doc_id, path=f"{doc_id}.txt", text=text, published="2026-05-04")
    for stage in default_stages():
        a = stage.process(a) or a
    return a


def names(*articles: Article):
    ctx = CorpusContext(list(articles))
    EntityStage().run(ctx)
    CompareStage().run(ctx)
    return [d for d in ctx.results["discrepancies"] if d.kind == "name"]


def test_bystander_with_the_same_first_name_is_not_the_wrong_name():
    a = analysed("a", "The county at first released the wrong name for the cyclist hurt on Elm Street. "
                      "Her correct name is Laura Finch, the sheriff said. "
                      "She had been listed as Laura Finney. "
                      "The driver stopped at once. Nobody else was hurt. "
                      "Witness Laura Stone said the cyclist had a green light.")
    [d] = names(a)
    assert "Laura Finch" in d.about and "Laura Finney" in d.about
    assert all(v.text != "Laura Stone" for v in d.values)

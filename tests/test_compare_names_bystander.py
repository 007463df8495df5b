"""Name corrections, review fix: the wrong name is a namesake mentioned near the correction, not a
bystander with the same first name further on in the story."""
from __future__ import annotations

from storyline.model import Article
from test_compare_quotes_stage import analysed as analysed_on
from test_compare_quotes_stage import found

PUBLISHED = "2026-05-04"


def analysed(doc_id: str, text: str, published: str = PUBLISHED) -> Article:
    return analysed_on(doc_id, text, published)


def names(*articles: Article):
    return found(*articles, kind="name")


def test_bystander_with_the_same_first_name_is_not_the_wrong_name():
    a = analysed("a", "The county at first released the wrong name for the cyclist hurt on Elm Street. "
                      "Her correct name is Laura Finch, the sheriff said. "
                      "She had been listed as Laura Finney. "
                      "The driver stopped at once. Nobody else was hurt. "
                      "Witness Laura Stone said the cyclist had a green light.")
    [d] = names(a)
    assert "Laura Finch" in d.about and "Laura Finney" in d.about
    assert all(v.text != "Laura Stone" for v in d.values)

"""Alias resolution on invented articles parsed by the real spaCy model."""
from __future__ import annotations

import pytest

from storyline.article.nlp import NlpStage
from storyline.corpus.aliases import EntityIndex, resolve_entities
from storyline.model import Article

TEXTS = {
    "a": "KIEV TALKS STALL\nUkrainian President Volodymyr Zelenskiy said on Monday that talks in Kiev had "
         "stalled.\nRussian President Vladimir Putin did not comment. The European Union said it would "
         "send envoys.",
    "b": "Volodymyr Zelenskyy met Prime Minister Boris Johnson in Kyiv on Tuesday. Mr Johnson promised more "
         "aid, and the EU agreed. Mr Putin was not invited.",
    "c": "Golfer Dustin Johnson won the Masters in Augusta. Johnson thanked his caddie. Paris Hilton "
         "attended the party in Paris.",
    "d": "The World Health Organization warned on Friday. The WHO said cases rose in Washington, where "
         "George Washington once lived.",
}


@pytest.fixture(scope="module")
def index() -> EntityIndex:
    articles = [Article(id=k, path=f"{k}.txt", text=v) for k, v in TEXTS.items()]
    NlpStage().process_batch(articles)
    return resolve_entities(articles)


def owners(index: EntityIndex, alias: str) -> set[str]:
    return {e.id for e in index.entities if alias.lower() in {a.lower() for a in [e.name, *e.aliases]}}


@pytest.mark.parametrize("aliases", [
    ("Volodymyr Zelenskiy", "Volodymyr Zelenskyy"),
    ("Kiev", "Kyiv"),
    ("European Union", "EU"),
    ("World Health Organization", "WHO"),
    ("Vladimir Putin", "Putin", "Mr Putin"),
    ("Boris Johnson", "Mr Johnson"),
])
def test_aliases_model_variants_resolve_to_one_entity(index, aliases):
    found = [owners(index, a) for a in aliases]
    assert all(len(f) == 1 for f in found), dict(zip(aliases, found, strict=True))
    assert len(set().union(*found)) == 1


def test_aliases_model_people_sharing_a_surname_stay_apart(index):
    assert index.lookup("b", "Johnson") != index.lookup("c", "Johnson")
    assert index.lookup("b", "Johnson") == index.lookup("b", "Boris Johnson")


def test_aliases_model_city_is_not_the_person_named_after_it(index):
    assert index.lookup("c", "Paris") != index.lookup("c", "Paris Hilton")
    assert index.get(index.lookup("c", "Paris")).type == "PLACE"
    assert index.lookup("d", "Washington") != index.lookup("d", "George Washington")
    assert index.get(index.lookup("d", "Washington")).type == "PLACE"


def test_aliases_model_person_label_fixed_by_the_merged_group(index):
    zelenskiy = index.get(index.lookup("b", "Volodymyr Zelenskyy"))  # spaCy calls this one ORG
    assert zelenskiy.type == "PERSON"
    assert "Ukrainian President" in zelenskiy.titles

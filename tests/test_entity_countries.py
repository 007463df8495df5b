"""Countries known by two unrelated names are one entity; similar names of different places are not."""
from __future__ import annotations

import pytest

from storyline.article.nlp import NlpStage
from storyline.corpus.aliases import resolve_entities
from storyline.corpus.entity_countries import country_links
from storyline.model import Article


def test_entity_countries_links_only_names_of_one_country():
    links = country_links(["britain", "the united kingdom", "holland", "france", "netherlands"])
    assert sorted(map(sorted, links)) == [["britain", "the united kingdom"], ["holland", "netherlands"]]


def test_entity_countries_nothing_to_link():
    assert country_links(["france", "germany", "britain"]) == []


@pytest.mark.model
def test_entity_countries_britain_and_the_united_kingdom_are_one_entity():
    texts = ["Britain said on Monday that it would send more aid to the flooded region.",
             "The United Kingdom and France pledged 40 million euros for reconstruction."]
    articles = [NlpStage().process(Article(id=f"d{i}", path=f"{i}.txt", text=t)) for i, t in enumerate(texts)]
    index = resolve_entities(articles)
    uk = index.lookup("d0", "Britain")
    assert uk is not None and uk == index.lookup("d1", "United Kingdom")
    assert index.lookup("d1", "France") != uk

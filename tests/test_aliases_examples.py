"""The bundled example corpus (examples/, fiction with name variants): every gold alias group resolved."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from storyline.article.nlp import NlpStage
from storyline.corpus.aliases import resolve_entities
from storyline.model import Article

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"

pytestmark = pytest.mark.skipif(not (EXAMPLES / "gold.json").exists(), reason="example corpus not present")


def _text(path: Path) -> str:
    raw = path.read_text(encoding="utf-8")
    if path.suffix == ".html":
        import trafilatura
        return trafilatura.extract(raw) or ""
    return raw


@pytest.fixture(scope="module")
def index():
    articles = [Article(id=p.stem, path=p.name, text=_text(p))
                for p in sorted((EXAMPLES / "articles").iterdir()) if p.suffix in (".txt", ".html")]
    NlpStage().process_batch(articles)
    return resolve_entities(articles)


def _owners(index, alias: str) -> set[str]:
    return {e.id for e in index.entities if alias.lower() in {a.lower() for a in [e.name, *e.aliases]}}


def test_aliases_examples_every_gold_group_is_one_entity_of_its_own(index):
    gold = json.loads((EXAMPLES / "gold.json").read_text(encoding="utf-8"))["entities"]
    holders: dict[str, set[str]] = {}
    for group in gold:
        found = [_owners(index, a) for a in group["aliases"]]
        detail = dict(zip(group["aliases"], found, strict=True))
        assert all(len(f) == 1 for f in found), (group["name"], detail)
        ids = set().union(*found)
        assert len(ids) == 1, group["name"]
        holders.setdefault(ids.pop(), set()).add(group["name"])
    assert all(len(names) == 1 for names in holders.values()), holders

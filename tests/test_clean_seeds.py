"""Cleaning on the five seeds (read from /work/shared at run time): furniture, titles, nothing lost."""
from __future__ import annotations

import pytest

from conftest import SEEDS
from storyline.article.clean import clean_text

pytestmark = pytest.mark.skipif(not (SEEDS / "gold.json").exists(), reason="shared seeds not available")


@pytest.fixture(scope="module")
def cleaned(gold) -> dict:
    return {d["id"]: clean_text((SEEDS / d["id"]).read_text(encoding="utf-8")) for d in gold["documents"]}


def test_clean_seeds_remove_and_list_gold_boilerplate(gold, cleaned):
    for doc in gold["documents"]:
        listed = cleaned[doc["id"]].boilerplate
        for line in doc["boilerplate"]:
            assert line in listed, (doc["id"], line)
            assert line not in cleaned[doc["id"]].text.split("\n"), (doc["id"], line)


def test_clean_seeds_titles_match_gold(gold, cleaned):
    assert {d["id"]: cleaned[d["id"]].title for d in gold["documents"]} == {
        d["id"]: d["title"] for d in gold["documents"]
    }


@pytest.mark.parametrize("key", ["quotes", "figures", "dates"])
def test_clean_seeds_keep_every_gold_span_verbatim(gold, cleaned, key):
    lost = [(i["doc"], i["text"]) for i in gold[key] if i["text"] not in cleaned[i["doc"]].text]
    assert lost == []


def test_clean_seeds_keep_every_body_line(cleaned):
    for doc_id, result in cleaned.items():
        raw_lines = [line.strip() for line in (SEEDS / doc_id).read_text(encoding="utf-8").splitlines()]
        kept = set(result.text.split("\n"))
        for line in raw_lines:
            if len(line.split()) > 8 and line[-1] in ".!?”\"":
                assert line in kept, (doc_id, line[:60])

"""The web app over a real store built from the seeds (read from ../shared at run time): a server on
127.0.0.1 shows new articles built into its store while it runs; quotes link to their sentences."""
from __future__ import annotations

import http.client
import json
import re
from urllib.parse import urlsplit

import pytest

from conftest import SEEDS, seed_paths
from storyline import api
from storyline.web.background import running

pytestmark = [pytest.mark.model, pytest.mark.slow,
              pytest.mark.skipif(len(seed_paths()) < 3, reason="seeds not available")]
MANIFEST = str(SEEDS / "manifest.jsonl")


def get(base: str, path: str) -> tuple[int, str]:
    parts = urlsplit(base)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    try:
        conn.request("GET", path)
        response = conn.getresponse()
        return response.status, response.read().decode("utf-8")
    finally:
        conn.close()


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    """Two seeds built, then served; the test adds the third while the server runs."""
    db = tmp_path_factory.mktemp("webseeds") / "seeds.db"
    api.build([str(p) for p in seed_paths()[:2]], db=db, manifest=MANIFEST)
    with running(db) as url:
        yield url, db


def test_web_server_shows_articles_built_while_it_runs(served):
    url, db = served
    status, body = get(url, "/index.json")
    assert status == 200 and len(json.loads(body)["documents"]) == 2
    api.build([str(seed_paths()[2])], db=db, manifest=MANIFEST)
    index = json.loads(get(url, "/index.json")[1])
    assert index["counts"]["documents"] == 3 and len(index["documents"]) == 3
    page = get(url, "/")[1]
    assert len(re.findall(r'data-record="document:', page)) == 3
    new_doc = json.loads(get(url, f"/documents/{index['documents'][2]['id']}.json")[1])
    words = new_doc["document"]["text"].split()[5:7]
    found = json.loads(get(url, "/search.json?q=" + "+".join(re.sub(r"\W", "", w) for w in words))[1])
    assert new_doc["document"]["id"] in {r["doc"] for r in found["results"]}


def test_web_every_quote_link_lands_on_its_sentence(served):
    url, _ = served
    speakers = json.loads(get(url, "/quotes.json")[1])["speakers"]
    quotes = [q for group in speakers for q in group["quotes"]]
    assert quotes, "the seeds gave no quotes"
    pages: dict[str, str] = {}
    for quote in quotes:
        path, fragment = quote["href"].split("#")
        html = pages.setdefault(path, get(url, path)[1])
        assert f'id="{fragment}"' in html, quote["href"]
        assert f'data-s="{quote["start"]}" data-e="{quote["end"]}"' in html
    page = get(url, "/quotes")[1]
    assert {q["id"] for q in quotes} == set(re.findall(r'data-record="quote:([^"]+)"', page))

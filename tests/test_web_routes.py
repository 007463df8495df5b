"""Web app routes over a real SQLite store holding a small hand-written brief (invented sentences):
every page and its JSON twin, the one error shape, escaping, anchors, reload, OpenAPI."""
from __future__ import annotations

import re
import sqlite3

import pytest
from starlette.testclient import TestClient

from storyline.store import open_store
from storyline.web import create_app
from storyline.web.app import PAGES
from storyline.web.openapi import openapi_spec

TEXT_A = ("Harbour bridge to reopen\n"
          "Mayor Lena Okafor said on Monday that the harbour bridge would reopen. "
          "\"We will finish by May,\" she told reporters. <script>alert('x')</script> "
          "The council counted 40 workers on site.")
TEXT_B = ("Union disputes bridge timetable\n"
          "Union leader Tomas Berg said the crews numbered 25 workers, not 40. "
          "\"The timetable is a fantasy,\" Berg said on Tuesday.")


def span(text: str, doc: str, needle: str) -> dict:
    start = text.index(needle)
    return {"doc": doc, "start": start, "end": start + len(needle)}


def make_brief(extra_doc: bool = False) -> dict:
    a, b = "da", "db"
    docs = [
        {"id": a, "path": "a.txt", "title": "Harbour bridge <b>to</b> reopen", "outlet": "Coast Post",
         "url": None, "published": "2031-05-05", "text": TEXT_A, "duplicate_of": None, "boilerplate": []},
        {"id": b, "path": "b.txt", "title": None, "outlet": None, "url": "javascript:alert(1)",
         "published": None, "text": TEXT_B, "duplicate_of": None, "boilerplate": []},
    ]
    if extra_doc:
        docs.append({**docs[1], "id": "dc", "path": "c.txt", "title": "Third article"})
    okafor = {"id": "e1", "name": "Lena Okafor", "type": "PERSON", "aliases": ["Lena Okafor", "Okafor"],
              "titles": ["Mayor"], "mentions": [span(TEXT_A, a, "Lena Okafor")]}
    berg = {"id": "e2", "name": "Tomas Berg", "type": "PERSON", "aliases": ["Tomas Berg", "Berg"],
            "titles": ["Union leader"],
            "mentions": [span(TEXT_B, b, "Tomas Berg"), span(TEXT_B, b, "Berg said")]}
    q1 = {"id": "qa1", **span(TEXT_A, a, "We will finish by May,"), "text": "We will finish by May,",
          "kind": "direct", "speaker": "e1", "speaker_name": "Lena Okafor", "speaker_text": "she",
          "cue": "told", "channel": "reporters", "said_on": {"value": "2031-05-05", "text": "Monday"}}
    q2 = {"id": "qb1", **span(TEXT_B, b, "The timetable is a fantasy,"),
          "text": "The timetable is a fantasy,", "kind": "direct", "speaker": "e2",
          "speaker_name": "Tomas Berg", "speaker_text": "Berg", "cue": "said", "channel": None,
          "said_on": None}
    f1 = {"id": "fa1", **span(TEXT_A, a, "40 workers"), "text": "40 workers", "value": 40, "unit": "worker",
          "approximate": False, "measure": "workers on site", "subject": None, "claimed_by": None}
    f2 = {"id": "fb1", **span(TEXT_B, b, "25 workers"), "text": "25 workers", "value": 25, "unit": "worker",
          "approximate": False, "measure": "workers on site", "subject": None, "claimed_by": "e2"}
    d1 = {**span(TEXT_A, a, "Monday"), "text": "Monday", "value": "2031-05-05"}
    d2 = {**span(TEXT_B, b, "Tuesday"), "text": "Tuesday", "value": "2031-05-06"}
    event = {"id": "ev1", "type": "statement", "title": "Mayor announces <reopening>",
             "date": {"value": "2031-05-05", "text": "Monday"}, "participants": ["e1"], "place": None,
             "mentions": [span(TEXT_A, a, "said on Monday that the harbour bridge would reopen")]}
    disc = {"id": "x1", "about": "workers on site", "values": [
        {**span(TEXT_A, a, "40 workers"), "text": "40 workers", "claimed_by": None},
        {**span(TEXT_B, b, "25 workers"), "text": "25 workers", "claimed_by": "e2"}]}
    return {
        "format": "storyline-brief/1", "documents": docs, "entities": [okafor, berg], "quotes": [q1, q2],
        "figures": [f1, f2], "dates": [d1, d2], "events": [event],
        "stories": [{"id": "s1", "title": "Harbour bridge", "documents": [a, b], "events": ["ev1"]}],
        "positions": [], "discrepancies": [disc], "summary": [], "rejected": [],
    }


def write_brief(path, brief: dict) -> None:
    store = open_store(path)
    try:
        store.put_corpus("brief", brief)
    finally:
        store.close()


@pytest.fixture()
def db(tmp_path):
    path = tmp_path / "web.db"
    write_brief(path, make_brief())
    return path


@pytest.fixture()
def client(db):
    return TestClient(create_app(db), raise_server_exceptions=False)


def records_in(html: str) -> set[str]:
    return set(re.findall(r'data-record="([^"]+)"', html))


def tags(kind: str, records: list[dict], key: str = "id") -> set[str]:
    return {f"{kind}:{r[key]}" for r in records}


TWIN_RECORDS = {  # page path -> the data-record values its JSON twin says the page must show
    "/": lambda j: tags("story", j["stories"]) | tags("document", j["documents"]),
    "/stories/s1": lambda j: (tags("story", [j["story"]]) | tags("document", j["documents"])
                              | tags("event", j["events"]) | tags("quote", j["quotes"])
                              | tags("figure", j["figures"]) | tags("disagreement", j["disagreements"])
                              | tags("date", j["dates"], "value")),
    "/timeline": lambda j: tags("event", j["events"]) | tags("date", j["dates"], "value"),
    "/quotes": lambda j: (tags("speaker", j["speakers"], "speaker")
                          | tags("quote", [q for g in j["speakers"] for q in g["quotes"]])),
    "/figures": lambda j: ({f"group:{i}" for i in range(len(j["groups"]))}
                           | tags("figure", [f for g in j["groups"] for f in g["figures"]])),
    "/disagreements": lambda j: tags("disagreement", j["disagreements"]),
    "/entities/e2": lambda j: (tags("entity", [j["entity"]]) | tags("document", j["documents"])
                               | tags("quote", j["quotes"]) | tags("figure", j["figures"])),
    "/documents/da": lambda j: tags("document", [j["document"]]) | tags("entity", j["entities"]),
    "/search?q=workers": lambda j: {f"{r['kind']}:{r['id']}" for r in j["results"]},
}


def twin_of(path: str) -> str:
    base, _, query = path.partition("?")
    base = "/index" if base == "/" else base
    return f"{base}.json" + (f"?{query}" if query else "")


@pytest.mark.parametrize("path", list(TWIN_RECORDS))
def test_web_page_shows_the_records_of_its_json_twin(client, path):
    page, twin = client.get(path), client.get(twin_of(path))
    assert page.status_code == twin.status_code == 200
    assert page.headers["content-type"].startswith("text/html")
    assert twin.headers["content-type"] == "application/json"
    expected = TWIN_RECORDS[path](twin.json())
    assert expected, f"{path}: the twin has no records to compare"
    assert records_in(page.text) == expected
    assert f'href="{twin_of(path)}"' in page.text.replace("&amp;", "&")


def test_web_story_twin_holds_the_story_items(client):
    story = client.get("/stories/s1.json").json()
    assert [d["id"] for d in story["documents"]] == ["da", "db"]
    assert {q["id"] for q in story["quotes"]} == {"qa1", "qb1"}
    assert story["disagreements"][0]["values"][1]["claimed_by"]["name"] == "Tomas Berg"
    assert story["events"][0]["participants"] == [{"id": "e1", "name": "Lena Okafor", "href": "/entities/e1"}]
    assert [g["value"] for g in story["dates"]] == ["2031-05-05", "2031-05-06"]
    assert 'class="timeline"' in client.get("/stories/s1").text


def test_web_error_shape_is_pinned(client, db):
    assert client.get("/stories/nope.json").json() == {
        "error": {"status": 404, "code": "not_found", "message": "no story with id 'nope'"}}
    assert client.get("/no/such/route.json").json() == {
        "error": {"status": 404, "code": "not_found", "message": "Not Found"}}
    bad = client.get("/search.json?q=bridge&limit=0")
    assert bad.status_code == 400
    assert bad.json() == {"error": {"status": 400, "code": "bad_request",
                                    "message": "limit must be a whole number from 1 to 100"}}
    assert client.get("/search.json?q=" + "a" * 201).json()["error"]["code"] == "bad_request"
    html = client.get("/entities/nope")
    assert html.status_code == 404 and 'data-error="not_found"' in html.text
    conn = sqlite3.connect(db)
    conn.execute("UPDATE corpus SET data = '{\"documents\": [' WHERE name = 'brief'")
    conn.commit()
    conn.close()
    broken = client.get("/index.json")
    assert broken.status_code == 500
    assert broken.json() == {"error": {"status": 500, "code": "internal_error",
                                       "message": "the server could not answer this request"}}
    assert client.get("/").status_code == 500


def test_web_escapes_article_text_titles_and_links(client):
    for path in ("/documents/da", "/search?q=alert", "/", "/timeline", "/stories/s1"):
        html = client.get(path).text
        assert "<script>" not in html and "<b>to</b>" not in html and "<reopening>" not in html
    doc = client.get("/documents/da").text
    assert "&lt;script&gt;alert(" in doc and "&lt;/script&gt;" in doc
    assert "javascript:" not in client.get("/documents/db").text
    found = client.get("/search?q=script").text
    assert "&lt;<mark>script</mark>&gt;" in found


def test_web_document_page_anchors_every_quote_and_cited_span(client):
    html = client.get("/documents/da").text
    quote = client.get("/quotes.json").json()["speakers"][0]["quotes"][0]
    assert quote["href"] == "/documents/da#q-qa1"
    match = re.search(r'<span id="q-qa1"[^>]*>(.*?)</span>', html)
    assert match and match.group(1) == "We will finish by May,"
    for record in client.get("/stories/s1.json").json()["events"][0]["mentions"]:
        assert f'id="{record["href"].split("#")[1]}"' in html
    assert 'id="f-fa1"' in html and 'class="hl hl-date"' in html


def test_web_search_ranks_quotes_and_documents_with_marked_snippets(client):
    found = client.get("/search.json?q=fantasy timetable").json()["results"]
    by_id = {r["id"]: r for r in found}
    assert set(by_id) == {"db", "qb1"} and by_id["qb1"]["href"] == "/documents/db#q-qb1"
    assert by_id["qb1"]["speaker"] == "Tomas Berg" and by_id["db"]["href"] == "/documents/db"
    snippet, marks = by_id["qb1"]["snippet"], by_id["qb1"]["marks"]
    assert sorted(snippet[s:e].lower() for s, e in marks) == ["fantasy", "timetable"]
    scores = [r["score"] for r in client.get("/search.json?q=workers").json()["results"]]
    assert scores == sorted(scores, reverse=True) and len(scores) == 2
    for query in ('"', "AND (", "NEAR(x", "*", "bridge OR"):
        assert client.get("/search.json", params={"q": query}).status_code == 200
    assert client.get("/search.json?q=").json() == {"query": "", "results": []}


def test_web_reload_shows_a_new_brief_without_restart(client, db):
    assert client.get("/index.json").json()["counts"]["documents"] == 2
    write_brief(db, make_brief(extra_doc=True))
    assert client.get("/index.json").json()["counts"]["documents"] == 3
    assert "Third article" in client.get("/").text


def test_web_openapi_describes_every_json_route(client):
    spec = client.get("/openapi.json").json()
    assert spec == openapi_spec() and spec["openapi"].startswith("3.")
    assert set(spec["paths"]) == {json_path for _, json_path, _, _ in PAGES}
    assert "404" in spec["paths"]["/stories/{id}.json"]["get"]["responses"]


def test_web_pages_carry_a_csp_that_pins_the_inline_style(client):
    response = client.get("/")
    csp = response.headers["content-security-policy"]
    assert "default-src 'none'" in csp and "script-src" not in csp and "'unsafe-inline'" not in csp
    assert response.headers["x-content-type-options"] == "nosniff"
    assert "<script" not in response.text


def test_web_store_without_brief_serves_empty_pages(tmp_path):
    path = tmp_path / "empty.db"
    open_store(path).close()
    client = TestClient(create_app(path))
    assert client.get("/index.json").json()["documents"] == []
    assert client.get("/timeline").status_code == 200
    assert client.get("/search.json?q=anything").json()["results"] == []

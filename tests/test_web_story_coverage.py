"""The story page's coverage matrix (shared with the report: export/report_sections.coverage): a row per
fact, a column per document, and every tick a link that lands on an anchor of the document page."""
from __future__ import annotations

import re
from urllib.parse import unquote

import pytest
from starlette.testclient import TestClient

from storyline.web import create_app
from test_web_routes import make_brief, write_brief


@pytest.fixture()
def client(tmp_path):
    path = tmp_path / "web.db"
    write_brief(path, make_brief())
    return TestClient(create_app(path), raise_server_exceptions=False)


def test_web_story_coverage_rows_and_columns(client):
    matrix = client.get("/stories/s1.json").json()["coverage"]
    assert [c["href"] for c in matrix["columns"]] == ["/documents/da", "/documents/db"]
    rows = {(r["kind"], r["label"]): [bool(c) for c in r["cells"]] for r in matrix["rows"]}
    assert rows[("disagreement", "workers on site")] == [True, True]
    assert rows[("event", "Mayor announces <reopening>")] == [True, False]
    assert rows[("figure", "workers on site")] == [True, True]


def test_web_story_coverage_ticks_land_on_document_anchors(client):
    page = client.get("/stories/s1").text
    table = re.search(r'<table class="coverage">.*?</table>', page, re.S).group(0)
    assert "Mayor announces &lt;reopening&gt;" in table and "<reopening>" not in table
    hrefs = re.findall(r'<a href="([^"]+)"[^>]*>✓</a>', table)
    assert len(hrefs) == 5
    for href in hrefs:
        path, fragment = href.split("#")
        assert f'id="{unquote(fragment)}"' in client.get(path).text

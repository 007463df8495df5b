"""HTML pages: main text with paragraph breaks, metadata, dates only from markup, truncated pages rejected."""

from __future__ import annotations

import html
import json
import os
from pathlib import Path

import pytest

from storyline.ingest.base import discover, read_source
from storyline.ingest.html import extract_html, find_published, html_to_text

SHARED = Path(os.environ.get("STORYLINE_SHARED", Path(__file__).resolve().parents[2] / "shared"))
SEEDS = SHARED / "seeds"
MULTINEWS = SHARED / "bench" / "multinews_test_sample" / "multinews_test_sample250.jsonl"


def _seed(index: int) -> tuple[str, list[str]]:
    """A seed's first line (headline) and its other non-empty lines (paragraphs)."""
    lines = [ln.strip() for ln in sorted(SEEDS.glob("*.txt"))[index].read_text(encoding="utf-8").splitlines()]
    lines = [ln for ln in lines if ln]
    return lines[0], lines[1:]


def page(title: str, paragraphs: list[str], head_extra: str = "", body_extra: str = "") -> str:
    """A realistic article page: navigation, article body, related links and a footer."""
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'>"
        f"<title>{html.escape(title)} | Daily Example</title>"
        f"{head_extra}</head><body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
        f"<main><article><h1>{html.escape(title)}</h1>{body_extra}{body}</article></main>"
        "<aside><h3>Most read</h3><ul><li><a href='/x'>Another story</a></li></ul></aside>"
        "<footer><p>Copyright 2022 Daily Example. All rights reserved.</p></footer></body></html>"
    )


DATED_HEAD = (
    '<meta property="article:published_time" content="2024-12-09T08:30:00+00:00">'
    '<meta name="author" content="Jane Roe"><meta property="og:site_name" content="Daily Example">'
    '<link rel="canonical" href="https://daily.example/world/ceasefire-talks">'
)


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _read(path: Path):
    sources, _ = discover([str(path)])
    return read_source(sources[0])


def test_ingest_html_dated_page_text_and_metadata(tmp_path):
    title, paragraphs = _seed(0)
    (article,), rejections = _read(_write(tmp_path, "dated.html", page(title, paragraphs, DATED_HEAD)))
    assert rejections == []
    lines = article.text.split("\n")
    for paragraph in paragraphs:
        assert paragraph in lines  # each paragraph whole, on its own line
    assert "Most read" not in article.text and "All rights reserved" not in article.text
    assert article.published == "2024-12-09"
    assert article.author == "Jane Roe"
    assert article.url == "https://daily.example/world/ceasefire-talks"
    assert title in (article.title or "")
    assert article.outlet == "Daily Example"
    assert article.path == "dated.html" and article.record is None


def test_ingest_html_page_without_date_has_no_published(tmp_path):
    title, paragraphs = _seed(2)
    text = page(title, paragraphs + ["The war began in 2022 and talks stalled in 2023."])
    (article,), rejections = _read(_write(tmp_path, "undated.html", text))
    assert rejections == []
    assert article.published is None
    assert paragraphs[0] in article.text


@pytest.mark.parametrize(
    "head, body, expected",
    [
        (
            "",
            '<p class="byline">By Staff <time datetime="2025-03-17T10:00">17 March 2025</time></p>',
            "2025-03-17",
        ),
        (
            '<script type="application/ld+json">'
            + json.dumps({"@type": "NewsArticle", "datePublished": "2025-05-20T06:00:00Z", "headline": "h"})
            + "</script>",
            "",
            "2025-05-20",
        ),
        ("", "", None),
    ],
)
def test_ingest_html_date_only_from_markup(head, body, expected):
    title, paragraphs = _seed(1)
    assert find_published(page(title, paragraphs, head, body)) == expected


def test_ingest_html_date_from_url_path():
    title, paragraphs = _seed(1)
    assert find_published(page(title, paragraphs), "https://news.example/2024/12/09/talks") == "2024-12-09"


def test_ingest_html_truncated_page_is_e104(tmp_path):
    articles, rejections = _read(_write(tmp_path, "cut.html", "<html><head><title>x</ti"))
    assert articles == []
    assert [(r.path, r.where, r.code) for r in rejections] == [("cut.html", None, "E104")]


def test_ingest_html_page_with_no_main_text_is_e104(tmp_path):
    empty = "<html><head><title>Nothing</title></head><body><nav><a href='/'>Home</a></nav></body></html>"
    articles, rejections = _read(_write(tmp_path, "empty.htm", empty))
    assert articles == [] and [r.code for r in rejections] == ["E104"]


def test_ingest_html_fragment_keeps_paragraphs():
    _, paragraphs = _seed(3)
    fragment = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs[:3])
    assert html_to_text(fragment).split("\n") == paragraphs[:3]


def test_ingest_html_cp1252_page_declared_charset_no_warning(tmp_path):
    title, paragraphs = _seed(4)
    text = page(title, paragraphs + ["The café’s bill was 12 €."]).replace(
        "charset='utf-8'", "charset='windows-1252'"
    )
    path = tmp_path / "cp.html"
    path.write_bytes(text.encode("cp1252", errors="replace"))
    (article,), _ = _read(path)
    assert "The café’s bill was 12 €." in article.text
    assert article.warnings == []


def test_ingest_html_multinews_pages_do_not_crash():
    """Pages built from real news texts of another benchmark: extraction keeps their sentences."""
    rows = [json.loads(line) for line in MULTINEWS.read_text(encoding="utf-8").splitlines()[:12]]
    documents = [d for row in rows for d in row["documents"] if len(d.split()) > 40][:25]
    assert len(documents) >= 10
    kept = 0
    for doc in documents:
        paragraphs = [p.strip() for p in doc.split("\n") if p.strip()]
        content = extract_html(page(paragraphs[0][:80], paragraphs))
        assert content.published is None  # the pages carry no date markup
        longest = max(paragraphs, key=len)
        kept += longest in content.text
    assert kept >= 0.8 * len(documents)

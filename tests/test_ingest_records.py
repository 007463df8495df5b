"""JSON and JSON Lines: one article per record; bad lines rejected with where, the rest still read."""

from __future__ import annotations

import html
import json
import os
from pathlib import Path

from storyline.ingest.base import discover, read_source
from storyline.ingest.source import article_id

SEEDS = Path(os.environ.get("STORYLINE_SHARED", Path(__file__).resolve().parents[2] / "shared")) / "seeds"


def _seed_texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]


def _read(path: Path):
    sources, _ = discover([str(path)])
    return read_source(sources[0])


def test_ingest_records_jsonl_good_malformed_and_textless(tmp_path):
    texts = _seed_texts()
    lines = [
        json.dumps(
            {
                "text": texts[0],
                "title": "First",
                "url": "https://a.example/1",
                "published": "2024-12-09T08:30:00Z",
                "outlet": "A News",
                "author": "Ann Lee",
            }
        ),
        json.dumps({"text": texts[1], "published": "Mon, 09 Dec 2024 10:00:00 GMT"}),
        '{"text": "unfinished',
        json.dumps({"title": "No body here", "url": "https://a.example/3"}),
    ]
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    articles, rejections = _read(path)
    assert [a.text for a in articles] == texts[:2]
    assert [a.record for a in articles] == ["line 1", "line 2"]
    assert [a.id for a in articles] == [
        article_id("batch.jsonl", "line 1"),
        article_id("batch.jsonl", "line 2"),
    ]
    first, second = articles
    assert (first.title, first.url, first.published, first.outlet, first.author) == (
        "First",
        "https://a.example/1",
        "2024-12-09",
        "A News",
        "Ann Lee",
    )
    assert second.published == "2024-12-09" and second.title is None
    assert [(r.path, r.where, r.code) for r in rejections] == [
        ("batch.jsonl", "line 3", "E105"),
        ("batch.jsonl", "line 4", "E106"),
    ]


def test_ingest_records_jsonl_html_record_and_non_object(tmp_path):
    texts = _seed_texts()
    paragraphs = [p for p in texts[2].splitlines() if p.strip()]
    fragment = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    lines = [
        json.dumps({"html": fragment, "title": "From HTML", "published": "2025-05-20"}),
        "[1, 2]",
        "",
        "   ",
    ]
    path = tmp_path / "mixed.ndjson"
    path.write_text("\n".join(lines), encoding="utf-8")
    articles, rejections = _read(path)
    (article,) = articles
    assert article.text.split("\n") == [p.strip() for p in paragraphs]
    assert (article.title, article.published) == ("From HTML", "2025-05-20")
    assert [(r.where, r.code) for r in rejections] == [("line 2", "E105")]


def test_ingest_records_json_array_and_object(tmp_path):
    texts = _seed_texts()
    array = tmp_path / "many.json"
    array.write_text(
        json.dumps([{"text": texts[3], "published": "17 March 2025"}, {"text": "  "}, {"text": texts[4]}]),
        encoding="utf-8",
    )
    articles, rejections = _read(array)
    assert [a.record for a in articles] == ["item 1", "item 3"]
    assert articles[0].published == "2025-03-17"
    assert [(r.where, r.code) for r in rejections] == [("item 2", "E106")]
    single = tmp_path / "one.json"
    single.write_text(json.dumps({"text": texts[0], "published": "not a date"}), encoding="utf-8")
    (article,), rejections = _read(single)
    assert article.record is None and article.published is None and rejections == []


def test_ingest_records_malformed_json_file_is_e105(tmp_path):
    path = tmp_path / "broken.json"
    path.write_text('[{"text": "a"}, ', encoding="utf-8")
    articles, rejections = _read(path)
    assert articles == [] and [(r.path, r.where, r.code) for r in rejections] == [
        ("broken.json", None, "E105")
    ]


def test_ingest_records_whole_page_html_is_extracted(tmp_path):
    texts = _seed_texts()
    paragraphs = [p for p in texts[0].splitlines() if p.strip()]
    page = (
        "<html><head><meta property='article:published_time' content='2024-12-09'></head><body><article>"
        + "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs[1:])
        + "</article></body></html>"
    )
    path = tmp_path / "pages.jsonl"
    path.write_text(
        json.dumps({"html": page, "url": "https://b.example/x"})
        + "\n"
        + json.dumps({"html": "<html><head><title>x</ti"})
        + "\n",
        encoding="utf-8",
    )
    articles, rejections = _read(path)
    (article,) = articles
    assert paragraphs[1] in article.text.split("\n")
    assert (article.published, article.url) == ("2024-12-09", "https://b.example/x")
    assert [(r.where, r.code) for r in rejections] == [("line 2", "E104")]

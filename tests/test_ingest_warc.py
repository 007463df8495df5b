"""WARC archives: 200 HTML responses become articles; other responses E108; corrupt files E109."""

from __future__ import annotations

import gzip
import html
import os
from io import BytesIO
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from storyline.ingest.base import discover, read_source

SEEDS = Path(os.environ.get("STORYLINE_SHARED", Path(__file__).resolve().parents[2] / "shared")) / "seeds"
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4


def _seed(index: int) -> tuple[str, list[str]]:
    lines = [ln.strip() for ln in sorted(SEEDS.glob("*.txt"))[index].read_text(encoding="utf-8").splitlines()]
    lines = [ln for ln in lines if ln]
    return lines[0], lines[1:]


def _page(title: str, paragraphs: list[str], published: str) -> bytes:
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    return (
        f"<html><head><meta charset='utf-8'><title>{html.escape(title)}</title>"
        f"<meta property='article:published_time' content='{published}'></head>"
        f"<body><nav>Home News</nav><article><h1>{html.escape(title)}</h1>{body}</article></body></html>"
    ).encode()


def _response(writer: WARCWriter, url: str, payload: bytes, ctype: str, status: str = "200 OK") -> None:
    headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
    writer.write_record(
        writer.create_warc_record(url, "response", payload=BytesIO(payload), http_headers=headers)
    )


def build_warc(path: Path) -> list[tuple[str, list[str]]]:
    """warcinfo, request, HTML, PNG, HTML, redirect, 404 HTML: returns the seeds used for the HTML pages."""
    seeds = [_seed(0), _seed(3)]
    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=True)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "test"}))
        req = StatusAndHeaders("GET /a HTTP/1.1", [("Host", "news.example")], is_http_request=True)
        writer.write_record(
            writer.create_warc_record(
                "https://news.example/a", "request", payload=BytesIO(b""), http_headers=req
            )
        )
        _response(
            writer, "https://news.example/a", _page(*seeds[0], "2024-12-09"), "text/html; charset=utf-8"
        )
        _response(writer, "https://news.example/logo.png", PNG, "image/png")
        _response(writer, "https://news.example/b", _page(*seeds[1], "2025-05-20"), "text/html")
        _response(writer, "https://news.example/old", b"", "text/html", "301 Moved Permanently")
        _response(
            writer, "https://news.example/gone", b"<html>not found</html>", "text/html", "404 Not Found"
        )
    return seeds


def _read(path: Path):
    sources, _ = discover([str(path)])
    return read_source(sources[0])


def test_ingest_warc_html_responses_become_articles(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    seeds = build_warc(path)
    articles, rejections = _read(path)
    assert [a.record for a in articles] == ["record 3", "record 5"]
    assert [a.url for a in articles] == ["https://news.example/a", "https://news.example/b"]
    assert [a.published for a in articles] == ["2024-12-09", "2025-05-20"]
    for article, (title, paragraphs) in zip(articles, seeds, strict=True):
        lines = article.text.split("\n")
        assert all(p in lines for p in paragraphs)
        assert article.title == title and article.path == "crawl.warc.gz"
    assert [(r.path, r.where, r.code) for r in rejections] == [
        ("crawl.warc.gz", "record 4", "E108"),
        ("crawl.warc.gz", "record 7", "E108"),
    ]
    assert "image/png" in rejections[0].reason and "404" in rejections[1].reason


def test_ingest_warc_uncompressed_and_discovered_in_folder(tmp_path):
    gz = tmp_path / "src.warc.gz"
    build_warc(gz)
    plain = tmp_path / "dir" / "plain.warc"
    plain.parent.mkdir()
    plain.write_bytes(gzip.decompress(gz.read_bytes()))
    sources, _ = discover([str(plain.parent)])
    assert [s.path for s in sources] == ["plain.warc"]
    articles, _ = read_source(sources[0])
    assert [a.record for a in articles] == ["record 3", "record 5"]


def test_ingest_warc_corrupt_files_are_e109(tmp_path):
    (tmp_path / "junk.warc").write_bytes(b"this is not a warc file at all\r\n" * 20)
    good = tmp_path / "good.warc.gz"
    build_warc(good)
    (tmp_path / "half.warc.gz").write_bytes(good.read_bytes()[: len(good.read_bytes()) // 2])
    results = {s.path: read_source(s) for s in discover([str(tmp_path)])[0]}
    articles, rejections = results["junk.warc"]
    assert articles == [] and [(r.where, r.code) for r in rejections] == [(None, "E109")]
    articles, rejections = results["half.warc.gz"]
    assert rejections and rejections[-1].code == "E109"
    assert len(articles) <= 1


def test_ingest_warc_record_cut_short_gives_no_partial_article(tmp_path):
    good = tmp_path / "good.warc.gz"
    seeds = build_warc(good)
    data = gzip.decompress(good.read_bytes())
    cut = data.index(html.escape(seeds[1][1][2]).encode()) + 20  # inside the second HTML page
    path = tmp_path / "cut.warc"
    path.write_bytes(data[:cut])
    articles, rejections = _read(path)
    assert [a.record for a in articles] == ["record 3"]
    assert [(r.where, r.code) for r in rejections] == [("record 4", "E108"), ("record 5", "E109")]

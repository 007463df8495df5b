"""RSS and Atom feeds: one article per entry with content; non-feeds and empty feeds are E107."""

from __future__ import annotations

import html
import os
from pathlib import Path

from storyline.ingest.base import discover, read_source

SEEDS = Path(os.environ.get("STORYLINE_SHARED", Path(__file__).resolve().parents[2] / "shared")) / "seeds"


def _seeds() -> list[tuple[str, list[str]]]:
    """(headline, paragraphs) of each seed."""
    out = []
    for path in sorted(SEEDS.glob("*.txt")):
        lines = [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]
        out.append((lines[0], lines[1:]))
    return out


def _html_body(paragraphs: list[str]) -> str:
    return "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)


def _read(path: Path):
    sources, _ = discover([str(path)])
    return read_source(sources[0])


def rss(entries: list[tuple[str, list[str]]]) -> str:
    items = []
    for n, (title, paragraphs) in enumerate(entries, start=1):
        items.append(
            f"<item><title>{html.escape(title)}</title><link>https://wire.example/story/{n}</link>"
            f"<pubDate>Mon, 0{n} Dec 2024 09:00:00 GMT</pubDate><dc:creator>Reporter {n}</dc:creator>"
            f"<description>Short teaser {n}.</description>"
            f"<content:encoded><![CDATA[{_html_body(paragraphs)}]]></content:encoded></item>"
        )
    items.append("<item><title>Link only</title><link>https://wire.example/empty</link></item>")
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        "<channel><title>Example Wire</title><link>https://wire.example/</link><description>News</description>"
        + "".join(items)
        + "</channel></rss>"
    )


def atom(entries: list[tuple[str, list[str]]]) -> str:
    body = []
    for n, (title, paragraphs) in enumerate(entries, start=1):
        body.append(
            f"<entry><title>{html.escape(title)}</title><link href='https://atom.example/{n}'/>"
            f"<id>urn:example:{n}</id><published>2025-05-2{n}T06:00:00Z</published>"
            f"<updated>2025-06-01T00:00:00Z</updated><author><name>Writer {n}</name></author>"
            f"<content type='html'>{html.escape(_html_body(paragraphs))}</content></entry>"
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        "<title>Atom Times</title><id>urn:example:feed</id><updated>2025-06-01T00:00:00Z</updated>"
        + "".join(body)
        + "</feed>"
    )


def test_ingest_feed_rss_entries_become_articles(tmp_path):
    seeds = _seeds()[:2]
    path = tmp_path / "wire.rss"
    path.write_text(rss(seeds), encoding="utf-8")
    articles, rejections = _read(path)
    assert [a.record for a in articles] == ["entry 1", "entry 2"]
    for n, (article, (title, paragraphs)) in enumerate(zip(articles, seeds, strict=True), start=1):
        assert article.text.split("\n") == paragraphs
        assert (article.title, article.url, article.outlet) == (
            title,
            f"https://wire.example/story/{n}",
            "Example Wire",
        )
        assert article.published == f"2024-12-0{n}"
        assert article.author == f"Reporter {n}"
    assert [(r.path, r.where, r.code) for r in rejections] == [("wire.rss", "entry 3", "E107")]


def test_ingest_feed_atom_entries_become_articles(tmp_path):
    seeds = _seeds()[2:5]
    path = tmp_path / "times.atom"
    path.write_text(atom(seeds), encoding="utf-8")
    articles, rejections = _read(path)
    assert rejections == []
    assert [a.record for a in articles] == ["entry 1", "entry 2", "entry 3"]
    assert [a.published for a in articles] == ["2025-05-21", "2025-05-22", "2025-05-23"]
    assert all(a.outlet == "Atom Times" for a in articles)
    assert articles[1].text.split("\n") == seeds[1][1] and articles[1].url == "https://atom.example/2"


def test_ingest_feed_summary_only_entry(tmp_path):
    _, paragraphs = _seeds()[0]
    feed = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>'
        f"<item><title>S</title><description>{html.escape(_html_body(paragraphs[:2]))}</description></item>"
        "</channel></rss>"
    )
    path = tmp_path / "summary.xml"
    path.write_text(feed, encoding="utf-8")
    (article,), rejections = _read(path)
    assert rejections == [] and article.text.split("\n") == paragraphs[:2]


def test_ingest_feed_not_a_feed_and_no_entries_are_e107(tmp_path):
    (tmp_path / "page.rss").write_text(
        "<html><body><p>Just a page, not a feed.</p></body></html>", encoding="utf-8"
    )
    (tmp_path / "empty.atom").write_text(
        '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Nothing</title></feed>',
        encoding="utf-8",
    )
    (tmp_path / "data.xml").write_text(
        '<?xml version="1.0"?><catalog><book id="1"/></catalog>', encoding="utf-8"
    )
    sources, _ = discover([str(tmp_path)])
    for src in sources:
        articles, rejections = read_source(src)
        assert articles == []
        assert [(r.path, r.where, r.code) for r in rejections] == [(src.path, None, "E107")]

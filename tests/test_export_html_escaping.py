"""The HTML report escapes every string from the brief and links only to http(s) urls."""
from __future__ import annotations

import html
import re

from storyline.export.html import render_html, safe_url
from test_export_html_sample import HOSTILE, empty_brief, parse, sample_brief


def _hostile_brief(url: str) -> dict:
    text = f"Title\nShe wrote {HOSTILE} and \"&<>' in one line."
    brief = empty_brief()
    brief["documents"] = [{"id": "x<1>", "path": "a\"b'<c>.txt", "title": "<img src=x onerror=alert(1)>",
                           "outlet": "O&<>", "url": url, "published": "2024-01-01", "text": text,
                           "duplicate_of": None, "boilerplate": ["<iframe src=//evil>"]}]
    brief["rejected"] = [{"path": "<svg onload=alert(1)>", "where": "\"line\" 1", "code": "E1<0>",
                          "reason": "bad & <worse>"}]
    brief["entities"] = [{"id": "e\"1", "name": "<b>Name</b>", "type": "PER\"SON", "aliases": ["<i>"],
                          "titles": ["'t'"], "mentions": [{"doc": "x<1>", "start": 6, "end": 9}]}]
    return brief


def test_article_text_and_metadata_are_escaped():
    page = render_html(_hostile_brief("javascript:alert(1)"))
    assert HOSTILE not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    for raw in ("<img src=x", "<iframe", "<svg", "<b>Name</b>", "<i>", "bad & <worse>"):
        assert raw not in page
    parsed = parse(page)
    assert parsed.scripts == [{}]  # only the report's own inline script, no src
    assert "She wrote " + HOSTILE + " and \"&<>' in one line." in parsed.paragraphs["x<1>"]


def test_javascript_url_is_shown_but_never_linked():
    page = render_html(_hostile_brief("javascript:alert(1)"))
    assert "javascript:alert(1)" in page
    assert not re.search(r"href=\"\s*javascript", page, re.I)
    assert parse(page).links == []


def test_http_url_becomes_a_safe_link():
    page = render_html(_hostile_brief("https://example.org/a?b=1&c=\"2\""))
    links = parse(page).links
    assert links == [{"href": "https://example.org/a?b=1&c=\"2\"", "rel": "noopener noreferrer",
                      "target": "_blank"}]


def test_safe_url_accepts_only_absolute_http():
    assert safe_url("http://a.org/x") == "http://a.org/x"
    assert safe_url(" HTTPS://a.org ") == "HTTPS://a.org"
    for bad in ("javascript:alert(1)", "JaVaScRiPt:alert(1)", "java\nscript:x", "data:text/html,x",
                "//evil.org", "/local/path", "https://", "http://a b.org", None, 42, ""):
        assert safe_url(bad) is None, bad


def test_report_is_self_contained_with_a_strict_policy():
    page = render_html(sample_brief())
    assert not re.search(r"<(script|link|img|iframe)[^>]*\b(src|href)=", page, re.I)
    assert "@import" not in page and "url(" not in page
    meta = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page)
    policy = html.unescape(meta.group(1))
    assert "default-src 'none'" in policy
    assert re.search(r"script-src 'sha256-[A-Za-z0-9+/=]+'", policy)
    assert "unsafe-inline" not in policy


def test_anchor_ids_are_url_safe_even_for_odd_record_ids():
    parsed = parse(render_html(_hostile_brief("")))
    assert parsed.ids and all(re.fullmatch(r"[A-Za-z0-9_.~-]+", i) for i in parsed.ids)
    assert len(parsed.ids) == len(set(parsed.ids))

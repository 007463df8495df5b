"""HTML to article text and metadata with trafilatura; the date only from real metadata (htmldate).

htmldate's default search reads years out of body text (a page with no date came out as 2022-01-01), so
``extensive_search=False`` is used (meta tags, JSON-LD, <time>, date-classed elements, the URL), and the
result must lie between 1995 and tomorrow and its year must occur in the page or URL."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import date, timedelta

import htmldate
import trafilatura
from lxml import html as lxml_html

from storyline.errors import InputError
from storyline.ingest.dates import normalise_date

log = logging.getLogger(__name__)
_BLOCKS = ("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "tr", "br", "section")
_SPACES = re.compile(r"[ \t\u00a0]+")
MIN_WORDS = 10  # a whole page whose main text is shorter holds only page furniture ("Home")


@dataclass
class HtmlContent:
    """What an HTML page gives: main text (paragraphs on their own lines) and metadata."""

    text: str
    title: str | None = None
    author: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: str | None = None


def extract_html(html: str, url: str | None = None) -> HtmlContent:
    """Main text and metadata of a whole HTML page; raises E104 when truncated or without main text."""
    if _looks_truncated(html):
        raise InputError("E104", "the page ends inside a tag")
    doc = _bare_extraction(html, url)
    text = _clean_lines((doc.text or "") if doc is not None else "")
    if len(text.split()) < MIN_WORDS:
        raise InputError("E104", f"no main text found ({len(text.split())} words)")
    return HtmlContent(
        text=text,
        title=_strip(doc.title),
        author=_strip(doc.author),
        url=url or _strip(doc.url),
        outlet=_strip(doc.sitename),
        published=find_published(html, url or _strip(doc.url)),
    )


def html_to_text(fragment: str) -> str:
    """Text of an HTML fragment (feed content, a JSON 'html' field), one line per block element.

    A fragment is already the article body, so all its visible text is kept (trafilatura's boilerplate
    filter dropped real subheadings of feed content); raises E104 when there is none."""
    text = _block_text(fragment)
    if not text:
        raise InputError("E104", "no text in the HTML")
    return text


def find_published(html: str, url: str | None = None) -> str | None:
    """Publication date (YYYY-MM-DD) from meta tags, JSON-LD, <time> or the URL, or None: no guessing."""
    try:
        found = htmldate.find_date(
            html,
            url=url,
            extensive_search=False,
            original_date=True,
            outputformat="%Y-%m-%d",
            min_date="1995-01-01",
            max_date=(date.today() + timedelta(days=1)).isoformat(),
        )
    except Exception as exc:  # htmldate raises on some malformed input
        log.debug("htmldate failed: %s", exc)
        return None
    value = normalise_date(found)
    if value and value[:4] in html + (url or ""):
        return value
    return None


def _bare_extraction(html: str, url: str | None):
    """trafilatura's document (text + metadata) or None; never raises."""
    try:
        return trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False)
    except Exception as exc:
        log.debug("trafilatura failed: %s", exc)
        return None


def _looks_truncated(html: str) -> bool:
    """True when the markup stops inside a tag (the last '<' was never closed)."""
    tail = html.rstrip()
    return tail.rfind("<") > tail.rfind(">")


def _block_text(fragment: str) -> str:
    """Visible text of ``fragment`` with a line break after each block element."""
    try:
        root = lxml_html.fragment_fromstring(fragment, create_parent="div")
    except Exception:
        return ""
    for bad in root.xpath(".//script|.//style|.//noscript|.//template"):
        bad.drop_tree()
    for el in root.iter(*_BLOCKS):
        el.tail = "\n" + (el.tail or "")
    return _clean_lines(root.text_content())


def _clean_lines(text: str) -> str:
    """Collapse runs of spaces, trim lines, drop empty lines."""
    lines = (_SPACES.sub(" ", line).strip() for line in text.splitlines())
    return "\n".join(line for line in lines if line)


def _strip(value: object) -> str | None:
    return (value.strip() or None) if isinstance(value, str) else None

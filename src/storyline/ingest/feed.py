"""RSS, Atom and RDF feeds (feedparser): each entry with content becomes an article ("entry N")."""

from __future__ import annotations

from typing import Any

import feedparser

from storyline.errors import InputError
from storyline.ingest.dates import normalise_date
from storyline.ingest.html import html_to_text
from storyline.ingest.source import SourceFile, from_error, new_article, rejection
from storyline.model import Article, Rejection

_HTML_TYPES = ("text/html", "application/xhtml+xml", "html", "xhtml")


def read_feed(src: SourceFile, data: bytes) -> tuple[list[Article], list[Rejection]]:
    """Articles of a feed's entries. E107 when the file is not a feed, has no entries, or an entry empty."""
    parsed = feedparser.parse(data)
    if not parsed.get("version") or not parsed.entries:
        problem = parsed.get("bozo_exception")
        detail = f"not a feed ({problem})" if problem and not parsed.get("version") else "no entries"
        return [], [rejection(src, "E107", detail)]
    outlet = _text(parsed.feed.get("title"))
    articles: list[Article] = []
    rejections: list[Rejection] = []
    for number, entry in enumerate(parsed.entries, start=1):
        where = f"entry {number}"
        try:
            articles.append(entry_article(src, entry, where, outlet))
        except InputError as err:
            rejections.append(from_error(src, err, where))
    return articles, rejections


def entry_article(src: SourceFile, entry: Any, where: str, outlet: str | None) -> Article:
    """One entry's article: content (or summary) as text, title, link as url, published date, outlet."""
    text = entry_text(entry)
    if not text:
        raise InputError("E107", "entry has no content", where=where)
    published = normalise_date(entry.get("published_parsed") or entry.get("updated_parsed"))
    return new_article(
        src,
        text,
        where,
        title=_text(entry.get("title")),
        url=_text(entry.get("link")),
        author=_text(entry.get("author")),
        published=published,
        outlet=outlet,
    )


def entry_text(entry: Any) -> str:
    """The longest content of an entry (content:encoded / Atom content), else its summary, as text."""
    parts = [c for c in entry.get("content") or [] if _text(c.get("value"))]
    if not parts and _text(entry.get("summary")):
        parts = [{"value": entry["summary"], "type": (entry.get("summary_detail") or {}).get("type", "")}]
    texts = []
    for part in parts:
        value, kind = part.get("value", ""), (part.get("type") or "").lower()
        try:
            texts.append(html_to_text(value) if kind in _HTML_TYPES or "<" in value else value.strip())
        except InputError:
            continue
    return max(texts, key=len, default="")


def _text(value: Any) -> str | None:
    return (value.strip() or None) if isinstance(value, str) else None

"""JSON and JSON Lines inputs: one article per object with ``text`` or ``html`` and optional metadata."""

from __future__ import annotations

import json
from typing import Any

from storyline.errors import InputError
from storyline.ingest.dates import normalise_date
from storyline.ingest.decode import check_sensible
from storyline.ingest.html import extract_html, html_to_text
from storyline.ingest.source import SourceFile, from_error, new_article, rejection
from storyline.model import Article, Rejection

META_FIELDS = ("title", "url", "outlet", "author")


def read_jsonl(src: SourceFile, text: str) -> tuple[list[Article], list[Rejection]]:
    """One object per line (blank lines skipped); a bad line is rejected, the others still count."""
    articles: list[Article] = []
    rejections: list[Rejection] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"line {number}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            rejections.append(rejection(src, "E105", f"{exc.msg} at column {exc.colno}", where))
            continue
        _collect(src, obj, where, articles, rejections)
    return articles, rejections


def read_json(src: SourceFile, text: str) -> tuple[list[Article], list[Rejection]]:
    """A JSON object (one article) or an array of objects (records "item N")."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        return [], [rejection(src, "E105", f"{exc.msg} at line {exc.lineno} column {exc.colno}")]
    articles: list[Article] = []
    rejections: list[Rejection] = []
    if isinstance(data, list):
        for number, obj in enumerate(data, start=1):
            _collect(src, obj, f"item {number}", articles, rejections)
    else:
        _collect(src, data, None, articles, rejections)
    return articles, rejections


def _collect(
    src: SourceFile, obj: Any, where: str | None, articles: list[Article], rejections: list[Rejection]
) -> None:
    """Append the article made from ``obj``, or its rejection."""
    try:
        articles.append(record_article(src, obj, where))
    except InputError as err:
        rejections.append(from_error(src, err, where))


def record_article(src: SourceFile, obj: Any, where: str | None) -> Article:
    """The article of one JSON record; raises E105 (not an object), E106 (no text) or E104 (bad html)."""
    if not isinstance(obj, dict):
        raise InputError("E105", f"expected an object, found {type(obj).__name__}", where=where)
    meta: dict[str, Any] = {}
    if _nonblank(obj.get("text")):
        text = obj["text"]
        check_sensible(text)
    elif _nonblank(obj.get("html")):
        text, meta = _from_html(obj["html"], _string(obj.get("url")))
    else:
        raise InputError("E106", where=where)
    for name in META_FIELDS:
        meta[name] = _string(obj.get(name)) or meta.get(name)
    meta["published"] = normalise_date(obj.get("published")) or meta.get("published")
    return new_article(src, text, where, **meta)


def _from_html(html: str, url: str | None) -> tuple[str, dict[str, Any]]:
    """Text and metadata of a record's HTML: a whole page via extraction, a fragment via html_to_text."""
    if "<html" in html[:2000].lower() or "<body" in html[:4000].lower():
        content = extract_html(html, url)
        meta = {k: getattr(content, k) for k in ("title", "author", "url", "outlet", "published")}
        return content.text, meta
    return html_to_text(html), {}


def _nonblank(value: Any) -> bool:
    return isinstance(value, str) and bool(value.strip())


def _string(value: Any) -> str | None:
    """A metadata value as a trimmed string, or None."""
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return None

"""WARC archives (warcio): each 200 HTML ``response`` record becomes an article ("record N").

Request, metadata, warcinfo and other non-response records are skipped; redirects (3xx) too."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from warcio.archiveiterator import ArchiveIterator

from storyline.errors import InputError
from storyline.ingest.decode import declared_encoding, decode_bytes
from storyline.ingest.html import extract_html
from storyline.ingest.source import SourceFile, from_error, new_article, rejection
from storyline.model import Article, Rejection

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def read_warc(src: SourceFile, path: Path) -> tuple[list[Article], list[Rejection]]:
    """Articles of a WARC or WARC.gz file; E108 per unusable response record, E109 when unreadable."""
    articles: list[Article] = []
    rejections: list[Rejection] = []
    number = 0
    try:
        with open(path, "rb") as stream:
            for number, record in enumerate(ArchiveIterator(stream), start=1):
                _collect(src, record, f"record {number}", articles, rejections)
    except Exception as exc:  # warcio raises many kinds on corrupt input (ArchiveLoadFailed, zlib, EOF...)
        where = f"record {number + 1}" if number else None
        rejections.append(rejection(src, "E109", f"{type(exc).__name__}: {exc}", where))
    if number == 0 and not rejections:
        rejections.append(rejection(src, "E109", "no WARC records"))
    return articles, rejections


def _collect(
    src: SourceFile, record: Any, where: str, articles: list[Article], rejections: list[Rejection]
) -> None:
    """Append the article of a response record, or its rejection; other record types are skipped."""
    if record.rec_type != "response":
        return
    try:
        article = response_article(src, record, where)
    except InputError as err:
        rejections.append(from_error(src, err, where))
        return
    if article is not None:
        articles.append(article)


def response_article(src: SourceFile, record: Any, where: str) -> Article | None:
    """The article of one response record; None for a redirect; raises E108 / E10x otherwise."""
    headers = record.http_headers
    if headers is None:
        raise InputError("E108", "no HTTP headers", where=where)
    status = headers.get_statuscode() or ""
    ctype = (headers.get_header("Content-Type") or "").lower()
    if status.startswith("3"):
        return None
    if not ctype.startswith(_HTML_TYPES):
        raise InputError("E108", f"content type {ctype or 'missing'}", where=where)
    if status != "200":
        raise InputError("E108", f"HTTP status {status}", where=where)
    data = record.content_stream().read()
    text, warnings = decode_bytes(data, _charset(ctype) or declared_encoding(data))
    url = record.rec_headers.get_header("WARC-Target-URI")
    content = extract_html(text, url)
    return new_article(
        src, content.text, where, title=content.title, url=url or content.url, author=content.author,
        outlet=content.outlet, published=content.published, warnings=warnings or None,
    )


def _charset(ctype: str) -> str | None:
    """The charset parameter of a Content-Type header, if any."""
    for param in ctype.split(";")[1:]:
        name, _, value = param.strip().partition("=")
        if name.strip() == "charset" and value:
            return value.strip().strip("\"'")
    return None

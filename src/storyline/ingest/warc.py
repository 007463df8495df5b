"""WARC archives (warcio): each 200 HTML ``response`` record becomes an article ("record N").

Request, metadata, warcinfo and other non-response records are skipped; redirects (3xx) too."""

from __future__ import annotations

import gzip
import logging
import zlib
from pathlib import Path
from typing import Any

from warcio.archiveiterator import ArchiveIterator

from storyline.errors import InputError
from storyline.ingest.decode import declared_encoding, decode_bytes
from storyline.ingest.html import extract_html
from storyline.ingest.source import SourceFile, from_error, new_article, rejection
from storyline.model import Article, Rejection

log = logging.getLogger(__name__)
_HTML_TYPES = ("text/html", "application/xhtml+xml")


def read_warc(src: SourceFile, path: Path) -> tuple[list[Article], list[Rejection]]:
    """Articles of a WARC or WARC.gz file; E108 per unusable response record, E109 when unreadable."""
    articles: list[Article] = []
    rejections: list[Rejection] = []
    if not _has_warc_magic(path):
        return [], [rejection(src, "E109", "does not start with a WARC record")]
    number = 0  # the record being read, from 1
    try:
        with open(path, "rb") as stream:
            records = iter(ArchiveIterator(stream))
            number += 1
            while (record := next(records, None)) is not None:
                found, rejected = _use(src, record, f"record {number}")
                _check_complete(record)  # a record cut short yields nothing but E109
                articles.extend(found)
                rejections.extend(rejected)
                number += 1
    except Exception as exc:  # warcio raises many kinds on corrupt input (ArchiveLoadFailed, zlib, EOF...)
        log.debug("WARC %s failed at record %d", src.path, number, exc_info=True)
        rejections.append(rejection(src, "E109", f"{type(exc).__name__}: {exc}", f"record {number}"))
    return articles, rejections


def _use(src: SourceFile, record: Any, where: str) -> tuple[list[Article], list[Rejection]]:
    """The article of a response record, or its rejection; other record types give nothing."""
    if record.rec_type != "response":
        return [], []
    try:
        article = response_article(src, record, where)
    except InputError as err:
        return [], [from_error(src, err, where)]
    return ([article] if article is not None else []), []


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
        src,
        content.text,
        where,
        title=content.title,
        url=url or content.url,
        author=content.author,
        outlet=content.outlet,
        published=content.published,
        warnings=warnings or None,
    )


def _check_complete(record: Any) -> None:
    """Read the record to its end; raise EOFError when the file stopped before its Content-Length."""
    raw = record.raw_stream
    while raw.read(65536):
        pass
    if getattr(raw, "limit", 0) > 0:
        raise EOFError(f"record cut short, {raw.limit} bytes missing")


def _has_warc_magic(path: Path) -> bool:
    """True when the (possibly gzipped) file starts like a WARC record ("WARC/1.x") or an ARC file."""
    try:
        with open(path, "rb") as raw:
            head = raw.read(2)
            raw.seek(0)
            stream = gzip.GzipFile(fileobj=raw) if head == b"\x1f\x8b" else raw
            start = stream.read(16)
    except (OSError, EOFError, zlib.error):
        return False
    return start.startswith((b"WARC/", b"filedesc://"))


def _charset(ctype: str) -> str | None:
    """The charset parameter of a Content-Type header, if any."""
    for param in ctype.split(";")[1:]:
        name, _, value = param.strip().partition("=")
        if name.strip() == "charset" and value:
            return value.strip().strip("\"'")
    return None

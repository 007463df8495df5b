"""The input layer's entry points: find input files and read each into articles and rejections.

``discover`` walks files and folders; ``read_source`` dispatches on the file extension and never raises
for bad input: it returns the good articles and a coded ``Rejection`` for everything else."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Sequence
from pathlib import Path

from storyline.errors import InputError
from storyline.ingest.decode import declared_encoding, decode_bytes
from storyline.ingest.feed import read_feed
from storyline.ingest.html import extract_html
from storyline.ingest.records import read_json, read_jsonl
from storyline.ingest.source import SourceFile, article_id, from_error, new_article, rejection
from storyline.ingest.warc import read_warc
from storyline.model import Article, Rejection

__all__ = ["SourceFile", "article_id", "discover", "read_source", "kind_of", "KINDS"]

KINDS: dict[str, str] = {
    ".txt": "text",
    ".text": "text",
    ".html": "html",
    ".htm": "html",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".rss": "feed",
    ".atom": "feed",
    ".xml": "feed",
    ".rdf": "feed",
    ".warc": "warc",
    ".warc.gz": "warc",
}
MANIFEST_NAMES = ("manifest.jsonl", "manifest.csv")
Result = tuple[list[Article], list[Rejection]]


def kind_of(name: str) -> str | None:
    """The input kind of a file name by its extension (``.warc.gz`` included), or None."""
    lower = name.lower()
    if lower.endswith(".warc.gz"):
        return "warc"
    return KINDS.get(os.path.splitext(lower)[1])


def discover(inputs: Sequence[str]) -> tuple[list[SourceFile], list[Rejection]]:
    """Input files under ``inputs`` (files and folders, recursive), sorted by path, and rejections.

    A missing path is E100; a file named explicitly with an unknown extension is E110; inside folders
    hidden entries, unknown extensions and manifest files are skipped."""
    found: list[tuple[str, str, Path]] = []  # (path, path as given, absolute path)
    rejections: list[Rejection] = []
    for arg in inputs:
        given = Path(arg)
        if given.is_dir():
            found.extend(_walk(given))
        elif given.is_file():
            if kind_of(given.name) is None:
                rejections.append(Rejection(arg, None, "E110", InputError("E110", given.suffix).reason))
            else:
                found.append((given.name, given.as_posix(), given.resolve()))
        else:
            rejections.append(Rejection(arg, None, "E100", InputError("E100").reason))
    return _unique(found), rejections


def _walk(root: Path) -> list[tuple[str, str, Path]]:
    """Readable files inside ``root`` (hidden entries and manifests skipped), relative posix paths."""
    files = []
    for folder, dirs, names in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in names:
            if name.startswith(".") or name.lower() in MANIFEST_NAMES or kind_of(name) is None:
                continue
            full = Path(folder) / name
            files.append((full.relative_to(root).as_posix(), full.as_posix(), full.resolve()))
    return files


def _unique(found: list[tuple[str, str, Path]]) -> list[SourceFile]:
    """One SourceFile per real file, sorted; a path shared by two files falls back to the path as given."""
    seen: set[Path] = set()
    kept = []
    for path, given, full in found:
        if full not in seen:
            seen.add(full)
            kept.append((path, given, full))
    counts: dict[str, int] = {}
    for path, _, _ in kept:
        counts[path] = counts.get(path, 0) + 1
    sources = [SourceFile(p if counts[p] == 1 else given, full, _sha1(full)) for p, given, full in kept]
    return sorted(sources, key=lambda s: s.path)


def _sha1(path: Path) -> str:
    """sha1 of the file's bytes, or "" when it cannot be read."""
    try:
        return hashlib.sha1(path.read_bytes()).hexdigest()
    except OSError:
        return ""


def read_source(src: SourceFile) -> Result:
    """Articles and rejections of one input file, by extension; never raises for bad input."""
    kind = kind_of(src.abspath.name) or kind_of(src.path)
    if kind is None:
        return [], [rejection(src, "E110", src.abspath.suffix)]
    try:
        if kind == "warc":  # streamed, never read whole
            return _read_warc(src)
        data = src.abspath.read_bytes()
    except OSError as exc:
        return [], [rejection(src, "E113", exc.strerror or str(exc))]
    if not data.strip():
        return [], [rejection(src, "E101")]
    try:
        return _READERS[kind](src, data)
    except InputError as err:
        return [], [from_error(src, err)]


def _read_warc(src: SourceFile) -> Result:
    if src.abspath.stat().st_size == 0:
        return [], [rejection(src, "E101")]
    return read_warc(src, src.abspath)


def _read_text(src: SourceFile, data: bytes) -> Result:
    text, warnings = decode_bytes(data)
    return [new_article(src, text, warnings=warnings or None)], []


def _read_html(src: SourceFile, data: bytes) -> Result:
    text, warnings = decode_bytes(data, declared_encoding(data))
    content = extract_html(text)
    meta = {k: getattr(content, k) for k in ("title", "author", "url", "outlet", "published")}
    return [new_article(src, content.text, warnings=warnings or None, **meta)], []


def _read_json(src: SourceFile, data: bytes) -> Result:
    text, warnings = decode_bytes(data)
    return _warn(read_json(src, text), warnings)


def _read_jsonl(src: SourceFile, data: bytes) -> Result:
    text, warnings = decode_bytes(data)
    return _warn(read_jsonl(src, text), warnings)


def _warn(result: Result, warnings: list[str]) -> Result:
    """Add the file's decoding warnings to each of its articles."""
    for article in result[0]:
        article.warnings.extend(warnings)
    return result


_READERS: dict[str, Callable[[SourceFile, bytes], Result]] = {
    "text": _read_text,
    "html": _read_html,
    "json": _read_json,
    "jsonl": _read_jsonl,
    "feed": read_feed,
}

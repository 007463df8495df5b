"""Manifests: per-file metadata (published, outlet, url, title, author) in JSON Lines or CSV, by ``path``."""

from __future__ import annotations

import csv
import io
import json
from pathlib import PurePosixPath
from typing import Any

from storyline.errors import InputError
from storyline.ingest.dates import normalise_date
from storyline.model import Article

FIELDS = ("published", "outlet", "url", "title", "author")


def load_manifest(path: str) -> dict[str, dict]:
    """Entries by path; each entry holds the FIELDS present (published as YYYY-MM-DD). Raises E111."""
    try:
        with open(path, encoding="utf-8-sig") as handle:
            raw = handle.read()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError("E111", str(exc), path=path) from exc
    rows = _csv_rows(raw, path) if path.lower().endswith(".csv") else _jsonl_rows(raw, path)
    manifest: dict[str, dict] = {}
    for where, row in rows:
        key = row.get("path")
        if not isinstance(key, str) or not key.strip():
            raise InputError("E111", "entry without a 'path'", path=path, where=where)
        manifest[_key(key)] = _entry(row, path, where)
    return manifest


def apply_manifest(article: Article, manifest: dict[str, dict]) -> None:
    """Set the article's metadata from its manifest entry (matched by path, then by file name)."""
    entry = manifest.get(_key(article.path)) or _by_name(article.path, manifest)
    if not entry:
        return
    for name, value in entry.items():
        setattr(article, name, value)


def _by_name(path: str, manifest: dict[str, dict]) -> dict | None:
    """The entry whose file name equals ``path``'s, when exactly one has it."""
    name = PurePosixPath(_key(path)).name
    matches = [entry for key, entry in manifest.items() if PurePosixPath(key).name == name]
    return matches[0] if len(matches) == 1 else None


def _key(path: str) -> str:
    """A path as a manifest key: posix separators, no leading './'."""
    key = path.strip().replace("\\", "/")
    while key.startswith("./"):
        key = key[2:]
    return key


def _entry(row: dict[str, Any], path: str, where: str) -> dict[str, str]:
    """The metadata of one manifest row; an unreadable published date is E111."""
    entry: dict[str, str] = {}
    for name in FIELDS:
        value = row.get(name)
        if value is None or (isinstance(value, str) and not value.strip()):
            continue
        if name == "published":
            value = normalise_date(value)
            if value is None:
                raise InputError("E111", f"cannot read date {row[name]!r}", path=path, where=where)
        entry[name] = str(value).strip()
    return entry


def _jsonl_rows(raw: str, path: str) -> list[tuple[str, dict[str, Any]]]:
    rows = []
    for number, line in enumerate(raw.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError("E111", exc.msg, path=path, where=f"line {number}") from exc
        if not isinstance(row, dict):
            raise InputError("E111", "line is not an object", path=path, where=f"line {number}")
        rows.append((f"line {number}", row))
    return rows


def _csv_rows(raw: str, path: str) -> list[tuple[str, dict[str, Any]]]:
    try:
        reader = csv.DictReader(io.StringIO(raw))
        if not reader.fieldnames or "path" not in [f.strip() for f in reader.fieldnames]:
            raise InputError("E111", "no 'path' column", path=path)
        return [(f"line {reader.line_num}", {(k or "").strip(): v for k, v in row.items()}) for row in reader]
    except csv.Error as exc:
        raise InputError("E111", str(exc), path=path) from exc

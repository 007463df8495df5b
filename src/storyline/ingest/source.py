"""Shared pieces of the input layer: the file record, stable ids and article/rejection builders."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from storyline.errors import InputError
from storyline.model import Article, Rejection


@dataclass
class SourceFile:
    """One input file: ``path`` relative to its input root (posix), where it is, and its bytes' sha1."""

    path: str
    abspath: Path
    sha1: str  # of the file's bytes ("" if unreadable)


def article_id(path: str, record: str | None = None) -> str:
    """A stable article id: ``"d"`` + the first 11 hex digits of sha1(path + "#" + record)."""
    key = f"{path}#{record or ''}"
    return "d" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:11]


def new_article(src: SourceFile, text: str, record: str | None = None, **meta: object) -> Article:
    """An ingested article: decoded raw text in ``text``, metadata from ``meta`` (None values skipped)."""
    article = Article(
        id=article_id(src.path, record), path=src.path, text=text, source_sha1=src.sha1, record=record
    )
    for name, value in meta.items():
        if value is not None:
            setattr(article, name, value)
    return article


def rejection(src: SourceFile, code: str, detail: str = "", where: str | None = None) -> Rejection:
    """A rejection of ``src`` (or one record of it) with a catalogue code."""
    return from_error(src, InputError(code, detail, path=src.path, where=where))


def from_error(src: SourceFile, err: InputError, where: str | None = None) -> Rejection:
    """Turn a raised ``InputError`` into a ``Rejection`` of ``src``; ``where`` overrides the error's own."""
    return Rejection(path=src.path, where=where or err.where, code=err.code, reason=err.reason)

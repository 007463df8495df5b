"""Storage: SQLite by default (a file path), PostgreSQL for a ``postgresql://`` URL."""
from __future__ import annotations

from pathlib import Path

from storyline.store.base import PutOutcome, SourceResult, Store
from storyline.store.sql import SQLStore
from storyline.store.sqlite import SQLiteStore

URL_SCHEMES = ("postgresql://", "postgres://")


def is_postgres(db: str | Path) -> bool:
    """True when ``db`` names a PostgreSQL database rather than a SQLite file."""
    return str(db).startswith(URL_SCHEMES)


def open_store(db: str | Path, read_only: bool = False) -> SQLStore:
    """Open the store at ``db``: a ``postgresql://`` URL or the path of a SQLite file.

    A writable store is created if missing and migrated; ``read_only`` needs an existing store and
    never writes (the web app)."""
    if is_postgres(db):
        from storyline.store.postgres import PostgresStore

        return PostgresStore(str(db), read_only=read_only)
    return SQLiteStore(db, read_only=read_only)


def display_name(db: str | Path) -> str:
    """``db`` as it may be printed (a URL without its password)."""
    if is_postgres(db):
        from storyline.store.postgres import redact

        return redact(str(db))
    return str(db)


__all__ = ["open_store", "is_postgres", "display_name", "Store", "SQLStore", "SourceResult", "PutOutcome",
           "SQLiteStore"]

"""Storage: SQLite by default."""
from __future__ import annotations

from pathlib import Path

from storyline.store.base import PutOutcome, SourceResult, Store
from storyline.store.sqlite import SQLiteStore


def open_store(path: str | Path) -> SQLiteStore:
    """Open (creating and migrating) the store at ``path``."""
    return SQLiteStore(path)


__all__ = ["open_store", "Store", "SourceResult", "PutOutcome", "SQLiteStore"]

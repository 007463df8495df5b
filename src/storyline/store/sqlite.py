"""SQLite store: the default, one file. Every write is one transaction; WAL lets readers (the web app) in."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from storyline.errors import StoreError
from storyline.store import search as fts
from storyline.store.migrations import apply_migrations
from storyline.store.sql import SQLStore

__all__ = ["SQLiteStore", "read_only_uri"]


def read_only_uri(path: str | Path) -> str:
    """A SQLite URI that opens ``path`` read-only (it must exist)."""
    return Path(path).resolve().as_uri() + "?mode=ro"


def use_wal(conn: sqlite3.Connection, attempts: int = 100) -> None:
    """Switch the file to WAL. SQLite does not wait for a lock here (no busy timeout), so while
    another process creates the same new file this retries for up to ~5 s instead of failing."""
    for attempt in range(attempts):
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or attempt == attempts - 1:
                raise
            time.sleep(0.05)


class SQLiteStore(SQLStore):
    """``read_only`` opens an existing file without migrating it (the web app); otherwise the file is
    created if missing and migrated."""

    dialect = "sqlite"
    UPSERT_DOCUMENT = (
        "INSERT OR REPLACE INTO documents (id, path, record, content_sha1, title, outlet, url, published,"
        " text, data, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
    )
    UPSERT_CORPUS = "INSERT OR REPLACE INTO corpus (name, data, updated_at) VALUES (?, ?, ?)"
    INSERT_VECTOR = "INSERT OR IGNORE INTO vectors (key, vector) VALUES (?, ?)"
    REJECTION_ORDER = "path, rowid"

    def __init__(self, path: str | Path, read_only: bool = False):
        self.path = str(path)
        self.read_only = read_only
        try:
            self.conn = self._connect()
        except sqlite3.DatabaseError as exc:
            raise StoreError("E300", f"{self.path}: {exc}") from exc
        try:
            if not read_only:
                with self.transaction():
                    apply_migrations(self.conn, self.dialect)
        except BaseException as exc:
            self.conn.close()  # a store that failed to open leaves no connection behind
            if isinstance(exc, sqlite3.DatabaseError):
                raise StoreError("E300", f"{self.path}: {exc}") from exc
            raise

    def _connect(self) -> sqlite3.Connection:
        if self.read_only:
            if not Path(self.path).is_file():
                hint = f"run `storyline build PATHS --db {self.path}` first"
                raise StoreError("E300", f"{self.path}: no such store ({hint})")
            conn = sqlite3.connect(read_only_uri(self.path), uri=True, timeout=30, check_same_thread=False)
        else:
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(self.path, isolation_level=None, timeout=30)
            use_wal(conn)
            conn.execute("PRAGMA synchronous=NORMAL")
        conn.row_factory = sqlite3.Row
        return conn

    def run(self, sql: str, params: Sequence[Any] = ()) -> sqlite3.Cursor:
        return self.conn.execute(sql, params)

    def run_many(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        self.conn.executemany(sql, rows)

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def corpus_version(self, name: str) -> int:
        """A number that changes whenever another connection commits (SQLite's ``data_version``)."""
        return self.conn.execute("PRAGMA data_version").fetchone()[0]

    def search(self, query: str, limit: int = 20) -> list[dict[str, Any]]:
        """Documents and quotes of the stored brief matching every word of ``query`` (FTS5, BM25)."""
        return fts.search(self.conn, query, limit)

    def close(self) -> None:
        self.conn.close()

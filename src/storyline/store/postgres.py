"""PostgreSQL store: the same queries as SQLite (``sql.SQLStore``), for a database shared by many
writers and readers. One connection in autocommit mode; every write is one transaction.

Opened with a ``postgresql://`` URL (any libpq connection string works). Migrations run under a
transaction-scoped advisory lock, so two builds starting at once do not both apply them."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from storyline.errors import StoreError
from storyline.store import search_pg
from storyline.store.migrations import apply_migrations
from storyline.store.sql import SQLStore

MIGRATION_LOCK = 0x5707E1  # pg_advisory_xact_lock key held while migrating
_URL_PASSWORD = re.compile(r"(://[^:/@]*:)[^@]*@")
_PARAM_PASSWORD = re.compile(r"(password=)[^&\s]*")


def redact(url: str) -> str:
    """The URL without its password, for messages."""
    return _PARAM_PASSWORD.sub(r"\1***", _URL_PASSWORD.sub(r"\1***@", url))


def _psycopg() -> Any:
    try:
        import psycopg
    except ImportError as exc:  # the 'scale' extra is not installed
        raise StoreError("E300", "PostgreSQL needs psycopg: pip install 'storyline[scale]'") from exc
    return psycopg


class PostgresStore(SQLStore):
    """``read_only`` connects with read-only transactions and does not migrate (the web app)."""

    dialect = "postgres"
    UPSERT_DOCUMENT = (
        "INSERT INTO documents (id, path, record, content_sha1, title, outlet, url, published, text, data,"
        " added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET"
        " path = excluded.path, record = excluded.record, content_sha1 = excluded.content_sha1,"
        " title = excluded.title, outlet = excluded.outlet, url = excluded.url,"
        " published = excluded.published, text = excluded.text, data = excluded.data,"
        " added_at = excluded.added_at"
    )
    UPSERT_CORPUS = (
        "INSERT INTO corpus (name, data, updated_at) VALUES (?, ?, ?)"
        " ON CONFLICT (name) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at"
    )
    INSERT_VECTOR = "INSERT INTO vectors (key, vector) VALUES (?, ?) ON CONFLICT (key) DO NOTHING"
    REJECTION_ORDER = "path, seq"

    def __init__(self, url: str, read_only: bool = False):
        self.path = redact(url)
        self.read_only = read_only
        psycopg = _psycopg()
        from psycopg.rows import dict_row

        try:
            self.conn = psycopg.connect(url, autocommit=True, row_factory=dict_row)
        except psycopg.Error as exc:
            raise StoreError("E300", f"{self.path}: {exc}".strip()) from exc
        try:
            if read_only:
                self.conn.execute("SET default_transaction_read_only = on")
                self._require_schema()
            else:
                self._migrate()
        except BaseException as exc:
            self.conn.close()  # a store that failed to open leaves no connection behind
            if isinstance(exc, psycopg.Error):
                raise StoreError("E300", f"{self.path}: {exc}".strip()) from exc
            raise

    def _migrate(self) -> None:
        with self.transaction():
            self.conn.execute("SELECT pg_advisory_xact_lock(%s)", (MIGRATION_LOCK,))
            apply_migrations(self.conn, self.dialect)

    def _require_schema(self) -> None:
        row = self.conn.execute("SELECT to_regclass('corpus') IS NOT NULL AS ok").fetchone()
        if not row["ok"]:
            raise StoreError("E300", f"{self.path}: no storyline store here (run `storyline build` first)")

    def run(self, sql: str, params: Sequence[Any] = ()) -> Any:
        return self.conn.execute(sql.replace("?", "%s"), params)

    def run_many(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        with self.conn.cursor() as cur:
            cur.executemany(sql.replace("?", "%s"), rows)

    @contextmanager
    def transaction(self) -> Iterator[Any]:
        with self.conn.transaction():
            yield self.conn

    def corpus_version(self, name: str) -> str | None:
        """The transaction id that last wrote the corpus row ``name`` (changes on every write)."""
        row = self.conn.execute("SELECT xmin::text AS v FROM corpus WHERE name = %s", (name,)).fetchone()
        return row["v"] if row else None

    def search(self, query: str, limit: int = 20) -> list[dict[str, Any]]:
        """Documents and quotes of the stored brief matching every word of ``query`` (tsvector)."""
        return search_pg.search(self.conn, query, limit)

    def close(self) -> None:
        self.conn.close()

"""SQLite store: the default, one file. Every write is one transaction; WAL lets readers (the web app) in."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np

from storyline.errors import StoreError
from storyline.model import Article, Rejection
from storyline.store.base import PutOutcome, SourceResult
from storyline.store.codec import article_from_row, article_to_data
from storyline.store.migrations import apply_migrations


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def content_sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


class SQLiteStore:
    def __init__(self, path: str | Path):
        self.path = str(path)
        try:
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
            self.conn = sqlite3.connect(self.path, isolation_level=None, timeout=30)
            self.conn.row_factory = sqlite3.Row
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA synchronous=NORMAL")
            with self.transaction():
                apply_migrations(self.conn)
        except sqlite3.DatabaseError as exc:
            raise StoreError("E300", f"{self.path}: {exc}") from exc

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def source_sha1s(self) -> dict[str, str]:
        rows = self.conn.execute("SELECT path, sha1 FROM sources WHERE status = 'done'")
        return {r["path"]: r["sha1"] for r in rows}

    def put_source(self, result: SourceResult) -> PutOutcome:
        """Replace everything one input file produced, atomically, and mark the file done."""
        outcome = PutOutcome()
        with self.transaction() as c:
            self._forget_path(c, result.path)
            for article in result.articles:
                if self._insert_article(c, article):
                    outcome.stored += 1
                else:
                    outcome.copies += 1
            self._insert_rejections(c, result.rejections)
            c.execute(
                "INSERT INTO sources (path, sha1, status, n_articles, updated_at)"
                " VALUES (?, ?, 'done', ?, ?)",
                (result.path, result.sha1, len(result.articles), now()),
            )
        return outcome

    def _forget_path(self, c: sqlite3.Connection, path: str) -> None:
        for table in ("documents", "copies", "rejections", "sources"):
            c.execute(f"DELETE FROM {table} WHERE path = ?", (path,))  # noqa: S608 (table names are ours)

    def _insert_article(self, c: sqlite3.Connection, article: Article) -> bool:
        """Store an article; an exact copy of a stored text is recorded as a pointer instead."""
        digest = content_sha1(article.text)
        same = c.execute("SELECT id FROM documents WHERE content_sha1 = ? AND id != ?", (digest, article.id))
        row = same.fetchone()
        if row:
            c.execute(
                "INSERT INTO copies (path, record, doc_id) VALUES (?, ?, ?)",
                (article.path, article.record, row["id"]),
            )
            return False
        c.execute(
            "INSERT OR REPLACE INTO documents (id, path, record, content_sha1, title, outlet, url, published,"
            " text, data, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                article.id,
                article.path,
                article.record,
                digest,
                article.title,
                article.outlet,
                article.url,
                article.published,
                article.text,
                json.dumps(article_to_data(article)),
                now(),
            ),
        )
        return True

    def _insert_rejections(self, c: sqlite3.Connection, rejections: Sequence[Rejection]) -> None:
        c.executemany(
            "INSERT INTO rejections (path, location, code, reason, recorded_at) VALUES (?, ?, ?, ?, ?)",
            [(r.path, r.where, r.code, r.reason, now()) for r in rejections],
        )

    def put_rejections(self, rejections: Sequence[Rejection]) -> None:
        """Record rejections of inputs that produced no source (a missing path): the latest per path wins."""
        with self.transaction() as c:
            for path in {r.path for r in rejections}:
                c.execute("DELETE FROM rejections WHERE path = ?", (path,))
            self._insert_rejections(c, rejections)

    def iter_articles(self) -> Iterator[Article]:
        rows = self.conn.execute("SELECT * FROM documents ORDER BY path, record, id").fetchall()
        for row in rows:
            yield article_from_row(dict(row), json.loads(row["data"]))

    def count_documents(self) -> int:
        return self.conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0]

    def rejections(self) -> list[Rejection]:
        rows = self.conn.execute("SELECT * FROM rejections ORDER BY path, rowid").fetchall()
        return [Rejection(r["path"], r["location"], r["code"], r["reason"]) for r in rows]

    def copies(self) -> list[dict[str, Any]]:
        rows = self.conn.execute("SELECT path, record, doc_id FROM copies ORDER BY path, record")
        return [dict(r) for r in rows]

    def put_corpus(self, name: str, data: Any) -> None:
        with self.transaction() as c:
            c.execute(
                "INSERT OR REPLACE INTO corpus (name, data, updated_at) VALUES (?, ?, ?)",
                (name, json.dumps(data), now()),
            )

    def get_corpus(self, name: str) -> Any:
        row = self.conn.execute("SELECT data FROM corpus WHERE name = ?", (name,)).fetchone()
        return json.loads(row["data"]) if row else None

    def get_vectors(self) -> dict[str, np.ndarray]:
        rows = self.conn.execute("SELECT key, vector FROM vectors")
        return {r["key"]: np.frombuffer(r["vector"], dtype=np.float32) for r in rows}

    def put_vectors(self, vectors: dict[str, np.ndarray]) -> None:
        """Keep new vectors (existing keys are content-addressed and never change)."""
        with self.transaction() as c:
            c.executemany(
                "INSERT OR IGNORE INTO vectors (key, vector) VALUES (?, ?)",
                [(k, np.asarray(v, dtype=np.float32).tobytes()) for k, v in vectors.items()],
            )

    def record_run(self, started_at: str, stats: dict[str, Any]) -> None:
        with self.transaction() as c:
            c.execute(
                "INSERT INTO runs (started_at, finished_at, stats) VALUES (?, ?, ?)",
                (started_at, now(), json.dumps(stats)),
            )

    def close(self) -> None:
        self.conn.close()

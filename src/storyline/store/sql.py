"""The store's queries, written once for SQLite and PostgreSQL.

``SQLStore`` holds every read and write of the Store protocol in SQL both databases accept ('?'
placeholders, turned into '%s' for PostgreSQL). A subclass connects, opens transactions, and names
the few statements the two dialects spell differently (upserts, the order of rejections)."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager
from datetime import UTC, datetime
from typing import Any

import numpy as np

from storyline.model import Article, Rejection
from storyline.store.base import PutOutcome, SourceResult
from storyline.store.codec import article_from_row, article_to_data


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def content_sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


class SQLStore:
    """Everything but connecting: ``run``/``run_many``/``transaction`` come from the dialect."""

    dialect = ""
    UPSERT_DOCUMENT = ""  # INSERT ... documents (id, path, ..., added_at), replacing a row with the same id
    UPSERT_CORPUS = ""  # INSERT ... corpus (name, data, updated_at), replacing a row with the same name
    INSERT_VECTOR = ""  # INSERT ... vectors (key, vector), keeping a row with the same key
    REJECTION_ORDER = ""  # ORDER BY clause listing rejections as they were found

    def run(self, sql: str, params: Sequence[Any] = ()) -> Any:
        """Execute one statement; returns a cursor whose rows map column names to values."""
        raise NotImplementedError

    def run_many(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        raise NotImplementedError

    def transaction(self) -> AbstractContextManager[Any]:
        raise NotImplementedError

    def source_sha1s(self) -> dict[str, str]:
        rows = self.run("SELECT path, sha1 FROM sources WHERE status = 'done'")
        return {r["path"]: r["sha1"] for r in rows}

    def put_source(self, result: SourceResult) -> PutOutcome:
        """Replace everything one input file produced, atomically, and mark the file done."""
        outcome = PutOutcome()
        with self.transaction():
            self._forget_path(result.path)
            for article in result.articles:
                if self._insert_article(article):
                    outcome.stored += 1
                else:
                    outcome.copies += 1
            self._insert_rejections(result.rejections)
            self.run(
                "INSERT INTO sources (path, sha1, status, n_articles, updated_at)"
                " VALUES (?, ?, 'done', ?, ?)",
                (result.path, result.sha1, len(result.articles), now()),
            )
        return outcome

    def _forget_path(self, path: str) -> None:
        for table in ("documents", "copies", "rejections", "sources"):
            self.run(f"DELETE FROM {table} WHERE path = ?", (path,))  # noqa: S608 (table names are ours)

    def _insert_article(self, article: Article) -> bool:
        """Store an article; an exact copy of a stored text is recorded as a pointer instead."""
        digest = content_sha1(article.text)
        row = self.run("SELECT id FROM documents WHERE content_sha1 = ? AND id != ?", (digest, article.id))
        same = row.fetchone()
        if same:
            self.run("INSERT INTO copies (path, record, doc_id) VALUES (?, ?, ?)",
                     (article.path, article.record, same["id"]))
            return False
        data = json.dumps(article_to_data(article))
        self.run(self.UPSERT_DOCUMENT, (
            article.id, article.path, article.record, digest, article.title, article.outlet, article.url,
            article.published, article.text, data, now(),
        ))
        return True

    def _insert_rejections(self, rejections: Sequence[Rejection]) -> None:
        self.run_many(
            "INSERT INTO rejections (path, location, code, reason, recorded_at, seq)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            [(r.path, r.where, r.code, r.reason, now(), i) for i, r in enumerate(rejections)],
        )

    def put_rejections(self, rejections: Sequence[Rejection]) -> None:
        """Record rejections of inputs that produced no source (a missing path): the latest per path wins."""
        with self.transaction():
            paths = sorted({r.path for r in rejections})
            self.run_many("DELETE FROM rejections WHERE path = ?", [(p,) for p in paths])
            self._insert_rejections(rejections)

    def iter_articles(self) -> Iterator[Article]:
        rows = self.run("SELECT * FROM documents ORDER BY path, record, id").fetchall()
        for row in rows:
            yield article_from_row(dict(row), json.loads(row["data"]))

    def get_article(self, doc_id: str) -> Article | None:
        """The stored article with id ``doc_id``, or ``None``."""
        row = self.run("SELECT * FROM documents WHERE id = ?", (doc_id,)).fetchone()
        return article_from_row(dict(row), json.loads(row["data"])) if row else None

    def count_documents(self) -> int:
        return self.run("SELECT COUNT(*) AS n FROM documents").fetchone()["n"]

    def rejections(self) -> list[Rejection]:
        rows = self.run(f"SELECT * FROM rejections ORDER BY {self.REJECTION_ORDER}").fetchall()  # noqa: S608
        return [Rejection(r["path"], r["location"], r["code"], r["reason"]) for r in rows]

    def copies(self) -> list[dict[str, Any]]:
        rows = self.run("SELECT path, record, doc_id FROM copies ORDER BY path, record")
        return [dict(r) for r in rows]

    def put_corpus(self, name: str, data: Any) -> None:
        with self.transaction():
            self.run(self.UPSERT_CORPUS, (name, json.dumps(data), now()))

    def get_corpus_text(self, name: str) -> str | None:
        """The stored JSON text of a corpus result (``None`` when there is none)."""
        row = self.run("SELECT data FROM corpus WHERE name = ?", (name,)).fetchone()
        return row["data"] if row else None

    def get_corpus(self, name: str) -> Any:
        text = self.get_corpus_text(name)
        return json.loads(text) if text is not None else None

    def get_vectors(self) -> dict[str, np.ndarray]:
        rows = self.run("SELECT key, vector FROM vectors")
        return {r["key"]: np.frombuffer(bytes(r["vector"]), dtype=np.float32) for r in rows}

    def put_vectors(self, vectors: dict[str, np.ndarray]) -> None:
        """Keep new vectors (existing keys are content-addressed and never change)."""
        with self.transaction():
            self.run_many(
                self.INSERT_VECTOR,
                [(k, np.asarray(v, dtype=np.float32).tobytes()) for k, v in vectors.items()],
            )

    def record_run(self, started_at: str, stats: dict[str, Any]) -> None:
        with self.transaction():
            self.run("INSERT INTO runs (started_at, finished_at, stats) VALUES (?, ?, ?)",
                     (started_at, now(), json.dumps(stats)))

    def runs(self) -> list[dict[str, Any]]:
        """Every recorded build, oldest first (``stats`` parsed)."""
        rows = self.run("SELECT started_at, finished_at, stats FROM runs ORDER BY started_at, finished_at")
        return [{**dict(r), "stats": json.loads(r["stats"]) if r["stats"] else None} for r in rows]

    def migrations(self) -> list[int]:
        """The migration versions recorded in the database, in order."""
        return [r["version"] for r in self.run("SELECT version FROM migrations ORDER BY version")]

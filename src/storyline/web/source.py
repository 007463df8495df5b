"""Read-only access to the store for the web app: the current brief, and search.

Each worker thread holds its own read-only SQLite connection. Every request asks SQLite's
``PRAGMA data_version`` (which changes whenever another connection, such as ``storyline build``,
commits) and re-reads the one ``brief`` row only then; the parsed brief and the ``Site`` built on it
are shared by all threads until the stored text changes. So a build that finishes while the server
runs shows up on the next request, and an unchanged store costs one pragma per request."""
from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from storyline.errors import StoreError
from storyline.store.search import search

BRIEF = "brief"
EMPTY_BRIEF: dict[str, Any] = {"format": "storyline-brief/1"}


def read_only_uri(path: str | Path) -> str:
    """A SQLite URI that opens ``path`` read-only (it must exist)."""
    return Path(path).resolve().as_uri() + "?mode=ro"


class BriefSource:
    """The brief currently stored at ``path``, turned into ``T`` by ``build`` once per stored version."""

    def __init__(self, path: str | Path, build: Callable[[dict], Any]):
        self.path = str(path)
        if not Path(self.path).is_file():
            raise StoreError("E300", f"{self.path}: no such store (run `storyline build` first)")
        self.build = build
        self.local = threading.local()
        self.lock = threading.Lock()
        self.text: str | None = None
        self.value: Any = None

    def connection(self) -> sqlite3.Connection:
        """This thread's read-only connection."""
        conn = getattr(self.local, "conn", None)
        if conn is None:
            conn = sqlite3.connect(read_only_uri(self.path), uri=True, timeout=30, check_same_thread=False)
            self.local.conn, self.local.version = conn, None
        return conn

    def current(self) -> Any:
        """The built value of the stored brief, re-read only when the store changed."""
        conn = self.connection()
        version = conn.execute("PRAGMA data_version").fetchone()[0]
        if version == self.local.version and self.value is not None:
            return self.value
        with self.lock:  # reads in turn, so a slow reader never replaces a newer brief with an older one
            row = conn.execute("SELECT data FROM corpus WHERE name = ?", (BRIEF,)).fetchone()
            text = row[0] if row else ""
            if text != self.text or self.value is None:
                brief = json.loads(text) if text else None
                brief = brief if isinstance(brief, dict) else dict(EMPTY_BRIEF)
                self.value, self.text = self.build(brief), text
            self.local.version = version
            return self.value

    def search(self, query: str, limit: int) -> list[dict[str, Any]]:
        """Full-text search over the stored brief's documents and quotes."""
        return search(self.connection(), query, limit)

"""Read-only access to the store for the web app: the current brief, and search.

Each worker thread holds its own read-only store (a SQLite file or a PostgreSQL database, see
``storyline.store.open_store``). Every request asks the store for the brief's version (SQLite's
``PRAGMA data_version``, which changes whenever another connection such as ``storyline build``
commits; the transaction id of PostgreSQL's brief row) and re-reads the one ``brief`` row only then;
the parsed brief and the ``Site`` built on it are shared by all threads until the stored text
changes. So a build that finishes while the server runs shows up on the next request, and an
unchanged store costs one small query per request."""
from __future__ import annotations

import json
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from storyline.store import SQLStore, open_store

BRIEF = "brief"
EMPTY_BRIEF: dict[str, Any] = {"format": "storyline-brief/1"}
_UNSEEN = object()

__all__ = ["BriefSource", "BRIEF", "EMPTY_BRIEF"]


class BriefSource:
    """The brief currently stored at ``db``, turned into ``T`` by ``build`` once per stored version."""

    def __init__(self, db: str | Path, build: Callable[[dict], Any]):
        self.db = str(db)
        self.build = build
        self.local = threading.local()
        self.lock = threading.Lock()
        self.text: str | None = None
        self.value: Any = None
        self.opened: list[SQLStore] = []  # every thread's store, closed together by ``close``
        self.store()  # fails now (E300) when there is no store at ``db``

    def store(self) -> SQLStore:
        """This thread's read-only store."""
        store = getattr(self.local, "store", None)
        if store is None:
            store = open_store(self.db, read_only=True)
            self.local.store, self.local.version = store, _UNSEEN
            with self.lock:
                self.opened.append(store)
        return store

    def close(self) -> None:
        """Close the stores of all threads (at app shutdown: one PostgreSQL connection per thread)."""
        with self.lock:
            stores, self.opened = self.opened, []
        for store in stores:
            store.close()

    def current(self) -> Any:
        """The built value of the stored brief, re-read only when the store changed."""
        store = self.store()
        version = store.corpus_version(BRIEF)
        if version == self.local.version and self.value is not None:
            return self.value
        with self.lock:  # reads in turn, so a slow reader never replaces a newer brief with an older one
            text = store.get_corpus_text(BRIEF) or ""
            if text != self.text or self.value is None:
                brief = json.loads(text) if text else None
                brief = brief if isinstance(brief, dict) else dict(EMPTY_BRIEF)
                self.value, self.text = self.build(brief), text
            self.local.version = version
            return self.value

    def search(self, query: str, limit: int) -> list[dict[str, Any]]:
        """Full-text search over the stored brief's documents and quotes."""
        return self.store().search(query, limit)

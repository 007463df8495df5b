"""The SQLite store: migrations, one transaction per file, exact copies stored once, corpus results."""

from __future__ import annotations

import sqlite3

import pytest

from storyline.errors import StoreError
from storyline.model import Article, Quote, Rejection
from storyline.store import SourceResult, open_store
from storyline.store.migrations import migration_files


def _article(doc_id: str, path: str, text: str) -> Article:
    a = Article(id=doc_id, path=path, text=text, title="T", published="2025-01-02")
    a.quotes = [Quote(0, 5, text[:5], "direct", speaker_text="she", cue="said")]
    a.sentences = [(0, len(text))]
    return a


def test_store_sqlite_roundtrip_keeps_annotations(tmp_path):
    store = open_store(tmp_path / "s.db")
    store.put_source(SourceResult("a.txt", "sha-a", [_article("d1", "a.txt", "Hello world. More.")], []))
    (back,) = list(store.iter_articles())
    assert back.text == "Hello world. More."
    assert back.quotes[0].speaker_text == "she" and back.quotes[0].cue == "said"
    assert back.sentences == [(0, 18)]
    assert store.source_sha1s() == {"a.txt": "sha-a"}


def test_store_sqlite_exact_copy_is_stored_once(tmp_path):
    store = open_store(tmp_path / "s.db")
    store.put_source(SourceResult("a.txt", "1", [_article("d1", "a.txt", "Same text.")], []))
    outcome = store.put_source(SourceResult("b.txt", "2", [_article("d2", "b.txt", "Same text.")], []))
    assert (outcome.stored, outcome.copies) == (0, 1)
    assert store.count_documents() == 1
    assert store.copies() == [{"path": "b.txt", "record": None, "doc_id": "d1"}]


def test_store_sqlite_changed_file_replaces_its_documents(tmp_path):
    store = open_store(tmp_path / "s.db")
    store.put_source(
        SourceResult("a.txt", "1", [_article("d1", "a.txt", "Old.")], [Rejection("a.txt", None, "E1", "x")])
    )
    store.put_source(SourceResult("a.txt", "2", [_article("d1", "a.txt", "New text.")], []))
    assert [a.text for a in store.iter_articles()] == ["New text."]
    assert store.rejections() == []
    assert store.source_sha1s() == {"a.txt": "2"}


def test_store_sqlite_failed_write_leaves_store_as_it_was(tmp_path):
    store = open_store(tmp_path / "s.db")
    store.put_source(SourceResult("a.txt", "1", [_article("d1", "a.txt", "Kept.")], []))
    bad = _article("d2", "a.txt", "Replacement.")
    bad.quotes = [object()]  # not serialisable: the write fails half-way
    with pytest.raises(TypeError):
        store.put_source(SourceResult("a.txt", "2", [bad], []))
    assert [a.text for a in store.iter_articles()] == ["Kept."]
    assert store.source_sha1s() == {"a.txt": "1"}


def test_store_sqlite_migrations_recorded_once(tmp_path):
    open_store(tmp_path / "s.db").close()
    store = open_store(tmp_path / "s.db")
    rows = store.conn.execute("SELECT version FROM migrations").fetchall()
    assert [r[0] for r in rows] == [v for v, _, _ in migration_files()]


def test_store_sqlite_newer_schema_is_refused(tmp_path):
    open_store(tmp_path / "s.db").close()
    conn = sqlite3.connect(tmp_path / "s.db")
    conn.execute("INSERT INTO migrations (version, name) VALUES (999, 'future')")
    conn.commit()
    with pytest.raises(StoreError) as err:
        open_store(tmp_path / "s.db")
    assert err.value.code == "E301"


def test_store_sqlite_corpus_results_roundtrip(tmp_path):
    store = open_store(tmp_path / "s.db")
    store.put_corpus("brief", {"format": "x", "documents": [1, 2]})
    assert store.get_corpus("brief") == {"format": "x", "documents": [1, 2]}
    assert store.get_corpus("missing") is None

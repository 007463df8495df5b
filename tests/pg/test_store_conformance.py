"""One Store contract, two databases: every test runs over a SQLite file and a PostgreSQL database
(a real server, see conftest.py): round trips, resume, one transaction per file, exact copies,
corpus results, vectors, runs, search, migrations recorded once."""
from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import numpy as np
import pytest

from storyline.errors import StoreError
from storyline.model import Article, Figure, Quote, Rejection
from storyline.store import SourceResult, is_postgres, open_store
from storyline.store.migrations import migration_files


def article(doc_id: str, path: str, text: str, record: str | None = None) -> Article:
    a = Article(id=doc_id, path=path, text=text, record=record, title="T", outlet="The Ledger",
                published="2025-01-02")
    a.quotes = [Quote(0, 5, text[:5], "direct", speaker_text="she", cue="said")]
    a.figures = [Figure(0, 3, text[:3], 3.0, unit="people", low=2.0, high=4.0)]
    a.sentences = [(0, len(text))]
    return a


@pytest.fixture
def store(store_url):
    s = open_store(store_url)
    yield s
    s.close()


def test_store_conformance_put_and_iterate_keep_annotations(store):
    store.put_source(SourceResult("b.txt", "sha-b", [article("d2", "b.txt", "Second piece.")], []))
    store.put_source(SourceResult("a.txt", "sha-a", [article("d1", "a.txt", "Hello world. More.")], []))
    first, second = store.iter_articles()
    assert (first.id, second.id) == ("d1", "d2")  # ordered by path
    assert first.text == "Hello world. More." and first.outlet == "The Ledger"
    assert first.quotes[0].speaker_text == "she" and first.quotes[0].cue == "said"
    assert first.sentences == [(0, 18)]
    assert first.figures == [Figure(0, 3, "Hel", 3.0, unit="people", low=2.0, high=4.0)]
    assert store.source_sha1s() == {"a.txt": "sha-a", "b.txt": "sha-b"}
    assert store.count_documents() == 2
    assert store.get_article("d2").text == "Second piece." and store.get_article("d9") is None


def test_store_conformance_resume_stores_each_file_once(store_url):
    store = open_store(store_url)
    store.put_source(SourceResult("a.txt", "1", [article("d1", "a.txt", "Alpha.")], []))
    store.close()
    store = open_store(store_url)  # a second run: the plan skips what is done, a re-put replaces
    assert store.source_sha1s() == {"a.txt": "1"}
    store.put_source(SourceResult("a.txt", "1", [article("d1", "a.txt", "Alpha.")], []))
    store.put_source(SourceResult("b.txt", "2", [article("d2", "b.txt", "Beta.")], []))
    assert [a.id for a in store.iter_articles()] == ["d1", "d2"]
    assert store.count_documents() == 2 and store.copies() == []
    store.close()


def test_store_conformance_changed_file_replaces_documents_and_rejections(store):
    rejected = [Rejection("a.txt", "r2", "E112", "empty"), Rejection("a.txt", "r1", "E105", "bad")]
    store.put_source(SourceResult("a.txt", "1", [article("d1", "a.txt", "Old.")], rejected))
    assert [r.where for r in store.rejections()] == ["r2", "r1"]  # in the order found
    store.put_source(SourceResult("a.txt", "2", [article("d1", "a.txt", "New text.")], []))
    assert [a.text for a in store.iter_articles()] == ["New text."]
    assert store.rejections() == []
    assert store.source_sha1s() == {"a.txt": "2"}


def test_store_conformance_failure_mid_source_leaves_nothing(store):
    store.put_source(SourceResult("a.txt", "1", [article("d1", "a.txt", "Kept.")], []))
    good = article("d2", "a.txt", "Replacement.", record="0")
    bad = article("d3", "a.txt", "Broken.", record="1")
    bad.quotes = [object()]  # not serialisable: the write fails after the first article went in
    with pytest.raises(TypeError):
        store.put_source(SourceResult("a.txt", "2", [good, bad], [Rejection("a.txt", None, "E1", "x")]))
    assert [a.text for a in store.iter_articles()] == ["Kept."]
    assert store.source_sha1s() == {"a.txt": "1"} and store.rejections() == []


def test_store_conformance_exact_copy_is_a_pointer(store):
    store.put_source(SourceResult("a.txt", "1", [article("d1", "a.txt", "Same text.")], []))
    outcome = store.put_source(SourceResult("b.txt", "2", [article("d2", "b.txt", "Same text.")], []))
    assert (outcome.stored, outcome.copies) == (0, 1)
    assert store.copies() == [{"path": "b.txt", "record": None, "doc_id": "d1"}]


def test_store_conformance_input_rejections_latest_per_path(store):
    store.put_rejections([Rejection("gone.txt", None, "E100", "missing")])
    store.put_rejections([Rejection("gone.txt", None, "E101", "empty"),
                          Rejection("x.txt", None, "E100", "missing")])
    assert [(r.path, r.code) for r in store.rejections()] == [("gone.txt", "E101"), ("x.txt", "E100")]


def test_store_conformance_corpus_vectors_and_runs_round_trip(store):
    store.put_corpus("stories", [{"id": "s1", "members": ["d1"]}])
    store.put_corpus("stories", [{"id": "s2", "members": ["d1", "d2"]}])
    assert store.get_corpus("stories") == [{"id": "s2", "members": ["d1", "d2"]}]
    assert store.get_corpus("missing") is None
    store.put_vectors({"k1": np.array([0.5, -1.0], dtype=np.float32)})
    store.put_vectors({"k1": np.array([9.0, 9.0]), "k2": np.array([1.0, 2.0])})  # k1 is kept as it was
    vectors = store.get_vectors()
    assert sorted(vectors) == ["k1", "k2"] and vectors["k1"].tolist() == [0.5, -1.0]
    store.record_run("2025-01-01T00:00:00+00:00", {"sources_seen": 3})
    assert [r["stats"] for r in store.runs()] == [{"sources_seen": 3}]


def brief(*texts: str, quotes: tuple[str, ...] = ()) -> dict:
    docs = [{"id": f"d{i}", "title": f"Report {i}", "text": t} for i, t in enumerate(texts)]
    qs = [{"id": f"q{i}", "doc": "d0", "text": t, "speaker_name": "Ada Quill"} for i, t in enumerate(quotes)]
    return {"format": "storyline-brief/1", "documents": docs, "quotes": qs}


def test_store_conformance_search_follows_the_brief(store):
    store.put_corpus("brief", brief("The ferry sank near the pier.", "Ferry ferry ferry timetable.",
                                    "Grain prices rose.", "Wind farm.", "Rail strike.",
                                    quotes=("The pier is unsafe",)))
    assert {r["id"] for r in store.search("pier")} == {"d0", "q0"}
    assert [r["id"] for r in store.search("quill")] == ["q0"]
    found = store.search("ferry")
    assert [r["id"] for r in found] == ["d1", "d0"] and found[0]["score"] > found[1]["score"]
    hit = next(r for r in store.search("sank pier") if r["id"] == "d0")
    assert [hit["snippet"][a:b] for a, b in hit["marks"]] == ["sank", "pier"]
    assert store.search('"pier" (*') == store.search("pier")  # user syntax is only words
    assert store.search("") == [] and len(store.search("ferry", limit=1)) == 1
    store.put_corpus("brief", brief("Grain prices fell."))
    assert store.search("pier") == [] and [r["id"] for r in store.search("grain")] == ["d0"]
    store.put_corpus("brief", "not json{")  # left unindexed, the write itself succeeds
    assert store.search("grain") == []


def test_store_conformance_migrations_recorded_once(store_url):
    open_store(store_url).close()
    store = open_store(store_url)
    dialect = "postgres" if is_postgres(store_url) else "sqlite"
    assert store.migrations() == [v for v, _, _ in migration_files(dialect)]
    store.run("INSERT INTO migrations (version, name) VALUES (999, 'future')")
    store.close()
    with pytest.raises(StoreError) as err:
        open_store(store_url)
    assert err.value.code == "E301"


def test_store_conformance_concurrent_opens_migrate_once(store_url):
    def opened(_: int) -> list[int]:
        store = open_store(store_url)
        try:
            return store.migrations()
        finally:
            store.close()

    with ThreadPoolExecutor(4) as pool:
        seen = list(pool.map(opened, range(4)))
    assert all(versions == seen[0] for versions in seen) and seen[0]


def test_store_conformance_read_only_store_refuses_writes(store_url):
    writer = open_store(store_url)
    writer.put_corpus("brief", brief("Harbour works begin."))
    reader = open_store(store_url, read_only=True)
    before = reader.corpus_version("brief")
    assert [r["id"] for r in reader.search("harbour")] == ["d0"]
    writer.put_corpus("brief", brief("Harbour works end."))
    assert reader.corpus_version("brief") != before
    assert "end." in reader.get_corpus_text("brief")
    with pytest.raises(Exception):  # noqa: B017 - sqlite3 and psycopg raise their own errors
        reader.put_corpus("brief", brief("Nope."))
    reader.close()
    writer.close()

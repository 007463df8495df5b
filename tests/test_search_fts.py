"""Full-text search (store/search.py, migration 002): the index follows every write of the brief,
old stores are indexed by the migration, user text never reaches FTS5 as syntax."""
from __future__ import annotations

import sqlite3

import pytest

from storyline.store import open_store
from storyline.store.migrations import apply_migrations, migration_files, statements
from storyline.store.search import match_expression, reindex, search, split_snippet


def brief(*texts: str, quotes: tuple[str, ...] = ()) -> dict:
    docs = [{"id": f"d{i}", "title": f"Report {i}", "text": t} for i, t in enumerate(texts)]
    qs = [{"id": f"q{i}", "doc": "d0", "text": t, "speaker_name": "Ada Quill"} for i, t in enumerate(quotes)]
    return {"format": "storyline-brief/1", "documents": docs, "quotes": qs}


@pytest.fixture()
def store(tmp_path):
    s = open_store(tmp_path / "s.db")
    yield s
    s.close()


def count(conn, table: str) -> int:
    return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # noqa: S608 (our table names)


def test_search_index_follows_each_brief_write(store):
    store.put_corpus("brief", brief("The ferry sank near the pier.", "Grain prices rose.",
                                    quotes=("The pier is unsafe",)))
    assert count(store.conn, "search_documents") == 2 and count(store.conn, "search_quotes") == 1
    assert {r["id"] for r in search(store.conn, "pier")} == {"d0", "q0"}
    store.put_corpus("brief", brief("Grain prices fell."))
    assert count(store.conn, "search_documents") == 1 and count(store.conn, "search_quotes") == 0
    assert search(store.conn, "pier") == []
    assert [r["id"] for r in search(store.conn, "grain")] == ["d0"]
    store.put_corpus("other", {"documents": [{"id": "x", "text": "pier"}]})
    assert search(store.conn, "pier") == []


def test_search_finds_quotes_by_speaker_and_ranks_titles_high(store):
    store.put_corpus("brief", brief("Nothing about it here but a ferry.", "Ferry ferry ferry timetable.",
                                    "Grain prices.", "Wind farm.", "Rail strike.",
                                    quotes=("We will reopen",)))
    assert [r["id"] for r in search(store.conn, "quill")] == ["q0"]
    found = search(store.conn, "ferry")
    assert [r["id"] for r in found] == ["d1", "d0"] and found[0]["score"] > found[1]["score"]
    assert [r["id"] for r in search(store.conn, "report 1")] == ["d1"]
    assert len(search(store.conn, "ferry", limit=1)) == 1


def test_search_migration_indexes_a_store_written_before_it(tmp_path):
    conn = sqlite3.connect(tmp_path / "old.db", isolation_level=None)
    conn.execute("CREATE TABLE migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT)")
    version, name, sql = migration_files()[0]
    for statement in statements(sql):
        conn.execute(statement)
    conn.execute("INSERT INTO migrations VALUES (?, ?, '')", (version, name))
    import json
    conn.execute("INSERT INTO corpus VALUES ('brief', ?, '')", (json.dumps(brief("An old harbour story.")),))
    assert apply_migrations(conn) == [v for v, _, _ in migration_files()[1:]]
    assert [r["id"] for r in search(conn, "harbour")] == ["d0"]


def test_search_reindex_rebuilds_from_the_stored_brief(store):
    store.put_corpus("brief", brief("Salt marsh flooding."))
    store.conn.execute("DELETE FROM search_documents")
    assert search(store.conn, "marsh") == []
    reindex(store.conn)
    assert [r["id"] for r in search(store.conn, "marsh")] == ["d0"]


def test_search_brief_sqlite_cannot_parse_is_stored_unindexed(store):
    store.put_corpus("brief", brief("Salt marsh flooding."))
    with store.transaction() as c:
        c.execute("INSERT OR REPLACE INTO corpus VALUES ('brief', '{\"documents\": [NaN', '')")
    assert count(store.conn, "search_documents") == 0


@pytest.mark.parametrize("query, expected", [
    ("Peskov", '"Peskov"'),
    ('say "hi" AND (', '"say" "hi" "AND"'),
    ("NEAR(a b)", '"NEAR" "a" "b"'),
    ("Zelenskyy's", '"Zelenskyy" "s"'),
    ("   ", None),
    ("*^-", None),
])
def test_search_match_expression_quotes_every_word(query, expected):
    assert match_expression(query) == expected


def test_search_user_syntax_never_raises(store):
    store.put_corpus("brief", brief('He said "stop" AND left (quickly).'))
    for query in ['"', "AND", "(", "a OR", "col:stop", "-stop", "stop*", "NEAR(", "^stop"]:
        search(store.conn, query)
    assert [r["id"] for r in search(store.conn, '"stop" AND')] == ["d0"]


def test_search_snippet_offsets_point_at_the_matched_words():
    text, marks = split_snippet("…the \x02ferry\x03 sank at \x02Ferry\x03 Pier…")
    assert text == "…the ferry sank at Ferry Pier…"
    assert [text[s:e] for s, e in marks] == ["ferry", "Ferry"]
    assert split_snippet("stray \x03 marker \x02") == ("stray  marker ", [])


def test_search_statements_keep_trigger_bodies_whole():
    sql = ("CREATE TABLE t (a);\n-- a comment; with a semicolon\n"
           "CREATE TRIGGER x AFTER INSERT ON t BEGIN DELETE FROM t; SELECT 1; END;\nCREATE TABLE u (b);\n")
    parts = statements(sql)
    assert len(parts) == 3 and parts[1].strip().startswith("-- a comment")
    assert parts[1].rstrip().endswith("END")

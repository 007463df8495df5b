"""Full-text search over the stored brief: documents (title, text) and quotes (speaker, text).

The FTS5 tables of migration ``002_search.sql`` are filled by triggers whenever the brief row of
the ``corpus`` table is written, so the index always matches the brief being served; nothing else
has to call into this module to keep it fresh. This module turns a user's query into a safe FTS5
expression and returns ranked records with plain-text snippets and the offsets of the matched words
(never HTML: callers escape the snippet and mark the offsets themselves)."""
from __future__ import annotations

import re
import sqlite3
from typing import Any

OPEN, CLOSE = "\x02", "\x03"  # match markers inside FTS5 snippets; stripped before anything is returned
MAX_TERMS = 12
MAX_QUERY = 200
SNIPPET_TOKENS = 24
_TERM = re.compile(r"\w+", re.UNICODE)
_MARKED = re.compile(f"{OPEN}(.*?){CLOSE}", re.DOTALL)

_DOCUMENTS = (
    "SELECT doc_id, title, snippet(search_documents, -1, char(2), char(3), '…', ?) AS snip,"
    " bm25(search_documents, 0.0, 4.0, 1.0) AS score FROM search_documents"
    " WHERE search_documents MATCH ? ORDER BY score, doc_id LIMIT ?"
)
_QUOTES = (
    "SELECT quote_id, doc_id, speaker, snippet(search_quotes, 3, char(2), char(3), '…', ?) AS snip,"
    " bm25(search_quotes, 0.0, 0.0, 2.0, 1.0) AS score FROM search_quotes"
    " WHERE search_quotes MATCH ? ORDER BY score, quote_id LIMIT ?"
)


def match_expression(query: str) -> str | None:
    """The words of ``query`` as an FTS5 expression (every word required, each quoted so that no
    operator or syntax of the user's text reaches FTS5); ``None`` when there is no word."""
    terms = query_terms(query)
    if not terms:
        return None
    return " ".join('"' + term.replace('"', '""') + '"' for term in terms)


def query_terms(query: str) -> list[str]:
    """The words of a user's query, at most ``MAX_TERMS``."""
    return _TERM.findall(query or "")[:MAX_TERMS]


def split_snippet(raw: str | None) -> tuple[str, list[list[int]]]:
    """A snippet without its match markers, and the ``[start, end]`` offsets of the matched words."""
    raw = raw or ""
    text, marks, last = [], [], 0
    for match in _MARKED.finditer(raw):
        text.append(_strip(raw[last:match.start()]))
        start = sum(map(len, text))
        text.append(_strip(match.group(1)))
        marks.append([start, start + len(text[-1])])
        last = match.end()
    text.append(_strip(raw[last:]))
    return "".join(text), [m for m in marks if m[1] > m[0]]


def _strip(piece: str) -> str:
    return piece.replace(OPEN, "").replace(CLOSE, "")


def has_index(conn: sqlite3.Connection) -> bool:
    """True when the store has the search tables (migration 002 applied)."""
    names = ("search_documents", "search_quotes")
    row = conn.execute("SELECT count(*) FROM sqlite_master WHERE name IN (?, ?)", names)
    return row.fetchone()[0] == 2


def search(conn: sqlite3.Connection, query: str, limit: int = 20) -> list[dict[str, Any]]:
    """Documents and quotes matching every word of ``query``, best first (BM25; higher ``score``
    is better), at most ``limit`` records."""
    expression = match_expression(query)
    if expression is None or not has_index(conn):
        return []
    results = [_document(row) for row in conn.execute(_DOCUMENTS, (SNIPPET_TOKENS, expression, limit))]
    results += [_quote(row) for row in conn.execute(_QUOTES, (SNIPPET_TOKENS * 2, expression, limit))]
    results.sort(key=lambda r: (-r["score"], r["kind"], r["id"]))
    return results[:limit]


def _document(row: Any) -> dict[str, Any]:
    snippet, marks = split_snippet(row[2])
    return {"kind": "document", "id": row[0], "doc": row[0], "title": row[1] or None, "speaker": None,
            "snippet": snippet, "marks": marks, "score": round(-float(row[3]), 4)}


def _quote(row: Any) -> dict[str, Any]:
    snippet, marks = split_snippet(row[3])
    return {"kind": "quote", "id": row[0], "doc": row[1], "title": None, "speaker": row[2] or None,
            "snippet": snippet, "marks": marks, "score": round(-float(row[4]), 4)}


def reindex(conn: sqlite3.Connection) -> None:
    """Rebuild the index from the stored brief (the update trigger does the work); needs a writable
    connection. Only useful after editing the tables by hand: every brief write reindexes already."""
    conn.execute("UPDATE corpus SET data = data WHERE name = 'brief'")

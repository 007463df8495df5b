"""Full-text search for the PostgreSQL store (migration ``002_search.postgres.sql``): the same
records as ``search.search`` for SQLite (documents and quotes, best first, plain-text snippets with
the offsets of the matched words), ranked with ``ts_rank`` over weighted tsvectors instead of BM25.

Every word of the query is required; the words reach PostgreSQL only through ``plainto_tsquery``,
which reads no operators."""
from __future__ import annotations

from typing import Any

from storyline.store.search import SNIPPET_TOKENS, query_terms, split_snippet

# weights of the D, C, B, A labels: title (A) 4x text (D) as FTS5's bm25 weights; speaker (B) 2x text
WEIGHTS = "{0.25, 0.2, 0.5, 1.0}"
_HEADLINE = "StartSel=\x02, StopSel=\x03, MaxWords={0}, MinWords={1}, ShortWord=0, HighlightAll=false"

_DOCUMENTS = (
    "SELECT doc_id, title, ts_headline('simple', CASE WHEN to_tsvector('simple', text) @@ q"
    " THEN text ELSE title END, q, %(doc_opts)s) AS snip, ts_rank(%(weights)s, tsv, q, 1) AS score"
    " FROM search_documents, plainto_tsquery('simple', %(words)s) AS q"
    " WHERE tsv @@ q ORDER BY score DESC, doc_id LIMIT %(limit)s"
)
_QUOTES = (
    "SELECT quote_id, doc_id, speaker, ts_headline('simple', text, q, %(quote_opts)s) AS snip,"
    " ts_rank(%(weights)s, tsv, q, 1) AS score"
    " FROM search_quotes, plainto_tsquery('simple', %(words)s) AS q"
    " WHERE tsv @@ q ORDER BY score DESC, quote_id LIMIT %(limit)s"
)


def query_words(query: str) -> str | None:
    """The words of ``query`` joined by spaces, ``None`` when there is none."""
    terms = query_terms(query)
    return " ".join(terms) if terms else None


def search(conn: Any, query: str, limit: int = 20) -> list[dict[str, Any]]:
    """Documents and quotes matching every word of ``query``, best first (higher ``score`` is
    better), at most ``limit`` records. ``conn`` is a psycopg connection returning dict rows."""
    words = query_words(query)
    if words is None:
        return []
    params = {"words": words, "limit": limit, "weights": WEIGHTS,
              "doc_opts": _HEADLINE.format(SNIPPET_TOKENS, SNIPPET_TOKENS // 2),
              "quote_opts": _HEADLINE.format(SNIPPET_TOKENS * 2, SNIPPET_TOKENS)}
    results = [_document(row) for row in conn.execute(_DOCUMENTS, params)]
    results += [_quote(row) for row in conn.execute(_QUOTES, params)]
    results.sort(key=lambda r: (-r["score"], r["kind"], r["id"]))
    return results[:limit]


def _document(row: dict[str, Any]) -> dict[str, Any]:
    snippet, marks = split_snippet(row["snip"])
    return {"kind": "document", "id": row["doc_id"], "doc": row["doc_id"], "title": row["title"] or None,
            "speaker": None, "snippet": snippet, "marks": marks, "score": round(float(row["score"]), 4)}


def _quote(row: dict[str, Any]) -> dict[str, Any]:
    snippet, marks = split_snippet(row["snip"])
    return {"kind": "quote", "id": row["quote_id"], "doc": row["doc_id"], "title": None,
            "speaker": row["speaker"] or None, "snippet": snippet, "marks": marks,
            "score": round(float(row["score"]), 4)}

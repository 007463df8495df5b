"""Numbered SQL migrations, each applied once and recorded in the database's ``migrations`` table.

``NNN_name.sql`` is plain SQL that SQLite and PostgreSQL both accept; ``NNN_name.sqlite.sql`` and
``NNN_name.postgres.sql`` are the two dialects' versions of a migration that cannot be shared (FTS5
versus tsvector). Every version must exist for every dialect."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from importlib import resources
from typing import Any

from storyline.errors import StoreError

DIALECTS = ("sqlite", "postgres")
TABLE = (
    "CREATE TABLE IF NOT EXISTS migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT)"
)
_RECORD = "INSERT INTO migrations (version, name, applied_at) VALUES ({0}, {0}, {0})"
_PLACEHOLDER = {"sqlite": "?", "postgres": "%s"}


def _dialect_of(name: str) -> str | None:
    """'sqlite' for ``002_x.sqlite.sql``, ``None`` (every dialect) for ``001_x.sql``."""
    stem = name.removesuffix(".sql")
    suffix = stem.rsplit(".", 1)[-1] if "." in stem else None
    return suffix if suffix in DIALECTS else None


def migration_files(dialect: str = "sqlite") -> list[tuple[int, str, str]]:
    """(version, name, sql) of every migration ``dialect`` runs, in order."""
    chosen: dict[int, tuple[bool, str, str]] = {}
    for entry in resources.files(__package__).iterdir():
        if not entry.name.endswith(".sql"):
            continue
        own = _dialect_of(entry.name)
        if own not in (None, dialect):
            continue
        version = int(entry.name.split("_", 1)[0])
        if version not in chosen or own is not None:  # a dialect's own file wins over the shared one
            chosen[version] = (own is not None, entry.name, entry.read_text(encoding="utf-8"))
    versions = sorted(chosen)
    if versions != list(range(1, len(versions) + 1)):
        raise StoreError("E301", f"migrations for {dialect} are not numbered 1..n: {versions}")
    return [(v, chosen[v][1], chosen[v][2]) for v in versions]


def statements(sql: str) -> list[str]:
    """The statements of a SQLite migration: split on ';', but a piece is joined to the next until it
    forms a complete statement (a trigger body holds ';' inside BEGIN ... END)."""
    out, pending = [], ""
    for piece in sql.split(";"):
        pending += piece + ";"
        if sqlite3.complete_statement(pending):
            if pending.strip(" \t\r\n;"):
                out.append(pending.rstrip(";"))
            pending = ""
    if pending.strip(" \t\r\n;"):
        out.append(pending.rstrip(";"))
    return out


def _first(row: Any) -> Any:
    """The first column of a row, whether it is a tuple, a ``sqlite3.Row`` or a dict."""
    return next(iter(row.values())) if isinstance(row, dict) else row[0]


def apply_migrations(conn: Any, dialect: str = "sqlite") -> list[int]:
    """Apply the migrations the database has not seen, inside the caller's transaction; return their
    versions. SQLite runs a migration statement by statement; PostgreSQL runs the file in one go
    (its functions hold ';' inside dollar quotes)."""
    conn.execute(TABLE)
    done = {_first(row) for row in conn.execute("SELECT version FROM migrations")}
    files = migration_files(dialect)
    if done and max(done) > files[-1][0]:
        raise StoreError("E301", f"database at version {max(done)}, this storyline knows {files[-1][0]}")
    applied = []
    for version, name, sql in files:
        if version in done:
            continue
        for statement in statements(sql) if dialect == "sqlite" else [sql]:
            conn.execute(statement)
        stamp = datetime.now(UTC).isoformat(timespec="seconds")
        conn.execute(_RECORD.format(_PLACEHOLDER[dialect]), (version, name, stamp))
        applied.append(version)
    return applied

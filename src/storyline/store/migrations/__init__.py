"""Numbered SQL migrations (``NNN_name.sql``), each applied once and recorded in the database."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from importlib import resources
from typing import Any

from storyline.errors import StoreError

TABLE = (
    "CREATE TABLE IF NOT EXISTS migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT)"
)


def migration_files() -> list[tuple[int, str, str]]:
    """(version, name, sql) for every migration shipped with the package, in order."""
    out = []
    for entry in resources.files(__package__).iterdir():
        if entry.name.endswith(".sql"):
            version = int(entry.name.split("_", 1)[0])
            out.append((version, entry.name, entry.read_text(encoding="utf-8")))
    return sorted(out)


def statements(sql: str) -> list[str]:
    """The statements of a migration: split on ';', but a piece is joined to the next until it forms a
    complete statement (a trigger body holds ';' inside BEGIN ... END)."""
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


def apply_migrations(conn: Any) -> list[int]:
    """Apply the migrations the database has not seen; return their versions."""
    conn.execute(TABLE)
    done = {row[0] for row in conn.execute("SELECT version FROM migrations")}
    files = migration_files()
    if done and max(done) > files[-1][0]:
        raise StoreError("E301", f"database at version {max(done)}, this storyline knows {files[-1][0]}")
    applied = []
    for version, name, sql in files:
        if version in done:
            continue
        for statement in statements(sql):
            conn.execute(statement)
        conn.execute(
            "INSERT INTO migrations (version, name, applied_at) VALUES (?, ?, ?)",
            (version, name, datetime.now(UTC).isoformat(timespec="seconds")),
        )
        applied.append(version)
    return applied

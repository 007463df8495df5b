"""The web app closes every thread's store when it shuts down (PostgreSQL holds a connection each)."""
from __future__ import annotations

import sqlite3

import pytest
from starlette.testclient import TestClient

from storyline import api
from storyline.web import create_app


def test_web_shutdown_closes_the_stores(tmp_path):
    doc = tmp_path / "a.txt"
    doc.write_text("The harbour bridge reopened on Monday after two years of repairs, the council said.\n",
                   encoding="utf-8")
    db = tmp_path / "s.db"
    api.build([str(doc)], db=db)
    app = create_app(db)
    source = app.state.source
    with TestClient(app) as client:
        assert client.get("/index.json").status_code == 200
        stores = list(source.opened)
        assert stores
    assert source.opened == []
    for store in stores:
        with pytest.raises(sqlite3.ProgrammingError):  # closed
            store.conn.execute("SELECT 1")

"""End to end on PostgreSQL: `storyline build --db postgresql://...` over the five seeds (read from
../shared), `storyline brief` from the same database, and the web app reading it (pages, JSON
twins, search). The brief must equal the one the same build writes to SQLite."""
from __future__ import annotations

import json
import uuid
from collections.abc import Iterator

import pytest
from starlette.testclient import TestClient

from conftest import SEEDS, seed_paths
from storyline.cli import main
from storyline.store import open_store
from storyline.web import create_app


def without_run_facts(brief: dict) -> dict:
    """The brief without what changes from run to run (timings)."""
    return {k: v for k, v in brief.items() if k != "stats"}


@pytest.fixture(scope="module")
def built(tmp_path_factory, pg_server) -> Iterator[tuple[str, dict, str]]:
    """The seeds built through the command line into a new PostgreSQL database."""
    import psycopg

    from pg.conftest import database_url

    name = f"storyline_cli_{uuid.uuid4().hex[:10]}"  # never another run's database on a shared server
    with psycopg.connect(pg_server, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    url, out = database_url(pg_server, name), tmp_path_factory.mktemp("pg-out")
    code = main(["build", *map(str, seed_paths()), "--manifest", str(SEEDS / "manifest.jsonl"),
                 "--db", url, "--out", str(out), "--quiet"])
    assert code == 0
    yield url, json.loads((out / "brief.json").read_text(encoding="utf-8")), str(out)
    with psycopg.connect(pg_server, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_cli_postgres_build_writes_the_sqlite_brief(built, seeds_brief):
    url, brief, _ = built
    assert len(brief["documents"]) == 5 and brief["quotes"] and brief["stories"]
    assert without_run_facts(brief) == without_run_facts(seeds_brief)
    store = open_store(url)
    assert store.count_documents() == 5 and len(store.runs()) == 1
    store.close()


def test_cli_postgres_brief_and_resume(built, tmp_path, capsys):
    url, brief, _ = built
    assert main(["brief", "--db", url, "--json", str(tmp_path / "again.json")]) == 0
    again = json.loads((tmp_path / "again.json").read_text(encoding="utf-8"))
    assert without_run_facts(again) == without_run_facts(brief)
    capsys.readouterr()
    assert main(["build", *map(str, seed_paths()), "--db", url, "--json", str(tmp_path / "b.json"),
                 "--quiet"]) == 0
    assert "0 files processed, 5 unchanged, 0 documents stored" in capsys.readouterr().out


def test_cli_postgres_web_app_reads_the_database(built):
    url, brief, _ = built
    client = TestClient(create_app(url))
    index = client.get("/index.json").json()
    assert index and client.get("/").status_code == 200
    speaker = next(q["speaker_name"] for q in brief["quotes"] if q.get("speaker_name"))
    found = client.get("/search.json", params={"q": speaker.split()[-1]}).json()
    assert any(r["kind"] == "quote" for r in found["results"]), found
    page = client.get("/search", params={"q": speaker.split()[-1]})
    assert page.status_code == 200 and "<mark" in page.text
    doc = brief["documents"][0]["id"]
    assert client.get(f"/documents/{doc}.json").status_code == 200


def test_cli_postgres_unreachable_database_is_a_clean_error(capsys):
    code = main(["brief", "--db", "postgresql://nobody:secret@127.0.0.1:9/none?connect_timeout=2"])
    err = capsys.readouterr().err
    assert code == 1 and "[E300]" in err and "secret" not in err

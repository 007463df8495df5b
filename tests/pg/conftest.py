"""PostgreSQL for the tests: the server at $STORYLINE_TEST_PG_DSN if set, else a throwaway cluster
started once per session (``cluster.py``). Each test gets a database of its own, dropped afterwards.

Without PostgreSQL binaries the PostgreSQL tests are skipped locally and FAIL in CI (CI set): CI
installs PostgreSQL (.ci/run), so a missing server there is a broken build, not a skip."""
from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest

from pg.cluster import Cluster, find_bindir

DSN_ENV = "STORYLINE_TEST_PG_DSN"


def unavailable(reason: str) -> None:
    """Skip (binaries missing, locally) or fail (in CI, where PostgreSQL is installed by .ci/run)."""
    if os.environ.get("CI", "").lower() not in ("", "0", "false"):
        pytest.fail(f"PostgreSQL is required in CI: {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[str]:
    """A DSN to a PostgreSQL server where databases may be created."""
    if os.environ.get(DSN_ENV):  # a postgresql:// URL whose user may create databases
        yield os.environ[DSN_ENV]
        return
    bindir = find_bindir()
    if bindir is None:
        unavailable(f"no PostgreSQL binaries in /usr/lib/postgresql/*/bin (apt-get install postgresql, "
                    f"or set {DSN_ENV})")
    try:
        cluster = Cluster(bindir)  # KeyError when root has no 'postgres' user to run the server as
    except KeyError as exc:
        pytest.fail(f"PostgreSQL binaries in {bindir} but no 'postgres' user: {exc}")
    try:
        cluster.start()
    except (RuntimeError, OSError) as exc:  # binaries present: a failure to start is a failure
        cluster.stop()
        pytest.fail(f"could not start PostgreSQL from {bindir}: {exc}")
    yield cluster.dsn
    cluster.stop()


def database_url(server_url: str, name: str) -> str:
    """The server's ``postgresql://`` URL pointed at database ``name``."""
    parts = urlsplit(server_url)
    return urlunsplit(parts._replace(path="/" + name))


@pytest.fixture
def pg_url(pg_server: str) -> Iterator[str]:
    """A new, empty database on the test server (its URL); dropped afterwards."""
    import psycopg

    name = f"storyline_test_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(pg_server, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    yield database_url(pg_server, name)
    with psycopg.connect(pg_server, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(params=["sqlite", "postgres"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """The same tests over a SQLite file and a PostgreSQL database."""
    if request.param == "sqlite":
        return str(tmp_path / "store.db")
    return request.getfixturevalue("pg_url")

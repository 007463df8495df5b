"""The PostgreSQL fixture's own rule: without a server, skip locally but fail in CI."""
from __future__ import annotations

import pytest

from pg.conftest import unavailable


@pytest.mark.parametrize("ci", ["true", "1"])
def test_pg_fixture_missing_server_fails_in_ci(monkeypatch, ci):
    monkeypatch.setenv("CI", ci)
    with pytest.raises(pytest.fail.Exception):
        unavailable("no binaries")


@pytest.mark.parametrize("ci", ["", "false", None])
def test_pg_fixture_missing_server_skips_locally(monkeypatch, ci):
    if ci is None:
        monkeypatch.delenv("CI", raising=False)
    else:
        monkeypatch.setenv("CI", ci)
    with pytest.raises(pytest.skip.Exception):
        unavailable("no binaries")

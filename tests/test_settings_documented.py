"""Every setting is documented in the README, with its environment variable."""

from __future__ import annotations

import pytest

from conftest import ROOT
from storyline import settings


@pytest.mark.parametrize("setting", settings.SETTINGS, ids=lambda s: s.name)
def test_settings_each_is_in_the_readme(setting):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert setting.env in readme, f"{setting.env} is not documented in README.md"


def test_settings_environment_overrides_default(monkeypatch):
    monkeypatch.setenv("STORYLINE_WORKERS", "5")
    assert settings.get("workers") == 5

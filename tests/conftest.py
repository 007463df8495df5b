"""Shared fixtures: where the real articles live (read from ../shared, never copied here)."""

from __future__ import annotations

import importlib.util
import json
import os
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("STORYLINE_SHARED", ROOT.parent / "shared"))
SEEDS = SHARED / "seeds"
BENCH = SHARED / "bench"
EXAMPLES = ROOT / "examples"


def grader() -> ModuleType:
    """The shared grader, ../shared/eval/score.py, loaded as a module (never copied here)."""
    spec = importlib.util.spec_from_file_location("score", SHARED / "eval" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def seed_paths() -> list[Path]:
    return sorted(SEEDS.glob("*.txt"))


@pytest.fixture(scope="session")
def gold() -> dict:
    return json.loads((SEEDS / "gold.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def seeds_brief(tmp_path_factory) -> dict:
    """The brief of the five seeds, built once through the real API into a real SQLite file."""
    from storyline import api

    tmp = tmp_path_factory.mktemp("seeds")
    result = api.build(
        [str(p) for p in seed_paths()], db=tmp / "seeds.db", manifest=str(SEEDS / "manifest.jsonl")
    )
    return result.brief

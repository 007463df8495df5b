"""Every setting as (name, default, help) data. A test checks each one is documented in the README."""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Setting:
    name: str
    default: Any
    help: str

    @property
    def env(self) -> str:
        return "STORYLINE_" + self.name.upper()


SETTINGS: tuple[Setting, ...] = (
    Setting("db", "storyline.db", "the store: a SQLite file path, or a postgresql:// URL"),
    Setting("out", "out", "folder for brief.json, brief.html and brief.md when no single output is named"),
    Setting("workers", 2, "processes for the article stages (1 runs in the calling process)"),
    Setting("executor", "local", "where the article stages run: 'local' (this machine's processes) or 'ray'"),
    Setting("shard_size", 16, "input files per shard: one spaCy batch, one unit of resumable work"),
    Setting("small_run", 24, "below this many changed files the run stays in one process (no pool start-up)"),
    Setting(
        "dedup_threshold",
        0.5,
        "Jaccard similarity of word 5-shingles above which two documents are near-copies",
    ),
    Setting("dedup_num_perm", 128, "MinHash permutations for near-duplicate detection"),
)

_BY_NAME = {s.name: s for s in SETTINGS}


def get(name: str) -> Any:
    """The value of a setting: the environment variable STORYLINE_<NAME> if set, else the default."""
    setting = _BY_NAME[name]
    raw = os.environ.get(setting.env)
    if raw is None:
        return setting.default
    return type(setting.default)(raw)

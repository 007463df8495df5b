"""The Executor boundary (after datatrove): map article stages over shards of input files."""
from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any, Protocol

from storyline.ingest.base import SourceFile
from storyline.store.base import SourceResult


@dataclass
class Shard:
    """A few input files processed together (one spaCy batch)."""

    index: int
    sources: list[SourceFile]
    manifest: dict[str, dict] = field(default_factory=dict)


@dataclass
class RunStats:
    """Counts of one build. ``sources_seen == sources_skipped + sources_processed``."""

    sources_seen: int = 0
    sources_skipped: int = 0
    sources_processed: int = 0
    articles_stored: int = 0
    exact_copies: int = 0
    rejected: int = 0
    words: int = 0
    seconds: float = 0.0

    def add(self, other: RunStats) -> RunStats:
        merged = {k: getattr(self, k) + getattr(other, k) for k in asdict(self)}
        return RunStats(**merged)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


class Executor(Protocol):
    def map(self, shards: Sequence[Shard]) -> Iterator[list[SourceResult]]:
        """Process shards and yield each shard's per-file results as soon as it is done."""
        ...


StageFactory = Callable[[], list]

"""The Store boundary: what the pipeline, the corpus stages, the brief and the web app ask of storage."""
from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from storyline.model import Article, Rejection


@dataclass
class SourceResult:
    """What one input file produced: written to the store in one transaction."""

    path: str
    sha1: str
    articles: list[Article]
    rejections: list[Rejection]


@dataclass
class PutOutcome:
    stored: int = 0  # new or replaced documents
    copies: int = 0  # exact duplicates of a stored document, kept as a pointer only


class Store(Protocol):
    def source_sha1s(self) -> dict[str, str]: ...

    def put_source(self, result: SourceResult) -> PutOutcome: ...

    def put_rejections(self, rejections: Sequence[Rejection]) -> None: ...

    def iter_articles(self) -> Iterator[Article]: ...

    def get_article(self, doc_id: str) -> Article | None: ...

    def count_documents(self) -> int: ...

    def rejections(self) -> list[Rejection]: ...

    def copies(self) -> list[dict[str, Any]]: ...

    def put_corpus(self, name: str, data: Any) -> None: ...

    def get_corpus(self, name: str) -> Any: ...

    def get_corpus_text(self, name: str) -> str | None: ...

    def corpus_version(self, name: str) -> Any:
        """A value that changes whenever corpus result ``name`` may have been rewritten."""
        ...

    def search(self, query: str, limit: int = 20) -> list[dict[str, Any]]: ...

    def get_vectors(self) -> dict[str, Any]: ...

    def put_vectors(self, vectors: dict[str, Any]) -> None: ...

    def record_run(self, started_at: str, stats: dict[str, Any]) -> None: ...

    def runs(self) -> list[dict[str, Any]]: ...

    def migrations(self) -> list[int]: ...

    def close(self) -> None: ...

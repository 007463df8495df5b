"""Corpus stages run once over the whole store and share what they find through a context."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from storyline.corpus.entity_roles import RoleIndex
from storyline.model import Article


@dataclass
class CorpusContext:
    """The articles of the store and what corpus stages derived from them so far."""

    articles: list[Article]
    duplicate_of: dict[str, str] = field(default_factory=dict)
    results: dict[str, Any] = field(default_factory=dict)  # stage name -> its output
    role_index: tuple[Any, RoleIndex] | None = field(default=None, repr=False)

    def entity_id(self, doc_id: str, name: str | None) -> str | None:
        """The entity id of a name as used in a document, once the entities stage has run; else None."""
        index = self.results.get("entities")
        if index is None or not name:
            return None
        return index.lookup(doc_id, name) or self._roles(index).resolve(doc_id, name)

    def _roles(self, index: Any) -> RoleIndex:
        """The description resolver over the entities (built once per entities result)."""
        if self.role_index is None or self.role_index[0] is not index:
            self.role_index = (index, RoleIndex(index.entities))
        return self.role_index[1]

    def article(self, doc_id: str) -> Article:
        return next(a for a in self.articles if a.id == doc_id)

    def originals(self) -> list[Article]:
        """Articles that are not near-copies of another."""
        return [a for a in self.articles if a.id not in self.duplicate_of]


class CorpusStage:
    name: str = "corpus-stage"

    def run(self, ctx: CorpusContext) -> None:
        raise NotImplementedError

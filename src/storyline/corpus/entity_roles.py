"""Speakers named by a description ("the foreman", "The head", "the company") resolved to an entity.

News often names a person once and then, or in another outlet's copy, only by role: "Bohdan Ruzha,
a shift foreman, said ..." in one article, "the foreman replied" in the next. Once the entities
stage has gathered every entity's titles across the corpus, a description resolves to the one
entity that (1) is mentioned in the same document and (2) carries the description's head noun:
a person in one of its titles, an organisation as the noun its name is built on ("the company" ->
"Hollen Coal Company", "the inspectorate" -> "State Mining Inspectorate", but not "the pilot" ->
"Airline Pilots Association"). Two candidates, or none, leave it unresolved:
a wrong speaker is worse than none."""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

from storyline.corpus.entity_names import singular
from storyline.corpus.entity_titles import is_role
from storyline.model import Entity

DETERMINERS = {"the", "a", "an", "its", "their", "his", "her", "our"}
MAX_WORDS = 5  # a description longer than this ("the man who ...") is not a role
_WORD = re.compile(r"[a-z][a-z’'-]*")
_OF = re.compile(r"\s+(?:of|for|at|in|to|from|with)\s+", re.IGNORECASE)


def head_noun(description: str) -> tuple[str, set[str]] | None:
    """(head noun, modifier words) of a determiner + lower-case noun phrase, else None.

    "a shift foreman" -> ("foreman", {"shift"}); "The head" -> ("head", set()); names and clauses
    ("the Kremlin", "the man who spoke") are not descriptions."""
    words = description.split()
    if not 2 <= len(words) <= MAX_WORDS or words[0].lower() not in DETERMINERS:
        return None
    rest = words[1:]
    if any(not _WORD.fullmatch(w) for w in rest):
        return None  # a capitalised word makes it a name ("the Kremlin"), a digit a figure
    return _singular(rest[-1]), {_singular(w) for w in rest[:-1]}


def _singular(word: str) -> str:
    return singular(word.replace("’", "'").removesuffix("'s"))


def _words(texts: Iterable[str]) -> set[str]:
    return {_singular(w) for t in texts for w in _WORD.findall(t.lower())}


def _role_part(title: str) -> str:
    """The role itself, without what it is a role of: "head of the Rescue Service" -> "head"."""
    return _OF.split(title, maxsplit=1)[0]


class RoleIndex:
    """Per document, the entities it mentions with the words of their titles (people) or names
    (organisations), for ``resolve``."""

    def __init__(self, entities: Iterable[Entity]):
        # per document: (entity, the nouns a description may name it by, every word of its roles)
        self.by_doc: dict[str, list[tuple[Entity, set[str], set[str]]]] = defaultdict(list)
        for entity in entities:
            heads, words = self._role_words(entity)
            if not heads:
                continue
            for doc in {m.doc for m in entity.mentions}:
                self.by_doc[doc].append((entity, heads, words))

    @staticmethod
    def _role_words(entity: Entity) -> tuple[set[str], set[str]]:
        """(head nouns, all words) of a person's titles or of the names an organisation is built on. A
        person's title is named by its role nouns, not its modifiers: "city's corporation counsel" is
        "the counsel", never "the city"."""
        if entity.type == "PERSON":
            parts = [_role_part(t) for t in entity.titles]
            heads = {_singular(w) for p in parts for w in _WORD.findall(p.lower()) if is_role(w)}
            heads |= {_singular(ws[-1]) for ws in (_WORD.findall(p.lower()) for p in parts) if ws}
            return heads, _words(parts) | heads
        if entity.type in ("ORG", "GROUP"):  # the noun a name is built on: "Hollen Coal Company" -> company
            names = (_WORD.findall(_role_part(name).lower()) for name in [entity.name, *entity.aliases])
            heads = {_singular(words[-1]) for words in names if words}
            return heads, heads
        return set(), set()

    def resolve(self, doc_id: str, description: str | None) -> str | None:
        """The id of the one entity of ``doc_id`` the description fits, else None."""
        parsed = head_noun(description or "")
        if parsed is None:
            return None
        head, modifiers = parsed
        fits = [(e, words) for e, heads, words in self.by_doc.get(doc_id, []) if head in heads]
        if len(fits) > 1:  # "the shift foreman" prefers the title that has "shift" too
            fits = [(e, words) for e, words in fits if modifiers <= words] or fits
        ids = {e.id for e, _ in fits}
        return next(iter(ids)) if len(ids) == 1 else None

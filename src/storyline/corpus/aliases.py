"""Entities across the corpus: one entity per actor, with every alias seen.

``resolve_entities(articles)`` reads the NER mentions (and the names other stages used for
speakers and claimants) of every article, groups them (see ``entity_merge``) and returns an
``EntityIndex``: the entities with canonical name, type, aliases, titles and mentions, and
``lookup(doc_id, name)`` to turn a name as used in a document into an entity id."""
from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from storyline.corpus.entity_forms import form_stats
from storyline.corpus.entity_gazetteer import with_missed
from storyline.corpus.entity_mentions import NameMention, collect_mentions
from storyline.corpus.entity_merge import assign_clusters, group_forms, part_by_gender
from storyline.corpus.entity_names import (
    bare_surname,
    clean_surface,
    fold,
    is_acronym,
    is_all_caps,
    name_key,
    split_honorific,
    surname_keys,
    surname_variants,
)
from storyline.corpus.entity_types import group_type, tally
from storyline.model import Article, Entity, Span


@dataclass
class EntityIndex:
    """The resolved entities and the name -> id maps behind ``lookup``."""

    entities: list[Entity]
    by_doc: dict[tuple[str, str], str] = field(default_factory=dict)
    by_form: dict[str, str] = field(default_factory=dict)
    by_key: dict[tuple[str, ...], str] = field(default_factory=dict)
    surnames: dict[tuple[str, str], str] = field(default_factory=dict)
    ids: dict[str, Entity] = field(default_factory=dict)

    def lookup(self, doc_id: str, name: str | None) -> str | None:
        """The entity id for ``name`` as used in document ``doc_id``; None if no entity fits.

        Tried in turn: the name, without honorific; the head before a comma or "in"/"of"
        ("Toulouse, France" -> "Toulouse"); then, for a person only, the name without the title
        words before it ("Kremlin spokesman Dmitry Peskov" -> "Dmitry Peskov" -> "Peskov") or the
        words after it (a headline's "Putin Push" -> "Putin")."""
        if not name:
            return None
        text = clean_surface(name)
        honorific, bare = split_honorific(text)
        for candidate in dict.fromkeys([text, bare, _head(bare)]):
            found = self._find(doc_id, candidate)
            if found:
                return found
        words = bare.split()
        runs = [words[i:] for i in range(1, len(words))] + [words[:i] for i in range(len(words) - 1, 0, -1)]
        for run in runs:
            if run[0][:1].isupper():
                found = self._find(doc_id, " ".join(run))
                if found and self._by_id[found].type == "PERSON":
                    return found
        return None

    def _find(self, doc_id: str, text: str) -> str | None:
        form = fold(text)
        if not form:
            return None
        hit = self.by_doc.get((doc_id, form)) or self.by_form.get(form)
        if hit:
            return hit
        bare = bare_surname(text)
        if bare:
            for key in surname_keys(bare):
                hit = self.surnames.get((doc_id, key)) or self.surnames.get(("", key))
                if hit:
                    return hit
        return self.by_key.get(name_key(form))

    @property
    def _by_id(self) -> dict[str, Entity]:
        if len(self.ids) != len(self.entities):
            self.ids = {e.id: e for e in self.entities}
        return self.ids

    def get(self, entity_id: str) -> Entity | None:
        """The entity with this id."""
        return self._by_id.get(entity_id)


def _head(text: str) -> str:
    """The name before an apposition or a location ("San Francisco, California" -> "San Francisco")."""
    return re.split(r",\s|\s\((?=\w)|\s(?:in|of|at)\s", text, maxsplit=1)[0].strip()


def resolve_entities(articles: Sequence[Article]) -> EntityIndex:
    """Resolve the names of all ``articles`` into entities (stable ids: same input, same ids)."""
    mentions = collect_mentions(articles)
    mentions = with_missed(articles, mentions)
    stats = form_stats(mentions)
    uf = group_forms(stats, [(m.form, m.defines) for m in mentions if m.defines])
    clusters: dict[str, list[NameMention]] = defaultdict(list)
    mentions, roots = part_by_gender(mentions, assign_clusters(mentions, stats, uf))
    for m, root in zip(mentions, roots, strict=True):
        clusters[root].append(m)
    entities = _unique_ids([_entity(ms) for _, ms in sorted(clusters.items())])
    index = EntityIndex(entities)
    _fill_index(index, entities, clusters)
    return index


def _entity(mentions: list[NameMention]) -> Entity:
    """One entity from the mentions of its cluster."""
    kind = group_type(tally(v for m in mentions for v in m.votes), {m.form for m in mentions})
    name = canonical_name([m.surface for m in mentions])
    aliases = _aliases(mentions)
    titles = list(dict.fromkeys(t for m in mentions for t in m.titles)) if kind == "PERSON" else []
    spans = sorted({Span(m.doc, m.start, m.end) for m in mentions if m.start is not None},
                   key=lambda s: (s.doc, s.start))
    return Entity(id=_entity_id(name, kind), name=name, type=kind, aliases=aliases, titles=titles,
                  mentions=spans)


def canonical_name(surfaces: list[str]) -> str:
    """The longest name among the most used full forms, in body-text case when there is one (a name
    seen only in capitals, in a dateline or headline, is title-cased)."""
    counts = Counter(surfaces)
    cased = [s for s in counts if not is_all_caps(s) or is_acronym(s)] or list(counts)
    most_words = max(len(s.split()) for s in cased)
    full = [s for s in cased if len(s.split()) == most_words and not is_acronym(s)] or cased
    name = min(full, key=lambda s: (-counts[s], -len(s), s))
    return name.title() if is_all_caps(name) and not is_acronym(name) else name  # "NEW YORK" datelines


def _aliases(mentions: list[NameMention]) -> list[str]:
    """Every surface form seen, with honorific forms ("Mr Putin") as aliases of their own."""
    out: list[str] = []
    for m in mentions:
        out.append(m.surface)
        if m.honorific:
            out.append(f"{m.honorific} {m.surface}")
    return sorted(dict.fromkeys(out))


def _entity_id(name: str, kind: str) -> str:
    return "e" + hashlib.sha1(f"{kind}|{name}".encode()).hexdigest()[:10]


def _unique_ids(entities: list[Entity]) -> list[Entity]:
    """Suffix the rare id collision (two entities with the same name and type), in a stable order."""
    seen: Counter[str] = Counter()
    for e in entities:
        seen[e.id] += 1
        if seen[e.id] > 1:
            e.id = f"{e.id}-{seen[e.id]}"
    return entities


def _fill_index(index: EntityIndex, entities: list[Entity], clusters: dict[str, list[NameMention]]) -> None:
    """Name -> id maps: per document, corpus-wide (most mentioned owner wins) and per surname."""
    doc_votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    form_votes: dict[str, Counter[str]] = defaultdict(Counter)
    key_votes: dict[tuple[str, ...], Counter[str]] = defaultdict(Counter)
    surname_votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for entity, (_, ms) in zip(entities, sorted(clusters.items()), strict=True):
        for m in ms:
            forms = [m.form] + ([fold(f"{m.honorific} {m.surface}")] if m.honorific else [])
            for form in forms:
                doc_votes[(m.doc, form)][entity.id] += 1
                form_votes[form][entity.id] += 1
            key_votes[name_key(m.form)][entity.id] += 1
            lasts = surname_variants(m.surface) if entity.type == "PERSON" else []
            for key in {k for last in lasts for k in surname_keys(last)}:
                surname_votes[(m.doc, key)][entity.id] += 1
                surname_votes[("", key)][entity.id] += 1
    index.by_doc = {k: _winner(v) for k, v in doc_votes.items()}
    index.by_form = {k: _winner(v) for k, v in form_votes.items()}
    index.by_key = {k: _winner(v) for k, v in key_votes.items()}
    index.surnames = {k: _winner(v) for k, v in surname_votes.items() if len(v) == 1 or k[0]}


def _winner(votes: Counter[str]) -> str:
    return min(votes, key=lambda k: (-votes[k], k))

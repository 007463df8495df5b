"""Corpus stage "positions": each actor's stated demands, conditions, offers, refusals, support and
proposals, with every place they are stated.

Each article's stated positions (``position_stated``: its quotes, a direct quote of several
sentences giving one candidate per sentence, and reported speech outside quotes) come from the
article stage ``positions`` (``Article.positions``, read from the article's own parse), or, for an
article stored without it, are found here by parsing its pieces. Their actors are resolved to
entities here; candidates of one actor and kind whose content words overlap (Jaccard at least
``SAME_POSITION``) are one position with several mentions."""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

from storyline.corpus.base import CorpusContext, CorpusStage
from storyline.corpus.position_stated import stated_positions
from storyline.model import Article, Span

SAME_POSITION = 0.5
__all__ = ["SAME_POSITION", "PositionStage", "find_positions"]
_STOP = {"the", "a", "an", "and", "or", "of", "to", "in", "on", "for", "with", "that", "this", "is", "are",
         "was", "were", "be", "been", "will", "would", "should", "must", "it", "its", "we", "our", "they",
         "their", "he", "his", "she", "her", "i", "at", "by", "as", "from", "has", "have", "had", "not", "no"}


@dataclass
class CorpusPosition:
    """A position as the brief holds it: actor (entity id), kind, text and every mention."""

    id: str
    actor: str
    kind: str
    text: str
    mentions: list[Span] = field(default_factory=list)
    actor_name: str | None = None


@dataclass
class _Candidate:
    actor: str
    actor_name: str
    kind: str
    doc: str
    start: int
    end: int
    text: str


def content_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in _STOP and len(w) > 1}


def article_candidates(article: Article, lookup) -> list[_Candidate]:
    """The stated positions of ``article`` whose actor name is an entity (``lookup(doc_id, name)``)."""
    stated = article.positions if article.positions_found else stated_positions(article)
    out = []
    for p in stated:
        actor = lookup(article.id, p.actor_name) if p.actor_name else None
        if actor:
            out.append(_Candidate(actor, p.actor_name, p.kind, article.id, p.start, p.end, p.text))
    return out


def group_candidates(cands: list[_Candidate]) -> list[CorpusPosition]:
    """One position per actor and kind and overlapping content (see the module docstring).

    Groups are kept per (actor, kind), so a candidate is compared only with the groups it could join,
    each by the content words of its first candidate (computed once)."""
    groups: list[list[_Candidate]] = []
    by_key: dict[tuple[str, str], list[tuple[set[str], list[_Candidate]]]] = {}
    for c in sorted(cands, key=lambda c: (c.actor, c.kind, c.doc, c.start)):
        words = content_words(c.text)
        same = by_key.setdefault((c.actor, c.kind), [])
        for head_words, g in same:
            if _jaccard(head_words, words) >= SAME_POSITION:
                g.append(c)
                break
        else:
            groups.append([c])
            same.append((words, groups[-1]))
    return [_position(g) for g in groups]


def _jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def _position(group: list[_Candidate]) -> CorpusPosition:
    head = group[0]
    mentions = sorted({Span(c.doc, c.start, c.end) for c in group}, key=lambda s: (s.doc, s.start))
    key = f"{head.actor}|{head.kind}|{mentions[0].doc}:{mentions[0].start}"
    pid = "p-" + hashlib.sha1(key.encode()).hexdigest()[:10]
    return CorpusPosition(pid, head.actor, head.kind, head.text, mentions, head.actor_name)


def find_positions(ctx: CorpusContext) -> list[CorpusPosition]:
    index = ctx.results.get("entities")
    if index is None:
        return []
    cands = [c for article in ctx.originals() for c in article_candidates(article, ctx.entity_id)]
    positions = group_candidates(cands)
    for p in positions:
        entity = index.get(p.actor)
        p.actor_name = entity.name if entity else p.actor_name
    return sorted(positions, key=lambda p: (p.mentions[0].doc, p.mentions[0].start))


class PositionStage(CorpusStage):
    """Corpus stage "positions": ``ctx.results["positions"]`` = list of ``CorpusPosition``."""

    name = "positions"

    def run(self, ctx: CorpusContext) -> None:
        ctx.results["positions"] = find_positions(ctx)

"""Corpus stage "positions": each actor's stated demands, conditions, offers, refusals, support and
proposals, with every place they are stated.

Sources: the quotes of each article (the speaker resolved to an entity; a direct quote of several
sentences gives one candidate per sentence) classified by ``position_kinds`` (a demand or condition
of coordinated parts gives one per part, ``position_split``), and reported speech
outside quotes (``position_speech``). Candidates of one actor and kind whose content words overlap
(Jaccard at least ``SAME_POSITION``) are one position with several mentions."""
from __future__ import annotations

import bisect
import hashlib
import math
import re
from dataclasses import dataclass, field

from storyline.article.nlp import load_nlp
from storyline.corpus.base import CorpusContext, CorpusStage
from storyline.corpus.compare_scope import SentenceParses
from storyline.corpus.position_kinds import classify, may_hold_position
from storyline.corpus.position_speech import speech_positions
from storyline.corpus.position_split import coordinated_parts
from storyline.model import Article, Quote, Span

SAME_POSITION = 0.5
MIN_WORDS = 3
MAX_CHARS = 400
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


def quote_pieces(article: Article, quote: Quote) -> list[tuple[int, int, str]]:
    """(start, end, text) of each sentence of a direct quote: the article's sentences (``article.sentences``,
    where a line break also ends a sentence) cut to the quote's span, so "U.S.", "Mr." or "2.5" never
    split a piece. Reported speech, or an article without sentences, gives the whole quote."""
    if quote.kind != "direct" or not article.sentences:
        return [(quote.start, quote.end, quote.text)]
    first = max(bisect.bisect_right(article.sentences, (quote.start, math.inf)) - 1, 0)
    out = []
    for s, e in article.sentences[first:]:
        if s >= quote.end:
            break
        start, end = _stripped(article.text, max(s, quote.start), min(e, quote.end))
        if start < end:
            out.append((start, end, article.text[start:end]))
    return out or [(quote.start, quote.end, quote.text)]


def _stripped(text: str, start: int, end: int) -> tuple[int, int]:
    """``start``-``end`` without the spaces at its ends."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def quote_candidates(articles: list[Article], lookup) -> list[_Candidate]:
    """Candidates from the quotes whose speaker is an entity (the pieces parsed in one batch)."""
    pieces = []
    for article in articles:
        for q in article.quotes:
            name = q.speaker_name or q.speaker_text
            actor = lookup(article.id, name) if name else None
            if not actor:
                continue
            for start, end, text in quote_pieces(article, q):
                short = len(text.split()) < MIN_WORDS and q.cue not in ("demanded", "rejected", "proposed")
                if not short and len(text) <= MAX_CHARS and may_hold_position(text, q.cue):
                    pieces.append((_Candidate(actor, name, "", article.id, start, end, text), q))
    out = []
    for (cand, q), doc in zip(pieces, load_nlp().pipe(c.text for c, _ in pieces), strict=True):
        cand.kind = classify(doc, q.cue, indirect=q.kind != "direct") or ""
        if cand.kind:
            out.extend(_parts(cand, doc))
    return out


def _parts(cand: _Candidate, doc) -> list[_Candidate]:
    """A demand or condition of several coordinated parts as one candidate per part."""
    if cand.kind not in ("demand", "condition"):
        return [cand]
    spans = coordinated_parts(doc)
    return [_Candidate(cand.actor, cand.actor_name, cand.kind, cand.doc, cand.start + s, cand.start + e,
                       cand.text[s:e]) for s, e in spans]


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
    parses = SentenceParses()
    cands = quote_candidates(ctx.originals(), index.lookup)
    for article in ctx.originals():
        quoted = [(q.start, q.end) for q in article.quotes]
        for sp in speech_positions(article, index.lookup, quoted, parses):
            text = article.text[sp.start:sp.end]
            cands.append(_Candidate(sp.actor, sp.actor_name, sp.kind, article.id, sp.start, sp.end, text))
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

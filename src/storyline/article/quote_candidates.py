"""Quote candidates before speaker resolution, and how they are joined and pruned: a quotation over
several paragraphs becomes one candidate, a clause that only wraps another report by the same speaker
is dropped."""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from storyline.article.quote_marks import MarkedSpan
from storyline.article.speakers import SpeakerResolver


@dataclass
class Candidate:
    """A quote before speaker resolution."""

    start: int
    end: int
    kind: str
    cue: Token | None = None
    speaker: Token | None = None
    mark: MarkedSpan | None = None
    follows: bool = False  # continues the previous speaker
    fragment: bool = False  # quoted words embedded in a sentence
    scare: bool = False  # a short fragment no speech verb governs: only ever part of a mixed quote
    channel: str | None = None  # known from the form of the quote itself (an embedded post)
    secondary: bool = False  # a belief or a record's finding, not a speech act: part of a report holding it


def join_paragraphs(cands: list[Candidate]) -> list[Candidate]:
    """One quote for a quotation that runs over several paragraphs (each but the last left open, the
    next opening with a quote mark, as news style has it). It takes the cue and speaker of its first
    part when that has its own, else those of the part that has (usually the last: '..., she said.')."""
    out: list[Candidate] = []
    for cand in cands:
        prev = out[-1] if out else None
        if prev is not None and prev.mark is not None and cand.mark is not None and prev.mark.open_end \
                and cand.mark.continues and not prev.fragment and not cand.fragment:
            own = prev if prev.cue is not None or prev.speaker is not None else cand
            out[-1] = Candidate(prev.start, cand.end, "direct", own.cue, own.speaker, cand.mark,
                                follows=own.follows, channel=own.channel)
            continue
        out.append(cand)
    return out


def drop_nested(cands: list[Candidate], resolver: SpeakerResolver) -> list[Candidate]:
    """Drop a clause that only wraps another report by the same speaker ("said he had told X that ..."),
    and a belief or a finding reported inside another report ("said he believed that ...", "said the
    logs would show that ...": what was said keeps them)."""
    out = []
    for cand in cands:
        if cand.secondary and any(within(cand, c) for c in cands if c is not cand and not c.secondary):
            continue
        inner = [c for c in cands if c is not cand and within(c, cand) and not c.secondary]
        same = [c for c in inner if same_speaker(c, cand, resolver)]
        if not same:
            out.append(cand)
    return out


def within(inner: Candidate, outer: Candidate) -> bool:
    """Does ``inner`` (its words and its cue) lie inside ``outer``'s words?"""
    return outer.start <= inner.start and inner.end <= outer.end and inner.cue is not None \
        and outer.start <= inner.cue.idx < outer.end


def same_speaker(a: Candidate, b: Candidate, resolver: SpeakerResolver) -> bool:
    if a.speaker is None or b.speaker is None:
        return False
    na, nb = resolver.resolve(a.speaker).name, resolver.resolve(b.speaker).name
    return na is not None and na == nb

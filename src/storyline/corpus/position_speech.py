"""Positions in reported speech that the quotes stage does not hold: "Putin turned down the offer of a
meeting", "Zelenskiy insisted on an immediate ceasefire", "Putin has rejected NATO involvement".

Only sentences with a position verb are read (a regular expression picks them). The verb's
subject is a proper or common noun phrase (its name is looked up as an entity later, by the
positions corpus stage); the position text runs from the verb to the end of its phrase (without
coordinated clauses), e.g. "rejected NATO involvement along the frontline"."""
from __future__ import annotations

import re
from dataclasses import dataclass

from storyline.corpus.position_kinds import retreat
from storyline.model import Article

VERB_KINDS = {
    "reject": "refusal", "refuse": "refusal", "decline": "refusal", "rebuff": "refusal", "turn": "refusal",
    "insist": "demand", "demand": "demand", "urge": "demand", "call": "demand",
    "propose": "proposal", "offer": "offer", "pledge": "offer",
    "welcome": "support", "support": "support", "back": "support", "endorse": "support",
}
EXPRESS_NOUNS = {"willingness": "offer", "readiness": "offer", "support": "support", "opposition": "refusal",
                 "rejection": "refusal", "demand": "demand"}
_CUE = re.compile(r"\b(?:reject|refus|declin|turned down|turns down|rebuff|insist|demand|urg"
                  r"|call(?:s|ed)? (?:on|for)|propos|offer|pledg|welcom|support|backed|backs|endors"
                  r"|willingness|readiness|opposition)", re.I)


@dataclass
class SpeechPosition:
    actor_name: str  # the subject's name as the article writes it
    kind: str
    start: int
    end: int


def _kind(verb) -> str | None:
    lemma = verb.lemma_.lower()
    if lemma == "turn" and not any(c.lower_ == "down" for c in verb.children):
        return None
    if retreat(verb):
        return None
    if lemma == "call" and not any(c.lower_ in ("for", "on") for c in verb.children):
        return None
    if lemma in VERB_KINDS:
        return VERB_KINDS[lemma]
    if lemma in ("express", "show", "signal", "voice", "state", "reiterate"):
        for c in verb.children:
            if c.dep_ == "dobj" and c.lemma_.lower() in EXPRESS_NOUNS:
                conditional = any(a.lower_ in ("conditional", "qualified") for a in c.children)
                return "condition" if conditional else EXPRESS_NOUNS[c.lemma_.lower()]
    return None


def _subjects(verb) -> list:
    """The active subjects of ``verb``, each conjunct of a coordinated one ("France and Germany backed"),
    inherited from the first verb of a coordination; none for a passive ("backed by his predecessor":
    the subject is not the one who backs), for a verb the parser gave two subjects ("44 percent would
    back Trump, while ... 1 percent support Stein"), or when a conjunct is a quantity ("Berg and
    1 percent support Dahl", a misparsed poll list)."""
    if any(c.dep_ in ("auxpass", "nsubjpass", "agent") for c in verb.children):
        return []
    tok = verb
    for _ in range(3):
        subj = [c for c in tok.children if c.dep_ == "nsubj"]
        if len(subj) > 1:
            return []
        if subj:
            people = [subj[0]] + [c for c in subj[0].conjuncts if c.dep_ == "conj"]
            return [] if any(_quantity(t) for t in people) else people
        if tok.dep_ != "conj":
            return []
        tok = tok.head
    return []


def _quantity(tok) -> bool:
    """A number or a counted share ("1 percent", "44 percent") rather than an actor."""
    return tok.like_num or tok.lower_ in ("percent", "%") or any(c.dep_ == "nummod" for c in tok.children)


def _name_of(subj) -> str:
    parts = [t for t in subj.subtree if t.dep_ in ("compound", "flat") or t is subj]
    return " ".join(t.text for t in sorted(parts, key=lambda t: t.i))


def _phrase_end(verb) -> int:
    """Character end (in the sentence doc) of the verb's own phrase, without coordinated clauses."""
    last = verb
    for c in verb.children:
        if c.i > verb.i and c.dep_ not in ("conj", "cc", "punct", "advcl", "mark"):
            last = max([last] + list(c.subtree), key=lambda t: t.i)
    return last.idx + len(last.text)


def speech_positions(article: Article, quoted: list[tuple[int, int]], parses) -> list[SpeechPosition]:
    """Positions of ``article`` stated in reported speech outside the spans in ``quoted``; ``parses``
    gives (doc, offset) of a sentence (``position_stated.DocParses`` or ``TextParses``)."""
    out = []
    sentences = [(s, e) for s, e in article.sentences if _CUE.search(article.text, s, e)]
    parses.prefetch(sentences)
    for s, e in sentences:
        doc, offset = parses.parse(s, e)
        for verb in doc:
            if verb.pos_ != "VERB":
                continue
            kind = _kind(verb)
            actors = [t for t in _subjects(verb) if t.pos_ in ("PROPN", "NOUN")] if kind else []
            start, end = offset + verb.idx, offset + _phrase_end(verb)
            if actors and end - start > len(verb.text) + 3 and not _inside(quoted, start, end):
                out += [SpeechPosition(_name_of(subj), kind, start, end) for subj in actors]
    return out


def _inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s <= start < e or s < end <= e for s, e in spans)

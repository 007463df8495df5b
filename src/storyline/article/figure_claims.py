"""Who claims a figure: the speaker of the quote that holds it, an "according to" source, or the subject
of the reporting verb that governs it.

Speaker resolution is the quote stage's (``storyline.article.speakers.SpeakerResolver`` and the cue
lists of ``storyline.article.quote_cues``); this module only links a figure to them:
1. the smallest quote in ``article.quotes`` that contains the figure and has a speaker gives its
   ``speaker_name``, unless the quote is indirect and the figure sits in a non-restrictive relative clause
   (", which has lasted for four years"): such an aside is the outlet's own;
2. else an "according to X" in the same sentence gives X (a PERSON/ORG/GPE entity after it, else the
   noun phrase);
3. else a reporting verb ("said", "claimed", "cited", "estimated") that governs the figure's clause gives
   its resolved subject ("the mayor cited the city's own count as 1,200 homes flooded").
   The climb from the figure to the verb stops at relative clauses (background the outlet adds), and
   an adverbial phrase ("Following a call lasting over two hours, Trump said") only counts when it
   holds a claim noun ("With reports of 2,500 soldiers dying each week, Trump said");
4. else None: the outlet states the figure in its own voice.
"""
from __future__ import annotations

import re

from spacy.tokens import Token

from storyline.article.quote_cues import SPEECH_NOUNS, is_cue, speaker_head
from storyline.corpus.entity_roles import head_noun
from storyline.model import Article, Figure, Quote

_ACCORDING = re.compile(r"\baccording\s+to\s+", re.IGNORECASE)
_SOURCE_LABELS = {"PERSON", "ORG", "GPE", "NORP"}
CLAIM_NOUNS = SPEECH_NOUNS | {"report", "estimate", "figure", "tally", "toll", "count", "data", "statistic",
                              "number", "assessment", "projection", "calculation"}
CITING_VERBS = {"cite", "put", "estimate", "give", "count", "quote", "tally", "repeat", "record"}
_MAX_CLIMB = 8


def quote_source(quote: Quote) -> str | None:
    """Who a quote is by, as the corpus can resolve it: the speaker's name, else a description of the
    speaker ("the company", "a shift foreman") that the entities stage may match to a named entity."""
    if quote.speaker_name:
        return quote.speaker_name
    return quote.speaker_text if quote.speaker_text and head_noun(quote.speaker_text) else None


def containing_quote(quotes: list[Quote], start: int, end: int) -> Quote | None:
    """The smallest quote with a named or described speaker whose span holds ``[start, end)``."""
    holding = [q for q in quotes if q.start <= start and end <= q.end and quote_source(q)]
    return min(holding, key=lambda q: q.end - q.start) if holding else None


def according_to(article: Article, sent: tuple[int, int]) -> str | None:
    """The source named after "according to" in the sentence ``sent``, or None."""
    m = _ACCORDING.search(article.text, sent[0], sent[1])
    if not m:
        return None
    for ent in sorted(article.entities, key=lambda e: e.start):
        near = m.end() <= ent.start < m.end() + 40 and ent.end <= sent[1] and ent.label in _SOURCE_LABELS
        if near and not re.search(r"[,;.]", article.text[m.end():ent.start]):
            return ent.text
    if article.doc is None:
        return None
    span = article.doc.char_span(m.end(), min(sent[1], m.end() + 60), alignment_mode="expand")
    for chunk in (span.noun_chunks if span is not None else []):
        if chunk.start_char - m.end() < 4:
            return chunk.text
    return None


def governing_cue(tok: Token) -> Token | None:
    """The reporting verb whose clause holds ``tok``, climbing the parse (see the module docstring)."""
    node, claim_noun = tok, False
    for _ in range(_MAX_CLIMB):
        if node.head is node or node.dep_ == "relcl":
            return None
        edge, node = node.dep_, node.head
        claim_noun = claim_noun or (node.pos_ == "NOUN" and node.lemma_.lower() in CLAIM_NOUNS)
        if is_cue(node) or (node.pos_ == "VERB" and node.lemma_.lower() in CITING_VERBS):
            if edge in ("prep", "npadvmod", "advmod") and not claim_noun:
                return None
            return node
    return None


def _cue_speaker(cue: Token) -> Token | None:
    if cue.lemma_.lower() in CITING_VERBS:
        subj = [c for c in cue.children if c.dep_ == "nsubj"]
        if subj:
            return subj[0]
    return speaker_head(cue)


def reported_by(article: Article, figure: Figure, resolver) -> str | None:
    """The resolved subject of the reporting verb governing ``figure``, or None."""
    doc = article.doc
    span = doc.char_span(figure.start, figure.end, alignment_mode="expand") if doc is not None else None
    if span is None:
        return None
    cue = governing_cue(span.root)
    head = _cue_speaker(cue) if cue is not None else None
    if head is None:
        return None
    return resolver().resolve(head).name


def in_aside(article: Article, figure: Figure) -> bool:
    """Inside a non-restrictive relative clause (", which has lasted four years"): the outlet's aside."""
    doc = article.doc
    span = doc.char_span(figure.start, figure.end, alignment_mode="expand") if doc is not None else None
    node = span.root if span is not None else None
    for _ in range(_MAX_CLIMB):
        if node is None or node.head is node:
            return False
        if node.dep_ == "relcl":
            first = min(t.i for t in node.subtree)
            return first > 0 and doc[first - 1].text == ","
        node = node.head
    return False


def claimant(article: Article, figure: Figure, resolver=None) -> str | None:
    """The name of whoever the article says claims ``figure``; None for the outlet's own voice.

    ``resolver`` is a callable returning the article's ``SpeakerResolver`` (built lazily, once)."""
    quote = containing_quote(article.quotes, figure.start, figure.end)
    if quote is not None:
        return None if quote.kind == "indirect" and in_aside(article, figure) else quote_source(quote)
    sent = article.sentence_of(figure.start, figure.end)
    source = according_to(article, sent) if sent is not None else None
    if source or resolver is None:
        return source
    return reported_by(article, figure, resolver)

"""The positions one article states, before their actors are resolved to corpus entities.

Two sources (see ``positions``): the pieces of each quote with a named speaker, classified by
``position_kinds`` (a demand or condition of coordinated parts gives one per part,
``position_split``), and reported speech outside the quotes (``position_speech``). Each is a
``model.Position`` whose ``actor_name`` is the name the article uses (the quote's speaker, or the
subject of the reporting verb); the corpus stage looks it up in the entity index.

The parses come from a ``Parses`` object:
- ``DocParses`` reads the article's own spaCy ``Doc`` (the article stage ``positions``, no extra
  parse): a piece is the span of the document as a ``Doc`` of its own, whose tokens attached
  outside it become roots, as a parse of the piece alone makes them;
- ``TextParses`` parses each piece and sentence text alone (articles stored without that stage)."""
from __future__ import annotations

import bisect
import math
from collections.abc import Sequence

from storyline.article.nlp import load_nlp
from storyline.corpus.position_kinds import classify, may_hold_position
from storyline.corpus.position_speech import speech_positions
from storyline.corpus.position_split import coordinated_parts
from storyline.model import Article, Position, Quote

MIN_WORDS = 3
MAX_CHARS = 400
_CUE_ONLY = ("demanded", "rejected", "proposed")  # a short piece still states a position with these cues


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


def position_pieces(article: Article) -> list[tuple[Quote, int, int, str]]:
    """The quote pieces that may state a position: a named speaker, enough words (or a cue that
    states one), not too long, and a word ``classify`` reads."""
    out = []
    for q in article.quotes:
        if not (q.speaker_name or q.speaker_text):
            continue
        for start, end, text in quote_pieces(article, q):
            short = len(text.split()) < MIN_WORDS and q.cue not in _CUE_ONLY
            if not short and len(text) <= MAX_CHARS and may_hold_position(text, q.cue):
                out.append((q, start, end, text))
    return out


class TextParses:
    """Each piece and sentence parsed alone (``load_nlp().pipe``), with the offset of its text."""

    def __init__(self, article: Article):
        self.article = article
        self._docs: dict[tuple[int, int], object] = {}

    def prefetch(self, spans: Sequence[tuple[int, int]]) -> None:
        todo = [s for s in dict.fromkeys(spans) if s not in self._docs]
        texts = (self.article.text[s:e] for s, e in todo)
        self._docs.update(zip(todo, load_nlp().pipe(texts), strict=True))

    def parse(self, start: int, end: int):
        """(doc of ``text[start:end]``, offset of its first character in the article)."""
        if (start, end) not in self._docs:
            self.prefetch([(start, end)])
        return self._docs[(start, end)], start


class DocParses:
    """Pieces and sentences cut from the article's own ``Doc`` (see the module docstring)."""

    def __init__(self, article: Article):
        self.article = article

    def prefetch(self, spans: Sequence[tuple[int, int]]) -> None:
        """Nothing to do: the document is parsed."""

    def parse(self, start: int, end: int):
        doc = self.article.doc
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            return load_nlp()(self.article.text[start:end]), start
        piece = span.as_doc()
        for tok in piece:
            if tok.head.i == tok.i:  # as_doc labels a token attached outside the span "dep"
                tok.dep_ = "ROOT"
        return piece, span.start_char


def quote_positions(article: Article, parses) -> list[Position]:
    """The positions stated in the quotes of ``article`` (actor: the quote's speaker name)."""
    pieces = position_pieces(article)
    parses.prefetch([(s, e) for _, s, e, _ in pieces])
    out = []
    for q, start, end, text in pieces:
        doc, offset = parses.parse(start, end)
        kind = classify(doc, q.cue, indirect=q.kind != "direct")
        if kind:
            name = q.speaker_name or q.speaker_text or ""
            out.extend(_parts(article, Position(name, kind, text, start, end), doc, offset))
    return out


def _parts(article: Article, pos: Position, doc, offset: int) -> list[Position]:
    """A demand or condition of several coordinated parts as one position per part."""
    if pos.kind not in ("demand", "condition"):
        return [pos]
    spans = coordinated_parts(doc)
    if len(spans) == 1:
        return [pos]
    return [Position(pos.actor_name, pos.kind, article.text[offset + s:offset + e], offset + s, offset + e)
            for s, e in spans]


def stated_positions(article: Article, parses=None) -> list[Position]:
    """Every position ``article`` states (quotes first, then reported speech), actors unresolved;
    parsed from ``article.doc`` when it is there, else piece by piece."""
    if parses is None:
        parses = DocParses(article) if article.doc is not None else TextParses(article)
    quoted = [(q.start, q.end) for q in article.quotes]
    speech = [Position(sp.actor_name, sp.kind, article.text[sp.start:sp.end], sp.start, sp.end)
              for sp in speech_positions(article, quoted, parses)]
    return quote_positions(article, parses) + speech

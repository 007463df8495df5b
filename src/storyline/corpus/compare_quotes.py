"""Garbled quotes: one statement by one speaker quoted with different words in two documents.

Two direct quotes (or quoted stretches of mixed quotes) of the same speaker entity, in different
documents, are one statement when their normalised words (``compare_wording``) align over a long
stretch: an anchored region between two runs of at least ``ANCHOR`` words, with ``MIN_SHARED`` words in
common making up at least ``MIN_SHARE`` of the region on each side. Outside the region one report simply
quotes more (a shortened quote is no disagreement). Inside it, a difference counts unless the text
accounts for it: an ellipsis, an editor's bracket or a quotation mark on either side (words left out or
replaced knowingly), the same letters split differently ("e-mail"/"email"), or whole sentences left out
by one report; and function words alone ("that", "to"/"and") make no difference worth showing. Quotes of
one statement are grouped; a group with a counted difference is a discrepancy whose values are the
aligned regions of the differing quotes."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from spacy.lang.en.stop_words import STOP_WORDS

from storyline.article.speaker_words import UNDOTTED_HONORIFICS
from storyline.corpus.compare_scope import published, sentence_span
from storyline.corpus.compare_wording import GAP, Word, quote_words
from storyline.model import Article, Quote

ANCHOR = 3  # words in a run that can start or end an aligned region (shorter runs are chance: "the"),
# unless the run is where both quotes begin, or end ("We will ..." / "We will not ...")
MIN_SHARED = 6  # words two quotes share before they can be one statement
MIN_SHARE = 0.7  # share of each aligned region the common words make up
MAX_PAIRS_WORDS = 400  # quotes longer than this (in words) are not compared (cost bound)
MAX_DAYS_APART = 2  # quotes in documents published further apart are compared only when a date is missing:
# a speaker repeats a line on another day ("We will not give up X" on Monday, "... Y" on Friday)
# A quote the text says was translated has as many wordings as translators: none of them is a garble.
TRANSLATED = re.compile(r"\btranslat\w*|\binterpreters?\b", re.I)
HONORIFICS = UNDOTTED_HONORIFICS | {"miss", "mister"}  # the speakers' own, undotted
CLAUSE_MARK = re.compile(r"[,;:—–]|\s-\s")
MIN_CUT = 3  # words of a clause an unmarked cut leaves out
CONJUNCTIONS = {"and", "or", "but", "nor", "so", "then"}
QUOTED = re.compile(r"[“\"]([^“”\"]+)[”\"]")
SENTENCE_END = re.compile(r"[.?!;:]")
# Words whose swap or loss changes no meaning worth a reader's check ("honored that he" / "honored he",
# "choice to carry on" / "choice and carry on"): a difference counts only when it holds another word.
# Negations and quantifiers change what was said, so they always count.
MEANINGFUL = {"not", "no", "never", "nothing", "none", "nor", "nobody", "all", "every", "everyone",
              "everything", "some", "more", "less", "least", "most", "few", "many", "only", "always"}
MINOR = {w for w in STOP_WORDS if "'" not in w and "’" not in w} - MEANINGFUL


@dataclass
class QuoteText:
    """A direct quote with its speaker entity and normalised words."""

    article: Article
    quote: Quote
    speaker: str
    words: list[Word]

    @property
    def key(self) -> tuple[str, int]:
        return self.article.id, self.words[0].start


@dataclass
class Alignment:
    """Where two quotes of one statement align (word index ranges) and how many words differ inside."""

    a: tuple[int, int]
    b: tuple[int, int]
    differing: int


@dataclass
class Variant:
    """One quote of a statement in a garbled group, with the span to show."""

    item: QuoteText
    start: int
    end: int
    partners: set[tuple[str, int]] = field(default_factory=set)


def quote_texts(articles: list[Article], speaker_of) -> list[QuoteText]:
    """The direct quotes, and the quoted stretches of mixed ones, with a known speaker entity."""
    out = []
    for a in articles:
        for q in a.quotes:
            speaker = speaker_of(a.id, q.speaker_name or q.speaker_text)
            if not speaker or q.kind not in ("direct", "mixed") or _translated(a, q):
                continue
            spans = [(q.start, q.end)] if q.kind == "direct" else _quoted(a.text, q.start, q.end)
            for start, end in spans:
                words = quote_words(a.text, start, end)
                if MIN_SHARED <= len(words) <= MAX_PAIRS_WORDS:
                    out.append(QuoteText(a, q, speaker, words))
    return out


def _translated(article: Article, quote: Quote) -> bool:
    """True when the sentences of a quote say it was translated ("in an address translated by her office",
    "according to a translation", "through an interpreter")."""
    start = sentence_span(article, quote.start)[0]
    end = sentence_span(article, max(quote.start, quote.end - 1))[1]
    return bool(TRANSLATED.search(article.text, start, max(end, quote.end)))


def _quoted(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The stretches between double quotation marks inside a mixed quote ("he called it “a disgrace”")."""
    return [m.span(1) for m in QUOTED.finditer(text, start, end)]


def _norms(words: list[Word], side: str) -> list[str]:
    """Words to align; each gap is unique so that gaps never match each other."""
    return [f"{GAP}{side}{i}" if w.norm == GAP else w.norm for i, w in enumerate(words)]


def align(x: QuoteText, y: QuoteText) -> Alignment | None:
    """The aligned region of two quotes when they report one statement; None otherwise."""
    if len({w.norm for w in x.words} & {w.norm for w in y.words}) < MIN_SHARED:
        return None
    matcher = SequenceMatcher(None, _norms(x.words, "a"), _norms(y.words, "b"), autojunk=False)
    blocks = [b for b in matcher.get_matching_blocks() if b.size]
    ends = (len(x.words), len(y.words))
    while blocks and blocks[0].size < ANCHOR and not (blocks[0].size > 1 and blocks[0].a == blocks[0].b == 0):
        blocks.pop(0)
    while blocks and blocks[-1].size < ANCHOR and not (blocks[-1].size > 1 and _at_ends(blocks[-1], ends)):
        blocks.pop()
    if not blocks:
        return None
    a = (blocks[0].a, blocks[-1].a + blocks[-1].size)
    b = (blocks[0].b, blocks[-1].b + blocks[-1].size)
    shared = sum(blk.size for blk in blocks)
    if shared < MIN_SHARED or min(shared / _real(x.words, a), shared / _real(y.words, b)) < MIN_SHARE:
        return None
    if _names_swapped(x, y, blocks):
        return None
    return Alignment(a, b, _differing(x, y, blocks))


def _gaps(blocks: list):
    """The (x, y) word ranges between consecutive aligned runs."""
    for left, right in zip(blocks, blocks[1:], strict=False):
        yield (left.a + left.size, right.a), (left.b + left.size, right.b)


def _names_swapped(x: QuoteText, y: QuoteText, blocks: list) -> bool:
    """True when a difference puts one name for another ("give up Crimea" / "give up Donbas"): two
    statements about two things, not one statement garbled."""
    for gap_x, gap_y in _gaps(blocks):
        names_x, names_y = _names(x, gap_x), _names(y, gap_y)
        if names_x and names_y and names_x != names_y:
            return True
    return False


def _names(item: QuoteText, span: tuple[int, int]) -> set[str]:
    """Capitalised words in ``span`` that are not sentence-initial, "I" or an honorific: names."""
    text, words = item.article.text, item.words
    out = set()
    for i in range(span[0], span[1]):
        w = words[i]
        before = text[words[i - 1].end:w.start] if i else ""
        if (text[w.start:w.start + 1].isupper() and i and not SENTENCE_END.search(before)
                and w.norm not in HONORIFICS and w.norm != "i"):
            out.add(w.norm)
    return out


def _at_ends(block, ends: tuple[int, int]) -> bool:
    return (block.a + block.size, block.b + block.size) == ends


def _real(words: list[Word], span: tuple[int, int]) -> int:
    return sum(1 for w in words[span[0]:span[1]] if w.norm != GAP)


def _differing(x: QuoteText, y: QuoteText, blocks: list) -> int:
    """Words that differ between consecutive aligned runs and that the texts do not account for."""
    total = 0
    for gap_x, gap_y in _gaps(blocks):
        if not _accounted(x, gap_x, y, gap_y):
            total += _weight(x.words, gap_x) + _weight(y.words, gap_y)
    return total


def _weight(words: list[Word], span: tuple[int, int]) -> int:
    """How many words of one side of a difference change meaning: not function words, and not a word
    repeated right next to the difference ("40 years or 45 years" / "40, 45 years")."""
    near = {w.norm for w in words[max(0, span[0] - 2):span[0]] + words[span[1]:span[1] + 2]}
    return sum(1 for w in words[span[0]:span[1]]
               if w.norm not in MINOR and (w.norm in MEANINGFUL or w.norm not in near))


def _accounted(x: QuoteText, gap_x: tuple[int, int], y: QuoteText, gap_y: tuple[int, int]) -> bool:
    """True when the texts explain a difference: marked elision, respacing, or whole sentences left out."""
    side_x, side_y = x.words[gap_x[0]:gap_x[1]], y.words[gap_y[0]:gap_y[1]]
    if any(w.norm == GAP for w in side_x + side_y):
        return True
    if _touches_gap(x.words, gap_x) or _touches_gap(y.words, gap_y):
        return True
    if "".join(w.norm for w in side_x) == "".join(w.norm for w in side_y):
        return True
    if not side_x:
        return _whole_sentences(y, gap_y) or _clause_cut(y, gap_y)
    if not side_y:
        return _whole_sentences(x, gap_x) or _clause_cut(x, gap_x)
    if all(w.norm in MINOR for w in side_y):
        return _clause_cut(x, gap_x)
    if all(w.norm in MINOR for w in side_x):
        return _clause_cut(y, gap_y)
    return False


def _clause_cut(item: QuoteText, span: tuple[int, int]) -> bool:
    """True when the words in ``span`` are a stretch of ``MIN_CUT`` words or more bounded by clause marks (a
    comma, semicolon, dash, or a conjunction at its edge): a report that cut a clause without marking it ("we
    opened the corridors, we sent the buses, and we waited" / "we opened the corridors and we waited").
    Shorter stretches are words said differently ("I mean", "you know"), not a clause left out."""
    words, text = item.words, item.article.text
    if span[1] - span[0] < MIN_CUT or span[0] == 0 or span[1] >= len(words):
        return False
    before = text[words[span[0] - 1].end:words[span[0]].start]
    after = text[words[span[1] - 1].end:words[span[1]].start]
    opens = (bool(CLAUSE_MARK.search(before) or SENTENCE_END.search(before))
             or words[span[0]].norm in CONJUNCTIONS)
    closes = (bool(CLAUSE_MARK.search(after) or SENTENCE_END.search(after))
              or words[span[1] - 1].norm in CONJUNCTIONS or words[span[1]].norm in CONJUNCTIONS)
    return opens and closes


def _touches_gap(words: list[Word], span: tuple[int, int]) -> bool:
    """An empty side right next to an ellipsis: the report marked the words it left out."""
    return span[0] == span[1] and any(words[i].norm == GAP for i in (span[0] - 1, span[0])
                                      if 0 <= i < len(words))


def _whole_sentences(item: QuoteText, span: tuple[int, int]) -> bool:
    """True when the words in ``span`` are whole sentences of the quote (a sentence left out elsewhere)."""
    words, text = item.words, item.article.text
    before = text[words[span[0] - 1].end:words[span[0]].start]
    after = text[words[span[1] - 1].end:words[span[1]].start]
    return bool(SENTENCE_END.search(before) and SENTENCE_END.search(after))


def _close_in_time(x: QuoteText, y: QuoteText) -> bool:
    """True unless both documents are dated and published more than ``MAX_DAYS_APART`` days apart."""
    day_x, day_y = published(x.article), published(y.article)
    return day_x is None or day_y is None or abs((day_x - day_y).days) <= MAX_DAYS_APART


def _pairs(items: list[QuoteText]):
    """Pairs of quotes of one speaker in different documents published close in time."""
    by_speaker: dict[str, list[QuoteText]] = {}
    for item in items:
        by_speaker.setdefault(item.speaker, []).append(item)
    for same in by_speaker.values():
        for i, x in enumerate(same):
            for y in same[i + 1:]:
                if x.article.id != y.article.id and _close_in_time(x, y):
                    yield x, y


def garbled_groups(items: list[QuoteText]) -> list[list[Variant]]:
    """Groups of quotes of one statement that differ in wording, each as its differing variants."""
    variants: dict[tuple[str, int], Variant] = {}
    for x, y in _pairs(items):
        found = align(x, y)
        if found is None or not found.differing:
            continue
        for item, (lo, hi), other in ((x, found.a, y), (y, found.b, x)):
            v = variants.setdefault(item.key, Variant(item, item.words[lo].start, item.words[hi - 1].end))
            v.start, v.end = min(v.start, item.words[lo].start), max(v.end, item.words[hi - 1].end)
            v.partners.add(other.key)
    return _components(variants)


def _components(variants: dict[tuple[str, int], Variant]) -> list[list[Variant]]:
    seen: set[tuple[str, int]] = set()
    out = []
    for key in sorted(variants):
        if key in seen:
            continue
        group, todo = [], [key]
        while todo:
            k = todo.pop()
            if k not in seen:
                seen.add(k)
                group.append(variants[k])
                todo += sorted(variants[k].partners - seen)
        out.append(sorted(group, key=lambda v: (v.item.article.published or "", v.item.article.id, v.start)))
    return out


def opening(variant: Variant, words: int = 6) -> str:
    """The first words of a variant, for the discrepancy's title."""
    text = variant.item.article.text[variant.start:variant.end]
    parts = text.split()
    return " ".join(parts[:words]) + ("…" if len(parts) > words else "")

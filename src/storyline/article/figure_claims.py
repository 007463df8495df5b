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
4. else a record that frames the figure: the content clause of a record noun ("a New York Times report
   that ... $915 million"), a poll as the subject of the figure's clause or of an adverbial clause, or
   "In this poll, ..." (``record_frame``); before 3, a share of a poll's respondents ("63 percent said")
   is the last poll's named before it (``figure_sources.respondents_poll``);
5. else None: the outlet states the figure in its own voice.
A source that is a record or an organisation noun is named by ``figure_sources`` ("a new Washington
Post-ABC News poll" -> Washington Post-ABC News, "the agency said" -> the organisation named just
before); a name loses leading describing words ("the nonpartisan Congressional Budget Office").
Figures of a poll run on: ``FigureStage`` gives a sentence with no source of its own the poll of the
sentence before it in the same paragraph (``carry_poll_claims``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Token

from storyline.article.figure_sources import (
    clean_name,
    is_poll,
    is_record,
    last_poll,
    record_source,
    respondents_poll,
    source_name,
)
from storyline.article.quote_cues import EVIDENCE_VERBS, SPEECH_NOUNS, cites_evidence, is_cue, speaker_head
from storyline.corpus.entity_roles import head_noun
from storyline.model import Article, Figure, Quote

_ACCORDING = re.compile(r"\baccording\s+to\s+", re.IGNORECASE)
_SOURCE_LABELS = {"PERSON", "ORG", "GPE", "NORP"}
CLAIM_NOUNS = SPEECH_NOUNS | {"report", "estimate", "figure", "tally", "toll", "count", "data", "statistic",
                              "number", "assessment", "projection", "calculation"}
CITING_VERBS = {"cite", "put", "estimate", "give", "count", "quote", "tally", "repeat", "record", "reference"}
_MAX_CLIMB = 8
_SHARE_WORDS = {"total", "majority", "minority", "percent", "%", "half", "third", "quarter", "most",
                "plurality"}  # a share of people answering: the poll's respondents
_POLL_UNITS = {"", "percent", "point", "percentage point"}  # what a poll's figures measure


def quote_source(quote: Quote) -> str | None:
    """Who a quote is by, as the corpus can resolve it: the speaker's name, else a description of the
    speaker ("the company", "a shift foreman") that the entities stage may match to a named entity."""
    if quote.speaker_name:
        return quote.speaker_name
    return quote.speaker_text if quote.speaker_text and head_noun(quote.speaker_text) else None


@dataclass
class Claim:
    """A figure's claimant name, whether it is a poll (whose figures may run on), and whether it is a name
    that states a finding ("RealClearPolitics showing her ahead 3 points"), which later gapped figures of
    its sentence may repeat ("..., HuffPollster 4.3 points")."""

    name: str | None
    poll: bool = False
    finder: bool = False


def containing_quote(quotes: list[Quote], start: int, end: int) -> Quote | None:
    """The smallest quote with a named or described speaker whose span holds ``[start, end)``."""
    holding = [q for q in quotes if q.start <= start and end <= q.end and quote_source(q)]
    return min(holding, key=lambda q: q.end - q.start) if holding else None


def _named(article: Article, tok: Token | None, fallback: str | None) -> Claim:
    """A source mention headed by ``tok``: a record or organisation noun named by ``figure_sources``,
    else ``fallback`` (the resolver's name) without leading describing words."""
    if tok is not None and (tok.like_num or tok.lemma_.lower() in _SHARE_WORDS):
        poll = last_poll(tok)  # "A majority said", "40% saying": a poll's respondents
        return Claim(poll, poll is not None)
    if tok is not None:
        name = source_name(article, tok)
        if name:
            return Claim(name, is_poll(tok) or (is_record(tok) and "poll" in tok.lemma_.lower()))
    return Claim(clean_name(fallback))


def _quote_claim(article: Article, quote: Quote) -> Claim:
    """The claimant of a figure inside ``quote``: its speaker, a record or organisation named."""
    tok = None
    if quote.speaker_start is not None and quote.speaker_end is not None and article.doc is not None:
        span = article.doc.char_span(quote.speaker_start, quote.speaker_end, alignment_mode="expand")
        tok = span.root if span is not None else None
    if quote.speaker_name and tok is not None and not is_record(tok) and tok.pos_ != "NOUN":
        return Claim(clean_name(quote.speaker_name))
    return _named(article, tok, quote_source(quote))


def _according(article: Article, sent: tuple[int, int]) -> Claim:
    m = _ACCORDING.search(article.text, sent[0], sent[1])
    if not m:
        return Claim(None)
    obj = _according_object(article, m.start())
    if obj is not None and (is_record(obj) or obj.pos_ == "NOUN"):
        claim = _named(article, obj, None)
        if claim.name:
            return claim
    for ent in sorted(article.entities, key=lambda e: e.start):
        near = m.end() <= ent.start < m.end() + 40 and ent.end <= sent[1] and ent.label in _SOURCE_LABELS
        if near and not re.search(r"[,;.]", article.text[m.end():ent.start]):
            return Claim(ent.text)
    if article.doc is None:
        return Claim(None)
    span = article.doc.char_span(m.end(), min(sent[1], m.end() + 60), alignment_mode="expand")
    for chunk in (span.noun_chunks if span is not None else []):
        if chunk.start_char - m.end() < 4:
            return Claim(chunk.text)
    return Claim(None)


def _according_object(article: Article, start: int) -> Token | None:
    """The head noun after "according to" at ``start``."""
    doc = article.doc
    span = doc.char_span(start, start + 12, alignment_mode="expand") if doc is not None else None
    if span is None:
        return None
    to = next((t for t in span if t.lower_ == "to"), None)
    objs = [c for c in to.children if c.dep_ == "pobj"] if to is not None else []
    return objs[0] if objs else None


def shows_finding(tok: Token) -> bool:
    """A record or an organisation stating a finding: "polls show", "RealClearPolitics showing her ahead"."""
    if cites_evidence(tok):
        return True
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in EVIDENCE_VERBS:
        return False
    subj = [c for c in tok.children if c.dep_ == "nsubj"]
    return bool(subj) and (is_record(subj[0]) or _org_like(subj[0]))


def _org_like(tok: Token) -> bool:
    """A capitalised name that is not a person's or a place's ("RealClearPolitics", "the IMF")."""
    if tok.pos_ == "PRON" or len(tok.text) < 2:
        return False
    inner_capital = any(c.isupper() for c in tok.text[1:])  # "RealClearPolitics" opening a sentence
    capital = tok.pos_ == "PROPN" or tok.text[:1].isupper() and (not tok.is_sent_start or inner_capital)
    return capital and tok.ent_type_ in ("ORG", "")


def governing_cue(tok: Token) -> Token | None:
    """The reporting verb whose clause holds ``tok``, climbing the parse (see the module docstring)."""
    node, claim_noun = tok, False
    for _ in range(_MAX_CLIMB):
        if node.head is node or node.dep_ == "relcl":
            return None
        if node.dep_ == "conj" and node.pos_ in ("NOUN", "PROPN") and node.head.pos_ in ("VERB", "AUX"):
            return None  # a noun joined to a verb: a broken parse ("said ..., and analysts at X estimate")
        edge, node = node.dep_, node.head
        claim_noun = claim_noun or (node.pos_ == "NOUN" and node.lemma_.lower() in CLAIM_NOUNS)
        citing = node.pos_ == "VERB" and node.lemma_.lower() in CITING_VERBS
        if edge in ("nsubj", "nsubjpass", "csubj") and (is_cue(node) or citing or shows_finding(node)):
            return None  # a figure in the speaker's own phrase ("polls taken over the past two weeks show")
        if is_cue(node) or citing:
            return None if edge in ("prep", "npadvmod", "advmod") and not claim_noun else node
        if shows_finding(node):  # its content holds phrases too ("showing her ahead by 3 points"), but
            return None if edge == "advcl" else node  # not an adverbial clause ("Though it costs $4bn, ...")
    return None


def _cue_speaker(cue: Token) -> Token | None:
    if cue.lemma_.lower() in CITING_VERBS:
        subj = [c for c in cue.children if c.dep_ == "nsubj"]
        if subj:
            return subj[0]
    return speaker_head(cue)


def _figure_root(article: Article, figure: Figure) -> Token | None:
    doc = article.doc
    span = doc.char_span(figure.start, figure.end, alignment_mode="expand") if doc is not None else None
    return span.root if span is not None else None


def reported_by(article: Article, figure: Figure, resolver) -> str | None:
    """The resolved subject of the reporting verb governing ``figure``, or None."""
    return _reported(article, figure, resolver).name


def _reported(article: Article, figure: Figure, resolver) -> Claim:
    root = _figure_root(article, figure)
    cue = governing_cue(root) if root is not None else None
    head = _cue_speaker(cue) if cue is not None else None
    if head is None:
        return Claim(None)
    res = resolver().resolve(head)
    name = None if res.person and head.tag_ == "NNS" else res.name  # "The MPs found" is no single MP
    name = name or (head.text if _org_like(head) else None)
    claim = _named(article, head, name)
    claim.finder = shows_finding(cue) and not is_cue(cue) and _org_like(head) and not is_record(head)
    return claim


def gapped_claims(article: Article, figures: list[Figure], claims: list[Claim]) -> None:
    """Figures listed after a name that states a finding repeat its pattern with the verb left out:
    "with RealClearPolitics showing her ahead 3 points, HuffPollster 4.3 points, and FiveThirtyEight 2.1
    points": each later unclaimed figure of the sentence right after a name is that name's."""
    doc = article.doc
    for k, (fig, claim) in enumerate(zip(figures, claims, strict=True)):
        if not claim.finder or doc is None:
            continue
        sent = article.sentence_of(fig.start, fig.end)
        for j in range(k + 1, len(figures)):
            later = figures[j]
            if sent is None or later.start >= sent[1] or claims[j].name not in (None, claim.name):
                continue  # unclaimed, or given the finder's name by a parse that hung it on its verb
            name = _name_before(doc, later.start)
            if name and not _a_person(article, name):
                claims[j] = Claim(name)


def _a_person(article: Article, name: str) -> bool:
    """Is ``name`` (part of) a person's name somewhere in the article ("Trump 44 percent" lists a candidate,
    even where the tagger took "Trump" for an organisation)?"""
    return any(e.label == "PERSON" and name in e.text.split() for e in article.entities)


def _name_before(doc, start: int) -> str | None:
    """The capitalised name right before ``start``, after a comma or "and" ("..., HuffPollster 4.3")."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or span.start == 0:
        return None
    end = span.start
    lo = end
    while lo > 0 and doc[lo - 1].text[:1].isupper() and doc[lo - 1].is_alpha \
            and doc[lo - 1].ent_type_ not in ("PERSON", "GPE", "NORP", "DATE"):
        lo -= 1
    if lo == end or lo == 0 or doc[lo - 1].text not in (",", "and"):
        return None
    return doc[lo:end].text


def record_frame(article: Article, figure: Figure) -> Claim:
    """A record framing the figure (module docstring, step 4): climbing from the figure, the record whose
    "that" clause holds it, or a poll that is the subject of a clause on the way, of an adverbial clause
    of it, or the object of its "in" ("In this poll, Trump rose 1 point")."""
    node = root = _figure_root(article, figure)
    inside = {t.i for t in root.ancestors} | {root.i} if root is not None else set()
    for _ in range(_MAX_CLIMB + 2):
        if node is None or node.head is node:
            break
        record = _record_of_clause(node)
        if record is not None:
            return Claim(record_source(record), is_poll(record))
        if node.dep_ == "relcl":
            break
        node = node.head
        poll = _poll_of(node)
        if poll is not None and poll.i not in inside:  # not a figure describing the poll itself
            return Claim(record_source(poll), True)
    return Claim(None)


def _record_of_clause(clause: Token) -> Token | None:
    """The record whose "that" clause ``clause`` is: "a report that ...", also when the parse hangs the
    clause on the verb of the record ("features a New York Times report from Sunday that ...")."""
    if not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        return None
    if clause.dep_ in ("relcl", "acl") and is_record(clause.head):
        return clause.head
    if clause.dep_ == "ccomp" and not is_cue(clause.head):
        objs = [c for c in clause.head.children if c.dep_ == "dobj" and is_record(c) and c.i < clause.i]
        return objs[0] if objs else None
    return None


def _poll_of(node: Token) -> Token | None:
    """A poll that is the subject of ``node``, of an adverbial clause of it, or the object of its "in"."""
    for child in node.children:
        if child.dep_ in ("nsubj", "nsubjpass") and is_poll(child):
            return child
        if child.dep_ == "prep" and child.lower_ == "in":
            objs = [o for o in child.children if o.dep_ == "pobj" and is_poll(o)]
            if objs:
                return objs[0]
        if child.dep_ == "advcl":
            subj = [c for c in child.children if c.dep_ in ("nsubj", "nsubjpass") and is_poll(c)]
            if subj:
                return subj[0]
    return None


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


def _coordinated_report(article: Article, figure: Figure, quote: Quote, resolver) -> Claim:
    """A second report coordinated inside an indirect quote's span ("Halifax said prices rose 0.8% and
    Nationwide reported a rise of 0.4%"): the figure is the second speaker's. A report nested in the
    content ("the Times wrote that Trump had claimed a $916m loss") stays the quote speaker's."""
    root = _figure_root(article, figure)
    cue = governing_cue(root) if root is not None and resolver is not None else None
    if cue is None or cue.dep_ != "conj" or not quote.start <= cue.idx < quote.end:
        return Claim(None)
    head = _cue_speaker(cue)
    if head is None or not quote.start <= head.idx < quote.end or not is_cue(cue):
        return Claim(None)
    return _named(article, head, resolver().resolve(head).name)


def claim_of(article: Article, figure: Figure, resolver=None) -> Claim:
    """The claim on ``figure`` (see ``claimant``), telling whether its source is a poll."""
    quote = containing_quote(article.quotes, figure.start, figure.end)
    if quote is not None and quote.kind == "indirect":
        if in_aside(article, figure):
            return Claim(None)
        inner = _coordinated_report(article, figure, quote, resolver)
        return inner if inner.name else _quote_claim(article, quote)
    if quote is not None:
        return _quote_claim(article, quote)
    sent = article.sentence_of(figure.start, figure.end)
    claim = _according(article, sent) if sent is not None else Claim(None)
    if claim.name or resolver is None:
        return claim
    root = _figure_root(article, figure)
    poll = respondents_poll(root) if root is not None else None
    if poll:
        return Claim(poll, True)
    claim = _reported(article, figure, resolver)
    return claim if claim.name else record_frame(article, figure)


def claimant(article: Article, figure: Figure, resolver=None) -> str | None:
    """The name of whoever the article says claims ``figure``; None for the outlet's own voice.

    ``resolver`` is a callable returning the article's ``SpeakerResolver`` (built lazily, once)."""
    return claim_of(article, figure, resolver).name


def has_own_source(article: Article, sent: tuple[int, int]) -> bool:
    """Does the sentence name a source of its own: a quote, "according to", a reporting verb or a record
    stating a finding?"""
    if any(q.start < sent[1] and sent[0] < q.end for q in article.quotes):
        return True
    if _ACCORDING.search(article.text, sent[0], sent[1]):
        return True
    doc = article.doc
    span = doc.char_span(sent[0], sent[1], alignment_mode="expand") if doc is not None else None
    return span is not None and any(is_cue(t) or shows_finding(t) for t in span)


def carry_poll_claims(article: Article, figures: list[Figure], claims: list[Claim]) -> None:
    """A poll's figures run on: a figure with no claimant, in a sentence with no source of its own, takes
    the poll of the sentence just before it in the same paragraph ("... a new XYZ poll shows Smith at 46
    percent. In August, that lead was 7 points."), when it measures what polls measure (percent, points,
    or a bare number such as a sample size), not other things ("3 children")."""
    by_sent: dict[tuple[int, int], Claim] = {}
    for fig, claim in zip(figures, claims, strict=True):
        sent = article.sentence_of(fig.start, fig.end)
        if sent is not None and claim.name and claim.poll:
            by_sent.setdefault(sent, claim)
    for sent in sorted(article.sentences):
        prev = _previous_in_paragraph(article, sent)
        if prev is None or prev not in by_sent or sent in by_sent or has_own_source(article, sent):
            continue
        carried = [i for i, f in enumerate(figures) if sent[0] <= f.start < sent[1] and not claims[i].name
                   and (f.unit or "") in _POLL_UNITS]
        for i in carried:
            claims[i] = by_sent[prev]
        if carried:
            by_sent[sent] = by_sent[prev]


def _previous_in_paragraph(article: Article, sent: tuple[int, int]) -> tuple[int, int] | None:
    before = [s for s in article.sentences if s[1] <= sent[0]]
    if not before:
        return None
    prev = max(before)
    return None if "\n" in article.text[prev[1]:sent[0]] else prev

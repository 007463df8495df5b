"""The quote stage: who said what, in which words, where.

Direct quotes come from quote marks (``quote_marks``), their cue from the parse: climb from
the quoted words to the reporting verb that governs them, else the nearest reporting verb in
the same sentence, else the previous speaker (a quote-only paragraph continues the last one).
Indirect speech is the content clause (ccomp subtree) of a reporting verb, plus "according to
X"; a content clause holding a quoted fragment is ``mixed``. Speakers are resolved within the
article by ``speakers.SpeakerResolver``; channels by ``channels.find_channel``. Reads
``article.doc`` only: nothing is parsed again."""
from __future__ import annotations

import bisect

from spacy.tokens import Doc, Token

from storyline.article.base import ArticleStage
from storyline.article.channels import QUOTE_CHARS as CHANNEL_QUOTE_CHARS
from storyline.article.channels import blank, find_channel
from storyline.article.quote_attribution import (
    apposed_name,
    before_second_report,
    coordinated_name,
    inverted_subject,
    is_passive,
    lead_in_speaker,
    participle_subject,
    preferred_cue,
)
from storyline.article.quote_candidates import Candidate, drop_nested, join_paragraphs
from storyline.article.quote_clauses import (
    as_reported,
    before_semicolon,
    before_source,
    believes,
    clauses_before,
    comparison,
    gapped_clause,
    naming,
    that_said,
)
from storyline.article.quote_cues import (
    CLAUSE_VERBS,
    DOCUMENT_SUBJECTS,
    POLL_NOUNS,
    SOMEONE,
    XCOMP_VERBS,
    cites_evidence,
    content_child,
    has_subject,
    inferred,
    is_cue,
    name_head,
    noun_clause,
    opens_with_that,
    span_bounds,
    speaker_head,
)
from storyline.article.quote_fragments import governs_speech, is_scare_quote, is_title
from storyline.article.quote_labels import embedded_post, heading_label, sign_off, transcript_label
from storyline.article.quote_marks import MarkedSpan, find_marked, paragraphs
from storyline.article.speaker_spans import main_subject
from storyline.article.speaker_words import norm_word
from storyline.article.speakers import SpeakerResolver
from storyline.model import Article, DateValue, Quote

MIN_UNATTRIBUTED_WORDS = 6  # a full quote with no cue and no previous speaker is kept from this length
MIN_CONTENT_TOKENS = 3
QUOTE_CHARS = CHANNEL_QUOTE_CHARS | {"``", "''"}  # a quotation mark as a token (spaCy's forms too)
NP_INNER_DEPS = ("pobj", "prep", "amod", "acl")  # "a source [close [to [X]]]": climb from X to "source"
# nouns that name a measure or a part, not a source: "according to the most recent year of FBI statistics"
NON_AGENT_HEADS = {"year", "month", "week", "day", "time", "figure", "number", "vote", "percent", "share",
                   "majority", "part", "rest", "edition", "issue", "version", "copy", "end", "half", "most"}
# prepositions naming where something was said: a quoted fragment under them names the medium
MEDIUM_PREPS = {"in", "on", "at", "during", "through", "via"}
MEDIUM_NOUNS = DOCUMENT_SUBJECTS | {
    "interview", "request", "report", "speech", "filing", "memo", "column", "document", "email", "e-mail",
    "broadcast", "article", "editorial", "essay", "book", "blog", "video", "podcast", "remark", "address",
    "affidavit", "complaint", "motion", "brief", "petition", "ruling", "order", "headline", "announcement",
    "briefing", "conference", "op-ed", "show", "programme", "program"}
FRAGMENT_SHARE = 0.4  # quoted share of a content clause above which it is reported as direct words


class QuoteExtractor:
    """Quotes of one parsed article."""

    def __init__(self, article: Article, beliefs: bool = True, infinitives: bool = False):
        self.article = article
        self.beliefs, self.infinitives = beliefs, infinitives
        self.text = article.text
        self.doc: Doc = article.doc
        self.marks = find_marked(self.text)
        self.quoted = [(m.start, m.end) for m in self.marks]
        self.paras = paragraphs(self.text)
        self.para_starts = [s for s, _ in self.paras]
        self.tok_starts = self.doc.to_array("IDX").tolist()
        self.resolver = SpeakerResolver(self.doc, self.quoted)
        self.tokens = self.resolver.tokens
        self.known = {name.split()[-1].lower() for name in self.resolver.names}

    # ---- positions ----

    def token_at(self, offset: int) -> Token:
        i = max(bisect.bisect_right(self.tok_starts, offset) - 1, 0)
        return self.tokens[i]

    def tokens_in(self, start: int, end: int) -> list[Token]:
        lo = bisect.bisect_left(self.tok_starts, start)
        hi = bisect.bisect_left(self.tok_starts, end)
        return self.tokens[lo:hi]

    def para_of(self, offset: int) -> int:
        return max(bisect.bisect_right(self.para_starts, offset) - 1, 0)

    def in_quote(self, offset: int) -> bool:
        return self.resolver.in_quote(offset)

    # ---- direct quotes ----

    def direct(self) -> list[Candidate]:
        out: list[Candidate | None] = list(self.embedded_posts())
        posts = [(c.start, c.end) for c in out if c is not None]
        for mark in self.marks:
            if any(s - 1 <= mark.start and mark.end <= e + 1 for s, e in posts):
                continue  # quote marks inside (or around) an embedded post: the post is the quote
            toks = self.tokens_in(mark.start, mark.end)
            if not toks or not any(t.is_alpha for t in toks):
                continue
            out.append(self.labelled_mark(mark) or self.attribute_mark(mark, toks))
        return join_paragraphs([c for c in out if c is not None]) + self.transcript_lines()

    def labelled_mark(self, mark: MarkedSpan) -> Candidate | None:
        """A quote whose speaker is a transcript label inside it or a name signed after it."""
        label = transcript_label(self.text, mark.start, mark.end, self.known)
        if label is not None:
            speaker = self.token_at(label[1] - 1)
            return Candidate(label[2], mark.end, "direct", None, speaker, mark)
        _, p_end = self.paras[self.para_of(mark.start)]
        signed = sign_off(self.text, mark.end, p_end)
        if signed is not None:
            propn = [t for t in self.tokens_in(*signed) if t.pos_ == "PROPN"]
            speaker = propn[-1] if propn else self.token_at(signed[1] - 1)
            return Candidate(mark.start, mark.end, "direct", None, speaker, mark)
        return None

    def opens_paragraph(self, offset: int) -> bool:
        """Does only space or an opening quote mark stand between its paragraph's start and ``offset``?"""
        return not self.text[self.paras[self.para_of(offset)][0]:offset].strip(" \t\"“'‘")

    def paragraph_above(self, mark: MarkedSpan) -> int | None:
        """The paragraph before the one ``mark`` opens (None when the quote does not open its paragraph)."""
        para = self.para_of(mark.start)
        return para - 1 if para > 0 and self.opens_paragraph(mark.start) else None

    def headed_mark(self, mark: MarkedSpan) -> Candidate | None:
        """A quote opening its paragraph right under a paragraph that is only a name and a colon."""
        above = self.paragraph_above(mark)
        label = heading_label(self.text, *self.paras[above]) if above is not None else None
        if label is None:
            return None
        toks = self.tokens_in(*label)
        if not any(t.pos_ == "PROPN" for t in toks) or any(t.pos_ in ("VERB", "AUX", "PRON", "ADP") or
                                                            t.ent_type_ in ("GPE", "LOC") for t in toks):
            return None  # "Reaction in Moscow:", "The view from Kyiv:" head a section, not a speaker
        speaker = [t for t in toks if t.pos_ == "PROPN"][-1]
        return Candidate(mark.start, mark.end, "direct", None, speaker, mark)

    def embedded_posts(self) -> list[Candidate]:
        """Paragraphs that are embedded social-media posts, signed "— Name (@handle) Month D, YYYY"."""
        out = []
        for start, end in self.paras:
            post = embedded_post(self.text, start, end)
            if post is None:
                continue
            b_start, b_end, n_start, n_end = post
            propn = [t for t in self.tokens_in(n_start, n_end) if t.pos_ == "PROPN"]
            speaker = propn[-1] if propn else self.token_at(n_end - 1)
            out.append(Candidate(b_start, b_end, "direct", None, speaker, channel="X"))
            self.resolver.add_quoted(b_start, b_end)  # no indirect quotes inside it
        return out

    def transcript_lines(self) -> list[Candidate]:
        """Unquoted paragraphs opening with a speaker label ("PENCE: Well, look ...")."""
        out = []
        for start, end in self.paras:
            if self.in_quote(start + 1) or self.in_quote(start):
                continue
            label = transcript_label(self.text, start, end, self.known)
            if label is not None:
                out.append(Candidate(label[2], end, "direct", None, self.token_at(label[1] - 1)))
                self.resolver.add_quoted(label[2], end)  # no indirect quotes inside it
        return out

    def is_fragment(self, mark: MarkedSpan, toks: list[Token]) -> bool:
        """Quoted words embedded in a sentence rather than a quoted sentence of their own."""
        first = self.text[mark.start:mark.end].lstrip()[:1]
        if mark.continues or mark.open_end:
            return False
        if first.islower():
            return True
        if is_title(toks):
            return True  # a title ("One Hundred Years of Solitude") or a name, not "Usually we get that back"
        if toks[-1].text in ("!", "?"):
            return False  # an exclamation or a question of its own ("Stay there!", "USA! USA!")
        roots = [t for t in toks if t.head.i < toks[0].i or t.head.i > toks[-1].i or t.head.i == t.i]
        return not any(t.pos_ in ("VERB", "AUX") for t in roots) or len(toks) < 4

    def attribute_mark(self, mark: MarkedSpan, toks: list[Token]) -> Candidate | None:
        fragment = self.is_fragment(mark, toks)
        cue = self.climb(toks, fragment)
        if cue is None and not fragment:
            cue = self.nearest_cue(mark) or self.colon_cue(mark)
        if fragment and is_title(toks):
            return None
        if fragment and is_scare_quote(toks):
            return Candidate(mark.start, mark.end, "direct", None, None, mark, fragment=True, scare=True)
        if cue is not None:
            speaker = self.speaker_for(cue)
            if speaker is None and not is_passive(cue):
                speaker = self.adjacent_subject(cue) or participle_subject(cue)
            return Candidate(mark.start, mark.end, "direct", cue, speaker, mark, fragment=fragment)
        lead = None if fragment else self.lead_in(mark)
        if lead is not None:
            return Candidate(mark.start, mark.end, "direct", None, lead, mark)
        headed = None if fragment else self.headed_mark(mark)
        return headed or Candidate(mark.start, mark.end, "direct", None, None, mark, not fragment, fragment)

    def climb(self, toks: list[Token], fragment: bool) -> Token | None:
        """The cue governing quoted tokens: walk up from their head outside the quote."""
        lo, hi = toks[0].i, toks[-1].i
        outside = [t.head for t in toks if not lo <= t.head.i <= hi]
        for tok in outside:
            found = self.climb_from(tok, fragment)
            if found is not None:
                return found
        found = [c for t in toks for c in t.children
                 if not lo <= c.i <= hi and c.dep_ in ("parataxis", "advcl", "conj") and is_cue(c)]
        return preferred_cue(found)

    def climb_from(self, tok: Token, fragment: bool) -> Token | None:
        in_clause = False  # has the climb left the noun phrase holding the quoted words?
        for _ in range(8):
            if fragment and not in_clause and tok.dep_ == "prep" and tok.lower_ in MEDIUM_PREPS \
                    and any(c.dep_ == "pobj" and c.lemma_.lower() in MEDIUM_NOUNS for c in tok.children):
                return None  # "was stated in a "capias request"": the medium, not the words said
            in_clause = in_clause or tok.pos_ in ("VERB", "AUX")
            if not self.in_quote(tok.idx) and governs_speech(tok, fragment):
                return tok
            para = [c for c in tok.children if c.dep_ == "parataxis" and is_cue(c)
                    and not self.in_quote(c.idx)]
            if para:
                return para[0]
            if tok.head.i == tok.i:
                return None
            tok = tok.head
        return None

    def nearest_cue(self, mark: MarkedSpan) -> Token | None:
        """The reporting verb outside quote marks nearest to the quote, in its sentences and paragraph."""
        first, last = self.token_at(mark.start).sent, self.token_at(max(mark.end - 1, mark.start)).sent
        p_start, p_end = self.paras[self.para_of(mark.start)]
        lo, hi = max(first.start_char, p_start), min(last.end_char, p_end)
        after = self.tokens_in(hi, p_end)  # the sentence that opens after the quote's own
        nxt = after[0].sent if after else None
        if nxt is not None and nxt.start_char <= mark.end + 3:  # '..!” he wrote.' (its end may pass the line)
            hi = max(hi, min(nxt.end_char, p_end))
        before = self.text[p_start:mark.start].rstrip()
        if before.endswith(":") and first.start_char >= p_start:
            lo = max(self.token_at(max(len(before) + p_start - 1, 0)).sent.start_char, p_start)
        cues = [t for t in self.tokens_in(lo, hi) if is_cue(t) and not self.in_quote(t.idx)
                and not (t.idx >= last.end_char and content_child(t) is not None)]  # '"..." He says that B'
        if not cues:
            return None
        return min(cues, key=lambda t: min(abs(t.idx - mark.start), abs(t.idx - mark.end)))

    def colon_cue(self, mark: MarkedSpan) -> Token | None:
        """The reporting verb of a paragraph ending with a colon right above a quote that opens its own
        paragraph ("He added:" / "the quote")."""
        above = self.paragraph_above(mark)
        if above is None:
            return None
        q_start, q_end = self.paras[above]
        if not self.text[q_start:q_end].rstrip().endswith(":"):
            return None
        last = self.token_at(q_end - 1).sent
        cues = [t for t in self.tokens_in(max(last.start_char, q_start), q_end)
                if is_cue(t) and not self.in_quote(t.idx)]
        return cues[-1] if cues else None

    def lead_in(self, mark: MarkedSpan) -> Token | None:
        """The speaker of a lead-in ending with a colon right before the quote, in the quote's paragraph
        or in the paragraph above when the quote opens its own."""
        p_start = self.paras[self.para_of(mark.start)][0]
        before = self.text[p_start:mark.start].rstrip().rstrip("\"“'‘`").rstrip()
        if not before.strip():
            above = self.paragraph_above(mark)
            if above is None:
                return None
            p_start, p_end = self.paras[above]
            before = self.text[p_start:p_end].rstrip()
        according = before.endswith(",") and "according to" in before[-80:].lower()  # "According to X, "...""
        if not before.endswith(":") and not according:
            return None
        colon = p_start + len(before) - 1
        lo = max(self.token_at(colon).sent.start_char, p_start)
        return lead_in_speaker([t for t in self.tokens_in(lo, colon) if not self.in_quote(t.idx)])

    def speaker_for(self, cue: Token) -> Token | None:
        """The speaker head of a cue; when the cue has no subject of its own and the climb lands on an
        unnamed common noun, the nearest named or pronoun subject before the cue in its sentence."""
        head = speaker_head(cue) or inverted_subject(cue)
        head = coordinated_name(head) if head is not None else None
        if head is not None and self.in_quote(head.idx):  # a misparse took a word of the quote as the subject
            outside = [c for c in cue.children if c.dep_ == "nsubj" and not self.in_quote(c.idx)]
            return outside[0] if outside else self.adjacent_subject(cue)
        own = has_subject(cue)
        # a subject shared with a coordinated verb ("an angel appeared and told X that ...") is the speaker
        shared = cue.dep_ == "conj" and head is not None and head.head.i == cue.head.i
        # a finite verb the parser hung on the noun before it ("a man yelled") has that noun as subject
        misread = cue.dep_ == "acl" and cue.tag_ == "VBD" and head is not None and head.i == cue.i - 1
        if head is None or own or shared or misread or head.pos_ != "NOUN" \
                or self.resolver.resolve(head).name:
            return head
        subjects = [t for t in cue.sent if t.i < cue.i and t.dep_ == "nsubj" and t.pos_ in ("PROPN", "PRON")
                    and not self.in_quote(t.idx) and main_subject(t)]  # not "it" of "said it was great"
        return subjects[-1] if subjects else head

    def adjacent_subject(self, cue: Token) -> Token | None:
        """The noun phrase right before the cue ("..., the former mayor said", up to its head: "a
        source close to X told") or right after it ("said Mr Holt"), outside quote marks; never the
        cue's object or addressee."""
        doc = self.tokens
        for step in (-1, 1):
            i = cue.i + step
            while 0 <= i < len(doc) and doc[i].dep_ in ("aux", "neg", "advmod", "auxpass"):
                i += step
            if not 0 <= i < len(doc) or self.in_quote(doc[i].idx):
                continue
            tok = apposed_name(doc[i]) if step < 0 and doc[i].text == "," else doc[i]
            if tok is None or self.in_quote(tok.idx):
                continue
            if step > 0:
                tok = name_head(tok)
            while step < 0 and tok.dep_ in NP_INNER_DEPS and tok.head.i < tok.i \
                    and not self.in_quote(tok.head.idx):
                tok = tok.head
            if tok.head.i == cue.i and tok.dep_ in ("dobj", "dative", "iobj"):
                continue
            if tok.pos_ in ("PROPN", "NOUN", "PRON"):
                return tok
        return None

    # ---- indirect speech ----

    def indirect(self) -> list[Candidate]:
        out = []
        for tok in self.tokens:
            if self.in_quote(tok.idx):
                continue
            nxt = self.tokens[tok.i + 1] if tok.i + 1 < len(self.tokens) else None
            if tok.lower_ == "according" and nxt is not None and nxt.lower_ == "to":
                cand = self.according_to(tok)
            elif tok.lower_ == "as" and nxt is not None and nxt.lower_ == "far":
                cand = self.as_far_as(tok)
            elif self.reports(tok):
                cand = self.clause_of(tok)
            elif cmp := comparison(tok):
                cand = self.judged(tok, cmp)
            elif named := naming(tok):
                cand = self.judged(tok, named, unquoted=True)
            else:
                cand = self.claim_of(tok)
            if cand is not None:
                out.append(cand)
        return out

    def reports(self, tok: Token) -> bool:
        """Does ``tok`` introduce reported speech (or, with ``beliefs``, a reported belief)?"""
        lemma = tok.lemma_.lower()
        if is_cue(tok) and (lemma in CLAUSE_VERBS or lemma == "point") and not that_said(tok) \
                and not inferred(tok) or cites_evidence(tok):  # "point" only as "point out (that)"
            return True
        if self.infinitives and lemma in XCOMP_VERBS and tok.pos_ == "VERB":
            return True
        return self.beliefs and believes(tok)

    def clause_of(self, cue: Token) -> Candidate | None:
        tokens = self.content_tokens(cue)
        if sum(1 for t in tokens if not t.is_punct) < MIN_CONTENT_TOKENS:
            return None
        speaker = self.speaker_for(cue)
        if speaker is None:
            return None
        start, end = span_bounds(self.doc, tokens)
        secondary = not (is_cue(cue) and cue.lemma_.lower() in CLAUSE_VERBS)  # a belief or a finding
        return Candidate(start, end, "indirect", cue, speaker, secondary=secondary) if end > start else None

    def claim_of(self, noun: Token) -> Candidate | None:
        """"Trump's claim that ...", "a demand by X that ...": a noun's "that" clause, by who holds it."""
        found = noun_clause(noun)
        if found is None:
            return None
        clause, holder = found
        tokens = [t for t in clause.subtree if not (t.dep_ == "mark" and t.head.i == clause.i)]
        if sum(1 for t in tokens if not t.is_punct) < MIN_CONTENT_TOKENS or self.in_quote(holder.idx):
            return None
        start, end = span_bounds(self.doc, tokens)
        return Candidate(start, end, "indirect", noun, holder, secondary=True) if end > start else None

    def judged(self, cue: Token, tokens: list[Token], unquoted: bool = False) -> Candidate | None:
        """"X compared A to B", "X called A B": the comparison or the label, by X (a person, a name or an
        organisation: a study that compares patients with a control group says nothing). With
        ``unquoted``, none when quotation marks fall inside (the quoted words are the quote then). Inside
        another report of the speaker's it is part of that report ("said he called it a disgrace")."""
        if unquoted and any(self.in_quote(t.idx) or t.text in QUOTE_CHARS for t in tokens):
            return None
        speaker = self.speaker_for(cue)
        if speaker is None or not can_speak(speaker) \
                or sum(1 for t in tokens if not t.is_punct) < MIN_CONTENT_TOKENS:
            return None
        start, end = span_bounds(self.doc, tokens)
        return Candidate(start, end, "indirect", cue, speaker, secondary=True) if end > start else None

    def content_tokens(self, cue: Token) -> list[Token]:
        """The ccomp subtree, joined by the rest of the head clause when the cue is parenthetical
        ("Moscow, he pledged, would ...") or was parsed under the clause it reports."""
        child = content_child(cue, self.infinitives)
        tokens = clauses_before(cue, child) if child is not None else gapped_clause(cue)
        if child is not None:  # "predicted that A, but that B": the parse hangs the second clause on the verb
            tokens += [t for c in cue.children if c.dep_ == "conj" and c.i > child.i and opens_with_that(c)
                       and not is_cue(c) for t in c.subtree]
        if child is not None and child.dep_ == "relcl" and tokens and tokens[0].lower_ == "that":
            tokens = tokens[1:]  # the complementiser the parser read as a relative pronoun or determiner
        head = cue.head
        parenthetical = cue.dep_ == "parataxis" and child is None or cue.dep_ == "ccomp" and head.i > cue.i \
            or child is None and as_reported(cue)
        if parenthetical and head.i != cue.i and head.pos_ in ("VERB", "AUX") and not is_cue(head):
            skip = {t.i for t in cue.subtree}  # nor a clause of its own coordinated after the aside
            skip |= {t.i for c in head.children if c.dep_ == "conj" and c.i > cue.i and has_subject(c)
                     for t in c.subtree}
            tokens += [t for t in head.subtree if t.i not in skip]
        p_start, p_end = self.paras[self.para_of(cue.idx)]
        tokens = [t for t in tokens if p_start <= t.idx < p_end]  # the parse may run over a paragraph break
        return before_semicolon(before_source(before_second_report(tokens, cue)), cue, self.in_quote)

    def according_to(self, tok: Token) -> Candidate | None:
        """"According to X, CONTENT" / "CONTENT, according to X"."""
        to = self.tokens[tok.i + 1]
        objs = [c for c in to.children if c.dep_ == "pobj"] or [c for c in tok.children if c.dep_ == "pobj"] \
            or [g for c in to.children if c.dep_ == "pcomp" and c.i == to.i + 1  # "show insiders" read as
                for g in c.children if g.dep_ == "dobj" and g.i == c.i + 1]    # a verb and its object
        if not objs:
            return None
        source = agent_noun(objs[0])
        if source.pos_ == "NOUN" and norm_word(source.lemma_) in POLL_NOUNS:
            return None  # "according to a new poll": a measurement, no one's claim
        phrase = set(t.i for t in tok.subtree) | set(t.i for t in to.subtree) | {tok.i, to.i}
        nxt = [t for t in self.tokens[max(phrase) + 1:tok.head.i] if not t.is_punct]
        if tok.head.i > max(phrase) and is_cue(tok.head) and not nxt:
            return None  # "Clinton, according to a reporter, replied: ...": the reply carries its own quote
        p_start, p_end = self.paras[self.para_of(tok.idx)]
        sent = [t for t in tok.sent if p_start <= t.idx < p_end]
        before = [t for t in sent if t.i < min(phrase)]
        after = [t for t in sent if t.i > max(phrase)]
        part = after if len(after) > len(before) else before
        content = sum(1 for t in before if not t.is_punct) >= MIN_CONTENT_TOKENS + 1
        if content and tok.i > 0 and self.doc[tok.i - 1].text in (",", "—", "–", "("):
            part = before  # "CONTENT, according to X [who ...]": what follows X still describes X
        if sum(1 for t in part if not t.is_punct) < MIN_CONTENT_TOKENS + 1 or self.inside_report(tok, before):
            return None
        start, end = span_bounds(self.doc, part)
        return Candidate(start, end, "indirect", tok, source) if end > start else None

    def as_far_as(self, tok: Token) -> Candidate | None:
        """"As far as X knows / is aware / can tell, CONTENT" (or "CONTENT, as far as X knows"): what X
        knows, by X; not "as far as the budget is concerned" nor "as far as the eye can see"."""
        doc = self.tokens
        if tok.i + 3 >= len(doc) or doc[tok.i + 2].lower_ != "as":
            return None
        verb = doc[tok.i + 2].head
        subj = [c for c in verb.children if c.dep_ == "nsubj" and c.i > tok.i + 2]
        if verb.lemma_.lower() not in ("know", "be", "tell", "understand", "recall", "remember") or not subj \
                or not can_speak(subj[0]) or verb.lemma_ == "be" and not any(
                    c.lower_ == "aware" for c in verb.children):
            return None
        clause = {t.i for t in verb.subtree} | {tok.i, tok.i + 1, tok.i + 2}
        p_start, p_end = self.paras[self.para_of(tok.idx)]
        sent = [t for t in tok.sent if p_start <= t.idx < p_end and t.i not in clause]
        after = [t for t in sent if t.i > max(clause)]
        part = after if sum(not t.is_punct for t in after) >= MIN_CONTENT_TOKENS else [
            t for t in sent if t.i < tok.i]
        if sum(1 for t in part if not t.is_punct) < MIN_CONTENT_TOKENS:
            return None
        start, end = span_bounds(self.doc, part)
        return Candidate(start, end, "indirect", verb, subj[0]) if end > start else None

    def inside_report(self, tok: Token, before: list[Token]) -> bool:
        """Does "according to" sit inside what a named reporter said before it ("She said the advice should
        have been attached, according to the code", "Both pointed out that, according to the suit, ...")?
        The report is the speaker's; the source named is only cited within it."""
        return any(self.reports(t) and has_subject(t) and not self.in_quote(t.idx)
                   and t.left_edge.i <= tok.i <= t.right_edge.i for t in before)

    # ---- assembly ----

    def merge(self, direct: list[Candidate], indirect: list[Candidate]) -> list[Candidate]:
        """Fold quoted fragments into the content clauses holding them (``mixed``), or the clause into
        its fragments when the quoted words make up most of it; a clause holding a whole quoted
        sentence is that direct quote."""
        by_mark = {id(c.mark): c for c in direct}
        kept, absorbed = [], set()
        for cand in indirect:
            inside = [by_mark[id(m)] for m in self.marks if m.start < cand.end and m.end > cand.start
                      and id(m) in by_mark]
            if not inside:
                kept.append(cand)
            elif all(d.fragment and d.start >= cand.start - 1 and d.end <= cand.end + 1 for d in inside):
                self.fold(cand, inside, kept, absorbed)
        kept = drop_nested(kept, self.resolver)
        direct = [c for c in direct if id(c) not in absorbed and not (c.fragment and c.cue is None)]
        return sorted(direct + kept, key=lambda c: (c.start, c.end))

    def fold(self, clause: Candidate, frags: list[Candidate], kept: list[Candidate], absorbed: set) -> None:
        """A clause with quoted fragments: mixed, or the fragments alone when they are most of it."""
        quoted = sum(len(self.text[d.start:d.end].split()) for d in frags)
        if not any(d.scare for d in frags) and quoted >= FRAGMENT_SHARE * len(
                self.text[clause.start:clause.end].split()):
            for d in frags:
                d.cue, d.speaker = clause.cue, clause.speaker
            return
        clause.kind = "mixed"
        kept.append(clause)
        absorbed.update(id(d) for d in frags)

    def build(self) -> list[Quote]:
        cands = self.merge(self.direct(), self.indirect())
        quotes: list[Quote] = []
        prev: tuple[Quote, Candidate] | None = None
        for cand in cands:
            quote = self.to_quote(cand, prev)
            if quote is None:
                continue
            quotes.append(quote)
            prev = (quote, cand)
        return quotes

    def to_quote(self, cand: Candidate, prev: tuple[Quote, Candidate] | None) -> Quote | None:
        quote = Quote(cand.start, cand.end, self.text[cand.start:cand.end], cand.kind, cue=cue_text(cand.cue))
        if cand.follows:
            if prev is None or not self.continues(prev[1], cand):
                return quote if len(quote.text.split()) >= MIN_UNATTRIBUTED_WORDS else None
            last = prev[0]
            quote.speaker_text, quote.speaker_name = last.speaker_text, last.speaker_name
            quote.speaker_start, quote.speaker_end = last.speaker_start, last.speaker_end
            quote.channel, quote.said_on = last.channel, last.said_on
            return quote
        if cand.speaker is not None:
            self.fill_speaker(quote, cand.speaker, prev[0] if prev else None)
        self.fill_channel(quote, cand.cue)
        quote.channel = cand.channel or quote.channel
        return quote

    def continues(self, prev: Candidate, cand: Candidate) -> bool:
        """May a quote with no cue of its own continue the previous speaker?"""
        gap = self.para_of(cand.start) - self.para_of(prev.end)
        if gap == 0:
            return True
        return gap == 1 and self.opens_paragraph(cand.start)

    def fill_speaker(self, quote: Quote, head: Token, prev: Quote | None) -> None:
        res = self.resolver.resolve(head)
        quote.speaker_text, quote.speaker_start, quote.speaker_end = res.text, res.start, res.end
        quote.speaker_name = res.name
        is_document = head.lemma_ in DOCUMENT_SUBJECTS and not any(c.dep_ in ("poss", "compound")
                                                                   for c in head.children)
        if is_document and prev is not None and prev.speaker_name:
            quote.speaker_name = prev.speaker_name

    def fill_channel(self, quote: Quote, cue: Token | None) -> None:
        if cue is None:
            return
        sent = cue.sent
        p_start, p_end = self.paras[self.para_of(cue.idx)]
        lo, hi = max(sent.start_char, p_start), min(sent.end_char, p_end)
        sentence = blank(self.text[lo:hi], lo, self.quoted)
        quote.channel = find_channel(sentence, cue, lo)
        if self.article.published and " today" in f" {sentence.lower()}":
            quote.said_on = DateValue(self.article.published, "today")


def can_speak(tok: Token) -> bool:
    """A name, a pronoun, a person or an organisation (not a study nor a chart)."""
    return tok.pos_ in ("PROPN", "PRON") or tok.ent_type_ in ("PERSON", "ORG") \
        or norm_word(tok.lemma_) in SOMEONE


def cue_text(cue: Token | None) -> str | None:
    """The cue as written; "according to" keeps its preposition."""
    if cue is None:
        return None
    return "according to" if cue.lower_ == "according" else cue.text


def agent_noun(tok: Token) -> Token:
    """The source inside "the most recent year of FBI statistics": past measure and part nouns."""
    for _ in range(3):
        if tok.lemma_.lower() not in NON_AGENT_HEADS:
            return tok
        inner = [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "from")
                 for g in c.children if g.dep_ == "pobj"]
        if not inner:
            return tok
        tok = inner[0]
    return tok


class QuoteStage(ArticleStage):
    """Fill ``article.quotes`` from the parse: direct, indirect and mixed quotes with speakers."""

    name = "quotes"
    requires = ("doc", "entities")
    produces = ("quotes",)

    def __init__(self, beliefs: bool = True, infinitives: bool = False):
        """``beliefs`` (on by default): also report "X believes/thinks/hopes that ..." (a belief inside
        another report stays part of it); ``infinitives``: also report "X urged/vowed/promised to ..."
        (the infinitive clause)."""
        self.beliefs = beliefs
        self.infinitives = infinitives

    def process(self, article: Article) -> Article:
        if article.doc is None or not article.text.strip():
            article.quotes = []
            return article
        article.quotes = QuoteExtractor(article, self.beliefs, self.infinitives).build()
        return article

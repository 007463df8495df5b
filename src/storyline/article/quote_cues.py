"""Reporting cues on the parse: which words introduce speech, who their subject is, what they report.

Lists of reporting verbs and nouns (after PARC 3.0 and the Gender Gap Tracker's verb list),
the climb from a cue to its speaker (through participial, coordinated and relative clauses),
and the content clause (the ccomp subtree) of a reporting verb."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from storyline.article.speaker_words import ORG_WORDS, PERSONAL_NOUNS, norm_word

SAY_VERBS = {
    "say", "tell", "announce", "state", "stress", "insist", "warn", "note", "claim", "add", "argue",
    "suggest", "affirm", "confirm", "mention", "remark", "maintain", "report", "explain", "emphasise",
    "emphasize", "declare", "assert", "reiterate", "stipulate", "write", "tweet", "post", "respond",
    "reply", "acknowledge", "admit", "deny", "predict", "promise", "pledge", "vow", "demand", "concede",
    "complain", "observe", "underscore", "underline", "highlight", "indicate", "reveal", "disclose",
    "contend", "allege", "testify", "caution", "lament", "recall", "estimate", "agree", "echo", "counter",
    "retort", "boast", "urge", "accuse", "signal", "threaten", "conclude", "proclaim",
    "exclaim", "whisper", "shout", "joke", "quip", "brag", "recount", "clarify", "specify", "assure",
    "guarantee", "forecast", "opine", "posit", "reason", "scoff", "muse", "ask", "answer", "concur",
    "protest", "object", "charge", "hint", "inform", "continue", "describe", "quote", "cite",
    "bark", "gloat", "mock", "yell", "scream", "snap", "scold", "chide", "taunt", "retaliate", "recommend",
    "read", "chant", "wonder",
}
# verbs whose ccomp is a content clause (ask/continue/describe only govern fragments)
CLAUSE_VERBS = SAY_VERBS - {"ask", "continue", "describe", "accuse", "urge", "quote", "cite", "read"}
BACK_VERBS = {"shoot", "fire", "hit", "push"}  # "shot back", "hit back": a retort
# verbs whose infinitive clause reports what was asked for or promised
XCOMP_VERBS = {"urge", "ask", "promise", "vow", "pledge", "threaten", "warn", "appeal", "encourage", "demand"}
# verbs of belief, reported like speech when they take a content clause (PolNeAR counts them)
BELIEF_VERBS = {"believe", "think", "hope", "fear", "expect", "worry", "doubt", "suspect", "reckon", "feel"}
# verbs by which a record states a finding ("the survey found that ...", "polls show X leading"), and
# the records that can state one: reported like speech, with the record as the source
EVIDENCE_VERBS = {"show", "find", "reveal", "indicate", "suggest", "conclude", "confirm", "estimate", "say"}
EVIDENCE_NOUNS = {
    "poll", "polling", "survey", "study", "report", "analysis", "data", "record", "document", "email",
    "e-mail", "filing", "audit", "review", "investigation", "inquiry", "probe", "research", "result",
    "statistic", "figure", "number", "census", "count", "tally", "assessment", "memo", "letter",
    "transcript", "footage", "video", "recording", "log", "ruling", "finding", "test", "evidence",
    "autopsy", "exit", "model", "projection", "forecast", "estimate", "chart", "map", "image", "photo"}
FRAGMENT_VERBS = {
    "describe", "call", "dub", "label", "term", "brand", "characterize", "characterise", "praise", "hail",
    "criticize", "criticise", "slam", "condemn", "denounce", "dismiss", "blame", "welcome", "reject",
    "decry", "refer", "liken", "compare", "seek", "offer", "propose", "express", "voice", "stress",
}
SPEECH_NOUNS = {
    "call", "appeal", "statement", "remark", "comment", "word", "warning", "promise", "pledge", "demand",
    "claim", "message", "post", "tweet", "speech", "announcement", "assessment", "description",
    "proposal", "offer", "plea", "vow", "threat", "insistence", "assertion", "accusation", "criticism",
}
# nouns whose "that" clause is what someone said or holds ("Trump's claim that ...", "a demand by X that")
CLAIM_NOUNS = SPEECH_NOUNS | {
    "suggestion", "allegation", "argument", "complaint", "admission", "prediction", "assurance",
    "contention", "finding", "conclusion", "belief", "view", "concern", "fear", "hope"}
# what a news organisation or an office publishes: "a New York Times report that ..." is the Times's
REPORT_NOUNS = {"report", "story", "article", "analysis", "investigation", "study", "survey", "poll"}
DOCUMENT_SUBJECTS = {"statement", "post", "message", "letter", "release", "communique", "tweet", "note"}
SUBJECT_DEPS = ("nsubj", "nsubjpass")
# who can speak, for a subject that is a common noun
SOMEONE = PERSONAL_NOUNS | ORG_WORDS | {
    "people", "official", "source", "expert", "analyst", "critic", "voter", "leader", "resident", "worker",
    "member", "investor", "supporter", "firm", "lawmaker", "aide", "adviser", "advisor", "staff"}
DASHES = ("-", "--", "—", "–")


def cites_evidence(tok: Token) -> bool:
    """A record stating a finding: a verb of showing whose subject is a poll, a study, records ...
    ("A CNN poll showed Mr. Smith leading", "the audit found that ..."), or anyone's "found that"."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in EVIDENCE_VERBS:
        return False
    subj = [c for c in tok.children if c.dep_ == "nsubj"]
    if not subj:
        return False
    if subj[0].lemma_.lower() in EVIDENCE_NOUNS:
        return not inferred(tok)
    # anyone's finding, given as a "that" clause ("Investigators found that the brakes had failed")
    return tok.lemma_.lower() == "find" and subj[0].lower_ != "it" \
        and any(c.dep_ == "ccomp" and opens_with_that(c) for c in tok.children)


# verbs that also state an inference ("the admission suggested X", "polls show Y leading"), and the records
# that measure rather than state: what they show is a number, not someone's claim
INFERENCE_VERBS = {"suggest", "indicate", "show", "imply", "mean"}
POLL_NOUNS = {"poll", "polling", "survey"}  # "according to a new poll": the numbers, not a claim
MEASURE_NOUNS = (POLL_NOUNS - {"survey"}) | {
    "result", "test", "data", "datum", "figure", "number", "statistic", "tally", "count", "chart", "map",
    "census", "projection", "model", "rating", "average", "sample"}


def inferred(tok: Token) -> bool:
    """A verb of showing whose subject cannot state anything: a measurement ("the poll shows X leading",
    "test results show ...") or a thing or fact ("his admission suggested ...", "the guidance suggests
    ..."); not a person, a name, a pronoun, an organisation, a speech or a document ("the claims
    suggested ...", "the report indicates ...")."""
    if tok.lemma_.lower() not in INFERENCE_VERBS:
        return False
    subj = [c for c in tok.children if c.dep_ == "nsubj"]
    if not subj or subj[0].pos_ != "NOUN" or subj[0].ent_type_:
        return False
    noun = norm_word(subj[0].lemma_)
    if noun in MEASURE_NOUNS:
        return True
    return noun not in SOMEONE | SPEECH_NOUNS | DOCUMENT_SUBJECTS | EVIDENCE_NOUNS | REPORT_NOUNS \
        and noun not in CLAIM_NOUNS - {"admission", "finding", "belief", "view", "concern", "fear", "hope"}


def noun_clause(noun: Token) -> tuple[Token, Token] | None:
    """The "that" clause of a claim noun and who holds it: the possessor ("Trump's claim that ...",
    "his insistence that ...") or the object of "by"/"from" ("claims by intelligence agencies that
    ...", "a demand, by Nancy Pelosi, that ..."); None when the noun names no one."""
    lemma = noun.lemma_.lower()
    if noun.pos_ != "NOUN" or lemma not in CLAIM_NOUNS and lemma not in REPORT_NOUNS:
        return None
    clause = next((c for c in noun.children if c.dep_ in ("acl", "relcl") and c.i > noun.i
                   and opens_with_that(c) and has_subject(c)), None) or hung_on_verb(noun)
    if clause is None:
        return None
    holder = [c for c in noun.children if c.dep_ == "poss"] + [
        g for c in noun.children if c.dep_ == "prep" and c.lower_ in ("by", "from") and c.i < clause.i
        for g in c.children if g.dep_ == "pobj"] + publisher(noun)
    return (clause, holder[0]) if holder else None


def hung_on_verb(noun: Token) -> Token | None:
    """The "that" clause right after a report noun that the parser hung on the verb above it ("seized on
    a Herald report that the mayor had lost ..." parsed with "lost" as the ccomp of "seized")."""
    doc = noun.doc
    if noun.lemma_.lower() not in REPORT_NOUNS or noun.i + 1 >= len(doc):
        return None
    mark = doc[noun.i + 1]
    clause = mark.head
    if mark.lower_ != "that" or mark.dep_ != "mark" or clause.dep_ != "ccomp" or not has_subject(clause):
        return None
    return clause if clause.head in noun.ancestors and not is_speech(clause.head) else None


def is_speech(verb: Token) -> bool:
    """A verb whose own "that" clause is what is said or held (not a report noun's)."""
    return verb.lemma_.lower() in SAY_VERBS or verb.lemma_.lower() in BELIEF_VERBS


def publisher(noun: Token) -> list[Token]:
    """The named outlet or body a report noun is qualified by: "a New York Times report that ...",
    "a Pentagon study that ..." (the last word of the name, an organisation or a person)."""
    names = [c for c in noun.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < noun.i
             and c.ent_type_ in ("ORG", "PERSON", "GPE", "NORP")]
    return names[-1:]


def has_subject(tok: Token) -> bool:
    return any(c.dep_ in SUBJECT_DEPS for c in tok.children)


def opens_with_that(clause: Token) -> bool:
    """Does the clause headed by ``clause`` open with the complementiser "that"?"""
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


def spaced_dash(tok: Token) -> bool:
    """A dash with spaces on both sides (" - "), as after a dateline or around an aside."""
    return tok.text in DASHES and bool(tok.whitespace_) and tok.i > 0 and bool(tok.doc[tok.i - 1].whitespace_)


def name_head(tok: Token) -> Token:
    """The last word of the name ``tok`` starts or sits in ("Carl" -> "Bialik" of "Carl Bialik")."""
    while tok.dep_ in ("compound", "flat") and tok.head.i > tok.i:
        tok = tok.head
    return tok
ADVERBIAL_MARKS = {"after", "before", "because", "since", "when", "whenever", "while", "although", "though",
                   "until", "unless", "once", "as", "whereas"}
CLIMB_DEPS = ("advcl", "conj", "xcomp", "ccomp", "parataxis", "pcomp", "prep")
RELATIVE = {"who", "which", "that"}


def is_cue(tok: Token) -> bool:
    """A reporting verb, or a phrase of one: "point out", "shoot back", "(as X) put it"."""
    if tok.pos_ not in ("VERB", "AUX") and tok.tag_ not in ("VBD", "VBZ", "VBP", "VBG", "VBN", "VB"):
        return False
    lemma = tok.lemma_.lower()
    if lemma in SAY_VERBS:
        return True
    if lemma == "put":  # "As one aide put it:", not "put it on the table"
        return any(c.dep_ == "dobj" and c.lower_ == "it" for c in tok.children) \
            and not any(c.dep_ in ("prep", "prt") for c in tok.children)
    particle = "back" if lemma in BACK_VERBS else "out" if lemma == "point" else None
    return particle is not None and any(c.lower_ == particle and c.dep_ in ("prt", "advmod")
                                        for c in tok.children)


def speaker_head(cue: Token, depth: int = 0) -> Token | None:
    """The head token of the speaker of ``cue``, climbing through clauses that lack a subject."""
    if cue.lemma_ in ("quote", "cite"):
        obj = [c for c in cue.children if c.dep_ == "dobj"]
        if obj:
            return obj[0]
    if cue.pos_ in ("NOUN", "PROPN"):
        poss = [c for c in cue.children if c.dep_ == "poss"]
        if poss:
            return poss[0]
    subj = [c for c in cue.children if c.dep_ in SUBJECT_DEPS]
    agent = [g for c in cue.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if subj and subj[0].dep_ == "nsubjpass" and depth > 0:
        return subj[0]  # "X was booed by fans after telling them ...": the participle is X's
    if subj and subj[0].dep_ == "nsubjpass" or not subj and agent and depth == 0:  # "as reported by X"
        return agent[0] if agent else None
    subj = subj or swallowed_subject(cue)
    if subj:
        head = past_dateline(named_subject(subj, cue), cue)
        if head.lower_ in RELATIVE and cue.dep_ == "relcl":
            return antecedent(head, cue.head)
        return through_person(cue, head)
    if depth >= 4 or cue.head.i == cue.i:
        return None
    if cue.dep_ in ("relcl", "acl") and cue.head.pos_ in ("NOUN", "PROPN"):
        return issuer(cue.head)
    if cue.dep_ == "conj" and is_cue(cue) and not is_cue(cue.head) and _repeats_outer(cue):
        outer = reporting_ancestor(cue.head)  # "He says A was B and says C": the parse put the second
        if outer is not None:                  # "says" inside the first one's content clause
            return speaker_head(outer, depth + 1)
    if trailing_report(cue) and not _speaking_subject(cue.head):
        outer = reporting_ancestor(cue.head)  # "said the bridge would reopen, telling reporters that B":
        if outer is not None:                 # a bridge tells nothing, the reporter does
            return speaker_head(outer, depth + 1)
    if cue.dep_ in CLIMB_DEPS:
        return speaker_head(cue.head, depth + 1)
    return None


def named_subject(subj: list[Token], cue: Token) -> Token:
    """The name a description is set off by commas with, when the parser made both subjects of the cue:
    "Another peer, Lord Smith, said" (the description first, then the named person); else the first."""
    first = subj[0]
    if first.pos_ != "NOUN" or first.tag_ == "NNS":
        return first
    names = [s for s in subj[1:] if s.pos_ == "PROPN" and s.ent_type_ == "PERSON" and s.i < cue.i
             and any(t.text == "," for t in cue.doc[first.i + 1:s.left_edge.i])]
    return names[0] if names else first


def swallowed_subject(cue: Token) -> list[Token]:
    """The subject a misparsed relative clause took from a cue that has none: "Jane Roe, whose son is
    among them, told AFP ..." parsed with both "Roe" and "son" as subjects of "is" (a ccomp before the
    cue): the name set off by a comma is the cue's subject."""
    for clause in cue.children:
        if clause.dep_ != "ccomp" or clause.i > cue.i:
            continue
        subj = [c for c in clause.children if c.dep_ == "nsubj"]
        first = subj[0] if len(subj) > 1 else None
        if first is not None and first.pos_ == "PROPN" and first.i + 1 < len(cue.doc) \
                and cue.doc[first.i + 1].text == ",":
            return [first]
    return []


def _speaking_subject(verb: Token) -> bool:
    """Has ``verb`` a subject that can speak: a name, a pronoun, a person or an organisation?"""
    subj = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if not subj:
        return True  # nothing to say otherwise: the climb goes on as before
    head = subj[0]
    return head.pos_ in ("PROPN", "PRON") or bool(head.ent_type_) or norm_word(head.lemma_) in SOMEONE


def trailing_report(tok: Token) -> bool:
    """A reporting participle with no subject after a comma, closing a clause (", adding that ...",
    ", telling reporters ...")."""
    return tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.head.i < tok.i and is_cue(tok) \
        and not has_subject(tok) and tok.doc[tok.left_edge.i - 1].text == "," and tok.left_edge.i > 0


def issuer(noun: Token) -> Token:
    """Who put out a document that says something: "Rubio's campaign sent out a press release saying
    ...", "the ministry issued a statement saying ..." (the subject of the verb whose object is the
    document); else the noun itself."""
    if noun.lemma_.lower() not in DOCUMENT_SUBJECTS or any(c.dep_ == "poss" for c in noun.children):
        return noun
    if noun.dep_ != "dobj":
        return noun
    subj = [c for c in noun.head.children if c.dep_ == "nsubj"]
    return subj[0] if subj and subj[0].pos_ in ("PROPN", "NOUN") else noun


def reporting_ancestor(tok: Token) -> Token | None:
    """The reporting verb whose content clause holds ``tok`` (climbing coordinated verbs), if any."""
    for _ in range(4):
        if tok.dep_ == "ccomp" and is_cue(tok.head):
            return tok.head
        if tok.dep_ != "conj" or tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def past_dateline(subject: Token, cue: Token) -> Token:
    """The speaker after a dateline the parser took for the subject: "KIEV (Reuters) - Prime Minister
    X said" parses as "KIEV ... X" with X in apposition; the apposition after the dash is the speaker."""
    dashes = [t.i for t in subject.doc[subject.i:cue.i] if spaced_dash(t)]
    if not dashes or not subject.is_sent_start and subject.i != subject.sent.start:
        return subject
    lead = subject.doc[subject.i:dashes[0]]
    if not (subject.text.isupper() or any(t.text == ")" for t in lead)):
        return subject  # "Boris Johnson - the former prime minister - said": an aside, not a dateline
    after = [c for c in subject.children if c.dep_ == "appos" and dashes[0] < c.i < cue.i]
    return after[-1] if after else subject


def antecedent(pronoun: Token, parsed: Token) -> Token:
    """What a relative "who" stands for: the name right before it ("a feud with Tom Baker (who had
    called him ...)") when the parser hung the clause on an earlier noun; the person a place or an
    organisation qualifies when the parser hung it there ("an official in Kyiv, who ...")."""
    if pronoun.lower_ != "who":
        return parsed
    prep = parsed.head.lower_  # "a response from Donald Trump Jr., who ...": the person
    located = parsed.dep_ == "pobj" and (prep in ("in", "at", "near")
                                         or prep == "from" and parsed.ent_type_ != "PERSON")
    if (located or parsed.ent_type_ in ("GPE", "LOC", "FAC", "ORG") and parsed.dep_ == "pobj") \
            and parsed.head.head.pos_ in ("NOUN", "PROPN"):
        return parsed.head.head  # "A senior official in Kyiv, who ...": a person, not the place
    prev = pronoun.i - 1
    while prev > parsed.i and pronoun.doc[prev].is_punct:
        prev -= 1
    before = pronoun.doc[prev]
    return before if before.ent_type_ == "PERSON" and before.i != parsed.i else parsed


def _repeats_outer(cue: Token) -> bool:
    """Is ``cue`` the same verb as a report above it ("says A was B and says C")? A different verb
    coordinated inside a content clause is the inner subject's ("said the rebels seized X and announced")."""
    if opens_with_that(cue.head):
        return True  # "wrote that A and said B": a "that" clause, so the two verbs share their subject
    tok = cue.head
    for _ in range(6):
        if is_cue(tok) and tok.lemma_ == cue.lemma_:
            return True
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def through_person(cue: Token, subject: Token) -> Token:
    """"The Kremlin, through spokesperson Dmitry Peskov, said": the person the organisation spoke through."""
    for prep in cue.children:
        if prep.dep_ == "prep" and prep.lower_ in ("through", "via"):
            objs = [c for c in prep.children if c.dep_ == "pobj" and c.ent_type_ == "PERSON"]
            if objs:
                return objs[0]
    return subject


def content_child(cue: Token, infinitives: bool = False) -> Token | None:
    """The content clause of a reporting verb: its ccomp (the one after the verb when it has two; never
    an adverbial clause the parse took for one: "[after the senator suspended his campaign], Cruz said
    he ..."); for verbs of urging and promising, the infinitive clause ("urged Moscow to halt the
    strikes", "vowed to end the war")."""
    clauses = [c for c in cue.children if c.dep_ == "ccomp" and not adverbial(c)]
    if clauses:
        return next((c for c in clauses if c.i > cue.i), clauses[0])
    misread = misattached_clause(cue)
    if misread is not None:
        return misread
    if infinitives and cue.lemma_.lower() in XCOMP_VERBS:
        for child in cue.children:
            if child.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children):
                return child
    return None


def adverbial(clause: Token) -> bool:
    """Does the clause open with a subordinator of time, cause or concession ("after", "because",
    "when") and not with "that"? A content clause opens with "that", "whether", "if" or nothing."""
    marks = {c.lower_ for c in clause.children if c.dep_ == "mark"}
    return bool(marks & ADVERBIAL_MARKS) and "that" not in marks


def misattached_clause(cue: Token) -> Token | None:
    """A "that" clause the parser hung on the place or audience of the verb as a relative or noun clause:
    "told reporters at the pithead that air was being pumped ...", "said in a statement that ...".
    Taken for the content clause when it opens with "that" and has a subject of its own (so "that" is
    not the relative pronoun, as in "at the hotel that hosted the talks")."""
    for prep in (c for c in cue.children if c.dep_ == "prep"):
        for obj in (o for o in prep.children if o.dep_ == "pobj"):
            for clause in (r for r in obj.children if r.dep_ in ("relcl", "acl") and r.i > obj.i):
                first = min(clause.subtree, key=lambda t: t.i)
                subjects = [c for c in clause.children if c.dep_ in SUBJECT_DEPS]
                if first.lower_ == "that" and first.i == obj.i + 1 and subjects \
                        and all(c.lower_ != "that" for c in subjects):
                    return clause
    return None


def span_bounds(doc: Doc, tokens: list[Token]) -> tuple[int, int]:
    """Character bounds of a token list, trimmed of edge punctuation and complementisers."""
    toks = sorted(tokens, key=lambda t: t.i)
    if len(toks) > 2 and toks[0].tag_ == "VBG" and is_cue(toks[0]) and toks[1].lower_ == "that":
        toks = toks[1:]  # "adding that ...", a reporting participle the parse put inside the clause
    while toks and (toks[0].is_punct and toks[0].text not in "“\"‘'" or toks[0].dep_ == "mark"
                    and toks[0].lower_ == "that" or toks[0].is_space):
        toks = toks[1:]
    while toks and (toks[-1].is_punct and toks[-1].text not in "”\"’'" or toks[-1].is_space
                    or toks[-1].dep_ == "cc"):
        toks = toks[:-1]
    if not toks:
        return (0, 0)
    return toks[0].idx, toks[-1].idx + len(toks[-1].text)

"""Speaker mentions in the parse: the noun phrase of a mention, the names in it, and who speaks for
whom (an organisation through its staff or its reports). Functions of one token or span each; the
article-wide bookkeeping is ``speakers.SpeakerResolver``."""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from storyline.article.quote_cues import is_cue, spaced_dash
from storyline.article.speaker_words import (
    HONORIFICS,
    KIN_WORDS,
    NOT_PERSON,
    ORG_WORDS,
    TITLE_WORDS,
    norm_word,
)

REPRESENT_PREPS = {"at", "for", "from"}
DOCUMENT_PREPS = {"by", "from", "of"}
DOCUMENT_NOUNS = {"report", "study", "survey", "audit", "review", "assessment", "analysis", "estimate",
                  "figures", "data", "statistics", "census", "poll", "document", "inquiry"}
# what a person or an organisation writes or files, and so speaks through ("Sessions' statement")
AUTHORED_NOUNS = DOCUMENT_NOUNS | {"statement", "letter", "complaint", "lawsuit", "suit", "filing", "memo",
                                   "tweet", "post", "message", "release", "op-ed", "editorial", "testimony",
                                   "book", "memoir", "essay", "column"}
NP_LEFT_DEPS = {"compound", "amod", "det", "poss", "nmod", "nummod", "case", "punct", "quantmod", "flat"}
PARTITIVES = {"some", "many", "most", "all", "none", "several", "half", "majority", "minority", "percent",
              "few", "both", "each", "one", "two", "three", "four", "five", "dozens", "hundreds", "thousands",
              "number", "third", "quarter", "share", "proportion"}
EMBEDDED_DEPS = {"ccomp", "relcl", "acl", "csubj", "xcomp", "pcomp", "pobj"}


def represented(tok: Token) -> Span | None:
    """The organisation that speaks through unnamed people or a document: "analysts at Meriden Capital",
    "lawyers for the company", "the report by the State Mining Inspectorate", "the ministry's report"."""
    document = tok.lemma_.lower() in DOCUMENT_NOUNS
    if tok.tag_ != "NNS" and not document:
        return None
    preps = DOCUMENT_PREPS if document else REPRESENT_PREPS
    objs = [o for p in tok.children if p.dep_ == "prep" and p.lower_ in preps
            for o in p.children if o.dep_ == "pobj"]
    if document:
        objs += [c for c in tok.children if c.dep_ == "poss"]
    for obj in objs:
        if obj.pos_ == "PROPN" and obj.ent_type_ in ("ORG", "GPE", "NORP", ""):
            return next((e for e in obj.doc.ents if e.start <= obj.i < e.end), None) or mention_span(obj)
    return None


def apposed_names(tok: Token) -> list[Token]:
    """Proper names in apposition to a role noun: "the Secretary, Theresa May," and, when the parser hung
    the name on the place the role is of, "the governor of Chiang Rai, Narongsak Osatanakorn,"."""
    names = [c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
    places = [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
              if o.dep_ == "pobj" and o.pos_ == "PROPN"]
    return names + [c for o in places for c in o.children
                    if c.dep_ == "appos" and c.pos_ == "PROPN" and c.ent_type_ == "PERSON"]


def role_of_name(tok: Token) -> Token | None:
    """The role noun a name is in apposition to (see ``apposed_names``), if any."""
    head = tok.head
    if tok.dep_ != "appos" or head.i == tok.i:
        return None
    if head.pos_ == "NOUN":
        return head
    of = head.head
    if head.dep_ == "pobj" and of.lower_ == "of" and of.head.pos_ == "NOUN" and tok.ent_type_ == "PERSON":
        return of.head
    return None


def author_of(tok: Token) -> Token | None:
    """The head of who wrote a document speaker: the possessor ("Jeff Sessions' statement", "the attorney
    general's statement") or the agent ("an analysis by Lily Batchelder"), when a name or a person noun."""
    if norm_word(tok.lemma_) not in AUTHORED_NOUNS:
        return None
    owners = [c for c in tok.children if c.dep_ == "poss"]
    owners += [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "by"
               for o in p.children if o.dep_ == "pobj"]
    owners += [o for v in tok.children if v.dep_ == "acl" and v.tag_ == "VBN"  # "a book published by X"
               for p in v.children if p.dep_ == "agent" for o in p.children if o.dep_ == "pobj"]
    for owner in owners:
        if owner.pos_ == "PROPN" or owner.pos_ == "NOUN" and norm_word(owner.lemma_) in TITLE_WORDS:
            return owner
    return None


def main_subject(tok: Token) -> bool:
    """Is ``tok`` the subject of a reporting verb, or of a clause that is not embedded as reported
    content, a relative clause or a complement (a main, coordinated or adverbial clause)?"""
    head = tok.head
    if is_cue(head):
        return True
    for _ in range(12):
        if head.dep_ in EMBEDDED_DEPS and not absolute(head):
            return False
        if head.head.i == head.i:
            return True
        head = head.head
    return False


def absolute(verb: Token) -> bool:
    """A participle clause after "with" that has its own subject ("..., with Hillary Clinton lambasting
    the plan"): its subject is a participant of the main clause, not reported content."""
    return verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.lower_ in ("with", "without") \
        and any(c.dep_ == "nsubj" for c in verb.children)


def absolute_subject(tok: Token) -> bool:
    """The name in "with X doing ..." when the parser made it the object of "with" and hung the participle
    on it ("with Hillary Clinton - who's called for tax hikes - lambasting the plan")."""
    if tok.dep_ != "pobj" or tok.pos_ != "PROPN" or tok.head.lower_ not in ("with", "without"):
        return False
    return any(t.tag_ == "VBG" and t.dep_ in ("acl", "advcl") and t.i > tok.i for t in tok.subtree)


def described(run: Span) -> bool:
    """Is a name mention part of a kinship description ("his wife Hillary Clinton", "His father, the
    Rev Alexander Love,", "parents Alexander Love and Sirkka-Liisa Love")?"""
    doc = run.doc
    head = run[-1]
    if head.dep_ == "conj" and head.head.i < run.start:
        first = propn_run(doc, head.head.i, backwards=True)
        if first is not None and described(first):
            return True
    if head.dep_ == "appos" and head.head.lower_ in KIN_WORDS:
        return True
    i = run.start - 1
    while i >= 0 and run.start - i <= 4 and (doc[i].is_punct and doc[i].text in ",(" or doc[i].pos_ == "DET"
                                              or norm_word(doc[i].text) in HONORIFICS | TITLE_WORDS
                                              or doc[i].text in ("Rev", "Rev.")):
        i -= 1
    return i >= 0 and doc[i].lower_ in KIN_WORDS


def looks_personal(run: Span) -> bool:
    """A two- or three-word proper name with no place label and no organisation word ("Ruediger
    Kuehr" even when the NER calls it ORG; not "Foreign Ministry", not "New York")."""
    words = len(run) - 2 * sum(glued_hyphen(t) for t in run)  # "Jean-Claude Juncker" is two words
    if not 2 <= words <= 3 or any(norm_word(t.text) in ORG_WORDS for t in run):
        return False
    return not any(t.ent_type_ in NOT_PERSON - {"ORG"} for t in run)


def propn_run(doc: Doc, i: int, backwards: bool = False) -> Span | None:
    """The run of capitalised proper nouns at token ``i`` (ending at it when ``backwards``)."""
    if doc[i].pos_ != "PROPN" and not (doc[i].text[:1].isupper() and doc[i].is_alpha):
        return None
    lo = hi = i
    if backwards:
        stop = TITLE_WORDS | HONORIFICS
        while lo > 0 and (doc[lo - 1].pos_ == "PROPN" and norm_word(doc[lo - 1].text) not in stop
                          or glued_hyphen(doc[lo - 1])):
            lo -= 1
    else:
        while hi + 1 < len(doc) and (doc[hi + 1].pos_ == "PROPN" and doc[hi + 1].text[:1].isupper()
                                     or glued_hyphen(doc[hi + 1])):
            hi += 1
    span = doc[lo:hi + 1]
    return span if all(name_word(t) for t in span) else None


def name_word(tok: Token) -> bool:
    """A word a written name is made of: capitalised, or a glued hyphen and the word after it."""
    return tok.text[:1].isupper() or glued_hyphen(tok) or tok.i > 0 and glued_hyphen(tok.doc[tok.i - 1])


def glued_hyphen(tok: Token) -> bool:
    """A hyphen inside a name, with no space, after a capitalised word and before a capitalised one
    ("Jean-Claude") or a proper noun in lower case ("Prayuth Chan-ocha")."""
    doc, i = tok.doc, tok.i
    if tok.text != "-" or not 0 < i < len(doc) - 1 or doc[i - 1].whitespace_ or tok.whitespace_:
        return False
    after = doc[i + 1]
    lower_name = after.pos_ == "PROPN" and after.is_alpha
    return doc[i - 1].text[:1].isupper() and (after.text[:1].isupper() or lower_name)


def strip_titles(span: Span) -> Span | None:
    """A PERSON entity without leading honorifics or title words."""
    lo = span.start
    while lo < span.end and norm_word(span.doc[lo].text) in HONORIFICS | TITLE_WORDS:
        lo += 1
    end = span.end
    while end > lo and span.doc[end - 1].pos_ in ("PART", "PUNCT"):
        end -= 1
    return span.doc[lo:end] if end > lo else None


def mention_span(tok: Token, partitive: bool = True) -> Span:
    """The speaker noun phrase: the head with its left modifiers (no relative clauses or appositions),
    and for a quantity its "of" phrase ("52 percent of registered voters") unless ``partitive`` is off."""
    doc = tok.doc
    lo = tok.i
    for child in tok.lefts:
        if child.dep_ in NP_LEFT_DEPS:
            lo = min(lo, min(t.i for t in child.subtree))
    hi = tok.i
    while hi + 1 < len(doc) and doc[hi + 1].dep_ in ("compound", "flat") and doc[hi + 1].head.i > hi + 1:
        hi += 1
    if partitive:
        hi = max(hi, _partitive_end(tok))
    for i in range(lo, tok.i):
        if _separator(doc[i]):
            lo = i + 1  # "KIEV (Reuters) - Ukraine's prime minister": the dateline is not the speaker
    while lo < tok.i and doc[lo].pos_ == "PUNCT":
        lo += 1
    return doc[lo:hi + 1]


def _partitive_end(tok: Token) -> int:
    """The last token of the "of" phrase that says who a quantity is ("Some of those activists", "52
    percent of registered voters", "Many of the residents"); ``tok.i`` when there is none."""
    if not (tok.lower_ in PARTITIVES or tok.lemma_.lower() in PARTITIVES or tok.pos_ == "NUM"):
        return tok.i
    for prep in tok.rights:
        if prep.dep_ == "prep" and prep.lower_ == "of" and prep.i == tok.i + 1:
            objs = [o for o in prep.children if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PRON")]
            if objs:
                keep = [t.i for t in objs[0].subtree if t.i <= objs[0].i or t.dep_ in ("compound", "amod")]
                return max(keep)
    return tok.i


def _separator(tok: Token) -> bool:
    """A dash standing between spaces, a closing bracket or a line break: the end of a dateline."""
    return spaced_dash(tok) or tok.text == ")" or "\n" in tok.text


def org_name(span: Span) -> str:
    """An organisation or place speaker's name: the phrase without a leading article or quote marks
    (a \u201cCapitol Fourth\u201d account -> Capitol Fourth account)."""
    words = list(span)
    while words and (words[0].pos_ == "DET" and words[0].dep_ == "det" or words[0].pos_ == "PUNCT"):
        words = words[1:]
    if not words:
        return span.text
    phrase = span.doc[words[0].i:span.end]
    if not any(t.is_quote for t in phrase):
        return phrase.text
    name = " ".join(t.text for t in phrase if not t.is_quote)
    return re.sub(r"\s+(?=[-'’.,])|(?<=-)\s+", "", name) or span.text

"""Who a figure's source is, by name: the organisation behind a poll, study or report, or the one an
organisation noun ("the agency", "the group") refers back to.

News convention names a figure's source in a few ways that the speaker resolver does not turn into a
name; each function here maps the head token of such a source mention to a name, or returns None:
- a record with its publisher: "a new Washington Post-ABC News national poll" -> Washington Post-ABC
  News, "an analysis by Lily Batchelder" -> Lily Batchelder, "POLITICO's average" -> POLITICO;
- a record named earlier: "this poll", "the study" -> the publisher of the last record of that kind
  (same noun) named before it;
- an unnamed record: "one study", "a new survey" -> the phrase itself (the article names no more);
- an organisation noun: "the agency said", "the group said" -> the last organisation whose name holds
  the noun ("the company" -> Hollen Coal Company), else the last organisation named as a source in the
  same or the two sentences before ("... according to the Congressional Budget Office. ..., the agency
  said");
- a share of a poll's respondents: "63 percent said", "46 percent would choose Smith", "eight of 10
  voters say", "Among likely voters, ... 49 percent" -> the last poll named before it in the article;
- a name with leading describing words: "the nonpartisan Congressional Budget Office" -> Congressional
  Budget Office.
"""
from __future__ import annotations

import re

from spacy.tokens import Token

from storyline.model import Article

# records that state figures: their publisher is the figure's source
RECORD_NOUNS = {
    "poll", "polling", "survey", "study", "report", "analysis", "average", "audit", "review", "research",
    "census", "assessment", "projection", "forecast", "estimate", "article", "story", "memo", "filing",
    "document", "paper", "investigation", "inquiry", "tracker", "index", "data", "ad", "video",
}
# records of opinion polling: their figures run on into the next sentence of the paragraph
POLL_NOUNS = {"poll", "polling", "survey", "average", "tracker"}
# records an indefinite mention ("one study", "a new poll") may stand for when nothing names them
UNNAMED_RECORDS = {"poll", "survey", "study", "analysis", "report"}
# what a poll's respondents do: say, think, prefer ("63 percent said", "46 percent would choose Smith")
RESPONDENT_VERBS = {
    "say", "agree", "disagree", "think", "believe", "expect", "want", "prefer", "support", "back", "choose",
    "favor", "favour", "approve", "disapprove", "oppose", "plan", "intend", "feel", "rate", "trust", "fear",
    "worry", "report",
}
# groups a poll reports on: "Among likely voters, 46 percent ..."
POLLED_GROUPS = {"voter", "respondent", "adult", "american", "republican", "democrat", "independent", "woman",
                 "man", "parent", "student", "those", "people", "resident", "conservative", "liberal",
                 "moderate", "millennial", "latino", "hispanic", "black", "white", "evangelical", "catholic"}
_NOT_NAME = {"DATE", "TIME", "ORDINAL", "CARDINAL", "NORP", "PERCENT", "MONEY", "QUANTITY"}
_JOINERS = {"/", "-", "&", "–"}
_ORG_LABELS = {"ORG"}
# nouns an article uses to refer back to a named organisation ("the agency said"); the generic ones may
# refer to an organisation whose name does not hold them ("the agency" for the Congressional Budget Office)
GENERIC_ORG_NOUNS = {
    "agency", "group", "organization", "organisation", "firm", "company", "body", "watchdog", "regulator",
    "charity", "nonprofit", "pollster", "outlet", "lender", "insurer", "carrier", "retailer", "broadcaster",
}
ORG_NOUNS = GENERIC_ORG_NOUNS | {
    "institute", "center", "centre", "foundation", "bank", "association", "union", "commission", "committee",
    "council", "office", "department", "ministry", "board", "fund", "network", "newspaper", "federation",
    "league", "party", "bureau", "tank",
}
_SENTENCES_BACK = 2


def is_record(tok: Token) -> bool:
    """A noun for a poll, study, report or similar record that can state figures."""
    return tok.pos_ in ("NOUN", "PROPN") and tok.lemma_.lower() in RECORD_NOUNS


def is_poll(tok: Token) -> bool:
    return tok.pos_ in ("NOUN", "PROPN") and tok.lemma_.lower() in POLL_NOUNS


def proper_run(tok: Token) -> str | None:
    """The capitalised name ending at ``tok`` ("the nonpartisan Congressional Budget Office" ->
    "Congressional Budget Office"), or None when ``tok`` is not capitalised."""
    if not _capitalised(tok):
        return None
    doc, lo = tok.doc, tok.i
    while lo > tok.sent.start and (_capitalised(doc[lo - 1]) or doc[lo - 1].text in _JOINERS
                                   and lo - 2 >= tok.sent.start and _capitalised(doc[lo - 2])):
        if doc[lo - 1].head.i < lo - 1 and doc[lo - 1].head.i != tok.i:
            break  # a word that belongs to an earlier phrase
        lo -= 1
    if doc[lo].is_sent_start and doc[lo].pos_ == "DET":
        lo += 1
    return doc[lo:_of_tail(tok) + 1].text if lo <= tok.i else None


def _of_tail(tok: Token) -> int:
    """The index of the last word of a name going on with "of" ("Bank of Japan"), else ``tok.i``."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if nxt is None or nxt.lower_ != "of" or nxt.head.i != tok.i:
        return tok.i
    objs = [c for c in nxt.children if c.dep_ == "pobj" and _capitalised(c)]
    if not objs:
        return tok.i
    end = objs[0].i
    while end + 1 < len(tok.doc) and tok.doc[end + 1].head.i == objs[0].i and _capitalised(tok.doc[end + 1]):
        end += 1
    return end


def _capitalised(tok: Token) -> bool:
    """A word that can be part of a name: capitalised, not a determiner, date or number."""
    if not tok.text[:1].isupper() or tok.pos_ in ("DET", "PRON", "PUNCT", "ADP", "CCONJ"):
        return False
    if tok.ent_type_ == "DATE" and tok.i + 1 < len(tok.doc):  # "Sunday Times", not "a June report"
        nxt = tok.doc[tok.i + 1]
        return nxt.text[:1].isupper() and nxt.ent_type_ != "DATE" and nxt.pos_ == "PROPN"
    return tok.ent_type_ not in _NOT_NAME


def record_publisher(tok: Token) -> str | None:
    """Who publishes the record ``tok``: "an analysis by X", "a poll for X", "X's report", "a X poll"; None
    if unnamed."""
    for prep in tok.children:
        if prep.dep_ == "prep" and (prep.lower_ == "by" or prep.lower_ == "for" and is_poll(tok)):
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    return proper_run(obj) or (record_publisher(obj) if is_record(obj) else None)
    for poss in tok.children:
        if poss.dep_ == "poss" and poss.pos_ == "PROPN":
            return proper_run(poss)
    return _name_run(tok)


def _name_run(tok: Token) -> str | None:
    """The last run of capitalised words (joined by "/", "-", "&") among the left modifiers of ``tok``:
    "The latest Reuters/Ipsos opinion poll" -> Reuters/Ipsos."""
    doc, runs, cur = tok.doc, [], []
    for t in doc[tok.left_edge.i:tok.i]:
        if _capitalised(t) and not (t.i == t.sent.start and t.pos_ != "PROPN") or t.text in _JOINERS and cur:
            cur.append(t)
        else:
            if cur:
                runs.append(cur)
            cur = []
    if cur:
        runs.append(cur)
    while runs:
        run = runs[-1]
        while run and run[-1].text in _JOINERS:
            run = run[:-1]
        if run:
            return doc[run[0].i:run[-1].i + 1].text
        runs.pop()
    return None


def named_before(tok: Token) -> str | None:
    """The publisher of the last record with the same noun named before ``tok`` ("this poll")."""
    lemma = tok.lemma_.lower()
    for prev in reversed(tok.doc[:tok.i]):
        if prev.lemma_.lower() == lemma and prev.pos_ in ("NOUN", "PROPN"):
            name = record_publisher(prev)
            if name:
                return name
    return None


def last_poll(tok: Token) -> str | None:
    """The source of the last poll mentioned before ``tok``: its publisher; its named antecedent when it is
    "the poll"; None when that last poll is not named ("a second poll")."""
    for prev in reversed(tok.doc[:tok.i]):
        if is_poll(prev):
            return record_source(prev) if record_publisher(prev) or _definite(prev) else None
    return None


def _definite(tok: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children)


def respondents_poll(tok: Token) -> str | None:
    """The poll whose respondents a share is ("63 percent said", "46 percent would choose Smith", "eight
    of 10 voters say"): a percentage or a share of people that is the subject of a verb of saying, thinking
    or preferring, answered by the last poll named before it in the article."""
    if _among_respondents(tok):
        return last_poll(tok)
    node = tok
    while node.dep_ in ("nummod", "quantmod", "advmod", "compound", "pobj", "prep") and node.head is not node:
        node = node.head  # "eight" -> "of" -> "10 voters"... up to the subject noun
        if node.dep_ in ("nsubj", "nsubjpass"):
            break
    if node.dep_ != "nsubj" or not _share(node):
        return None
    verb = node.head
    if verb.lemma_.lower() not in RESPONDENT_VERBS:
        return None
    return last_poll(tok)


def _among_respondents(tok: Token) -> bool:
    """A percentage or points in a sentence opened by "Among <a polled group>," ("Among likely voters, ...",
    "Among Republicans, ...")."""
    sent = tok.sent
    if sent[0].lower_ != "among" or tok.lemma_.lower() not in ("percent", "point", "%") and tok.text != "%":
        return False
    objs = [c for c in sent[0].children if c.dep_ == "pobj"]
    return bool(objs) and objs[0].lemma_.lower() in POLLED_GROUPS


def _share(noun: Token) -> bool:
    """A percentage, or a share of a polled group written "N of M" ("eight of 10 voters")."""
    if noun.lemma_.lower() in ("percent", "%", "percentage") or noun.text == "%":
        return True
    if any(t.dep_ == "quantmod" and t.lower_ in ("of", "out") for t in noun.subtree if t.i < noun.i):
        return noun.lemma_.lower() in POLLED_GROUPS  # "eight of 10 voters" parsed as one noun phrase
    return any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children) and noun.like_num


def record_source(tok: Token) -> str | None:
    """The name for the record ``tok`` as a figure's source (see the module docstring)."""
    name = record_publisher(tok)
    if name:
        return name
    dets = [c.lower_ for c in tok.children if c.dep_ == "det"]
    if any(d in ("the", "this", "that", "these", "those") for d in dets):
        return named_before(tok)
    if tok.lemma_.lower() in UNNAMED_RECORDS and any(c.dep_ in ("det", "nummod") for c in tok.children):
        first = min(c.i for c in tok.children if c.dep_ in ("det", "nummod", "amod", "compound")
                    and c.i < tok.i)
        return tok.doc[first:tok.i + 1].text  # "one study", "a new survey"
    return None


def org_antecedent(article: Article, tok: Token) -> str | None:
    """The organisation an unnamed organisation noun ("the agency", "the group") refers back to: the last
    ORG entity before it whose name holds the noun ("the company" -> Hollen Coal Company), else the last
    ORG entity that is a source (a subject, or after "according to" or "by") in its sentence or the two
    before it, for a generic noun ("the agency", "the group", "the company"). Only a bare noun after
    "the"/"this" refers back."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in ORG_NOUNS:
        return None
    if any(c.dep_ not in ("det", "punct") for c in tok.lefts) \
            or not any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in tok.children):
        return None  # only a bare "the agency" refers back; "the piracy group" describes someone new
    noun = tok.lemma_.lower()
    holding = [e for e in article.entities if e.label in _ORG_LABELS and e.end <= tok.idx
               and noun in e.text.lower().split()]
    if holding:  # "the company" -> the last "... Company" named before
        return _strip_article(holding[-1].text)
    if noun not in GENERIC_ORG_NOUNS:
        return None
    begin = _sentences_back(article, tok.idx, _SENTENCES_BACK)
    near = [e for e in article.entities if e.label in _ORG_LABELS and begin <= e.start and e.end <= tok.idx
            and _is_source(tok.doc, e.start, e.end)]
    return _strip_article(near[-1].text) if near else None


def _is_source(doc, start: int, end: int) -> bool:
    """Is the name at ``start:end`` a source: a subject, or the object of "according to" or "by"?"""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    if root.dep_ in ("nsubj", "nsubjpass"):
        return True
    prep = root.head if root.dep_ == "pobj" else None
    if prep is None:
        return False
    return prep.lower_ == "by" or prep.lower_ == "to" and prep.head.lower_ == "according"


def _sentences_back(article: Article, offset: int, n: int) -> int:
    """The start of the sentence ``n`` sentences before the one holding ``offset``."""
    starts = [s for s, e in article.sentences if s <= offset]
    return starts[max(0, len(starts) - 1 - n)] if starts else 0


def _strip_article(name: str) -> str:
    return re.sub(r"^(?:the|a|an)\s+", "", name, flags=re.IGNORECASE)


def clean_name(name: str | None) -> str | None:
    """A source name without leading lower-case describing words ("nonpartisan Congressional Budget
    Office" -> "Congressional Budget Office"); unchanged when no capitalised word follows them."""
    if not name:
        return name
    words = name.split()
    k = 0
    while k < len(words) - 1 and not words[k][:1].isupper() and not words[k][:1].isdigit():
        k += 1
    if k and words[k][:1].isupper():
        return " ".join(words[k:])
    return name


def source_name(article: Article, tok: Token) -> str | None:
    """The name for a source mention headed by ``tok`` when it is a record or an unnamed organisation
    noun; None for anything else (a person or a name: the speaker resolver's)."""
    if is_record(tok):
        return record_source(tok)
    return org_antecedent(article, tok)

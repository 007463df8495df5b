"""What kind of position a stated clause is: demand, condition, offer, refusal, support or proposal.

Read from the spaCy parse of the clause, with general cues only:
- refusal: reject / refuse / decline / rebuff / turn down, or a negated will/going to + a verb of
  conceding ("we will not accept"), said by the speaker (first person, a pronoun, or unnamed);
- condition: a deontic word (must, should, need, have to, require) with a condition marker
  (if, unless, only if, provided, as long as, based on, on condition, "for talks to proceed");
- demand: a deontic word alone ("There should be an immediate ceasefire"), the speaker's "want", or
  a cue verb demand / insist / urge;
- offer: ready / willing / prepared / open to, offer, pledge;
- proposal: propose / suggest / proposal;
- support: support / welcome / back / endorse.
The cue verb of the attribution counts too ("Lammy demanded ...", "X rejected ...")."""
from __future__ import annotations

import re

REFUSE = {"reject", "refuse", "decline", "rebuff", "veto", "dismiss", "rule"}  # "rule out" checked below
CONCEDE = {"accept", "agree", "allow", "sign", "recognise", "recognize", "negotiate", "talk", "meet",
           "attend", "join", "withdraw", "cede", "give", "surrender", "compromise", "pay", "comply", "return",
           "release", "lift", "resume", "stop", "tolerate", "permit", "back", "support", "hand", "abandon",
           "drop"}
DEONTIC = {"must", "should", "need", "have", "require", "ought", "necessary", "needed"}
DEMAND = {"demand", "urge", "stipulate"}  # cue verbs ("called" may name, "insisted that" may assert)
OFFER = {"ready", "willing", "prepared", "open", "offer", "pledge", "willingness", "readiness", "promise"}
PROPOSE = {"propose", "suggest", "proposal", "recommend"}
RETREAT_PARTICLES = {"off", "down", "away", "out"}
SUPPORT = {"support", "welcome", "back", "endorse", "favour", "favor", "applaud"}
CONDITION_MARKS = re.compile(
    r"\b(?:if|unless|only if|provided that|as long as|based on|on condition|in exchange for|in return for"
    r"|preconditions?|require[sd]?|requirement"
    r"|for [\w\s’']{2,30} to (?:proceed|begin|start|continue))\b",
    re.I,
)
_TRIGGERS = re.compile(
    r"\b(?:reject|refus|declin|rebuff|veto|dismiss|rul(?:e|ed|es|ing) out|not\b|never|no longer|must|should"
    r"|need|necessar|ha(?:ve|s|d|ving) to|requir|ought|want|ready|willing|prepared|open|offer|pledg"
    r"|readiness|promis|propos|suggest|recommend|support|welcom|back|endors|favo|applaud|demand|insist|urg"
    r"|stipulat)|n[’']t\b",
    re.I,
)
FIRST_PERSON = {"i", "we", "me", "us", "our", "my"}
PRONOUNS = FIRST_PERSON | {"he", "she", "it", "they", "his", "her", "its", "their"}
KINDS = ("refusal", "condition", "demand", "offer", "proposal", "support")


def _subject(tok):
    """The subject of the clause of ``tok`` (climbing conjunctions and adjective complements)."""
    for _ in range(4):
        subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
        if subj:
            return subj[0]
        if tok.dep_ in ("conj", "acomp", "xcomp", "prep", "pobj", "dobj", "amod") and tok.head is not tok:
            tok = tok.head
        else:
            return None
    return None


def _own(tok, indirect: bool) -> bool:
    """Is the subject of ``tok`` the speaker (first person; in reported speech a pronoun or a place
    or organisation the speaker speaks for), or absent?"""
    subj = _subject(tok)
    if subj is None:
        return True
    word = subj.lower_
    if word in FIRST_PERSON or any(c.lower_ in FIRST_PERSON for c in subj.children):
        return True
    owned = any(c.dep_ == "poss" and c.lower_ in PRONOUNS for c in subj.children)  # "his government"
    return indirect and (word in PRONOUNS or owned or subj.ent_type_ in ("GPE", "NORP", "ORG"))


def _refusal(doc, indirect: bool) -> bool:
    for tok in doc:
        if tok.lemma_.lower() in REFUSE and tok.pos_ == "VERB" and _own(tok, indirect) and _refuses(tok) \
                and _main_clause(tok):
            return True
        if tok.dep_ == "neg" and tok.head.lemma_.lower() in CONCEDE:
            verb = tok.head
            future = any(c.lower_ in ("will", "wo", "would", "'ll", "shall") for c in verb.children)
            going = verb.head.lower_ == "going" or any(c.lower_ == "going" for c in verb.children)
            if (future or going) and _own(verb, indirect) and _main_clause(verb):
                return True
    return False


def _refuses(verb) -> bool:
    """A refusal verb used as one: not "declining health"; "decline" with an object or "to"."""
    if verb.dep_ in ("amod", "compound", "acl"):
        return False
    if verb.lemma_.lower() == "rule":
        return any(c.lower_ == "out" for c in verb.children)
    if verb.lemma_.lower() == "decline":
        return any(c.dep_ in ("xcomp", "dobj") for c in verb.children)
    return True


def _offers(tok, indirect: bool) -> bool:
    """"ready to", "willing to", "open to", "offered": an offer word with what is offered, by the speaker."""
    if tok.pos_ not in ("ADJ", "VERB", "NOUN") or _negated(tok) or not _own(tok, indirect):
        return False
    if not _main_clause(tok):
        return False
    if tok.pos_ == "ADJ":
        return any(c.dep_ in ("xcomp", "prep") and c.lower_ in ("to", "for") or c.dep_ == "xcomp"
                   for c in tok.children)
    return True


def _question(doc) -> bool:
    """A question: it ends with a question mark and opens with a question word or an auxiliary."""
    words = [t for t in doc if not t.is_punct]
    if not words or not doc.text.rstrip("\"”’' )").endswith("?"):
        return False
    return words[0].tag_ in ("WDT", "WP", "WP$", "WRB") or words[0].pos_ == "AUX"


def retreat(verb) -> bool:
    """"back off", "back down", "back away": a retreat, not support (the word right after the verb,
    which the parser labels a particle or a preposition)."""
    return verb.lemma_.lower() == "back" and any(
        c.i == verb.i + 1 and c.lower_ in RETREAT_PARTICLES for c in verb.children)


def _has(doc, lemmas: set[str]) -> list:
    return [t for t in doc if t.lemma_.lower() in lemmas or t.lower_ in lemmas]


def _main_clause(tok) -> bool:
    """Is ``tok`` (or the verb it is an auxiliary of) the root of the clause, or coordinated with it?"""
    verb = tok.head if tok.dep_ in ("aux", "auxpass", "acomp", "attr", "dobj") else tok
    while verb.dep_ in ("conj", "csubj", "csubjpass") and verb.head is not verb:  # "What’s needed is"
        verb = verb.head
    return verb.dep_ == "ROOT"


def _negated(tok) -> bool:
    verb = tok.head if tok.dep_ in ("aux", "auxpass", "acomp") else tok
    return any(c.dep_ == "neg" for c in list(tok.children) + list(verb.children))


def _deontic(doc) -> bool:
    for t in _has(doc, DEONTIC):
        if not _main_clause(t):
            continue
        if t.lemma_.lower() in ("need", "necessary", "needed", "have") and _negated(t):
            continue  # "not necessary", "don't need to" state no demand
        if t.lemma_.lower() == "have" and not any(
                c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children) for c in t.children):
            continue  # "has lasted" is not "has to"
        if t.lemma_.lower() == "require" and t.dep_ in ("acl", "amod", "relcl"):
            continue  # "the conditions required to ..." describes, does not require
        if _narrative(t) or _generic_you(t) or _politeness(t):
            continue
        if t.pos_ in ("AUX", "VERB", "ADJ"):
            return True
    return False


def _narrative(tok) -> bool:
    """A past obligation or wish tells what happened: "we had to rewrite the tools", "we wanted to make
    a great album" (the past tense of have-to, need or want)."""
    return tok.tag_ == "VBD" and tok.lemma_.lower() in ("have", "need", "want")


def _generic_you(tok) -> bool:
    """"You need to be good", "you have to accept it": the generic you states a truism, not a demand
    ("you must withdraw" addresses someone, and stays one)."""
    subj = _subject(tok)
    return tok.lemma_.lower() in ("need", "have") and subj is not None and subj.lower_ == "you"


def _politeness(tok) -> bool:
    """"I should like to thank ...": a courtesy, not an obligation."""
    return tok.lower_ in ("should", "would") and tok.head.lemma_.lower() == "like"


def may_hold_position(text: str, cue: str | None = None) -> bool:
    """Cheap test before parsing: ``classify`` can only find a position where one of its words occurs."""
    return bool(_TRIGGERS.search(text) or _TRIGGERS.search(cue or ""))


def classify(doc, cue: str | None = None, indirect: bool = False) -> str | None:
    """The position kind of the parsed clause ``doc`` (see the module docstring), or None. A question
    ("How many times do we have to see this?", "Do we have to accept it?") states no position; a
    statement with a question tagged on ("We support the ceasefire, but who will guarantee it?") does."""
    if _question(doc):
        return None
    cue_word = (cue or "").lower()
    cue_lemma = cue_word[:-1] if cue_word.endswith("d") and cue_word[:-1] in REFUSE | DEMAND else cue_word
    if any(cue_lemma.startswith(r) for r in REFUSE if r != "rule") or _refusal(doc, indirect):
        return "refusal"
    deontic = _deontic(doc)
    if (deontic or cue_lemma.startswith("stipulat")) and CONDITION_MARKS.search(doc.text):
        return "condition"
    wants = any(t.pos_ == "VERB" and _main_clause(t) and _own(t, indirect) and not _narrative(t)
                for t in _has(doc, {"want"}))
    if deontic or wants or any(cue_lemma.startswith(d) for d in DEMAND):
        return "demand"
    if any(_offers(t, indirect) for t in _has(doc, OFFER)):
        return "offer"
    proposing = [t for t in _has(doc, PROPOSE) if t.pos_ == "VERB" and _main_clause(t) and _own(t, indirect)]
    if proposing or cue_lemma.startswith("propos"):
        return "proposal"
    backing = [t for t in _has(doc, SUPPORT) if t.pos_ == "VERB" and _own(t, indirect) and _main_clause(t)
               and not retreat(t)]
    if any(_negated(t) for t in backing):
        return "refusal"  # "does not favor", "will not support"
    if backing or cue_lemma.startswith("welcom"):
        return "support"
    return None

"""Which reporting verbs report and where their content clause ends, beyond the ccomp of a "said":
beliefs, the aside "As X reported, ...", the discourse marker "That said," and a closing "according to
X". Functions of tokens only; ``quotes.QuoteExtractor`` calls them."""
from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from storyline.article.quote_cues import BELIEF_VERBS

ADDRESSEE_VERBS = {"tell", "inform", "assure", "remind", "warn", "advise"}  # their object is the hearer


def before_source(tokens: list[Token]) -> list[Token]:
    """A content clause without the "according to X" that closes it ("said the bill was dead, according
    to CNN": CNN's attribution of the report, not words of the speaker)."""
    toks = sorted(tokens, key=lambda t: t.i)
    for k, tok in enumerate(toks[:-1]):
        if tok.lower_ == "according" and toks[k + 1].lower_ == "to":
            end = max(t.i for t in (*tok.subtree, *toks[k + 1].subtree))
            if all(t.is_punct or t.is_space for t in toks if t.i > end):
                return toks[:k]
    return toks


def that_said(cue: Token) -> bool:
    """The discourse marker "That said, ..." (or "This said,"): no one reports anything."""
    nxt = cue.doc[cue.i + 1] if cue.i + 1 < len(cue.doc) else None
    return nxt is not None and nxt.text == "," and any(
        c.dep_ == "nsubj" and c.lower_ in ("that", "this") and c.i == cue.i - 1 for c in cue.children)


def as_reported(cue: Token) -> bool:
    """"As X reported, CLAUSE" / "CLAUSE, as first reported by X": the clause the aside hangs on is
    what was reported."""
    kids = {c.dep_ for c in cue.children}
    objects = any(c.dep_ == "prep" and c.lower_ in ("to", "about", "with", "against", "for", "of")
                  for c in cue.children)  # "as voters responded to Republican efforts"
    return cue.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in cue.children) \
        and bool(kids & {"nsubj", "agent"}) and not objects \
        and ("dobj" not in kids or cue.lemma_ in ADDRESSEE_VERBS)  # not "as she echoed the criticism"


def believes(tok: Token) -> bool:
    """A verb of belief with a subject that is not the reader: its own ("X believes", not "do you think"
    nor the aside "(think Anthony Weiner)") or, coordinated, its first verb's ("He thinks A, but
    believes B")."""
    lemma = "hope" if tok.lower_.startswith("hop") and tok.lemma_ == "hop" else tok.lemma_.lower()
    if lemma not in BELIEF_VERBS or tok.pos_ != "VERB":  # the tagger lemmatises "hoping" as "hop"
        return False
    subj = [c for c in tok.children if c.dep_ == "nsubj"]
    if not subj and tok.dep_ == "conj" and tok.head.pos_ in ("VERB", "AUX"):
        subj = [c for c in tok.head.children if c.dep_ == "nsubj"]
    return bool(subj) and subj[0].lower_ not in ("you", "one")


COMPARE_VERBS = {"compare", "liken"}


def comparison(cue: Token) -> list[Token]:
    """What a speaker compared: "X compared Trump to a coach who ...", "she likened the plan to a
    hostage note" (the object and its "to"/"with" phrase); empty for any other verb, for a passive
    ("compared to last year") and for comparing without a counterpart."""
    if cue.pos_ != "VERB" or cue.lemma_.lower() not in COMPARE_VERBS or cue.tag_ == "VBN" and not any(
            c.dep_ == "nsubj" for c in cue.children) and cue.dep_ != "acl":
        return []
    obj = next((c for c in cue.rights if c.dep_ not in ("punct", "advmod")), None)
    if obj is None or obj.pos_ not in ("NOUN", "PROPN", "PRON") or obj.lower_ in ("to", "with"):
        return []  # "compared to last year": no one's comparison
    to = next((c for c in (*cue.children, *obj.children) if c.dep_ == "prep" and c.i > obj.i
               and c.lower_ in ("to", "with")), None)
    if to is None:
        return []
    return [t for t in cue.doc[obj.left_edge.i:to.right_edge.i + 1]]


def before_semicolon(tokens: list[Token], cue: Token, quoted: Callable[[int], bool]) -> list[Token]:
    """A content clause after its verb cut at a semicolon that opens a clause with a subject of its own
    ("said the timing was not intentional; they only learned of it on Friday": the writer's own clause);
    never at a semicolon inside quotation marks (``quoted`` tells by character offset)."""
    toks = sorted(tokens, key=lambda t: t.i)
    for k, tok in enumerate(toks):
        if tok.text == ";" and tok.i > cue.i and k >= 3 and not quoted(tok.idx) \
                and any(t.dep_ in ("nsubj", "nsubjpass") for t in toks[k + 1:]):
            return toks[:k]
    return toks


def clauses_before(cue: Token, child: Token) -> list[Token]:
    """Every content clause of a closing verb ("A, but B, the source added"): the words from the first
    clause before the verb to the end of the last one, when the parse hung both on it."""
    if child.i > cue.i:
        return list(child.subtree)
    before = [c for c in cue.children if c.dep_ == "ccomp" and c.i < cue.i]
    if len(before) < 2:
        return list(child.subtree)
    lo = min(c.left_edge.i for c in before)
    hi = max(c.right_edge.i for c in before)
    return list(cue.doc[lo:hi + 1])


LABEL_VERBS = {"call", "label", "brand", "dub", "term"}  # not "deem": a view, not words


def naming(cue: Token) -> list[Token]:
    """What a speaker called something: "the campaign called the charges unsubstantiated", "critics
    labelled the plan a giveaway to the rich" (the object and its complement); empty for a name given
    ("called the baby Anna"), for a gerund after a preposition ("stopped short of calling X Y") and for
    any other verb."""
    if cue.pos_ != "VERB" or cue.lemma_.lower() not in LABEL_VERBS or cue.dep_ == "pcomp" \
            or any(c.dep_ == "nsubj" and c.lower_ in ("you", "one") for c in cue.children):
        return []  # nor the reader's ("you can call it what you want")
    obj = next((c for c in cue.children if c.dep_ == "dobj" and c.i > cue.i), None)
    comp = next((c for c in cue.children if c.dep_ == "oprd" and obj is not None and c.i > obj.i), None)
    if comp is None:  # "branded the strike illegal": the parse makes a small clause of it
        comp = next((c for c in cue.children if c.dep_ == "ccomp" and c.i > cue.i and c.pos_ == "ADJ"), None)
        obj = next((c for c in comp.children if c.dep_ == "nsubj"), None) if comp is not None else None
    if obj is None or comp is None or comp.pos_ == "PROPN":
        return []
    more = [c.right_edge.i for c in cue.children if c.dep_ == "conj" and c.i > comp.i
            and (c.tag_ == "VBN" or c.pos_ == "ADJ") and not any(g.dep_ == "nsubj" for g in c.children)]
    return [t for t in cue.doc[obj.left_edge.i:max([comp.right_edge.i, *more]) + 1]]  # "X and Y-ed by Z"


# reporting verbs that take no person as object, so a person they hang on is the subject of the report
GAP_VERBS = {"say", "suggest", "claim", "allege", "report", "insist", "argue", "assert", "contend", "predict",
             "estimate", "state", "believe", "think", "expect", "fear", "hope", "suspect"}
PERSON_WORDS = {"someone", "somebody", "anyone", "anybody", "those", "one", "man", "woman", "person",
                "people"}


def gapped_clause(cue: Token) -> list[Token]:
    """What a reporting verb in a relative clause says of the person it hangs on: "someone he suggested
    could serve for 40 years" ("could serve for 40 years"), "a man police say was armed". Only for a
    person (a name or a word for people), the subject of the verb that follows; never when the verb
    has its own clause or object ("the words he said were harsh": the words are what was said)."""
    noun, verb = cue.head, cue.head.head
    if cue.dep_ != "relcl" or cue.lemma_.lower() not in GAP_VERBS \
            or any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in cue.children) \
            or not any(c.dep_ == "nsubj" and c.lower_ not in ("who", "which", "that") for c in cue.children):
        return []
    person = noun.ent_type_ == "PERSON" or noun.lower_ in PERSON_WORDS or noun.lemma_.lower() in PERSON_WORDS
    if not person or noun.dep_ != "nsubj" or verb.i < cue.i or verb.pos_ not in ("VERB", "AUX"):
        return []
    return [t for t in verb.subtree if t.i > cue.right_edge.i]

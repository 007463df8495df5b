"""Attribution of direct quotes when the parse gives no plain "X said": which of several reporting
verbs around a quote speaks, an inverted speaker ("Continued Stone: ..."), and the speaker of a
lead-in that ends with a colon ("Pollsters agree - Carl Bialik: "...""). Functions of tokens only; the
quote stage (``quotes.QuoteExtractor``) decides when to ask."""
from __future__ import annotations

from spacy.tokens import Token

from storyline.article.quote_cues import (
    DASHES,
    SUBJECT_DEPS,
    content_child,
    has_subject,
    is_cue,
    name_head,
    opens_with_that,
    trailing_report,
)
from storyline.article.speaker_words import ORG_WORDS, PERSONAL_NOUNS, norm_word

SOMEONE_NOUNS = PERSONAL_NOUNS | ORG_WORDS
# verbs whose object, not their subject, is what the colon introduces ("Police found a note in the car:")
FOUND_VERBS = {"find", "recover", "discover", "uncover", "obtain", "seize", "carry", "contain", "show",
               "display", "bear", "include", "leave", "receive", "get", "see", "hear", "publish", "release"}

def preferred_cue(cues: list[Token]) -> Token | None:
    """Of reporting verbs hanging on a quote, the one with a subject of its own ("Asked about X,
    Adelson said, "..."": "said", not the participle "Asked"), then the first."""
    if not cues:
        return None
    own = [c for c in cues if has_subject(c)]
    return (own or cues)[0]


def inverted_subject(cue: Token) -> Token | None:
    """The name right after a clause-opening reporting verb that has no subject ("Continued Stone:",
    "Added Ms Reyes, ..."): the parser often takes it for the object."""
    before = [t for t in cue.sent if t.i < cue.i and not (t.is_punct or t.is_space)]
    nxt = cue.doc[cue.i + 1] if cue.i + 1 < len(cue.doc) else None
    if before or nxt is None or nxt.pos_ != "PROPN":
        return None
    return name_head(nxt)


def lead_in_speaker(toks: list[Token]) -> Token | None:
    """The speaker of a lead-in (the tokens before a colon that opens a quote) with no reporting verb:
    a name right after a dash or alone ("Pollsters agree - Carl Bialik:"), the source of "According to
    X:" / "From the report:", or the subject of the lead-in's clause ("Cruz called them on it:",
    "She then addressed the crowd again:", "Here's Clinton in 1992:")."""
    words = [t for t in toks if not t.is_space]
    if not words:
        return None
    named = _dashed_name(words)
    if named is not None:
        return named
    source = _source_phrase(words)
    if source is not None:
        return source
    return _clause_subject(words)


def _dashed_name(words: list[Token]) -> Token | None:
    """A proper-name run that ends the lead-in and follows a dash or opens it."""
    i = len(words) - 1
    while i >= 0 and (words[i].pos_ == "PROPN" and not _capitals(words[i])
                      or words[i].lower_ == "and" and 0 < i < len(words) - 1
                      and words[i - 1].pos_ == "PROPN"):  # "Frank Newport and Jim Harter:"
        i -= 1
    if i == len(words) - 1 or i >= 0 and words[i].text not in DASHES:
        return None
    return words[-1] if words[-1].ent_type_ in ("PERSON", "ORG", "") else None


def _source_phrase(words: list[Token]) -> Token | None:
    """X of a lead-in that opens with "According to X", "From X" or "More from X" (not "The mayor,
    according to aides, was furious:")."""
    for k, tok in enumerate(words[:-1]):
        opens = tok.lower_ == "from" and all(t.lower_ in ("more", "and") for t in words[:k])
        if tok.lower_ == "according" and k == 0 and words[k + 1].lower_ == "to" or opens:
            prep = words[k + 1] if tok.lower_ == "according" else tok
            objs = [c for c in prep.children if c.dep_ == "pobj"]
            return objs[0] if objs else None
    return None


def _clause_subject(words: list[Token]) -> Token | None:
    """The subject of the lead-in's main verb, when it names someone (a name, a personal pronoun, a
    person or an organisation); "here's X" names X."""
    roots = [t for t in words if t.head.i == t.i or t.head.i < words[0].i or t.head.i > words[-1].i]
    for root in roots:
        if root.lemma_.lower() in FOUND_VERBS:
            continue  # what was found speaks, not who found it
        subj = [c for c in root.children if c.dep_ in SUBJECT_DEPS and words[0].i <= c.i]
        if any(c.lower_ == "here" for c in root.children):
            subj = [c for c in root.children if c.dep_ in ("attr", "nsubj") and c.text[:1].isupper()]
        if subj and _names_someone(subj[0]) and not _capitals(subj[0]):
            return subj[0]
    return None


def _capitals(tok: Token) -> bool:
    """A word in capitals ("TURNOUT"), as in a headline; not an initial ("P.")."""
    return len(tok.text.strip(".")) > 1 and tok.text.isupper()


def _names_someone(tok: Token) -> bool:
    if tok.pos_ == "PROPN" or tok.text[:1].isupper() and tok.ent_type_ in ("PERSON", "ORG", ""):
        return tok.is_alpha
    if tok.pos_ == "PRON":
        return tok.lower_ in ("he", "she", "they", "we", "i")
    return norm_word(tok.lemma_) in SOMEONE_NOUNS


def apposed_name(comma: Token) -> Token | None:
    """The person a comma closes before a reporting verb the parser left without a subject: "Robert
    Shrum, a veteran strategist, said" (the head the apposition describes) or "her adviser, Jake
    Sullivan, said" (the name in apposition); None when no person-like phrase ends there."""
    if comma.i == 0:
        return None
    tok = name_head(comma.doc[comma.i - 1])
    if tok.dep_ == "appos" and tok.pos_ != "PROPN" and tok.head.i < tok.i and tok.head.pos_ == "PROPN":
        return tok.head
    if tok.pos_ == "PROPN" and tok.ent_type_ in ("PERSON", "") or _names_someone(tok) and tok.pos_ == "NOUN":
        return tok
    return None


def is_passive(cue: Token) -> bool:
    """"It has been called ...": the subject of a passive cue is what is described, not the speaker."""
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in cue.children)


def participle_subject(cue: Token) -> Token | None:
    """The subject of the sentence's main verb for a participle or infinitive cue the climb did not
    reach ("Clinton seemed ready to riff on it, telling the crowd, "..."", "Mr. Trump was prompted to
    say, "...""), when it comes before the cue."""
    if cue.tag_ not in ("VBG", "VB"):
        return None
    root = cue.sent.root
    subj = [c for c in root.children if c.dep_ in SUBJECT_DEPS and c.i < cue.i]
    return subj[0] if subj and _names_someone(subj[0]) else None


def before_second_report(tokens: list[Token], cue: Token) -> list[Token]:
    """A content clause cut before a second report the parse coordinated inside it ("said the bridge
    would reopen and said the city would pay", "wrote that A and said B": the first clause ends at "and"),
    before a reporting participle (", telling reporters ...") and before another speaker's report
    (", while other voters said ...")."""
    second = [t for t in tokens if t.dep_ == "conj" and t.i > cue.i and not has_subject(t)
              and (t.lemma_ == cue.lemma_ or is_cue(t) and opens_with_that(t.head))
              or t.i > cue.i and (trailing_report(t) or contrasted_report(t))]
    second.sort(key=lambda t: t.left_edge.i)
    if not second:
        return tokens
    cut = min(t.i for t in second[0].subtree)
    return [t for t in tokens if t.i < cut]


def contrasted_report(tok: Token) -> bool:
    """Another speaker's report joined to a content clause ("said A, while other voters said B", "said A
    and the army said B"): a reporting verb with a subject of its own, coordinated or adverbial."""
    contrast = tok.dep_ == "conj" or tok.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in ("while", "whereas") for c in tok.children)
    if not contrast or not is_cue(tok) or tok.head.i > tok.i or content_child(tok) is None:
        return False
    subj = [c for c in tok.children if c.dep_ in SUBJECT_DEPS and c.i < tok.i]
    return bool(subj) and subj[0].lower_ not in ("who", "which", "that")


def coordinated_name(head: Token) -> Token:
    """The named person a bare stack of descriptions ends with: "GOP presidential contender and former
    neurosurgeon Ben Carson responded" parses "contender" as the subject and the name as its conjunct.
    Not "The mayor and Ben Carson" (a determiner: two people) nor plural nouns."""
    if head.pos_ != "NOUN" or head.tag_ == "NNS" or any(c.dep_ in ("det", "poss") for c in head.children):
        return head
    names = [c for c in head.children if c.dep_ == "conj" and c.pos_ == "PROPN" and c.ent_type_ == "PERSON"]
    return names[0] if len(names) == 1 else head

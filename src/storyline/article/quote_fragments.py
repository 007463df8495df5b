"""What quoted words embedded in a sentence are: a title ("One Hundred Years of Solitude"), a scare
quote ("his "brilliant" performance"), or words a speech or description verb governs (reported
speech). Functions of the parse only; the quote stage (``quotes.QuoteExtractor``) decides with them
whether a fragment is kept, folded into a content clause or dropped."""
from __future__ import annotations

from spacy.tokens import Token

from storyline.article.quote_cues import FRAGMENT_VERBS, SPEECH_NOUNS, is_cue

MAX_SCARE_WORDS = 3  # a quoted fragment this short needs a speech or description verb of its own


def governs_speech(tok: Token, fragment: bool) -> bool:
    """A reporting verb; for a fragment also a describing verb; or a speech noun with a possessor."""
    if is_cue(tok) or fragment and tok.lemma_ in FRAGMENT_VERBS and tok.pos_ == "VERB":
        return True
    return tok.lemma_ in SPEECH_NOUNS and any(c.dep_ == "poss" for c in tok.children)


def is_scare_quote(toks: list[Token]) -> bool:
    """Quoted words of three or fewer that modify a noun ("his "brilliant" performance"), or whose
    governing verb is no speech or description verb ("denied being "leant on"", "inflicted "pure
    cruelty""); not "described the situation as "madness"" nor "criticised it for its "rejection""."""
    if len([t for t in toks if t.is_alpha]) > MAX_SCARE_WORDS or toks[-1].text in (".", "?", "!"):
        return False  # long, or a short sentence of its own ("No.")
    lo, hi = toks[0].i, toks[-1].i
    roots = [t for t in toks if not lo <= t.head.i <= hi and t.head.i != t.i]
    if not roots:
        return False
    root = roots[0]
    if root.dep_ in ("amod", "compound", "nmod", "advmod", "npadvmod") \
            and root.head.pos_ in ("NOUN", "PROPN"):
        return True
    tok = root.head
    for _ in range(4):  # up to the governing verb, passing a speech noun ("his call for an "X"")
        if governs_speech(tok, True):
            return False
        if tok.pos_ in ("VERB", "AUX") and not subjectless_copula(tok) or tok.head.i == tok.i:
            break
        tok = tok.head
    return not governs_speech(tok, True)


def subjectless_copula(tok: Token) -> bool:
    """A "be" with no subject parsed as a content clause: a misparse of "branded X "wrong"", so the
    fragment's governing verb is the one above it."""
    return tok.lemma_ == "be" and tok.dep_ == "ccomp" and not any(
        c.dep_ in ("nsubj", "nsubjpass", "expl") for c in tok.children)


def is_title(toks: list[Token]) -> bool:
    """Quoted title-case words ("One Hundred Years of Solitude") name a work, not speech."""
    words = [t for t in toks if t.is_alpha]
    capital = [t for t in words if t.text[:1].isupper()]
    return len(capital) >= 2 and all(t.text[:1].isupper() or t.is_stop for t in words)

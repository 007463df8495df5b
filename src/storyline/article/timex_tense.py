"""The tense a temporal expression is used in, read from the dependency parse.

"Zelenskiy responded on Sunday" is past, "a call scheduled for Tuesday" and "will meet on
Tuesday" are future. The tense picks which Sunday or which June a bare name means."""
from __future__ import annotations

FUTURE_AUX = {"will", "shall", "'ll", "’ll", "wo", "would", "could", "might", "may", "should", "must", "can"}
PAST_AUX = {"has", "have", "had", "was", "were", "did", "'d"}
PRESENT_BE = {"is", "are", "am", "'s", "’s", "'re", "’re"}
# verbs that place what they govern ahead: "scheduled for Tuesday", "plans to meet on Monday"
SCHEDULING = {"schedule", "set", "slate", "due", "plan", "expect", "intend", "aim", "hope", "prepare",
              "agree", "want", "go", "promise", "vow", "pledge", "threaten", "propose"}
REPORTING = {"say", "tell", "report", "announce", "state", "claim", "write", "add", "note", "confirm"}


def _governor(token):
    """The verb or auxiliary that governs ``token`` (None when no verb is reached)."""
    for _ in range(6):
        if token.pos_ in ("VERB", "AUX"):
            return token
        if token.head is token:
            return None
        token = token.head
    return token if token.pos_ in ("VERB", "AUX") else None


def _aux_words(verb) -> set[str]:
    return {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}


def verb_tense(verb, depth: int = 0) -> str | None:
    """'past', 'future' or None for one verb, from its auxiliaries and tag."""
    aux = _aux_words(verb)
    if aux & FUTURE_AUX or verb.lower_ in FUTURE_AUX:
        return "future"
    if verb.lemma_ in SCHEDULING and verb.tag_ == "VBN":
        return "future"
    if verb.tag_ == "VB" and "to" in aux:
        head = verb.head
        if head is not verb and (head.lemma_ in SCHEDULING or head.lower_ == "going"):
            return "future"
        return verb_tense(head, depth + 1) if head is not verb and depth < 2 else None
    if verb.tag_ == "VBD" or aux & PAST_AUX:
        return "past"
    if verb.tag_ == "VBN":
        return "past"
    if verb.tag_ == "VBG" and aux & PRESENT_BE:
        return "future"
    if verb.tag_ in ("VBZ", "VBP") and verb.lemma_ not in REPORTING:
        return "future"
    return None


def tense_at(doc, start: int, end: int) -> str | None:
    """The tense of the clause holding the characters ``start:end`` of ``doc``; None if unknown."""
    if doc is None:
        return None
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    verb = _governor(span.root)
    if verb is None:
        verb = _governor(span.sent.root)
    return verb_tense(verb) if verb is not None else None

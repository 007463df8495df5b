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
SCHEDULED = {"schedule", "set", "slate", "due", "plan", "expect", "reschedule", "postpone"}
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


def _infinitive_tense(verb, depth: int) -> str | None:
    """"plans to meet on Monday", "an event to be held on October 12": ahead of the governing verb."""
    head = verb.head
    if head is verb:
        return None
    if head.lemma_ in SCHEDULING or head.lower_ == "going":
        return "future"
    if head.pos_ in ("VERB", "AUX") and depth < 2:
        return verb_tense(head, depth + 1)
    return None


def verb_tense(verb, depth: int = 0) -> str | None:
    """'past', 'present', 'future' or None for one verb, from its auxiliaries and tag.

    'present' ("is travelling on Monday", "the index accounts for ... as of February") allows the
    publication day itself; 'future' ("will meet on Tuesday", "scheduled for Tuesday") does not."""
    aux = _aux_words(verb)
    if aux & FUTURE_AUX or verb.lower_ in FUTURE_AUX:
        return "future"
    if "to" in aux:
        return _infinitive_tense(verb, depth)
    if verb.lemma_ in SCHEDULED and verb.tag_ == "VBN":
        return None if aux & {"was", "were"} else "future"  # "was set to land": it may have happened
    if verb.tag_ == "VBD" or aux & PAST_AUX:
        return "past"
    if aux & PRESENT_BE:
        return "present"  # "is travelling", "is reported"
    if verb.tag_ == "VBN":
        return "past"
    if verb.tag_ in ("VBZ", "VBP") and verb.lemma_ not in REPORTING:
        return "present"
    return None


FINITE = {"VBD", "VBZ", "VBP", "MD"}


def _nearest_finite(span):
    """The finite verb of the sentence nearest to ``span``, outside relative clauses (parse fallback)."""
    verbs = [t for t in span.sent if t.tag_ in FINITE and t.dep_ not in ("relcl", "acl")]
    if not verbs:
        return None
    verb = min(verbs, key=lambda t: min(abs(t.i - span.start), abs(t.i - span.end)))
    return verb.head if verb.tag_ == "MD" else verb


def tense_at(doc, start: int, end: int) -> str | None:
    """The tense of the clause holding the characters ``start:end`` of ``doc``; None if unknown."""
    if doc is None:
        return None
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    verb = _governor(span.root) or _nearest_finite(span)
    return verb_tense(verb) if verb is not None else None

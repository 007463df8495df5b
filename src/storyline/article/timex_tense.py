"""The tense a temporal expression is used in, read from the dependency parse.

"Zelenskiy responded on Sunday" is past, "a call scheduled for Tuesday" and "will meet on
Tuesday" are future. The tense picks which Sunday or which June a bare name means.

A weekday naming an event ("Tuesday's collapse", "the Tuesday vote", "the collapse on Tuesday")
takes the tense of the event: future when the event noun carries a future marker ("the upcoming
Tuesday vote", "Tuesday's vote, which will decide ..."); past when the event is referred to as
having happened, the object of "after", "since", "following", "in the wake of" ("remain trapped
after Tuesday's collapse"), unless its clause is plainly future ("talks will resume after
Tuesday's vote"). A modal alone (could, would, might ...) is no future marker for an event."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

FUTURE_AUX = {"will", "shall", "'ll", "’ll", "wo", "would", "could", "might", "may", "should", "must", "can"}
PAST_AUX = {"has", "have", "had", "was", "were", "did", "'d"}
PRESENT_BE = {"is", "are", "am", "'s", "’s", "'re", "’re"}
# verbs that place what they govern ahead: "scheduled for Tuesday", "plans to meet on Monday"
SCHEDULING = {"schedule", "set", "slate", "due", "plan", "expect", "intend", "aim", "hope", "prepare",
              "agree", "want", "go", "promise", "vow", "pledge", "threaten", "propose"}
# verbs of trying: in the past tense, what they govern happened when they did ("sought to calm ... Friday")
ATTEMPTS = {"aim", "try", "seek", "attempt", "strive", "move"}
SCHEDULED = {"schedule", "set", "slate", "due", "plan", "expect", "reschedule", "postpone"}
REPORTING = {"say", "tell", "report", "announce", "state", "claim", "write", "add", "note", "confirm"}
WILL = {"will", "shall", "'ll", "’ll", "wo"}
# an event noun's own future markers: "the upcoming vote", "next Tuesday's vote"
AHEAD = {"upcoming", "next", "coming", "forthcoming", "impending", "looming"}
# plans: future unless the clause is past ("postponed Saturday's planned premiere" may be over)
PLANNED = {"planned", "scheduled", "proposed", "expected", "due"}
# prepositions that refer to an event as having happened: "after Tuesday's collapse"
HAPPENED = {"after", "since", "following"}
TIME_OF_DAY = {"morning", "afternoon", "evening", "night", "noon", "midnight", "dawn", "dusk", "overnight"}


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
    if head.lemma_ in ATTEMPTS and head.tag_ in ("VBD", "VBN"):
        return "past"  # "aimed to defuse speculation Friday": the attempt was made then
    if head.lemma_ in SCHEDULING or head.lower_ == "going":
        aux = _aux_words(head) | (_aux_words(head.head) if head.dep_ == "acomp" else set())
        return None if "had" in aux else "future"  # "had been due to expire Friday"
    if head.pos_ in ("VERB", "AUX") and depth < 2:
        return verb_tense(head, depth + 1)
    return None


def verb_tense(verb, depth: int = 0) -> str | None:
    """'past', 'present', 'future' or None for one verb, from its auxiliaries and tag.

    'present' ("is travelling on Monday", "the index accounts for ... as of February") allows the
    publication day itself; 'future' ("will meet on Tuesday", "scheduled for Tuesday") does not."""
    aux = _aux_words(verb)
    if "have" in aux and aux & (FUTURE_AUX - WILL):
        return "past"  # "may have been responsible for a drop on Wednesday", "could have left Friday"
    if aux & FUTURE_AUX or verb.lower_ in FUTURE_AUX:
        return "future"
    if "to" in aux:
        return _infinitive_tense(verb, depth)
    if verb.lemma_ in SCHEDULED and verb.tag_ == "VBN" and _schedules(verb):
        return None if aux & {"was", "were", "had"} else "future"  # "was set to land": it may have happened
    if verb.tag_ == "VBD" or aux & PAST_AUX:
        return "past"
    if aux & PRESENT_BE:
        return "present"  # "is travelling", "is reported"
    if verb.tag_ == "VBN":
        return "past"
    if verb.tag_ == "VBG" and verb.dep_ in ("advcl", "conj") and verb.head is not verb and depth < 2:
        head = verb_tense(verb.head, depth + 1)  # "the stock has fluctuated, rising ... from $29 in March"
        return head if head in ("past", "future") else None  # "are convertible ..., representing ..."
    if verb.tag_ in ("VBZ", "VBP") and verb.lemma_ not in REPORTING:
        return "present"
    return None


def _schedules(verb) -> bool:
    """Does a scheduling participle place its date ahead? "set" does only as "set for Tuesday" or
    "set to expire"; "a record set on Aug. 6" is past."""
    if verb.lemma_ != "set":
        return True
    return any(c.dep_ == "prep" and c.lower_ == "for" or c.dep_ == "xcomp" for c in verb.children)


FINITE = {"VBD", "VBZ", "VBP", "MD"}


def _nearest_finite(span):
    """The finite verb of the sentence nearest to ``span``, outside relative clauses (parse fallback)."""
    verbs = [t for t in span.sent if t.tag_ in FINITE and t.dep_ not in ("relcl", "acl")]
    if not verbs:
        return None
    verb = min(verbs, key=lambda t: min(abs(t.i - span.start), abs(t.i - span.end)))
    return verb.head if verb.tag_ == "MD" or verb.dep_ in ("aux", "auxpass") else verb  # "has been replaced"


def plainly_future(verb) -> bool:
    """Is the clause of ``verb`` marked future by will / 'll / going to / scheduled / set to / due to
    (not by a modal alone: "rescuers could not reach them" is no future)?"""
    aux = _aux_words(verb)
    if aux & WILL:
        return True
    if aux & FUTURE_AUX:
        return False
    return verb_tense(verb) == "future"


def event_noun(token: Token) -> tuple[Token | None, bool]:
    """The event noun a date token names the day of, and whether the date modifies it directly
    ("Tuesday's collapse", "the Tuesday vote", "Tuesday night's strike") rather than through a
    preposition ("the collapse on Tuesday"); (None, False) when the date hangs on a verb."""
    direct = True
    for _ in range(2):
        head = token.head
        if head is token:
            break
        if token.dep_ == "poss" and head.pos_ in ("NOUN", "PROPN") \
                or token.dep_ in ("compound", "npadvmod", "nmod") and head.pos_ == "NOUN":
            noun = head
        elif token.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ == "NOUN":
            noun, direct = head.head, False
        else:
            break
        if noun.lower_ not in TIME_OF_DAY:
            return noun, direct
        token = noun  # "Tuesday night's strike": the event is the strike
    return None, False


def _happened_prep(noun):
    """The preposition ("after", "since", "following", "in" of "in the wake of") that refers to
    ``noun`` as an event that has happened, or None."""
    if noun.dep_ != "pobj":
        return None
    prep = noun.head
    if prep.lower_ in HAPPENED:
        return prep
    if prep.lower_ == "of" and prep.head.lower_ in ("wake", "aftermath") and prep.head.head.dep_ == "prep":
        return prep.head.head
    return None


def _future_above(token) -> bool:
    """Is a verb above ``token``, up to the first finite one, plainly future ("talks will resume
    after ...", "they will discuss issues ranging from ... to ... after ...")?"""
    for _ in range(8):
        if token.head is token:
            return False
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            if plainly_future(token):
                return True
            if token.tag_ in FINITE or _aux_words(token):
                return False
    return False


def _marked_future(noun) -> bool:
    """Does an event noun carry its own future marker: "upcoming", "next", a relative clause
    with will ("Tuesday's vote, which will decide ..."), "planned"/"scheduled" in a clause that is
    not past?"""
    for child in noun.children:
        if child.dep_ in ("amod", "compound", "advmod") and child.lower_ in AHEAD:
            return True
        if child.dep_ in ("relcl", "acl") and child.pos_ in ("VERB", "AUX") and plainly_future(child):
            return True
    if any(c.dep_ in ("amod", "compound") and c.lower_ in PLANNED for c in noun.children):
        verb = _governor(noun.head) if noun.head is not noun else None
        return verb is None or verb_tense(verb) != "past"
    return False


def event_tense(token) -> str | None:
    """The tense of the event a date token names (see the module docstring); None when the token
    names no event or nothing marks the event's time."""
    noun, direct = event_noun(token)
    if noun is None:
        return None
    if direct and _marked_future(noun):
        return "future"
    prep = _happened_prep(noun)
    if prep is not None:
        return "future" if _future_above(prep) else "past"
    return None


def tense_at(doc, start: int, end: int) -> str | None:
    """The tense of the clause holding the characters ``start:end`` of ``doc``; None if unknown."""
    if doc is None:
        return None
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    tense = event_tense(span.root)
    if tense is not None:
        return tense
    verb = _governor(span.root) or _nearest_finite(span)
    return verb_tense(verb) if verb is not None else None


DEADLINE = {"to", "until", "till", "through", "by", "than"}  # "than": "no later than May 11"
DEADLINE_ADJECTIVES = {"due", "payable", "effective", "valid"}
SCHEDULE_VERBS = {"schedule", "set", "slate", "plan", "reschedule", "postpone", "delay", "move", "push"}
SETTING_VERBS = {"schedule", "set", "slate"}  # a day as their object is a date fixed ahead ("set Nov. 10 as")


def weak_past(doc, start: int, end: int) -> bool:
    """Does a past clause leave the day at ``start:end`` unplaced because it is a deadline ("extended to
    Nov. 16", "through Nov. 17", "payable Dec. 7")? A day on a noun stays placed by the past verb:
    "the Oct. 7 attack killed ..." is the last Oct. 7, not the next one."""
    span = doc.char_span(start, end, alignment_mode="expand") if doc is not None else None
    if span is None or len(span) == 0:
        return False
    head = span.root.head
    if re.search(r"\bof[ \t]+record[ \t]+$", doc.text[max(0, start - 16):start]):
        return True  # "payable Dec. 7 to stock of record Nov. 22"
    if head.lower_ == "for" and head.head.lemma_ in SCHEDULE_VERBS or (
            head.lemma_ in SETTING_VERBS and span.root.dep_ in ("npadvmod", "dobj")
            and not any(c.dep_ == "auxpass" for c in head.children)):  # not "the record was set Nov. 22"
        return True  # "the vote was scheduled for Nov. 9", "has set Nov. 10 as the deadline"
    if head.dep_ == "prep" or head.pos_ == "ADP":
        return head.lower_ in DEADLINE
    return head.pos_ == "ADJ" and head.lower_ in DEADLINE_ADJECTIVES

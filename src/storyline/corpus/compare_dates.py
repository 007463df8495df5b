"""Different dates for the same event: "the collapse happened on Tuesday" (March 10) in one
document, "the March 9 collapse" in another.

A dated event is a common noun tied to a resolved day by the parse: the date modifies the noun
("Tuesday's collapse", "the March 9 collapse"), or is its prepositional phrase ("the meeting on
May 2"), or dates the verb the noun is subject of ("The collapse happened ... on Tuesday"; verbs of
occurring only). Past events only (a date after publication is a schedule, or a misread).
Within a scope, one event noun dated with different days no more than ``MAX_GAP_DAYS`` apart
in different documents is one discrepancy (further apart, they are most likely different events)."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from storyline.corpus.compare_scope import SentenceParses, published, tokens_in
from storyline.datevalue import first_day
from storyline.model import Article, DateMention

# Two reports giving one event different days usually differ by a day or a few: a night event dated on
# either side of midnight, time zones, a weekday ("on Tuesday") resolved against a different publication
# day, the day of the event against the day it was announced. The widest common slip is a weekday name
# read in the wrong week, exactly 7 days off, so a week bounds a disagreement about ONE event. Further
# apart, the same noun ("the attack", "the meeting") most likely names a different event of a running
# story (a second attack, the next meeting), and flagging it would be noise. (The example corpus's
# conflict is 1 day apart; the seeds have none.)
MAX_GAP_DAYS = 7
OCCUR_VERBS = {"happen", "occur", "take", "strike", "hit", "erupt", "begin", "start", "break", "unfold"}
NOT_EVENTS = {"day", "week", "month", "year", "morning", "afternoon", "evening", "night", "time", "date",
              "edition", "issue", "statement", "report", "article", "post", "weekend", "deadline", "hour"}
INDEFINITE = {"a", "an", "another"}
DEFINITE = {"the", "this", "that", "his", "her", "its", "their", "our", "last"}


@dataclass
class DatedEvent:
    article: Article
    noun: str  # lemma of the event noun
    value: str  # YYYY-MM-DD
    start: int  # of the phrase shown: "the March 9 collapse", "on Tuesday"
    end: int


def _event_noun(date_toks: list, root) -> tuple[object, bool] | None:
    """(event noun token, date inside the noun phrase?) for a date whose top token is ``root``."""
    head = root.head
    if root.dep_ in ("poss", "compound", "nmod", "npadvmod", "amod") and head.pos_ == "NOUN":
        return head, True
    if root.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in ("on", "in"):
        target = head.head
        if target.pos_ == "NOUN":
            return target, False
        if target.pos_ == "VERB" and target.lemma_.lower() in OCCUR_VERBS:
            subj = [c for c in target.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN"]
            if subj:
                return subj[0], False
    return None


def _definite(noun, inside: bool) -> bool:
    """True when the noun names an event the reader knows ("the March 9 collapse", "Tuesday's vote");
    "an announcement ... Monday" introduces one of its own."""
    if any(c.dep_ == "det" and c.lower_ in INDEFINITE for c in noun.children):
        return False
    if inside:
        return True
    return any(c.dep_ in ("det", "poss") and c.lower_ in DEFINITE for c in noun.children)


def dated_event(article: Article, date: DateMention, parses: SentenceParses) -> DatedEvent | None:
    """The event noun a day-precise date belongs to, with the phrase to show; None if there is none."""
    doc, offset = parses.get(article, date.start, date.end)
    toks = tokens_in(doc, date.start - offset, date.end - offset)
    roots = [t for t in toks if t.head not in toks or t.head is t]
    if len(roots) != 1:
        return None
    found = _event_noun(toks, roots[0])
    if not found:
        return None
    noun, inside = found
    if noun.lemma_.lower() in NOT_EVENTS or not _definite(noun, inside):
        return None
    if inside:
        left = [c for c in noun.children if c.i < noun.i]
        first = min([noun] + [min(c.subtree, key=lambda t: t.i) for c in left], key=lambda t: t.i)
        start, end = offset + first.idx, offset + noun.idx + len(noun.text)
    else:
        prep = roots[0].head
        start, end = offset + min(prep.idx, toks[0].idx), date.end
    return DatedEvent(article, noun.lemma_.lower(), date.value or "", start, end)


def events_of(articles: Sequence[Article], parses: SentenceParses) -> list[DatedEvent]:
    out = []
    for a in articles:
        day = published(a)
        dates = [d for d in a.dates if d.value and len(d.value) == 10 and first_day(d.value)
                 and not (day and first_day(d.value) > day)]
        parses.prefetch(a, [(d.start, d.end) for d in dates])
        for d in dates:
            ev = dated_event(a, d, parses)
            if ev:
                out.append(ev)
    return out


def date_conflicts(events: list[DatedEvent]) -> list[list[DatedEvent]]:
    """Groups of mentions of one event noun dated differently in different documents."""
    by_noun: dict[str, list[DatedEvent]] = defaultdict(list)
    for ev in events:
        by_noun[ev.noun].append(ev)
    out = []
    for noun in sorted(by_noun):
        group = by_noun[noun]
        days = sorted({first_day(ev.value) for ev in group})
        if len(days) < 2 or (days[-1] - days[0]).days > MAX_GAP_DAYS:
            continue
        if not any(x.value != y.value and x.article.id != y.article.id for x in group for y in group):
            continue  # two dates inside one document are two events
        firsts = {(ev.article.id, ev.value): ev for ev in reversed(group)}
        out.append(sorted(firsts.values(), key=lambda e: (e.value, e.article.published or "", e.article.id)))
    return out

"""The date of an event mention, from the dates the date stage resolved in its sentence.

The date nearest to the trigger in the parse tree wins. A date reached through "after"/"before"/
"following" is an anchor, not the event's day ("talks came days after Monday's call"): the event
gets the month (or year) that the week before or after the anchor lies in, when that is one month
(or one year). A date on a reporting verb ("the ministry said on 4 April that the deal was signed")
is read the same way: the event lies in the week up to it. A date reached through "since"/"until"
is not the event's date at all, nor is one inside another event's phrase ("agreements made in
2022"). A past event in the lead (the first paragraphs) that states no date is placed in the week
before publication, reduced the same way: news leads report what just happened. Such a date's
text is "published <day>" (``LEAD_DATE_PREFIX``), so that readers can tell it was not stated.

Each result carries a ``sort_day``: the middle of the window, to order events of equal value."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from spacy.tokens import Token

from storyline.article.timex_resolve import parse_iso
from storyline.article.timex_tense import REPORTING, tense_at
from storyline.model import Article, DateMention, DateValue

ANCHOR_WORDS = {"after", "before", "following", "ahead", "prior", "preceding", "since", "until", "till"}
WHEN_WORDS = {"when", "as", "while", "whereupon"}
EXCLUDING = {"since", "until", "till"}
WINDOW_DAYS = 7
LEAD_SENTENCES = 4  # at most, inside the first LEAD_LINES paragraphs
LEAD_LINES = 2
LEAD_DATE_PREFIX = "published "  # the date text of a lead event placed from the publication date


@dataclass
class EventDate:
    value: DateValue
    sort_day: str  # ISO day used for ordering (middle of the window for an approximate date)
    stated: bool = True  # False when read from the publication date (a lead event)


def _path(a: Token, b: Token) -> tuple[list[Token], list[Token]]:
    """Tokens on the tree path between ``a`` and ``b`` (both excluded), and the anchor words met on
    the way: on the path, or marking a clause the path leaves ("days after Turkey hosted the talks")."""
    up_a = [a] + list(a.ancestors)
    up_b = [b] + list(b.ancestors)
    common = next((t for t in up_a if t in up_b), None)
    if common is None:
        return [], []
    below = up_a[:up_a.index(common)] + up_b[:up_b.index(common)]
    path = [t for t in below[1:] + [common] if t is not a and t is not b]
    anchors = [t for t in path if t.lower_ in ANCHOR_WORDS and t.dep_ in ("prep", "mark", "advmod", "pcomp")]
    anchors += [c for t in below for c in t.children if c.dep_ == "mark" and c.lower_ in ANCHOR_WORDS]
    return path, anchors


def _date_root(article: Article, mention: DateMention) -> Token | None:
    span = article.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _reduce(low: dt.date, high: dt.date) -> str | None:
    """The coarsest calendar value that holds the whole window, or None."""
    if (low.year, low.month) == (high.year, high.month):
        return f"{low.year:04d}-{low.month:02d}"
    return f"{low.year:04d}" if low.year == high.year else None


def _window(anchor: dt.date, after: bool) -> tuple[dt.date, dt.date]:
    step = dt.timedelta(days=WINDOW_DAYS)
    return (anchor, anchor + step) if after else (anchor - step, anchor)


def _approximate(anchor: dt.date, after: bool, text: str) -> EventDate | None:
    low, high = _window(anchor, after)
    value = _reduce(low, high)
    if value is None:
        return None
    middle = low + (high - low) / 2
    return EventDate(DateValue(value, text), middle.isoformat())


def _event_is_after(trigger: Token, date: Token, word: Token) -> bool:
    """Whether the event lies after the anchor date: "X after <date>" with the trigger outside the
    "after" phrase, or "<date> ... before X"."""
    inside = trigger in word.subtree or trigger in word.head.subtree and date not in word.head.subtree
    later = word.lower_ in ("after", "following", "since")
    return later != inside


def _candidate(article: Article, trigger: Token, mention: DateMention,
               others: frozenset[int]) -> tuple[int, EventDate] | None:
    """(distance, date) that ``mention`` gives the trigger, or None when it does not date it (a date
    reached through another trigger is that event's: "talks based on agreements made in 2022",
    unless an anchor word relates the two: "talks days before Monday's announcement")."""
    root = _date_root(article, mention)
    if root is None or mention.value is None:
        return None
    path, anchors = _path(trigger, root)
    if not anchors and any(t.i in others and root in t.subtree and trigger not in t.subtree for t in path):
        return None
    if any(t.dep_ in ("relcl", "acl", "appos") and t.head not in (root, trigger) and root in t.subtree
           and trigger not in t.subtree for t in path):
        return None  # "the firm, founded in 1984, announced a deal": the date is the clause's
    reporting = [t for t in path if t.pos_ == "VERB" and t.lemma_ in REPORTING and trigger in t.subtree]
    if not anchors and not reporting and not _same_clause(trigger, root):
        return None  # "recovered during the raid was a record of ... in January 2004": another clause's
    if not anchors and not reporting:
        return len(path), EventDate(DateValue(mention.value, mention.text), _middle(mention.value))
    if (anchors and anchors[0].lower_ in EXCLUDING) or len(mention.value) != 10:
        return None
    after = _event_is_after(trigger, root, anchors[0]) if anchors else False
    found = _approximate(dt.date.fromisoformat(mention.value), after, mention.text)
    return (100 + len(path), found) if found else None


def _clause_head(tok: Token) -> Token | None:
    """The verb heading the clause ``tok`` stands in (``tok`` itself for a verb); an xcomp belongs
    to its governor's clause ("agreed on Friday to meet")."""
    head = tok
    while head.pos_ not in ("VERB", "AUX") or head.dep_ in ("aux", "auxpass"):
        if head.head.i == head.i:
            return None
        head = head.head
    while head.dep_ == "xcomp" and head.head.i != head.i:
        head = head.head
    return head


def _same_clause(trigger: Token, date: Token) -> bool:
    """Whether the date stands in the trigger's own clause or inside the trigger's phrase."""
    if date in trigger.subtree:
        return True
    a, b = _clause_head(trigger), _clause_head(date)
    if a is None or b is None:
        return a is b
    if a.dep_ in ("relcl", "advcl", "acl") and a.head.i == date.i:
        return True  # "in February 2022 when Moscow launched its invasion"
    return a.i == b.i or _when_clause(a, b) or _when_clause(b, a)


def _when_clause(sub: Token, main: Token) -> bool:
    """"escalated in February 2022 when Moscow launched its invasion": a when-clause shares the time."""
    return sub.dep_ == "advcl" and sub.head.i == main.i and any(
        c.dep_ in ("advmod", "mark") and c.lower_ in WHEN_WORDS for c in sub.children)


def _middle(value: str) -> str:
    parts = value.split("-")
    if len(parts) == 3:
        return value
    if len(parts) == 2:
        return f"{value}-15"
    return f"{value}-07-01"


def _lead(article: Article, trigger: Token) -> EventDate | None:
    """The week before (or after, for a scheduled event) publication, for a lead event."""
    pub = parse_iso(article.published) if article.published else None
    lines = [m.end() for m in re.finditer(r"[^\n]+", article.text)][:LEAD_LINES]
    lead = [s for s in article.sentences[:LEAD_SENTENCES] if lines and s[0] < lines[-1]]
    if pub is None or not any(s <= trigger.idx < e for s, e in lead):
        return None
    tense = tense_at(article.doc, trigger.idx, trigger.idx + len(trigger.text))
    if tense is None and trigger.pos_ != "VERB":
        tense = "past"
    if tense != "past":
        return None
    found = _approximate(pub, False, f"{LEAD_DATE_PREFIX}{article.published}")
    if found is None or len(found.value.value) != 7:
        return None  # the week before publication spans two months: a year says too little
    found.stated = False
    return found


def event_date(article: Article, trigger: Token, others: frozenset[int] = frozenset()) -> EventDate | None:
    """The date of the event whose trigger is ``trigger`` (see the module docstring); ``others``
    holds the token indices of the other triggers of the article."""
    sent = trigger.sent
    found = [c for m in article.dates if sent.start_char <= m.start < sent.end_char
             for c in [_candidate(article, trigger, m, others)] if c is not None]
    if found:
        return min(found, key=lambda c: c[0])[1]
    return _lead(article, trigger)

"""Different days for one report: "The New York Times reported Saturday that ..." in one document,
"On Sunday, the Times published ..." in another, both about the same tax records.

A dated report is a verb of publishing (``REPORT_VERBS``) with a named subject (a proper noun: the
outlet, agency or office that published) and a day-precise past date that modifies the verb ("reported
Saturday", "on Sunday ... published", "The Times on Saturday wrote"). Its content is the lemmas of
the nouns, names and numbers the verb governs, the subject and date left out. Two dated reports of
the same subject (entity, else the subject's words), in different documents, on different days no more
than ``MAX_GAP_DAYS`` apart, that share at least ``MIN_SHARED`` content lemmas making up at least
``MIN_OVERLAP`` of the smaller content, are one report dated two ways. Saying verbs are left out: a
speaker says things every day, an outlet publishes one story once.

Acts a person does once (``ONCE_ACTIVE``: "X died Sunday") or undergoes once (``ONCE_PASSIVE``: "X was
killed on Friday") need no shared content: the same subject and verb dated two ways is the
disagreement."""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from storyline.corpus.compare_dates import MAX_GAP_DAYS
from storyline.corpus.compare_scope import PLACE_TYPES, SentenceParses, ner_label, published, tokens_in
from storyline.datevalue import first_day
from storyline.model import Article, DateMention

REPORT_VERBS = {"publish", "report", "reveal", "release", "disclose", "print", "post", "write",
                "air", "broadcast", "unveil", "leak"}
# Acts done once in a life: whoever is their subject, two days for them are one event dated two ways.
# Not "resign": a person resigns from several offices in a life.
ONCE_ACTIVE = {"die"}  # "X died Sunday"
ONCE_PASSIVE = {"kill", "bear", "murder", "assassinate"}  # "X was killed on Friday"
ONCE_NOUNS = {"die": "death", "resign": "resignation", "kill": "killing", "bear": "birth", "murder": "murder",
              "assassinate": "assassination"}
CONTENT_POS = {"NOUN", "PROPN", "NUM"}
# A person posts and writes every day: for these a report needs an organisation (outlet, office) as subject,
# so a subject the parser tags as a person is left out.
ORG_ONLY_VERBS = {"post", "write"}
# "first reported", "again reported", "later reported": a follow-up report, another report than the first.
FOLLOW_UP = {"first", "again", "later", "also", "earlier", "previously", "originally", "initially"}
WEEK = 7  # days: a weekday alone names another day a week on, so two weekday-only dates must be closer
WEEKDAY_ONLY = re.compile(
    r"^(?:(?:on|early|late|last)\s+)*(?:mon|tues|wednes|thurs|fri|satur|sun)day\b[\w\s]*$", re.I)
# "LEEDS, March 9 - ": the dateline of a wire story names where and when it was filed, not an event.
DATELINE_BEFORE = re.compile(r"^\s*[A-Z][A-Z .'’-]{1,40},[^\n]{0,20}$")
DATELINE_AFTER = re.compile(r"^[^\n]{0,25}?\s[-–—]\s")
MIN_SHARED = 4  # content lemmas two reports share before they can be one report
MIN_OVERLAP = 0.5  # of the smaller report's content lemmas


@dataclass
class DatedReport:
    article: Article
    subject: str  # entity id of the subject, else its lower-case words
    who: str  # the subject as written, without its article: "New York Times"
    verb: str  # lemma
    once: bool  # an act done once in a life ("died"), else a report ("published")
    value: str  # YYYY-MM-DD
    weekday_only: bool  # the date names only a weekday ("Saturday", "on Sunday")
    follow_up: bool  # "first reported", "again reported": shown with its report, never a conflict itself
    start: int  # of the phrase shown: "The New York Times reported Saturday"
    end: int
    content: frozenset[str]

    @property
    def about(self) -> str:
        if self.once:
            return f"the day of {self.who}'s {ONCE_NOUNS[self.verb]}"
        return f"the day of the report by {self.who}"


def _dated_verb(root):
    """The verb a date's top token modifies ("reported Saturday", "on Sunday ... published"), or None."""
    if root.dep_ == "npadvmod":
        verb = root.head
    elif root.dep_ == "pobj" and root.head.lower_ == "on" and root.head.dep_ == "prep":
        verb = root.head.head
        if verb.pos_ == "PROPN" and verb.dep_ in ("nsubj", "nsubjpass"):  # "The Times on Saturday wrote"
            verb = verb.head
    else:
        return None
    return verb if verb.pos_ == "VERB" else None


def _kind(verb) -> str | None:
    """"report" for a verb of publishing, "once" for an act done once in a life, else None."""
    lemma = verb.lemma_.lower()
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    if not passive and lemma in REPORT_VERBS:
        return "report"
    if (lemma in ONCE_PASSIVE) if passive else (lemma in ONCE_ACTIVE):
        return "once"
    return None


def _subject(verb, label: Callable[[object], str]):
    """The verb's subject when it is a name ("the Times", "The writer Anna Berg": the name), else None.
    A place is no subject: "LEEDS, March 9 - Councillor John Smith died" is John Smith's death."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and (subj.pos_ == "NOUN" or label(subj) in PLACE_TYPES or subj.text.isupper()):
        subj = next((c for c in subj.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    if subj is None or subj.pos_ != "PROPN" or label(subj) in PLACE_TYPES:
        return None
    return subj


def _in_dateline(article: Article, date: DateMention) -> bool:
    """True for the date of a dateline ("LEEDS, March 9 - ..."): when the story was filed."""
    line_start = article.text.rfind("\n", 0, date.start) + 1
    return bool(DATELINE_BEFORE.match(article.text[line_start:date.start])
                and DATELINE_AFTER.match(article.text[date.end:date.end + 40]))


def _follow_up(verb) -> bool:
    """True for "first reported", "again reported": a report other than the one the story is about."""
    return any(c.dep_ == "advmod" and c.lower_ in FOLLOW_UP for c in verb.children)


def _content(verb, subject, date_toks: list) -> frozenset[str]:
    skip = {t.i for t in subject.subtree} | {t.i for t in date_toks}
    return frozenset(t.lemma_.lower().lstrip("$") for t in verb.subtree
                     if t.pos_ in CONTENT_POS and t.i not in skip and t.lemma_.strip("$"))


def dated_report(article: Article, date: DateMention, parses: SentenceParses,
                 entity_of) -> DatedReport | None:
    """The report a day-precise date belongs to, with the phrase to show; None if it dates no report."""
    doc, offset = parses.get(article, date.start, date.end)
    toks = tokens_in(doc, date.start - offset, date.end - offset)
    roots = [t for t in toks if t.head not in toks or t.head is t]
    verb = _dated_verb(roots[0]) if len(roots) == 1 else None
    kind = _kind(verb) if verb is not None else None
    subject = _subject(verb, lambda t: ner_label(article, offset, t)) if kind else None
    if subject is None:
        return None
    if verb.lemma_.lower() in ORG_ONLY_VERBS and ner_label(article, offset, subject) == "PERSON":
        return None
    left = subject.i
    while left > 0 and subject.doc[left - 1].pos_ == "PROPN" and subject.doc[left - 1].head.i > left - 1:
        left -= 1
    who = subject.doc[left:subject.i + 1].text  # the name's words: "New York Times", "Anna Berg"
    shown_from = left - 1 if left > 0 and subject.doc[left - 1].dep_ == "det" else left  # not a dateline
    span = ([t for t in subject.subtree if t.i >= shown_from] + toks + [verb]
            + ([roots[0].head] if roots[0].dep_ == "pobj" else []))
    first, last = min(span, key=lambda t: t.i), max(span, key=lambda t: t.i)
    key = entity_of(article.id, who) or who.lower()
    return DatedReport(article, key, who, verb.lemma_.lower(), kind == "once", date.value or "",
                       bool(WEEKDAY_ONLY.match(article.text[date.start:date.end].strip())),
                       kind == "report" and _follow_up(verb), offset + first.idx,
                       offset + last.idx + len(last.text), _content(verb, subject, toks))


def reports_of(articles: Sequence[Article], parses: SentenceParses,
               entity_of: Callable[[str, str | None], str | None]) -> list[DatedReport]:
    out = []
    for a in articles:
        day = published(a)
        dates = [d for d in a.dates if d.value and len(d.value) == 10 and first_day(d.value)
                 and not (day and first_day(d.value) > day) and not _in_dateline(a, d)]
        parses.prefetch(a, [(d.start, d.end) for d in dates])
        for d in dates:
            report = dated_report(a, d, parses, entity_of)
            if report and (report.once or report.content):
                out.append(report)
    return out


def _same_report(x: DatedReport, y: DatedReport) -> bool:
    if x.once or y.once:
        return x.once and y.once and x.subject == y.subject and x.verb == y.verb
    shared = len(x.content & y.content)
    return (x.subject == y.subject and shared >= MIN_SHARED
            and shared >= MIN_OVERLAP * min(len(x.content), len(y.content)))


def _conflict(x: DatedReport, y: DatedReport) -> bool:
    if x.article.id == y.article.id or x.follow_up or y.follow_up:
        return False  # the cheap tests first: this runs over every pair of reports
    gap = abs((first_day(x.value) - first_day(y.value)).days)
    limit = WEEK - 1 if x.weekday_only and y.weekday_only else MAX_GAP_DAYS
    return 0 < gap <= limit and _same_report(x, y)


def _self_dated_twice(group: list[DatedReport]) -> bool:
    """True when one document itself gives two days for the report and marks one as a follow-up ("reported
    Saturday ... first reported on Thursday"): it tells of two reports. Two unmarked days in one document
    ("reported Saturday ... On Sunday, the Times published") stay a disagreement."""
    days: dict[str, set[str]] = {}
    marked: set[str] = set()
    for r in group:
        days.setdefault(r.article.id, set()).add(r.value)
        if r.follow_up:
            marked.add(r.article.id)
    return any(len(v) > 1 and doc in marked for doc, v in days.items())


def _order(r: DatedReport) -> tuple:
    return r.value, r.article.published or "", r.article.id, r.start


def report_conflicts(reports: list[DatedReport]) -> list[list[DatedReport]]:
    """Groups of mentions of one report dated differently in different documents, each mention once."""
    out: list[list[DatedReport]] = []
    grouped: set[int] = set()
    for x in reports:
        if id(x) in grouped:
            continue
        partners = [y for y in reports if _conflict(x, y)]
        if not partners:
            continue
        group = [x] + partners
        members = {id(g) for g in group}
        docs = {g.article.id for g in group}
        group += [z for z in reports if id(z) not in members and z.article.id in docs
                  and any(_same_report(z, g) for g in group)]
        grouped |= {id(g) for g in group}
        if not _self_dated_twice(group):
            out.append(sorted(group, key=_order))
    return out

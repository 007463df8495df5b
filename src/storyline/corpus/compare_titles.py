"""Titles that contradict the publication dates: "Former U.S. President Donald Trump" in one document
while documents published at about the same time or later call him the current "US President".

For each person entity, the title words right before each of its mentions are read from the text
(``entity_titles.title_before``, widened to a "former"/"ex-" a few words further back). A title
marked former and the same role unmarked (same role noun, compatible qualifiers) in another
document published no more than ``EARLIER_DAYS`` before and no more than ``LATER_DAYS`` after it
make one discrepancy; the values are the title and name as written."""
from __future__ import annotations

import re
from dataclasses import dataclass

from storyline.corpus.compare_scope import published
from storyline.corpus.entity_titles import ROLE_WORDS, title_before
from storyline.model import Article, Entity

# The window in which an unmarked title ("President X") contradicts a "former" one ("Former President X").
# EARLIER_DAYS: a document published BEFORE the "former" one may rightly call X the holder, since X may
# have left the office in between. Two weeks is about the life of one running news story (the reports,
# follow-ups and reactions a brief gathers); a change of office inside it would itself be news and is
# normally written as such ("outgoing", "who resigned on ..."), so a bare title that close is worth a
# reader's check. Further back, resignations, reshuffles and elections in between are ordinary: the older
# document is out of date, not contradictory.
EARLIER_DAYS = 14
# LATER_DAYS: a document published AFTER the "former" one that calls X the holder contradicts it unless X
# has since regained the office. Offices are held for terms of years and a return needs an election or an
# appointment; within half a year that is rare, beyond it comebacks (re-election, reappointment) are
# plausible enough not to flag. (On the seeds the pair is 64 days apart, on the examples 1-2 days earlier:
# neither sits near an edge of the window.)
LATER_DAYS = 183
_FORMER_BEFORE = re.compile(r"(?:\b(?:former|ex)[-\s]+)((?:[\w.’'-]+\s+){0,3})$", re.I)
_NOT_TITLE = {"of", "to", "and", "the", "a", "an", "with", "for", "by", "who", "said"}
_FORMER_MARKS = {"former", "ex"}
_PAST_MARKS = _FORMER_MARKS | {"then", "late", "onetime", "one-time", "erstwhile"}  # "then Home Secretary"


@dataclass
class TitledMention:
    article: Article
    start: int  # of the title
    end: int  # of the name
    role: str  # the role noun ("president")
    qualifiers: frozenset[str]
    former: bool


def _words(title: str) -> list[str]:
    return [w.lower().replace(".", "") for w in re.findall(r"[\w.’'-]+", title)]


def _role(words: list[str]) -> tuple[str, frozenset[str]] | None:
    """(role noun, other words) of a title, or None when it holds no role noun."""
    roles = [w for w in words if w in ROLE_WORDS or w.split("-")[-1] in ROLE_WORDS]
    if not roles:
        return None
    role = roles[-1].removeprefix("ex-")
    rest = frozenset(w for w in words if w != roles[-1] and w not in _PAST_MARKS and len(w) > 1)
    return role, rest


def titled_mention(article: Article, start: int, end: int) -> TitledMention | None:
    """The title right before the name at ``text[start:end]``, with its "former" mark."""
    text = article.text
    title = title_before(text, start)
    if not title:
        return None
    t_start = text.rfind(title, 0, start)
    wider = _FORMER_BEFORE.search(text, max(0, text.rfind("\n", 0, t_start) + 1, t_start - 50), t_start)
    between = set(_words(wider.group(1))) if wider else set()
    if wider and not re.search(r"[,;:.!?]\s", wider.group(0)) and not between & _NOT_TITLE:
        t_start = wider.start()
    words = _words(text[t_start:start])
    found = _role(words)
    if not found:
        return None
    if _PAST_MARKS - _FORMER_MARKS & set(words) or any(w.startswith("then-") for w in words):
        return None  # a role at a past time ("then Home Secretary") says nothing about today
    former = bool(_FORMER_MARKS & set(words)) or any(w.startswith("ex-") for w in words)
    return TitledMention(article, t_start, end, found[0], found[1], former)


def same_role(former: TitledMention, current: TitledMention) -> bool:
    """Same role noun, and the current title shares a qualifier of the former one when it has any:
    "Former U.S. President" ~ "US President"; "former immigration minister" is not any "minister"."""
    if former.role != current.role:
        return False
    return not former.qualifiers or bool(former.qualifiers & current.qualifiers)


def _in_window(former: TitledMention, current: TitledMention) -> bool:
    df, dc = published(former.article), published(current.article)
    if not df or not dc:
        return False
    return -EARLIER_DAYS <= (dc - df).days <= LATER_DAYS


def title_conflicts(entity: Entity, articles: dict[str, Article]) -> list[list[TitledMention]]:
    """Each "former" title of ``entity`` with the current-holder mentions that contradict it."""
    mentions = []
    for span in entity.mentions:
        article = articles.get(span.doc)
        if article is not None:
            tm = titled_mention(article, span.start, span.end)
            if tm:
                mentions.append(tm)
    out = []
    formers = {m.article.id: m for m in reversed(mentions) if m.former}
    for f in sorted(formers.values(), key=lambda m: (m.article.published or "", m.article.id)):
        if any(not m.former and same_role(f, m) and m.article.id == f.article.id for m in mentions):
            continue
        current = [m for m in mentions if not m.former and m.article.id != f.article.id
                   and same_role(f, m) and _in_window(f, m)]
        firsts = list({m.article.id: m for m in reversed(current)}.values())[::-1]
        if firsts:
            out.append([f] + sorted(firsts, key=lambda m: (m.article.published or "", m.article.id)))
    return out

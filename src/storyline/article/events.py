"""The event stage: meetings, calls, talks, statements, agreements, proposals, attacks and
exchanges an article reports, each with its participants, place, date and trigger span.

``extract_events(article)`` reads the parse (``article.doc``) and the resolved dates
(``article.dates``): triggers from ``event_triggers`` (realis only, outside quoted speech),
participants and place from ``event_args``, the date from ``event_dates``. A quote with a
platform channel ("Truth Social", "X") that no trigger covers becomes a statement posted there.
Mentions of one article are merged across documents by the corpus event stage."""
from __future__ import annotations

from collections.abc import Sequence

from storyline.article.base import ArticleStage
from storyline.article.channels import GENERIC, PLATFORMS
from storyline.article.event_args import participants, place
from storyline.article.event_dates import event_date
from storyline.article.event_triggers import NOUNS, VERBS, Trigger, find_triggers
from storyline.article.speakers import SpeakerResolver
from storyline.model import Article, EventMention


def _quoted_spans(article: Article) -> list[tuple[int, int]]:
    return [(q.start, q.end) for q in article.quotes if q.kind in ("direct", "mixed")]


def _mention(article: Article, trigger: Trigger, resolver: SpeakerResolver,
             quoted: list[tuple[int, int]], others: frozenset[int]) -> EventMention | None:
    """The mention a trigger makes; inside quoted speech only when a date in its sentence places it
    (a speaker recounting "his speech in June"), since quotes mostly argue and promise."""
    found = event_date(article, trigger.token, others)
    if any(s <= trigger.start < e for s, e in quoted) and (found is None or not found.stated):
        return None
    return EventMention(
        start=trigger.start, end=trigger.end, text=article.text[trigger.start:trigger.end], type=trigger.type,
        participants=participants(trigger.token, trigger.type, resolver),
        place=place(trigger.token, trigger.type),
        date=found.value if found else None, sort_day=found.sort_day if found else None,
    )


# the channel names ``channels.find_channel`` gives a platform (X, Truth Social, TikTok, YouTube ...),
# plus its generic "social media"; derived from the patterns channels.py exports, so the two agree
PLATFORM_NAMES = frozenset(name for _, name in PLATFORMS) | frozenset(
    name for pattern, name in GENERIC if pattern.search("on social media"))


def _is_platform(channel: str | None) -> bool:
    return channel in PLATFORM_NAMES


def _post_mentions(article: Article, taken: list[EventMention]) -> list[EventMention]:
    """Statements posted on a platform, from quotes whose sentence has no statement trigger yet."""
    out = []
    for q in article.quotes:
        if not _is_platform(q.channel) or q.speaker_start is None or q.speaker_end is None:
            continue
        sent = article.sentence_of(q.speaker_start) or (q.speaker_start, q.speaker_end)
        if any(sent[0] <= m.start < sent[1] and m.type == "statement" for m in taken + out):
            continue
        token = article.doc.char_span(q.speaker_start, q.speaker_end, alignment_mode="expand")
        date = event_date(article, token.root) if token is not None and len(token) else None
        name = q.speaker_name or q.speaker_text
        out.append(EventMention(
            start=q.speaker_start, end=q.speaker_end, text=article.text[q.speaker_start:q.speaker_end],
            type="statement", participants=[name] if name else [], place=None,
            date=date.value if date else None, sort_day=date.sort_day if date else None,
            channel=q.channel,
        ))
    return out


def extract_events(article: Article) -> list[EventMention]:
    """Event mentions of one parsed, dated article, in text order."""
    if article.doc is None:
        return []
    quoted = _quoted_spans(article)
    resolver = SpeakerResolver(article.doc, quoted=quoted)
    triggers = find_triggers(article.doc)
    others = frozenset(t.i for t in article.doc if t.lemma_.lower() in NOUNS or t.lemma_.lower() in VERBS)
    mentions = [_mention(article, t, resolver, quoted, others) for t in triggers]
    found = [m for m in mentions if m is not None]
    found += _post_mentions(article, found)
    return sorted(found, key=lambda m: m.start)


class EventStage(ArticleStage):
    """Fills ``article.events`` (needs the parse, the dates and the quotes)."""

    name = "events"
    requires = ("doc", "dates", "quotes")
    produces = ("events",)

    def process(self, article: Article) -> Article:
        article.events = extract_events(article)
        return article

    def process_batch(self, articles: Sequence[Article]) -> list[Article]:
        return [self.process(a) for a in articles]


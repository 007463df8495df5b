"""Corpus stage "events": the article stage's event mentions merged into events across documents.

``build_events(articles, index, stories)`` resolves each mention's participant and place names to
entity ids (``EntityIndex.lookup``), groups the mentions that report one real event
(``event_merge``), gives each event a stable id (from its first mention), a short title ("Trump–Putin
phone call", "Talks in Istanbul") and its most precise date, and returns the events in timeline
order: dated ones by date, then the undated ones.

``EventCorpusStage`` stores them in ``ctx.results["events"]``, the ids of the undated ones in
``ctx.results["undated_events"]``, and fills ``Story.events`` (the events with a mention in the
story's documents, in timeline order) when the stories stage ran before it. Near-copies are
skipped: their original carries the same mentions. An event with one mention that names no
participant, no place and no date says nothing a reader can use and is left out."""
from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Sequence
from typing import Any

from storyline.article.event_dates import LEAD_DATE_PREFIX
from storyline.corpus.base import CorpusContext, CorpusStage
from storyline.corpus.entity_names import singular
from storyline.corpus.event_merge import Group, Mention, group_date, group_mentions, group_sort_day
from storyline.corpus.timeline import order_events
from storyline.model import Article, Event, Span, Story

LABELS = {"call": "phone call", "meeting": "meeting", "talks": "talks", "statement": "statement",
          "agreement": "agreement", "proposal": "proposal", "exchange": "exchange"}
TITLE_NAMES = 3


def _lookup(index: Any, doc: str, name: str | None) -> str | None:
    return index.lookup(doc, name) if index is not None and name else None


def _mentions(articles: Sequence[Article], index: Any, story_of: dict[str, str]) -> list[Mention]:
    out = []
    for order, a in enumerate(articles):
        for ev in a.events:
            ids = [_lookup(index, a.id, n) for n in ev.participants]
            place = _lookup(index, a.id, ev.place)
            parts = [i for i in dict.fromkeys(ids) if i and i != place]
            out.append(Mention(a.id, order, ev, parts, place, story_of.get(a.id)))
    return out


def _participants(g: Group) -> list[str]:
    """Entity ids: the ``TITLE_NAMES`` most mentioned in order of first appearance, then the rest."""
    first: dict[str, tuple[int, int]] = {}
    counts: Counter = Counter()
    for i, m in enumerate(sorted(g.mentions, key=lambda x: (x.order, x.event.start))):
        for j, p in enumerate(m.participants):
            counts[p] += 1
            first.setdefault(p, (i, j))
    ranked = sorted(counts, key=lambda p: (-counts[p], first[p]))
    return sorted(ranked[:TITLE_NAMES], key=lambda p: first[p]) + ranked[TITLE_NAMES:]


def _place(g: Group) -> str | None:
    places = Counter(m.place for m in g.mentions if m.place)
    return max(places, key=lambda p: (places[p], p)) if places else None


def _short(index: Any, entity_id: str) -> str:
    """A person's surname, any other entity's name."""
    entity = index.get(entity_id) if index is not None and hasattr(index, "get") else None
    if entity is None:
        return entity_id
    return entity.name.split()[-1] if entity.type == "PERSON" else entity.name


def _label(g: Group) -> str:
    """What the event is called: the most used trigger noun for attacks, statements and others
    ("invasion", "speech"), else the type's noun ("phone call")."""
    nouns = [m.event.text.lower() for m in g.mentions if m.event.text[:1].islower() and m.event.text.isascii()
             and not m.event.text.lower().endswith(("ed", "ing"))]
    if g.type == "statement":
        nouns = [n.split()[-1] for n in nouns]
    if g.type in ("attack", "other") or (g.type == "statement" and nouns):
        words = Counter(nouns or [m.event.text.lower() for m in g.mentions])
        word = max(words, key=lambda w: (words[w], w not in ("statement", "statements"), w))
        return singular(word) if g.type == "statement" else word
    return LABELS.get(g.type, g.type)


def event_title(g: Group, participants: list[str], place: str | None, index: Any) -> str:
    """ "Trump–Putin phone call", "Russia–Ukraine talks in Istanbul", "Talks in Istanbul"."""
    names = "–".join(_short(index, p) for p in participants[:TITLE_NAMES])
    label = _label(g)
    title = f"{names} {label}" if names else label[:1].upper() + label[1:]
    channels = [m.event.channel for m in g.mentions if m.event.channel]
    if g.type == "statement" and channels:
        return f"{title} on {Counter(channels).most_common(1)[0][0]}"
    prep = "to" if label in ("visit", "visits", "trip", "trips") else "in"
    return f"{title} {prep} {_short(index, place)}" if place else title


def _event_id(g: Group) -> str:
    first = min(g.mentions, key=lambda m: (m.doc, m.event.start))
    digest = hashlib.sha1(f"{g.type}|{first.doc}|{first.event.start}".encode()).hexdigest()[:10]
    return f"ev-{digest}"


def _event(g: Group, index: Any) -> tuple[Event, str | None]:
    participants, place = _participants(g), _place(g)
    date = group_date(g)
    spans = sorted({Span(m.doc, m.event.start, m.event.end) for m in g.mentions},
                   key=lambda s: (s.doc, s.start))
    event = Event(_event_id(g), g.type, event_title(g, participants, place, index), date, participants,
                  place, spans)
    return event, group_sort_day(g, date)


def _useful(g: Group) -> bool:
    """More than one mention, or one that names someone, a place or a date the text states."""
    return len(g.mentions) > 1 or any(
        m.keys or (m.event.date and not m.event.date.text.startswith(LEAD_DATE_PREFIX)) for m in g.mentions)


def build_events(articles: Sequence[Article], index: Any = None,
                 stories: Sequence[Story] | None = None) -> tuple[list[Event], list[Event]]:
    """(dated events in date order, undated events) of ``articles`` (see the module docstring)."""
    story_of = {d: s.id for s in stories or [] for d in s.documents}
    groups = [g for g in group_mentions(_mentions(articles, index, story_of)) if _useful(g)]
    built = [_event(g, index) for g in groups]
    events = _unique([e for e, _ in built])
    return order_events(events, {e.id: day for e, day in built})


def _unique(events: list[Event]) -> list[Event]:
    """Ids made unique (two events whose first mention is the same span would collide)."""
    seen: Counter = Counter()
    for e in events:
        seen[e.id] += 1
        if seen[e.id] > 1:
            e.id = f"{e.id}-{seen[e.id]}"
    return events


def story_events(stories: Sequence[Story], events: Sequence[Event]) -> None:
    """Set each story's ``events``: the ids of events with a mention in its documents, in order."""
    for story in stories:
        docs = set(story.documents)
        story.events = [e.id for e in events if any(m.doc in docs for m in e.mentions)]


class EventCorpusStage(CorpusStage):
    """Corpus stage "events" (runs after "entities" and, when present, "stories")."""

    name = "events"

    def run(self, ctx: CorpusContext) -> None:
        stories = ctx.results.get("stories") or []
        dated, undated = build_events(ctx.originals(), ctx.results.get("entities"), stories)
        ctx.results["events"] = dated + undated
        ctx.results["undated_events"] = [e.id for e in undated]
        story_events(stories, dated + undated)

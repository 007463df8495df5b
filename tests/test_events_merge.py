"""event_merge and the corpus event stage: one event per real event, whatever the number of reports."""
from __future__ import annotations

from storyline.corpus.base import CorpusContext
from storyline.corpus.event_merge import Mention, compatible, group_date, group_mentions
from storyline.corpus.events import EventCorpusStage, build_events
from storyline.model import Article, DateValue, Entity, EventMention, Story


def _m(doc: str, start: int, kind: str, parts: list[str], value: str | None = None, place: str | None = None,
       story: str | None = None, text: str = "call") -> Mention:
    date = DateValue(value, value) if value else None
    ev = EventMention(start, start + len(text), text, kind, list(parts), place, date)
    return Mention(doc, int(doc[-1]) if doc[-1].isdigit() else 0, ev, list(parts), place, story)


def test_events_merge_compatible_dates():
    assert compatible("2025-05", "2025-05-19") and compatible(None, "2025-05-19")
    assert not compatible("2025-05-18", "2025-05-19") and not compatible("2025-04", "2025-05-01")


def test_events_merge_same_call_in_two_documents():
    groups = group_mentions([_m("d1", 10, "call", ["trump", "putin"], "2025-05-19"),
                             _m("d2", 5, "call", ["putin", "trump"], "2025-05")])
    assert len(groups) == 1 and len(groups[0].mentions) == 2
    assert group_date(groups[0]) == DateValue("2025-05-19", "2025-05-19")


def test_events_merge_different_days_stay_apart():
    groups = group_mentions([_m("d1", 10, "call", ["trump", "putin"], "2025-03-18"),
                             _m("d2", 5, "call", ["trump", "putin"], "2025-05-19")])
    assert len(groups) == 2


def test_events_merge_types_and_stories_stay_apart():
    assert len(group_mentions([_m("d1", 1, "call", ["a", "b"], "2025-05-19"),
                               _m("d2", 1, "meeting", ["a", "b"], "2025-05-19")])) == 2
    assert len(group_mentions([_m("d1", 1, "call", ["a", "b"], "2025-05-19", story="s1"),
                               _m("d2", 1, "call", ["a", "b"], "2025-05-19", story="s2")])) == 2


def test_events_merge_two_named_parties_must_match_two():
    groups = group_mentions([_m("d1", 1, "meeting", ["a", "b"]), _m("d2", 1, "meeting", ["a", "c"])])
    assert len(groups) == 2
    groups = group_mentions([_m("d1", 1, "meeting", ["a", "b"]), _m("d2", 1, "meeting", ["a"])])
    assert len(groups) == 1


def test_events_merge_unnamed_mention_joins_the_previous_one_of_its_document():
    groups = group_mentions([_m("d1", 1, "call", ["a", "b"], "2025-05-19"), _m("d1", 90, "call", []),
                             _m("d2", 50, "call", [])])
    sizes = sorted(len(g.mentions) for g in groups)
    assert sizes == [1, 2]  # d2's "the call" has nothing before it in its own document


def test_events_merge_unnamed_mentions_of_one_day_and_word_merge():
    groups = group_mentions([_m("d1", 1, "other", [], "2026-03-10", text="collapse"),
                             _m("d2", 7, "other", [], "2026-03-10", text="collapse"),
                             _m("d3", 7, "other", [], "2026-03-10", text="rescue")])
    assert sorted(len(g.mentions) for g in groups) == [1, 2]


class _Index:
    """A stand-in for EntityIndex: names are their own ids."""

    def __init__(self, names: dict[str, str]):
        self.entities = [Entity(i, n, "PERSON" if " " in n else "PLACE") for i, n in names.items()]

    def lookup(self, doc_id: str, name: str | None) -> str | None:
        return next((e.id for e in self.entities if e.name == name or e.name.split()[-1] == name), None)

    def get(self, entity_id: str) -> Entity | None:
        return next((e for e in self.entities if e.id == entity_id), None)


def _article(doc: str, events: list[EventMention]) -> Article:
    return Article(id=doc, path=f"{doc}.txt", text="x" * 200, events=events)


def _call(start: int, parts: list[str], value: str | None, place: str | None = None) -> EventMention:
    return EventMention(start, start + 10, "phone call", "call", parts, place,
                        DateValue(value, "Monday") if value else None)


def test_events_merge_corpus_stage_ids_titles_order_and_stories():
    index = _Index({"e1": "Donald Trump", "e2": "Vladimir Putin", "e3": "Geneva"})
    articles = [
        _article("a", [_call(5, ["Donald Trump", "Vladimir Putin"], "2025-05-19"),
                       EventMention(50, 58, "meeting", "meeting", ["Trump"], "Geneva", None)]),
        _article("b", [_call(20, ["Putin", "Trump"], "2025-05"),
                       _call(90, ["Trump", "Putin"], "2025-03-18")]),
    ]
    ctx = CorpusContext(articles)
    ctx.results["entities"] = index
    ctx.results["stories"] = [Story("s1", "One", ["a", "b"])]
    EventCorpusStage().run(ctx)
    events = ctx.results["events"]
    assert [(e.type, e.date.value if e.date else None) for e in events] == [
        ("call", "2025-03-18"), ("call", "2025-05-19"), ("meeting", None)]
    may = events[1]
    assert may.title == "Trump–Putin phone call" and may.participants == ["e1", "e2"]
    assert {(s.doc, s.start) for s in may.mentions} == {("a", 5), ("b", 20)}
    assert events[2].title == "Trump meeting in Geneva" and events[2].place == "e3"
    assert ctx.results["undated_events"] == [events[2].id]
    assert ctx.results["stories"][0].events == [e.id for e in events]
    again = build_events(articles, index, ctx.results["stories"])
    assert [e.id for e in again[0] + again[1]] == [e.id for e in events]  # stable ids

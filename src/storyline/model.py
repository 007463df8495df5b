"""Typed records of storyline. Spans are offsets into ``Article.text`` (the cleaned text).

Article-level items (quotes, figures, dates, ...) hold offsets into their own article;
the brief adds the document id when it exports them."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Span:
    """A stretch of one document's cleaned text: ``text[start:end]``."""

    doc: str
    start: int
    end: int


@dataclass
class DateValue:
    """A calendar value reduced to the precision the text supports: YYYY, YYYY-MM or YYYY-MM-DD."""

    value: str
    text: str


@dataclass
class EntityMention:
    """One named-entity mention found by NER in an article."""

    start: int
    end: int
    text: str
    label: str  # spaCy label: PERSON, ORG, GPE, LOC, NORP, FAC, ...


@dataclass
class Quote:
    start: int
    end: int
    text: str
    kind: str  # direct | indirect | mixed
    speaker_text: str | None = None  # how the article names the speaker here ("he", "Mr Putin")
    speaker_name: str | None = None  # the resolved name inside the article ("Vladimir Putin") or None
    speaker_start: int | None = None  # offsets of speaker_text when it is in the text
    speaker_end: int | None = None
    cue: str | None = None
    channel: str | None = None
    said_on: DateValue | None = None


@dataclass
class Figure:
    start: int
    end: int
    text: str
    value: float
    unit: str | None = None
    approximate: bool = False
    measure: str | None = None
    subject_name: str | None = None  # entity name the figure is about, resolved to an id in the brief
    claimed_by_name: str | None = None  # speaker name; None when the outlet says it itself
    low: float | None = None  # for ranges: the low and high ends
    high: float | None = None
    rate: str | None = None  # "week" for "each week"


@dataclass
class DateMention:
    start: int
    end: int
    text: str
    value: str | None  # None when it cannot be resolved (no publication date for a relative one)
    relative: bool = False
    # TimeML type: DATE for the brief's dates; the article's ``timexes`` also hold TIME, DURATION, SET
    # and DATE values that are not calendar values (PRESENT_REF, 2013-W12, 2013-Q1, ...)
    timex_type: str = "DATE"


@dataclass
class EventMention:
    start: int
    end: int
    text: str
    type: str  # meeting | call | talks | statement | agreement | proposal | attack | exchange | other
    participants: list[str] = field(default_factory=list)  # names
    place: str | None = None
    date: DateValue | None = None
    sort_day: str | None = None  # ISO day that orders the event (middle of an approximate date's window)
    channel: str | None = None  # platform of a posted statement ("Truth Social")


@dataclass
class Position:
    actor_name: str
    kind: str  # demand | condition | offer | refusal | support | proposal
    text: str
    start: int
    end: int


@dataclass
class Rejection:
    """An input that could not be used, with the coded reason."""

    path: str
    where: str | None
    code: str
    reason: str

    def as_dict(self) -> dict[str, Any]:
        return {"path": self.path, "where": self.where, "code": self.code, "reason": self.reason}


@dataclass
class Article:
    """One news article: the unit every article stage reads and fills."""

    id: str
    path: str  # as given, relative to the input root
    text: str  # cleaned text; every offset points into it
    source_sha1: str = ""  # of the input file's bytes
    record: str | None = None  # line, entry or record inside a multi-record input
    raw_text: str | None = None  # text before cleaning
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    author: str | None = None
    published: str | None = None  # date value
    published_inferred: bool = False  # read from the text, not metadata
    duplicate_of: str | None = None
    boilerplate: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    sentences: list[tuple[int, int]] = field(default_factory=list)
    entities: list[EntityMention] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    events: list[EventMention] = field(default_factory=list)
    positions: list[Position] = field(default_factory=list)
    timexes: list[DateMention] = field(default_factory=list)  # every TIMEX3, typed; dates = calendar part
    rejection: Rejection | None = None  # set by a stage that refuses the article
    # {"key": embed.text_key of the lead, "vector": embed.pack_vector} (article stage lead_vector)
    lead_vector: dict[str, str] | None = None
    positions_found: bool = False  # article stage "positions" filled ``positions`` (actors unresolved)
    doc: Any = None  # transient spaCy Doc, never stored

    def sentence_of(self, start: int, end: int | None = None) -> tuple[int, int] | None:
        """The sentence holding offset ``start`` (and ``end`` when given)."""
        end = start if end is None else end
        for s, e in self.sentences:
            if s <= start < e or (s <= start and end <= e):
                return (s, e)
        return None


# ---- corpus-level records: built by corpus stages over the whole store ----


@dataclass
class Entity:
    id: str
    name: str  # canonical
    type: str  # PERSON | ORG | PLACE | GROUP | OTHER
    aliases: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    mentions: list[Span] = field(default_factory=list)


@dataclass
class Event:
    id: str
    type: str
    title: str
    date: DateValue | None = None
    participants: list[str] = field(default_factory=list)  # entity ids
    place: str | None = None  # entity id
    mentions: list[Span] = field(default_factory=list)


@dataclass
class Story:
    id: str
    title: str
    documents: list[str] = field(default_factory=list)
    events: list[str] = field(default_factory=list)
    continues: list[str] = field(default_factory=list)  # ids of stories this one continues


@dataclass
class DiscrepancyValue:
    doc: str
    start: int
    end: int
    text: str
    claimed_by: str | None = None  # entity id


@dataclass
class Discrepancy:
    id: str
    about: str
    values: list[DiscrepancyValue] = field(default_factory=list)


@dataclass
class SummarySentence:
    text: str
    citations: list[Span] = field(default_factory=list)
    story: str | None = None  # story id, None for the whole-corpus summary

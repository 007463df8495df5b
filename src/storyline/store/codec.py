"""Articles to and from plain JSON-able dicts.

The store keeps each article's annotations as one JSON value."""

from __future__ import annotations

import dataclasses
import functools
from typing import Any

from storyline.model import (
    Article,
    DateMention,
    DateValue,
    EntityMention,
    EventMention,
    Figure,
    Position,
    Quote,
    Rejection,
)

# annotation lists and the record each item is rebuilt as
_LISTS: dict[str, type] = {
    "entities": EntityMention,
    "quotes": Quote,
    "figures": Figure,
    "dates": DateMention,
    "events": EventMention,
    "positions": Position,
    "timexes": DateMention,
}
_COLUMNS = ("id", "path", "record", "title", "outlet", "url", "published", "text")
_TRANSIENT = ("doc",)


def article_to_data(article: Article) -> dict[str, Any]:
    """Everything but the columns and transient fields, as plain data."""
    skip = set(_COLUMNS) | set(_TRANSIENT)
    return {
        f.name: plain(getattr(article, f.name)) for f in dataclasses.fields(article) if f.name not in skip
    }


def plain(value: Any) -> Any:
    """Dataclasses (and lists, tuples and dicts of them) as JSON-able values, like
    ``dataclasses.asdict`` but without its deep copies (the store turns every annotation of every
    article through here, in the one process that writes)."""
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {name: plain(getattr(value, name)) for name in _field_names(type(value))}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value] if isinstance(value, list) else tuple(plain(v) for v in value)
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    return value


@functools.cache
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls))


def article_from_row(columns: dict[str, Any], data: dict[str, Any]) -> Article:
    """Rebuild an Article from its stored columns and JSON data (unknown keys are ignored)."""
    known = {f.name for f in dataclasses.fields(Article)}
    fields = {k: v for k, v in data.items() if k in known}
    for name, cls in _LISTS.items():
        fields[name] = [_record(cls, item) for item in fields.get(name) or []]
    fields["sentences"] = [tuple(s) for s in fields.get("sentences") or []]
    if fields.get("rejection"):
        fields["rejection"] = Rejection(**fields["rejection"])
    fields.update({k: columns.get(k) for k in _COLUMNS})
    return Article(**fields)


def _record(cls: type, item: dict[str, Any]) -> Any:
    names = {f.name for f in dataclasses.fields(cls)}
    values = {k: v for k, v in item.items() if k in names}
    for k, v in values.items():
        if isinstance(v, dict) and {"value", "text"} <= set(v):
            values[k] = DateValue(v["value"], v["text"])
    return cls(**values)

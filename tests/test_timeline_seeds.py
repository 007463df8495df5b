"""The seeds' timeline reads in the right order: the seeds brief built through the real API
(``seeds_brief`` in conftest), with the event stages wired into the default pipeline."""
from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def brief(seeds_brief) -> dict:
    return seeds_brief


def _names(brief: dict) -> dict[str, str]:
    return {e["id"]: e["name"] for e in brief["entities"]}


def _find(brief: dict, kind: str, month: str, *, title: str = "", place: str = "") -> int:
    """Index in the brief's events of the first event of this type and month (and title word, place)."""
    names = _names(brief)
    for i, e in enumerate(brief["events"]):
        value = (e["date"] or {}).get("value") or ""
        if e["type"] == kind and value.startswith(month) and title in e["title"] \
                and place in names.get(e["place"] or "", ""):
            return i
    listed = "; ".join(f"{(e['date'] or {}).get('value')} {e['title']}" for e in brief["events"])
    raise AssertionError(f"no {kind} event in {month} ({title} {place}): {listed}")


def test_timeline_seeds_reads_in_order(brief):
    order = [
        _find(brief, "attack", "2022-02"),  # the invasion
        _find(brief, "statement", "2024-06", title="speech"),
        _find(brief, "meeting", "2024-12", place="Paris"),
        _find(brief, "statement", "2024-12", title="Truth Social"),
        _find(brief, "call", "2025-03"),
        _find(brief, "talks", "2025-05"),
        _find(brief, "call", "2025-05"),
    ]
    assert order == sorted(order) and len(set(order)) == len(order)


def test_timeline_seeds_may_call_merges_both_reports(brief):
    paths = {d["id"]: d["path"] for d in brief["documents"]}
    call = brief["events"][_find(brief, "call", "2025-05")]
    docs = {paths[m["doc"]][:3] for m in call["mentions"]}
    assert {"002", "003"} <= docs
    names = {_names(brief)[p] for p in call["participants"][:2]}
    assert any("Trump" in n for n in names) and any("Putin" in n for n in names)


def test_timeline_seeds_dated_before_undated_and_mentions_valid(brief):
    values = [(e["date"] or {}).get("value") for e in brief["events"]]
    first_undated = values.index(None) if None in values else len(values)
    assert all(v is None for v in values[first_undated:])
    texts = {d["id"]: d["text"] for d in brief["documents"]}
    for e in brief["events"]:
        for m in e["mentions"]:
            assert 0 <= m["start"] < m["end"] <= len(texts[m["doc"]])


def test_timeline_seeds_quotes_get_said_on(brief):
    assert any(q["said_on"] for q in brief["quotes"])

"""The seeds' timeline reads in the right order, built through the real API into a real store.

Until the event stages are wired into ``pipeline.default_stages`` and ``runner.default_corpus_stages``
this module adds them itself (monkeypatched for this module only); once wired it adds nothing."""
from __future__ import annotations

import pytest

from conftest import SEEDS, seed_paths
from storyline import api
from storyline.article.dateline import DatelineStage
from storyline.article.events import EventStage
from storyline.article.said_on import SaidOnStage
from storyline.corpus import runner
from storyline.corpus.events import EventCorpusStage
from storyline.pipeline import default_stages


def _article_stages():
    stages = default_stages()
    names = [s.name for s in stages]
    if "dateline" not in names:
        stages.insert(names.index("clean") + 1, DatelineStage())
    names = [s.name for s in stages]
    if "said_on" not in names:
        stages.insert(names.index("quotes") + 1, SaidOnStage())
    if "events" not in names:
        stages.append(EventStage())
    return stages


def _corpus_stages(original=runner.default_corpus_stages):
    def stages():
        found = original()
        return found if any(s.name == "events" for s in found) else found + [EventCorpusStage()]
    return stages


@pytest.fixture(scope="module")
def brief(tmp_path_factory) -> dict:
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(api, "default_stages", _article_stages)
        mp.setattr(runner, "default_corpus_stages", _corpus_stages())
        db = tmp_path_factory.mktemp("timeline") / "seeds.db"
        paths = [str(p) for p in seed_paths()]
        result = api.build(paths, db=db, manifest=str(SEEDS / "manifest.jsonl"), workers=1)
    return result.brief


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

"""The accuracy gate: the grader's scores on the seeds and on our example corpus stay above pinned floors."""
from __future__ import annotations

import json

import pytest

from conftest import EXAMPLES, ROOT, SEEDS, grader

FLOORS = json.loads((ROOT / "tests" / "floors.json").read_text(encoding="utf-8"))



def _value(report: dict, key: str) -> float:
    section, field = key.split(".", 1)
    return report[section][field.removesuffix("_max")]


@pytest.fixture(scope="module")
def example_brief(tmp_path_factory) -> dict:
    from storyline import api

    tmp = tmp_path_factory.mktemp("examples")
    manifest = str(EXAMPLES / "manifest.jsonl")
    return api.build([str(EXAMPLES / "articles")], db=tmp / "ex.db", manifest=manifest).brief


def _check(report: dict, floors: dict) -> list[str]:
    failed = []
    for key, floor in floors.items():
        value = _value(report, key)
        ok = value <= floor if key.endswith("_max") else value >= floor
        if not ok:
            failed.append(f"{key} = {value} (floor {floor})")
    return failed


def test_eval_gate_seeds(seeds_brief):
    gold = json.loads((SEEDS / "gold.json").read_text(encoding="utf-8"))
    report = grader().score(seeds_brief, gold)
    assert not report["missing_documents"]
    assert _check(report, FLOORS["seeds"]) == []


def test_eval_gate_examples(example_brief):
    gold = json.loads((EXAMPLES / "gold.json").read_text(encoding="utf-8"))
    report = grader().score(example_brief, gold)
    assert not report["missing_documents"]
    assert _check(report, FLOORS["examples"]) == []

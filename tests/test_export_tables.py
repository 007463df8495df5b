"""CSV tables of the brief: one per section, linked back to the text, safe to open in a spreadsheet."""
from __future__ import annotations

import csv
import io

import pytest

from storyline.export.files import write_csv
from storyline.export.tables import TABLES, cell, columns, render_tables


def _rows(text: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(text)))


@pytest.mark.parametrize("value", ["=HYPERLINK(\"http://x\")", "+1 555", "-2+3", "@SUM(A1)", "\tx"])
def test_export_tables_formulas_are_defused(value):
    assert cell(value) == "'" + value


def test_export_tables_cells_keep_plain_values():
    assert cell(1200.0) == "1200"
    assert cell(2.5) == "2.5"
    assert cell(["Kyiv", "Kiev"]) == "Kyiv; Kiev"
    assert cell(None) == ""
    assert cell(True) == "true"


def test_export_tables_empty_brief_has_every_header(tmp_path):
    write_csv({}, tmp_path / "tables")
    for name in TABLES:
        text = (tmp_path / "tables" / f"{name}.csv").read_text(encoding="utf-8")
        assert text.splitlines() == [",".join(columns(name))]


def test_export_tables_odd_brief_does_not_crash():
    tables = render_tables({"quotes": ["x", None, {"text": "=cmd", "said_on": {"value": "2024-06"}}],
                            "discrepancies": [{"values": "not a list"}, {"values": [None, {"text": "a"}]}]})
    [quote] = _rows(tables["quotes"])
    assert quote["text"] == "'=cmd" and quote["said_on"] == "2024-06"
    assert [r["text"] for r in _rows(tables["discrepancies"])] == ["a"]


@pytest.mark.model
def test_export_tables_rows_point_at_their_sentence(seeds_brief):
    tables = render_tables(seeds_brief)
    texts = {d["id"]: d["text"] for d in seeds_brief["documents"]}
    quotes = _rows(tables["quotes"])
    assert len(quotes) == len(seeds_brief["quotes"]) > 0
    for row in quotes + _rows(tables["figures"]) + _rows(tables["dates"]):
        found = texts[row["doc"]][int(row["start"]):int(row["end"])]
        assert row["text"] in (found, "'" + found)


@pytest.mark.model
def test_export_tables_discrepancy_values_sit_side_by_side(seeds_brief):
    rows = _rows(render_tables(seeds_brief)["discrepancies"])
    by_id: dict[str, list[dict]] = {}
    for row in rows:
        by_id.setdefault(row["id"], []).append(row)
    assert len(by_id) == len(seeds_brief["discrepancies"])
    assert all(len(values) >= 2 for values in by_id.values())
    assert all(r["claimant_name"] for r in rows)

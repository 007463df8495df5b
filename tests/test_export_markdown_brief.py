"""The Markdown export: a readable brief with [doc-id] citations, tables and escaped text."""
from __future__ import annotations

import re

import pytest

from storyline.export.markdown import code, md, render_markdown
from test_export_html_sample import HOSTILE, empty_brief, sample_brief

HEADINGS = ["Summary", "Stories", "Quotes by speaker", "Figures", "Discrepancies", "Timeline", "Positions",
            "Events", "Entities", "Documents", "Rejected inputs"]


@pytest.fixture(scope="module")
def text() -> str:
    return render_markdown(sample_brief())


def section(text: str, heading: str) -> str:
    return re.search(rf"^## {heading}\n(.*?)(?=^## |\Z)", text, re.S | re.M).group(1)


def test_title_counts_and_sections_in_order(text):
    lines = text.splitlines()
    assert lines[0] == "# Storyline brief"
    assert lines[2].startswith("3 documents · 5 entities · 4 quotes · 4 figures · 3 dates · 1 event")
    assert "· 1 story ·" in lines[2] and lines[2].endswith("· 1 rejected input")
    assert [line[3:] for line in lines if line.startswith("## ")] == HEADINGS


def test_summary_cites_documents_by_id(text):
    summary = section(text, "Summary")
    assert "1. The council agreed to fund the Harbor bridge repairs. [d2] [d1]" in summary
    assert "2. Estimates of the cost differ. [d1]" in summary


def test_story_summary_gets_its_own_heading():
    brief = sample_brief()
    brief["summary"].append({"text": "Repairs start in July.", "citations": [], "story": "s1"})
    summary = section(render_markdown(brief), "Summary")
    assert "### Harbor bridge repairs funded\n\n1. Repairs start in July." in summary


def test_quotes_by_speaker_with_cue_channel_and_source(text):
    quotes = section(text, "Quotes by speaker")
    speakers = re.findall(r"^### (.*)$", quotes, re.M)
    assert speakers == ["Ben Ode (2)", "a \\<b\\>source\\</b\\> (1)", "Ana Ruiz (1)"]
    assert "> — a \\<b\\>source\\</b\\> told (via reporters, indirect) [d1]" in quotes
    assert "> — Mayor Ana Ruiz said (2024-06-04, direct) [d1]" in quotes


def test_figures_table_has_one_row_per_figure_grouped(text):
    rows = [r for r in section(text, "Figures").splitlines() if r.startswith("| ")]
    assert rows[0].startswith("| Group | Value | Unit | Measure | Claimed by | Source |")
    body = rows[1:]
    assert [r.split(" | ")[0] for r in body] == ["| 1", "| 1", "| 2", "| 2"]
    assert "| 2 | ≈ 12,000,000 | dollar | cost of the bridge repairs | Ana Ruiz |" in body[2]


def test_timeline_discrepancies_entities_documents(text):
    assert re.findall(r"^- \*\*([\d-]+)\*\*", section(text, "Timeline"), re.M) == ["2024-03", "2024-06-03",
                                                                                   "2024-06-04"]
    disc = section(text, "Discrepancies")
    assert "### cost of the repairs" in disc and "- “15 million dollars” — Ben Ode [d2]" in disc
    assert "- **Ana Ruiz** (PERSON), 2 mentions; aliases: Ana Ruiz, Ruiz; titles: Mayor" in text
    assert "- **Ben Ode** (PERSON), 1 mention;" in text
    docs = section(text, "Documents")
    assert "- [d3] **in/council-copy.txt** — path `in/council-copy.txt`; duplicate of [d2]" in docs
    assert "; exact copies: `in/council <again>.txt`" in docs


def test_urls_link_only_when_http(text):
    assert "<https://example.org/bridge?a=1&b=2>" in text
    assert '[d1]: <https://example.org/bridge?a=1&b=2> "Harbor bridge deal reached"' in text
    assert "`javascript:alert(1)`" in text
    assert "<javascript:" not in text and "(javascript:" not in text and "[d2]:" not in text


def test_article_text_cannot_inject_markup(text):
    assert HOSTILE not in text
    assert "\\<script\\>alert(1)\\</script\\>" in text
    assert "<b>" not in text.replace("`", "")


@pytest.mark.parametrize("brief", [empty_brief(), {}, {"quotes": None, "figures": ["x", None]}])
def test_empty_briefs_say_none_found(brief):
    text = render_markdown(brief)
    for heading in HEADINGS:
        assert section(text, heading).strip().startswith("_No ")
    assert "0 documents" in text


def test_malformed_records_do_not_crash():
    brief = sample_brief()
    brief["entities"].append({"id": "ey", "name": "Odd", "aliases": "Odd", "titles": 7, "mentions": 3})
    brief["events"].append({"id": "evx", "participants": 5, "mentions": "x", "date": 2024})
    brief["stories"].append({"id": "sx", "documents": None, "events": {"a": 1}})
    brief["discrepancies"].append({"id": "y", "about": None, "values": [None, {"doc": 3}]})
    text = render_markdown(brief)
    assert "- **Odd** (OTHER), 0 mentions" in text and "### unnamed" in text


def test_escaping_helpers():
    escaped = "a\\*b_c \\[x\\](javascript:y) \\<i\\> \\| \\# \\&amp;"
    assert md("a*b_c [x](javascript:y) <i> | # &amp;") == escaped
    assert md("_lead and trail_ snake_case") == "\\_lead and trail\\_ snake_case"
    assert md("1. not a list\nsecond line") == "1\\. not a list second line"
    assert md("- dash") == "\\- dash"
    assert code("a`b") == "``a`b``" and code("`x") == "`` `x ``" and code("p|q", in_table=True) == "`p\\|q`"
    assert md(None) == "" and code(None) == ""


def test_only_direct_quotes_get_quote_marks(text):
    brief = sample_brief()
    reported = next(q for q in brief["quotes"] if q["kind"] == "indirect")
    direct = next(q for q in brief["quotes"] if q["kind"] == "direct")
    quotes = section(text, "Quotes by speaker")
    assert f"> “{md(direct['text'])}”" in quotes
    assert f"> {md(reported['text'])}\n" in quotes
    assert f"“{md(reported['text'])}”" not in quotes

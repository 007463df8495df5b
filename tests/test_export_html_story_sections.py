"""The report's coverage matrix, whole-sentence disagreements, entity sections and actor network
(export/report_sections.py, export/actor_network.py): structure, links that land, and escaping."""
from __future__ import annotations

import copy
import html
import math
import re

import pytest

from storyline.export.actor_network import LABEL_ROOM, RADIUS, TOP, links, network
from storyline.export.brief_view import BriefView
from storyline.export.html import render_html
from test_export_html_sample import D1, HOSTILE, item, parse, sample_brief
from test_export_html_sections import section, text_of


def sentences(text: str) -> list[list[int]]:
    """Sentence offsets: split after '. ' and at line breaks (enough for the invented texts)."""
    out, start = [], 0
    for m in re.finditer(r"(?<=\.) |\n", text):
        if m.start() > start:
            out.append([start, m.start()])
        start = m.end()
    return out + ([[start, len(text)]] if start < len(text) else [])


def plain(fragment: str) -> str:
    """The text of an html fragment, tags dropped without adding spaces."""
    return html.unescape(re.sub(r"<[^>]+>", "", fragment)).strip()


def story_brief() -> dict:
    """The sample with sentence lists, two actors in one event, a quote naming an actor, and a
    disagreement whose sentence holds hostile markup."""
    brief = copy.deepcopy(sample_brief())
    for doc in brief["documents"]:
        doc["sentences"] = sentences(doc["text"])
    brief["events"][0]["participants"] = ["e2", "e3"]
    brief["quotes"].append(item("d1", D1, "Tom O'Neil & \"Partners\" <disagree>", id="q5", kind="direct",
                                speaker="e1", speaker_text="Ruiz", cue="said", channel=None, said_on=None))
    brief["discrepancies"].append({"id": "x3", "about": "day of the vote", "values": [
        {**item("d1", D1, "on Tuesday"), "claimed_by": "e1"},
        {**item("d2", brief["documents"][1]["text"], "on 3 June 2024"), "claimed_by": None}]})
    return brief


@pytest.fixture(scope="module")
def page() -> str:
    return render_html(story_brief())


def _coverage(page: str) -> str:
    return re.search(r'<table class="coverage">.*?</table>', section(page, "stories"), re.S).group(0)


def test_export_story_coverage_has_a_column_per_document_and_a_row_per_fact(page):
    table = _coverage(page)
    heads = [text_of(h) for h in re.findall(r'<th scope="col">(.*?)</th>', table, re.S)]
    assert heads == ["Fact", "D1 Daily <i>Post</i>", "D2 City Wire", "D3"]
    rows = re.findall(r'<tr class="fact-(\w+)"><th scope="row">(.*?)</th>(.*?)</tr>', table, re.S)
    kinds = [k for k, _, _ in rows]
    assert kinds[:3] == ["disagreement"] * 3 and "event" in kinds and "figure" in kinds
    cost = next(cells for _, label, cells in rows if "cost of the repairs" in label)
    marks = re.findall(r'<td class="cell">(.*?)</td>', cost, re.S)
    assert ["✓" in m for m in marks] == [True, True, False]


def test_export_story_coverage_ticks_link_to_spans_in_the_page(page):
    table = _coverage(page)
    targets = re.findall(r'<a href="#([^"]+)"[^>]*>✓</a>', table)
    assert targets and all(t in parse(page).ids for t in targets)
    assert "Daily &lt;i&gt;Post&lt;/i&gt;" in table and "<i>Post" not in table


def test_export_story_disagreement_shows_whole_sentences_side_by_side(page):
    block = section(page, "discrepancies")
    vote = re.search(r"<h3>day of the vote</h3>(.*?)</div>\s*</div>\s*</div>", block, re.S).group(1)
    contexts = re.findall(r'<p class="context sentence">(.*?)</p>', vote, re.S)
    assert len(contexts) == 2
    first = plain(contexts[0])
    assert first.startswith("Mayor Ana Ruiz said on Tuesday") and first.endswith("after months of talks.")
    assert '<mark class="value">on Tuesday</mark>' in contexts[0]
    assert HOSTILE not in block and "&lt;script&gt;alert(1)&lt;/script&gt;" in contexts[0]
    cost = re.search(r"<h3>cost of the repairs</h3>(.*?)</div>\s*</div>\s*</div>", block, re.S).group(1)
    second = plain(re.findall(r'<p class="context sentence">(.*?)</p>', cost, re.S)[0])
    assert second == "The repairs will cost about 12 million dollars, Ruiz told reporters."


def test_export_story_entity_section_lists_quotes_positions_and_claims(page):
    block = section(page, "entities")
    ruiz = re.search(r'<li id="ent-e1".*?</li>', block, re.S).group(0)
    assert 'href="#q-q1"' in ruiz and 'href="#q-q5"' in ruiz and 'href="#f-f1"' in ruiz
    assert "&lt;script&gt;" in ruiz and HOSTILE not in ruiz
    assert "cost of the bridge repairs" in text_of(re.search(r'<div class="small claims">.*?</div>', ruiz,
                                                            re.S).group(0))
    ode = re.search(r'<li id="ent-e3".*?</li>', block, re.S).group(0)
    assert "repairs cannot wait" in ode and re.search(r'class="cite" href="#[^"]+"', ode)


def test_export_story_network_links_co_participants_and_quoted_actors():
    view = BriefView(story_brief())
    assert {pair: dict(c) for pair, c in links(view).items()} == {("e2", "e3"): {"event": 1},
                                                                   ("e1", "e5"): {"quote": 1}}


def test_export_story_network_places_nodes_on_a_circle_deterministically():
    view = BriefView(story_brief())
    drawing = network(view, {"e1": "ent-e1"})
    assert drawing == network(BriefView(story_brief()), {"e1": "ent-e1"})
    assert [n["name"] for n in drawing["nodes"]] == ["Ana Ruiz", "Ben Ode", "city council",
                                                     "Tom O'Neil & \"Partners\" <b>"]
    centre = (LABEL_ROOM + RADIUS, TOP + RADIUS)
    for n in drawing["nodes"]:
        assert math.isclose(math.dist((n["x"], n["y"]), centre), RADIUS, abs_tol=0.2)
    assert drawing["nodes"][0]["href"] == "#ent-e1" and drawing["nodes"][1]["href"] == ""
    assert sorted(e["kind"] for e in drawing["edges"]) == ["event", "quote"]


def test_export_story_network_svg_is_inline_linked_and_escaped(page):
    block = section(page, "network")
    svg = re.search(r"<svg.*?</svg>", block, re.S).group(0)
    assert len(re.findall(r"<circle ", svg)) == 4 and len(re.findall(r"<line ", svg)) == 2
    assert 'class="edge edge-quote"' in svg and 'class="edge edge-event"' in svg
    targets = re.findall(r'<a href="#([^"]+)"><g class="node', svg)
    assert len(targets) == 4 and all(t in parse(page).ids for t in targets)
    assert "&lt;b&gt;" in svg and "<b>" not in svg
    assert not re.search(r'(?:href|src)="(?:https?:)?//', svg) and "<script" not in svg


def test_export_story_network_absent_without_links():
    page = render_html(sample_brief())
    assert "No links between actors found." in section(page, "network")
    assert "<svg" not in section(page, "network")

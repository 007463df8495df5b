"""The HTML report shows every section of the brief, with working links, and survives odd briefs."""
from __future__ import annotations

import html
import re

import pytest

from storyline.export.html import render_html
from test_export_html_sample import D1, D2, empty_brief, parse, sample_brief

SECTIONS = ["summary", "stories", "quotes", "figures", "discrepancies", "dates", "positions", "events",
            "entities", "documents", "rejected"]


@pytest.fixture(scope="module")
def page() -> str:
    return render_html(sample_brief())


def section(page: str, key: str) -> str:
    return re.search(rf'<section id="sec-{key}">(.*?)</section>', page, re.S).group(1)


def text_of(fragment: str) -> str:
    return html.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", fragment))).strip()


def test_header_counts_each_section(page):
    header = re.search(r'<header class="top".*?</header>', page, re.S).group(0)
    for n, label in [(3, "documents"), (5, "entities"), (4, "quotes"), (4, "figures"), (3, "dates"),
                     (1, "event"), (1, "story"), (1, "position"), (2, "discrepancies"),
                     (2, "summary sentences"), (1, "rejected input")]:
        assert f"<b>{n}</b> {label}<" in header
    for key in SECTIONS:
        assert f'href="#sec-{key}"' in header and f'<section id="sec-{key}">' in page


def test_every_internal_link_has_a_target(page):
    parsed = parse(page)
    assert len(parsed.ids) == len(set(parsed.ids))
    missing = set(parsed.fragments) - set(parsed.ids)
    assert not missing
    assert len(parsed.fragments) > 30


def test_quotes_grouped_by_speaker_link_to_their_span(page):
    quotes = section(page, "quotes")
    speakers = [text_of(h) for h in re.findall(r"<h3>(.*?)</h3>", quotes, re.S)]
    assert speakers == ["Ben Ode 2", "a <b>source</b> 1", "Ana Ruiz 1"]
    for qid in ("q1", "q2", "q3", "q4"):
        assert f'href="#q-{qid}"' in quotes and f'id="q-{qid}"' in page
    assert "via reporters" in text_of(quotes)


def test_figures_table_groups_same_measure(page):
    rows = re.findall(r"<tr class=\"group-\d\">(.*?)</tr>", section(page, "figures"), re.S)
    cells = [[text_of(c) for c in re.findall(r"<td[^>]*>(.*?)</td>", r, re.S)] for r in rows]
    assert [c[0] for c in cells] == ["40", "38", "≈ 12,000,000", "15,000,000"]
    assert [c[-1] for c in cells] == ["1", "1", "2", "2"]
    assert cells[2][3] == "Ana Ruiz" and cells[0][3] == "the outlet"
    assert 'data-type="num"' in section(page, "figures") and 'data-v="12000000"' in page


def test_timeline_is_sorted_by_value(page):
    values = re.findall(r"<time>([^<]+)</time>", section(page, "dates"))
    assert values == ["2024-03", "2024-06-03", "2024-06-04"]


def test_discrepancy_values_sit_side_by_side_with_their_sources(page):
    block = section(page, "discrepancies")
    assert block.count('class="side-by-side"') == 2 and block.count('class="card value"') == 4
    text = text_of(block)
    assert "claimed by Ana Ruiz" in text and "claimed by Ben Ode" in text and "claimed by the outlet" in text
    assert "D2 · Council approves bridge repairs" in text


def test_summary_citations_point_at_the_cited_text(page):
    parsed = parse(page)
    links = re.findall(r'<a class="cite" href="#([^"]+)"', section(page, "summary"))
    assert len(links) == 3
    cited = {k[:3]: v for k, v in parsed.spans.items()}
    start = D2.index("The city council voted")
    assert cited[("d2", start, start + len("The city council voted on 3 June 2024"))].startswith("The city")
    assert all(link in parsed.ids for link in links)


def test_summary_sentences_of_a_story_sit_under_its_title():
    brief = sample_brief()
    brief["summary"].append({"text": "Repairs start in July.", "citations": [], "story": "s1"})
    block = section(render_html(brief), "summary")
    assert block.index("Estimates of the cost differ.") < block.index("<h3>Harbor bridge repairs funded</h3>")
    assert block.index("<h3>Harbor bridge repairs funded</h3>") < block.index("Repairs start in July.")
    assert block.count('<ol class="summary">') == 2


def test_documents_show_metadata_boilerplate_and_duplicates(page):
    docs = section(page, "documents")
    assert docs.count('<article class="document"') == 3
    assert '<details class="boilerplate"><summary>2 boilerplate lines removed</summary>' in docs
    assert "Subscribe &amp; save &lt;now&gt;" in docs
    assert re.search(r'Duplicate of</dt><dd class="dup"><a class="doclink" href="#doc-d2"', docs)
    assert "Daily &lt;i&gt;Post&lt;/i&gt;" in docs and "2024-06-05" in docs
    assert "<dt>Exact copies</dt><dd><code>in/council &lt;again&gt;.txt</code></dd>" in docs
    assert "<dt>Author</dt><dd>Jo &lt;Writer&gt;</dd>" in docs and "(read from the text)" in docs
    assert "<code>W101</code>" in docs
    assert D1.split("\n")[0] in docs


def test_entities_list_names_types_counts_and_mention_links(page):
    block = section(page, "entities")
    ruiz = re.search(r'<li id="ent-e1".*?</li>', block, re.S).group(0)
    assert "Ana Ruiz" in ruiz and "PERSON" in ruiz and "Mayor" in ruiz
    assert re.findall(r'href="#(m-e1-\d)"', ruiz) == ["m-e1-1", "m-e1-2"]
    assert text_of(re.search(r'<div class="small links">.*?</div>', ruiz).group(0)) == "Mentions: D1: 1 2"
    council = re.search(r'<li id="ent-e2".*?</li>', block, re.S).group(0)
    links = re.search(r'<div class="small links">.*?</div>', council).group(0)
    assert text_of(links) == "Mentions: D2: 1 D3: 1"
    assert '<span class="n" title="mentions">2</span>' in ruiz


def test_positions_events_stories_and_rejected(page):
    assert "repairs cannot wait" in section(page, "positions")
    assert "Ben Ode" in text_of(section(page, "positions"))
    events = text_of(section(page, "events"))
    assert "2024-06-03" in events and "city council" in events and "in Harbor bridge" in events
    assert "Harbor bridge repairs funded" in section(page, "stories")
    rejected = section(page, "rejected")
    assert "in/bad&lt;file&gt;.html" in rejected and "E104" in rejected
    assert "has no &lt;main&gt; text &amp; &#34;nothing&#34; left" in rejected
    assert '<section id="sec-stats">' in page and "by_stage" in page


@pytest.mark.parametrize("brief", [empty_brief(), {}, {"format": "storyline-brief/1", "quotes": None}])
def test_empty_briefs_render_none_found_lines(brief):
    page = render_html(brief)
    for key in SECTIONS:
        assert '<p class="none">No ' in section(page, key)
    assert "<b>0</b> documents" in page and "sec-stats" not in page


def test_malformed_records_do_not_crash():
    brief = sample_brief()
    brief["quotes"].append({"id": "qx", "doc": "nope", "start": "1", "end": None, "text": None})
    brief["figures"].append({"id": "fx", "doc": "d1", "start": 5, "end": 999, "value": "many"})
    brief["entities"].append({"id": "ex", "name": None, "mentions": [None, {"doc": "d1", "start": True}]})
    brief["summary"].append({"text": "dangling", "citations": [{"doc": "d9", "start": 0, "end": 3}, "x"]})
    brief["discrepancies"].append({"id": "y", "about": None, "values": None})
    brief["documents"].append("not a dict")
    brief["entities"].append({"id": "ey", "name": "Odd", "aliases": "Odd", "titles": 7, "mentions": 3})
    brief["events"].append({"id": "evx", "participants": 5, "mentions": "x", "date": 2024})
    brief["stories"].append({"id": "sx", "documents": None, "events": {"a": 1}})
    page = render_html(brief)
    assert 'class="cite broken"' in page and "d9?" in page
    assert len(parse(page).ids) == len(set(parse(page).ids))

"""The report's SVG event timeline: dated events in order on a time axis, sources linked, undated apart."""
from __future__ import annotations

import copy
import html
import re

import pytest

from storyline.export.html import render_html
from test_export_html_sample import D1, D2, HOSTILE, parse, sample_brief, span


def _brief() -> dict:
    """The sample with three more events, listed as the brief lists them (dated by date, then undated)."""
    brief = copy.deepcopy(sample_brief())
    ev1 = brief["events"][0]
    ev2, ev3, ev4 = [
        {"id": "ev2", "type": "talks", "title": "Council talks " + HOSTILE,
         "date": {"value": "2024-03", "text": "March"}, "participants": ["e2"], "place": None,
         "mentions": [span("d1", D1, "after months of talks"), span("d2", D2, "The city council voted")]},
        {"id": "ev3", "type": "statement", "title": "Ruiz statement",
         "date": {"value": "2023", "text": "2023"}, "participants": ["e1"], "place": None,
         "mentions": [span("d1", D1, "Mayor Ana Ruiz said")]},
        {"id": "ev4", "type": "meeting", "title": "Engineers meeting", "date": None, "participants": [],
         "place": None, "mentions": [span("d2", D2, "Engineers found")]},
    ]
    brief["events"] = [ev3, ev2, ev1, ev4]
    brief["undated_events"] = ["ev4"]
    return brief


@pytest.fixture(scope="module")
def page() -> str:
    return render_html(_brief())


def _svg(page: str) -> str:
    return re.search(r'<figure class="event-timeline">(.*?)</figure>', page, re.S).group(1)


def test_export_html_timeline_rows_in_date_order(page):
    found = re.findall(r'<text class="evtitle"[^>]*>(.*?)</text>', _svg(page), re.S)
    titles = [html.unescape(t).split(" <")[0] for t in found]
    assert titles == ["Ruiz statement", "Council talks", "Council agrees to fund repairs"]
    dates = re.findall(r'<text class="evdate"[^>]*>(.*?)</text>', _svg(page))
    assert dates == ["2023", "2024-03", "2024-06-03"]


def test_export_html_timeline_dots_follow_the_axis(page):
    xs = [float(x) for x in re.findall(r'<circle cx="([\d.]+)"', _svg(page))]
    assert xs == sorted(xs) and xs[0] < xs[-1]
    ticks = re.findall(r'<text class="ticklabel"[^>]*>(.*?)</text>', _svg(page))
    assert "Jan 2024" in ticks and 3 <= len(ticks) <= 12  # under two years: month ticks, thinned


def test_export_html_timeline_sources_link_to_mention_anchors(page):
    parsed = parse(page)
    svg = _svg(page)
    links = re.findall(r'<a href="#([^"]+)"><text class="evsrc"', svg)
    assert len(links) == 4  # ev2 twice, ev3 once, ev1 once
    assert all(target in parsed.ids for target in links)
    assert all(target in parsed.ids for target in re.findall(r'<a href="#([^"]+)"><circle', svg))


def test_export_html_timeline_undated_listed_apart(page):
    svg = _svg(page)
    assert "Engineers meeting" not in svg
    undated = re.search(r"Undated events:(.*?)</p>", page, re.S).group(1)
    assert "Engineers meeting" in undated and "Ruiz statement" not in undated


def test_export_html_timeline_is_self_contained_and_escaped(page):
    svg = _svg(page)
    assert HOSTILE not in page and "&lt;script&gt;" in svg
    assert not re.search(r'(?:href|src)="(?:https?:)?//', svg)


def test_export_html_timeline_absent_without_dated_events():
    brief = _brief()
    for e in brief["events"]:
        e["date"] = None
    brief["undated_events"] = [e["id"] for e in brief["events"]]
    page = render_html(brief)
    assert 'class="event-timeline"' not in page
    undated = re.search(r"Undated events:(.*?)</p>", page, re.S).group(1)
    assert len(re.findall(r"<a ", undated)) == 4


def test_export_html_timeline_undated_list_is_the_briefs():
    brief = _brief()
    brief["undated_events"] = ["ev4"]
    undated = re.search(r"Undated events:(.*?)</p>", render_html(brief), re.S).group(1)
    assert re.findall(r'<a href="#([^"]+)">', undated) == ["ev-ev4"]
    del brief["undated_events"]  # an older brief without the list: the events without a date
    undated = re.search(r"Undated events:(.*?)</p>", render_html(brief), re.S).group(1)
    assert re.findall(r'<a href="#([^"]+)">', undated) == ["ev-ev4"]

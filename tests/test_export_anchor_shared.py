"""One anchor sanitiser (export/html_marks.anchor_id) for the report and the web pages: the same quote
gets the same html id in both, even when its id has odd characters."""
from __future__ import annotations

import copy
import re

import pytest

from storyline.export.html import Anchors, render_html
from storyline.export.html_marks import anchor_id
from storyline.web.document_html import document_html
from storyline.web.site import Site, anchor
from test_export_html_sample import sample_brief

ODD = ['q 1<&>"é#x', "q_1", "q-1", "a/b?c", "ünï code"]


@pytest.mark.parametrize("ident", ODD)
def test_export_anchor_is_safe_in_attributes_and_fragments(ident):
    made = anchor_id("q", ident)
    assert re.fullmatch(r"q-[A-Za-z0-9._-]+", made)


def test_export_anchor_different_ids_get_different_anchors():
    made = [anchor_id("q", i) for i in ODD + ["q 1", "q.1", "q1"]]
    assert len(set(made)) == len(made)


def test_export_anchor_same_in_report_and_web_for_an_odd_quote_id():
    brief = copy.deepcopy(sample_brief())
    brief["quotes"][0]["id"] = ODD[0]
    report = render_html(brief)
    site = Site(brief)
    fragment = site.quote(site.quote_by_id[ODD[0]])["href"].split("#", 1)[1]
    assert fragment == anchor("q", ODD[0]) == Anchors().make("q", ODD[0])
    assert f'id="{fragment}"' in report
    assert f'id="{fragment}"' in str(document_html(site, brief["quotes"][0]["doc"]))

"""Render the hand-annotated seeds (gold.json plus the raw article texts, read from ../shared at run
time) as a brief: real text, real offsets, many overlapping spans."""
from __future__ import annotations

import re

import pytest

from conftest import SEEDS
from storyline.export.html import render_html
from storyline.export.markdown import render_markdown
from test_export_html_sample import parse

pytestmark = pytest.mark.skipif(not (SEEDS / "gold.json").exists(), reason="seeds not available")


def _entity_ids(gold: dict) -> tuple[list[dict], dict[str, str]]:
    entities, by_name = [], {}
    for i, e in enumerate(gold["entities"], 1):
        eid = f"e{i}"
        entities.append({"id": eid, "name": e["name"], "type": e["type"], "aliases": e.get("aliases", []),
                         "titles": [], "mentions": []})
        for name in [e["name"], *e.get("aliases", [])]:
            by_name.setdefault(name, eid)
    return entities, by_name


def _find_mentions(entities: list[dict], texts: dict[str, str]) -> None:
    """Every word-bounded occurrence of an alias, longest alias first, never overlapping."""
    for doc, text in texts.items():
        taken: set[int] = set()
        forms = sorted(((a, e) for e in entities for a in e["aliases"]), key=lambda p: -len(p[0]))
        for alias, entity in forms:
            for m in re.finditer(rf"\b{re.escape(alias)}\b", text):
                if not taken & set(range(m.start(), m.end())):
                    taken.update(range(m.start(), m.end()))
                    entity["mentions"].append({"doc": doc, "start": m.start(), "end": m.end()})


def gold_brief(gold: dict) -> dict:
    texts = {d["id"]: (SEEDS / d["id"]).read_text(encoding="utf-8") for d in gold["documents"]}
    entities, by_name = _entity_ids(gold)
    _find_mentions(entities, texts)
    quotes = [{**q, "id": f"q{i}", "speaker": by_name.get(q.get("speaker")), "speaker_text": q.get("speaker")}
              for i, q in enumerate(gold["quotes"], 1)]
    figures = [{**f, "id": f"f{i}", "claimed_by": by_name.get(f.get("claimed_by"))}
               for i, f in enumerate(gold["figures"], 1)]
    stories = [{**s, "id": f"s{i}", "events": []} for i, s in enumerate(gold["stories"], 1)]
    summary = [{"text": s["title"], "citations": [{k: q[k] for k in ("doc", "start", "end")}
                                                  for q in quotes if q["doc"] in s["documents"]][:2]}
               for s in stories]
    documents = [{"id": d["id"], "path": d["id"], "title": d.get("title"), "outlet": None, "url": None,
                  "published": d.get("published"), "text": texts[d["id"]], "duplicate_of": None,
                  "boilerplate": d.get("boilerplate", [])} for d in gold["documents"]]
    return {"format": "storyline-brief/1", "documents": documents, "entities": entities, "quotes": quotes,
            "figures": figures, "dates": gold["dates"], "events": [], "stories": stories, "positions": [],
            "discrepancies": [{**d, "id": f"x{i}"} for i, d in enumerate(gold["discrepancies"], 1)],
            "summary": summary, "rejected": []}


@pytest.fixture(scope="module")
def brief(gold) -> dict:
    return gold_brief(gold)


def test_seed_report_reads_back_every_span(brief):
    parsed = parse(render_html(brief))
    texts = {d["id"]: d["text"] for d in brief["documents"]}
    for key, kind in (("quotes", "hl-quote"), ("figures", "hl-figure"), ("dates", "hl-date")):
        for r in brief[key]:
            expected = texts[r["doc"]][r["start"]:r["end"]].replace("\n", "")
            assert parsed.spans[(r["doc"], r["start"], r["end"], kind)] == expected
    for doc_id, text in texts.items():
        assert parsed.paragraphs[doc_id] == [line for line in text.split("\n") if line.strip()]
    assert not set(parsed.fragments) - set(parsed.ids)
    assert sum(len(e["mentions"]) for e in brief["entities"]) > 50


def test_seed_report_groups_quotes_and_sorts_the_timeline(brief):
    page = render_html(brief)
    timeline = re.search(r'<section id="sec-dates">.*?</section>', page, re.S).group(0)
    values = re.findall(r"<time>([^<]+)</time>", timeline)
    assert values == sorted(values) and len(values) == len({d["value"] for d in brief["dates"]})
    assert f"<b>{len(brief['quotes'])}</b> quotes" in page
    assert page.count('class="card value"') == sum(len(d["values"]) for d in brief["discrepancies"])


def test_seed_markdown_cites_documents(brief):
    text = render_markdown(brief)
    direct = sum(1 for q in brief["quotes"] if q["kind"] == "direct" or q["text"].startswith("“"))
    assert text.count("\n> “") == direct
    assert text.count("\n> — ") == len(brief["quotes"])
    for doc in brief["documents"]:
        assert f"[{doc['id']}]" in text


def test_pipeline_brief_of_the_seeds_renders(seeds_brief):
    """The brief the real pipeline builds (shared session fixture) renders with every span in place."""
    parsed = parse(render_html(seeds_brief))
    texts = {d["id"]: d["text"] for d in seeds_brief["documents"]}
    for q in seeds_brief["quotes"]:
        if 0 <= q["start"] < q["end"] <= len(texts[q["doc"]]):
            expected = texts[q["doc"]][q["start"]:q["end"]].replace("\n", "")
            assert parsed.spans[(q["doc"], q["start"], q["end"], "hl-quote")] == expected
    assert not set(parsed.fragments) - set(parsed.ids)
    assert render_markdown(seeds_brief).startswith("# ")

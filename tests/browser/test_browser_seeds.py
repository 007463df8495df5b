"""The web app in a real browser: Debian chromium driven by Playwright (``executable_path``, no
downloaded browser) against a server on 127.0.0.1 over the five seeds (read from ../shared).

Opens the stories page, searches for "Peskov", follows a quote to its sentence (the anchor is the
``:target``, highlighted and in view), and checks the timeline draws an SVG with its dates.
Screenshots go to $STORYLINE_ARTIFACTS (default: the test's tmp folder).

Skipped when /usr/bin/chromium or the playwright package is missing. CI needs:
    apt-get update && apt-get install -y chromium
    .venv/bin/pip install playwright        (never `playwright install`)"""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from conftest import SEEDS, seed_paths

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]

try:
    from playwright.sync_api import sync_playwright
except ImportError:  # pragma: no cover - depends on the machine
    sync_playwright = None

pytestmark = [
    pytest.mark.slow, pytest.mark.model,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="no /usr/bin/chromium (apt-get install -y chromium)"),
    pytest.mark.skipif(sync_playwright is None, reason="playwright not installed (pip install playwright)"),
    pytest.mark.skipif(not (SEEDS / "manifest.jsonl").exists(), reason="seeds not available"),
]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """The five seeds built into a fresh store, served by uvicorn in a thread on 127.0.0.1."""
    from storyline import api
    from storyline.web.background import running

    db = tmp_path_factory.mktemp("browser") / "seeds.db"
    api.build([str(p) for p in seed_paths()], db=db, manifest=str(SEEDS / "manifest.jsonl"))
    with running(db) as url:
        yield url


@pytest.fixture(scope="module")
def artifacts(tmp_path_factory) -> Path:
    folder = Path(os.environ.get("STORYLINE_ARTIFACTS") or tmp_path_factory.mktemp("artifacts"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture(scope="module")
def page(server):
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        yield page
        browser.close()


def test_browser_opens_stories_searches_and_follows_a_quote(server, page, artifacts):
    page.goto(server + "/")
    assert page.locator("h1").first.is_visible()
    assert page.locator('[data-record^="document:"]').count() == len(seed_paths())
    page.screenshot(path=str(artifacts / "01-stories.png"), full_page=True)

    page.fill('input[name="q"]', "Peskov")
    page.press('input[name="q"]', "Enter")
    page.wait_for_url("**/search?q=Peskov")
    quotes = page.locator(".result-quote a.quote-link")
    assert quotes.count() >= 1, "no quote found for Peskov"
    assert "peskov" in page.locator(".results").inner_text().lower()
    page.screenshot(path=str(artifacts / "02-search-peskov.png"), full_page=True)

    quote_text = quotes.first.inner_text().strip()
    quotes.first.click()
    page.wait_for_url("**/documents/*#q-*")
    fragment = page.url.split("#", 1)[1]
    target = page.evaluate("""() => {
        const el = document.querySelector(':target');
        if (!el) return null;
        const r = el.getBoundingClientRect();
        return {id: el.id, text: el.textContent, top: r.top, bottom: r.bottom, height: innerHeight,
                outline: getComputedStyle(el).outlineStyle, background: getComputedStyle(el).backgroundColor};
    }""")
    assert target is not None and target["id"] == fragment
    assert 0 <= target["top"] < target["height"] and target["bottom"] > 0, "quote anchor not in view"
    assert target["outline"] != "none", "the followed quote is not highlighted"
    first_word = quote_text.strip("…“”\"' ").split()[0]
    assert first_word in target["text"], (quote_text, target["text"])
    page.screenshot(path=str(artifacts / "03-quote-in-document.png"))


def test_browser_timeline_draws_dates(server, page, artifacts):
    page.goto(server + "/timeline")
    svg = page.locator("svg.timeline")
    assert svg.count() == 1 and svg.is_visible()
    assert page.locator("svg.timeline circle").count() >= 1
    labels = page.locator("svg.timeline text").all_text_contents()
    assert any(label[:4].isdigit() for label in labels), labels
    box = svg.bounding_box()
    assert box and box["width"] > 300 and box["height"] > 100
    page.screenshot(path=str(artifacts / "04-timeline.png"), full_page=True)
